//! Registers every function a script can call: the plugin modules `platform_fns::platform` and
//! `local_fns::local`, whose Rust signatures and doc comments are the reference (`seqera run --functions`,
//! docs/scripting-functions.md). A plugin function is a plain `fn`, so what it needs of the session comes
//! through its call context: the engine's tag holds the `Host`.

use std::sync::{Arc, RwLock};

use rhai::{AST, Dynamic, Engine, NativeCallContext, exported_module};

use crate::exec::Runner;

/// What the functions reach of the session: the runner (client, login, cancellation) and the script's own
/// functions so far (what `parallel` calls into).
#[derive(Clone)]
pub(crate) struct Host {
    pub(crate) runner: Arc<Runner>,
    pub(crate) lib: Arc<RwLock<AST>>,
}

/// The host of the engine that calls a function.
pub(crate) fn host(ctx: &NativeCallContext) -> Host {
    ctx.engine().default_tag().clone().try_cast::<Host>().expect("the script engine carries its Host in its tag")
}

/// Registers every function scripts can call, and the host they reach.
pub(crate) fn register(engine: &mut Engine, runner: Arc<Runner>, lib: Arc<RwLock<AST>>) {
    engine.set_default_tag(Dynamic::from(Host { runner, lib }));
    engine.register_global_module(exported_module!(super::platform_fns::platform).into());
    engine.register_global_module(exported_module!(super::local_fns::local).into());
    engine.register_global_module(exported_module!(super::run_fns::runs).into());
}
