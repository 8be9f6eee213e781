//! Running commands from the long-lived front ends (`seqera shell`, `seqera run`): one session (HTTP
//! client, login, sandbox) on a multi-threaded runtime, commands parsed by the same clap tree as argv,
//! and Ctrl-C turned into cancellation of the command in flight rather than the end of the process.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use clap::CommandFactory;
use tokio::runtime::Runtime;
use tokio::sync::Notify;

use crate::commands::{self, Cli, Command, GlobalArgs};
use crate::context::{Context, Globals, Session};
use crate::error::{Error, Result};
use crate::output::{ColorChoice, Output};

/// A cancellation flag that async code can wait on: Ctrl-C fires it, the front end resets it before the
/// next line or script.
#[derive(Default)]
pub(crate) struct Cancel {
    flag: AtomicBool,
    notify: Notify,
}

impl Cancel {
    pub(crate) fn fire(&self) {
        self.flag.store(true, Ordering::SeqCst);
        self.notify.notify_waiters();
    }

    pub(crate) fn reset(&self) {
        self.flag.store(false, Ordering::SeqCst);
    }

    pub(crate) fn is_set(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }

    /// Resolves once `fire` has been called (at once if it already was).
    pub(crate) async fn cancelled(&self) {
        loop {
            let notified = self.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.is_set() {
                return;
            }
            notified.await;
        }
    }
}

/// The session plus the runtime that drives it. Commands run through `block_on` from the front end's own
/// thread (never from a runtime thread), so Rhai functions, which are synchronous, can call them too.
pub(crate) struct Runner {
    pub(crate) session: Arc<Session>,
    pub(crate) runtime: Runtime,
    pub(crate) cancel: Arc<Cancel>,
}

impl Runner {
    /// Starts the session for `globals`, and a task that turns SIGINT into `cancel.fire()`.
    pub(crate) fn start(globals: &Globals) -> Result<Arc<Runner>> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| Error::other(format!("Cannot start the async runtime: {e}.")))?;
        let session = runtime.block_on(Session::start(globals, true))?;
        let cancel = Arc::new(Cancel::default());
        let on_signal = cancel.clone();
        // Register the SIGINT handler now, before any line editor runs: rustyline swaps in its own handler
        // while it reads a line and puts back the one it found, so ours must already be there.
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let mut sigint = runtime
                .block_on(async { signal(SignalKind::interrupt()) })
                .map_err(|e| Error::other(format!("Cannot watch for Ctrl-C: {e}.")))?;
            runtime.spawn(async move {
                while sigint.recv().await.is_some() {
                    on_signal.fire();
                }
            });
        }
        #[cfg(not(unix))]
        runtime.spawn(async move {
            while tokio::signal::ctrl_c().await.is_ok() {
                on_signal.fire();
            }
        });
        Ok(Arc::new(Runner { session, runtime, cancel }))
    }

    /// Runs a future to completion unless Ctrl-C cancels it first (the future is dropped: an HTTP request
    /// in flight is abandoned).
    pub(crate) fn block_on<T>(&self, fut: impl Future<Output = Result<T>>) -> Result<T> {
        let cancel = self.cancel.clone();
        self.runtime.block_on(async move {
            tokio::select! {
                r = fut => r,
                _ = cancel.cancelled() => Err(Error::interrupted()),
            }
        })
    }

    /// The flags of one line over the session's own: what the line sets wins.
    pub(crate) fn globals_for(&self, line: &GlobalArgs) -> Globals {
        let base = &self.session.globals;
        Globals {
            profile: line.profile.clone().or_else(|| base.profile.clone()),
            output: line.output.clone().or_else(|| base.output.clone()),
            workspace: line.workspace.clone().or_else(|| base.workspace.clone()),
            color: if line.color == ColorChoice::Auto { base.color } else { line.color },
            sandbox: base.sandbox,
            dry_run: base.dry_run,
            view: if line.fields.is_empty() && line.jq.is_none() && !line.header && !line.no_header {
                base.view.clone()
            } else {
                line.view()
            },
        }
    }

    /// Expires the AI session the shell or script kept across turns (best effort, 2 s at most), and says
    /// which it was, if any.
    pub(crate) fn expire_ai_session(&self) -> Option<String> {
        let id = self.session.ai_session.lock().unwrap_or_else(|p| p.into_inner()).end_session()?;
        if let Ok(ctx) = self.session.context(&self.session.globals) {
            self.runtime.block_on(ctx.ai().expire(&id));
        }
        Some(id)
    }

    /// Parses words (without the program name) with the one clap tree. The tree is built once per
    /// process and kept: building it (every command, flag and help text) and dropping it again took a
    /// third of a shell line's time and a quarter of a script call's. Parsing with `_mut` leaves it built.
    pub(crate) fn parse<S: AsRef<str>>(words: &[S]) -> std::result::Result<Cli, clap::Error> {
        static TREE: OnceLock<Mutex<clap::Command>> = OnceLock::new();
        let mut tree = TREE.get_or_init(|| Mutex::new(Cli::command())).lock().unwrap_or_else(|p| p.into_inner());
        commands::parse_from(&mut tree, std::iter::once("seqera").chain(words.iter().map(|w| w.as_ref())))
    }

    /// Runs one parsed command on the session. `piped` renders as into a pipe. Returns the context the
    /// command ran in (for rendering) and its output.
    pub(crate) fn run(&self, cli: Cli, piped: bool, quiet: bool) -> Result<(Context, Output)> {
        if cli.global.sandbox && !self.session.globals.sandbox {
            return Err(Error::usage("--sandbox chooses the services for the whole session.")
                .with_hint("Start it with `seqera --sandbox shell` (or `seqera --sandbox run`)."));
        }
        let globals = self.globals_for(&cli.global);
        // `tokens create --save` and `tokens rotate` replace the stored login too.
        let relogin = matches!(cli.command, Command::Login(_) | Command::Logout(_) | Command::Tokens(_));
        let needs = commands::roles::needed(&cli.path);
        let session = self.session.clone();
        let result = self.block_on(async move {
            let mut ctx = session.context_rendering(&globals, piped)?;
            ctx.quiet = quiet;
            ctx.needs = needs;
            let out = commands::run(cli.command, &mut ctx).await?;
            Ok((ctx, out))
        });
        if relogin {
            self.session.forget_tokens();
        }
        result
    }
}
