//! Rhai scripting: `seqera run FILE.rhai`, `seqera run -e EXPR`, and the Rhai lines of `seqera shell`.
//!
//! Every Platform function is a command of the one clap tree: a function builds the words a user would
//! type, parses them with the same parser, and runs them on the session's client and login. So a script
//! obeys the same workspace rules, role checks and errors as the CLI. Results are the API's objects as
//! Rhai maps and arrays; failures are exceptions carrying `kind`, `message` and `hint`.

mod from_json;
mod functions;
mod local_fns;
mod platform_fns;
mod registry;
mod report;
mod run_fns;
mod sh;

use std::sync::{Arc, RwLock};

use rhai::{AST, Dynamic, Engine, EvalAltResult, ParseErrorType, Scope};

pub(crate) use functions::reference_markdown;
pub(crate) use report::{describe_error, exit_code, requested_exit};

use crate::exec::Runner;

/// Limits that stop a runaway script; generous for batch work (rotating thousands of credentials).
pub(crate) const MAX_OPERATIONS: u64 = 50_000_000;
pub(crate) const MAX_CALL_LEVELS: usize = 64;
/// Data limits, counted over everything a value holds (an array of maps counts every map's fields), so a
/// script cannot take the machine's memory (`[].pad(1e8, 0)` once took 1.6 GB): about 150 MB at most.
/// Elements of arrays, plus bytes of BLOBs (Rhai counts both as array size).
pub(crate) const MAX_ARRAY_SIZE: usize = 1_000_000;
/// Entries of object maps: ten thousand credentials of fifteen fields each fit many times over.
pub(crate) const MAX_MAP_SIZE: usize = 1_000_000;
/// Bytes of string.
pub(crate) const MAX_STRING_SIZE: usize = 64 << 20;

/// One interpreter: an engine with the seqera functions, a scope that persists across evaluations (the
/// shell's lines), and the functions defined so far.
pub(crate) struct Interp {
    pub(crate) engine: Engine,
    pub(crate) scope: Scope<'static>,
    lib: Arc<RwLock<AST>>,
}

impl Interp {
    pub(crate) fn new(runner: Arc<Runner>, args: Vec<String>) -> Interp {
        let lib = Arc::new(RwLock::new(AST::empty()));
        let mut engine = Engine::new();
        engine.set_max_operations(MAX_OPERATIONS);
        engine.set_max_call_levels(MAX_CALL_LEVELS);
        engine.set_max_expr_depths(128, 64);
        engine.set_max_string_size(MAX_STRING_SIZE);
        engine.set_max_array_size(MAX_ARRAY_SIZE);
        engine.set_max_map_size(MAX_MAP_SIZE);
        // `import` would load and run any `.rhai` file the path reaches; scripts share code by other means.
        engine.set_module_resolver(NoImports);
        let cancel = runner.cancel.clone();
        engine.on_progress(move |_| if cancel.is_set() { Some(Dynamic::from("interrupted")) } else { None });
        engine.on_print(|s| {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            // Scripts print server data (names, descriptions): shown, never obeyed by the terminal.
            let _ = writeln!(out, "{}", crate::sanitize::visible(s));
            let _ = out.flush();
        });
        engine.on_debug(|s, _, pos| crate::output::status_line(&format!("[debug {pos}] {}", crate::sanitize::visible(s))));
        registry::register(&mut engine, runner, lib.clone());
        let mut scope = Scope::new();
        scope.push_constant("ARGS", args.into_iter().map(Dynamic::from).collect::<rhai::Array>());
        Interp { engine, scope, lib }
    }

    /// Evaluates source in the persistent scope; functions it defines stay for later evaluations.
    pub(crate) fn eval(&mut self, source: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        let ast = self.engine.compile_with_scope(&self.scope, source).map_err(|e| Box::new(EvalAltResult::from(e)))?;
        let combined = self.lib.read().unwrap_or_else(|p| p.into_inner()).merge(&ast);
        *self.lib.write().unwrap_or_else(|p| p.into_inner()) = combined.clone_functions_only();
        self.engine.eval_ast_with_scope::<Dynamic>(&mut self.scope, &combined)
    }

    pub(crate) fn is_incomplete(&self, source: &str) -> bool {
        is_incomplete(&self.engine, source)
    }
}

/// The module resolver of every engine: `import` is turned off, with an error that says so.
struct NoImports;

impl rhai::ModuleResolver for NoImports {
    fn resolve(
        &self,
        _engine: &Engine,
        _source: Option<&str>,
        path: &str,
        pos: rhai::Position,
    ) -> Result<rhai::Shared<rhai::Module>, Box<EvalAltResult>> {
        let e = crate::error::Error::usage(format!("`import \"{path}\"` is turned off in seqera scripts."))
            .with_hint("Keep the script in one file, or pass data in with ARGS, env(name) or read_csv(path).");
        Err(EvalAltResult::ErrorRuntime(functions::error_value(&e), pos).into())
    }
}

/// Whether `source` only lacks its end (an open block, string or bracket), so a REPL should read
/// another line rather than report an error.
pub(crate) fn is_incomplete(engine: &Engine, source: &str) -> bool {
    match engine.compile(source) {
        Ok(_) => false,
        Err(e) => matches!(e.err_type(), ParseErrorType::UnexpectedEOF) || open_brackets(source) > 0,
    }
}

/// How many brackets are open at the end of `source` (strings and comments skipped roughly).
fn open_brackets(source: &str) -> i32 {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '"' | '`' | '\'' => quote = Some(c),
                '/' if chars.peek() == Some(&'/') => {
                    for c in chars.by_ref() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                '{' | '(' | '[' => depth += 1,
                '}' | ')' | ']' => depth -= 1,
                _ => {}
            },
        }
    }
    depth + i32::from(quote.is_some())
}

/// `seqera run`: the exit code is 0, 1 for a script error, 130 when interrupted, or the code of a
/// session that cannot start.
pub(crate) fn main(args: crate::commands::RunArgs, mut globals: crate::context::Globals) -> u8 {
    use std::io::{IsTerminal, Read, Write};
    let palette = crate::output::Palette::new(globals.color.enabled(std::io::stderr().is_terminal()));
    globals.dry_run = args.dry_run;
    let runner = match Runner::start(&globals) {
        Ok(r) => r,
        Err(e) => {
            crate::output::report(&e, &palette);
            return e.exit_code();
        }
    };
    let mut interp = Interp::new(runner.clone(), args.args.clone());
    if args.functions {
        let _ = crate::output::pager::page(&reference_markdown(&interp.engine));
        return 0;
    }
    let (name, source) = match (&args.expr, &args.file) {
        (Some(e), _) => ("<expr>".to_string(), e.clone()),
        (None, Some(p)) if p.as_os_str() == "-" => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                crate::output::report(&crate::error::Error::other(format!("Cannot read the script from stdin: {e}.")), &palette);
                return 1;
            }
            ("<stdin>".to_string(), s)
        }
        (None, Some(p)) => match std::fs::read_to_string(p) {
            Ok(s) => (p.display().to_string(), s),
            Err(e) => {
                let err = crate::error::Error::new(
                    if e.kind() == std::io::ErrorKind::NotFound {
                        crate::error::ErrorKind::NotFound
                    } else {
                        crate::error::ErrorKind::Other
                    },
                    format!("Cannot read the script {}: {e}.", p.display()),
                );
                crate::output::report(&err, &palette);
                return err.exit_code();
            }
        },
        (None, None) => unreachable!("clap requires a file or -e"),
    };
    let result = interp.eval(&source);
    let code = match result {
        Ok(v) => {
            if args.expr.is_some() && !v.is_unit() {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{}", show_value(&v));
            }
            0
        }
        Err(e) if requested_exit(&e).is_some() => exit_code(&e),
        Err(e) => {
            let text = describe_error(&e, &name, &source, &palette);
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
            exit_code(&e)
        }
    };
    drop(interp);
    let _ = runner.expire_ai_session();
    if let Ok(r) = Arc::try_unwrap(runner) {
        r.runtime.shutdown_background();
    }
    code
}

/// A value as the shell and `-e` print it: strings bare, maps and arrays as JSON.
pub(crate) fn show_value(v: &Dynamic) -> String {
    if v.is_string() {
        return crate::sanitize::visible(&v.to_string()).into_owned();
    }
    match rhai::serde::from_dynamic::<serde_json::Value>(v) {
        Ok(j) if j.is_object() || j.is_array() => {
            if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                serde_json::to_string_pretty(&j).unwrap_or_default()
            } else {
                j.to_string()
            }
        }
        _ => crate::sanitize::visible(&v.to_string()).into_owned(),
    }
}
