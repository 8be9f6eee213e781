//! The script functions that do not run a seqera command: environment, secrets, files, time, printing,
//! stopping, and `parallel`. Their Rust signatures are their script signatures, and their doc comments are
//! their help (`seqera run --functions`).

use rhai::plugin::*;

#[export_module]
pub(super) mod local {
    use crate::error::Error;
    use crate::script::functions::{check_keys, from_dynamic, parallel as run_parallel, print_table, read_csv as csv_rows, throw};
    use crate::script::registry::host;
    use rhai::{Array, Dynamic, EvalAltResult, FnPtr, Map, NativeCallContext};
    use std::io::{BufRead, IsTerminal, Write};

    /// The value of an environment variable, or `()` when it is unset or empty.
    pub fn env(name: &str) -> Dynamic {
        crate::config::env::var(name).map(Dynamic::from).unwrap_or(Dynamic::UNIT)
    }

    /// Reads a secret: a hidden prompt on a terminal, else one line of stdin.
    #[rhai_fn(return_raw)]
    pub fn read_secret(prompt: &str) -> Result<String, Box<EvalAltResult>> {
        if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
            return crate::output::prompt::secret(prompt).map_err(throw);
        }
        let cap = crate::commands::keyargs::MAX_SECRET_BYTES;
        let mut line = String::new();
        std::io::Read::take(std::io::stdin().lock(), cap as u64 + 1).read_line(&mut line).map_err(|e| {
            throw(
                Error::usage(format!("Cannot read the secret from stdin: {e}."))
                    .with_hint("Give the secret as one line of UTF-8 text on stdin."),
            )
        })?;
        if line.len() > cap {
            return Err(throw(
                Error::usage(format!("The secret on stdin is too large: more than {}.", crate::units::size_text(cap)))
                    .with_hint("Give the secret itself (a key or token) on one line."),
            ));
        }
        Ok(line.trim_end_matches(['\n', '\r']).to_string())
    }

    /// Stops the script at once with this exit code (0 to 255); `try` does not catch it.
    #[rhai_fn(name = "exit", return_raw)]
    pub fn exit_with(ctx: NativeCallContext, code: i64) -> Result<(), Box<EvalAltResult>> {
        if !(0..=255).contains(&code) {
            return Err(throw(Error::usage(format!("exit(): the code must be 0 to 255, not {code}."))));
        }
        Err(EvalAltResult::ErrorTerminated(Dynamic::from(code), ctx.call_position()).into())
    }

    /// Stops the script at once with exit code 0.
    #[rhai_fn(return_raw)]
    pub fn exit(ctx: NativeCallContext) -> Result<(), Box<EvalAltResult>> {
        Err(EvalAltResult::ErrorTerminated(Dynamic::from(0_i64), ctx.call_position()).into())
    }

    /// Reads a CSV file with a header row into an array of maps (every value a string).
    #[rhai_fn(return_raw)]
    pub fn read_csv(path: &str) -> Result<Array, Box<EvalAltResult>> {
        csv_rows(path).map_err(throw)
    }

    /// Whole days from an API timestamp (`2024-03-04T09:30:00Z`) to now; `()` for `()`.
    #[rhai_fn(return_raw)]
    pub fn days_since(time: Dynamic) -> Result<Dynamic, Box<EvalAltResult>> {
        if time.is_unit() {
            return Ok(Dynamic::UNIT);
        }
        let text = time.to_string();
        let then = crate::timefmt::parse_timestamp(&text)
            .ok_or_else(|| throw(Error::usage(format!("`{text}` is not a timestamp like 2024-03-04T09:30:00Z."))))?;
        Ok(Dynamic::from((crate::platform::cache::now_secs() as i64 - then).div_euclid(86_400)))
    }

    /// Prints rows (maps) the way seqera prints lists: a table on a terminal, TSV in a pipe, or as `-o`
    /// says. Columns are the keys of the first row.
    #[rhai_fn(return_raw)]
    pub fn table(ctx: NativeCallContext, rows: Array) -> Result<(), Box<EvalAltResult>> {
        print_table(&host(&ctx).runner, rows, None)
    }

    /// Prints rows with these columns (keys, dotted paths allowed).
    #[rhai_fn(name = "table", return_raw)]
    pub fn table_with(ctx: NativeCallContext, rows: Array, columns: Array) -> Result<(), Box<EvalAltResult>> {
        print_table(&host(&ctx).runner, rows, Some(columns))
    }

    /// Prints a value as JSON on stdout: pretty on a terminal, one line in a pipe.
    #[rhai_fn(return_raw)]
    pub fn json(value: Dynamic) -> Result<(), Box<EvalAltResult>> {
        let v = from_dynamic(&value)?;
        let text = if std::io::stdout().is_terminal() { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) };
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", text.unwrap_or_default());
        Ok(())
    }

    /// JSON text (a program's output, say) as a script value: objects become maps, arrays arrays.
    #[rhai_fn(return_raw)]
    pub fn from_json(text: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        crate::script::from_json::to_dynamic(text).map_err(|e| {
            throw(Error::usage(format!("from_json(): not valid JSON: {e}.")).with_hint("Check the text, e.g. print() it first."))
        })
    }

    /// A value as a JSON string.
    #[rhai_fn(return_raw)]
    pub fn to_json(value: Dynamic) -> Result<String, Box<EvalAltResult>> {
        Ok(from_dynamic(&value)?.to_string())
    }

    /// Runs a local program with no shell in between: `sh("aws", ["iam", "list-access-keys"], #{})`.
    /// Options: `env` (a map added to the environment; the Platform token variables are not passed on
    /// unless given here), `cwd`, `stdin` (a string), `timeout` (seconds; the program and everything it
    /// started are killed, and the call throws). Returns `#{code, stdout, stderr, truncated}` (output capped
    /// like every script string; `truncated` is true, and a warning printed, when some was dropped). A missing program throws. Under `seqera run --dry-run` nothing runs: the
    /// program and arguments are printed and `#{code: 0, stdout: "", stderr: "", truncated: false, dry_run: true}` returned.
    #[rhai_fn(name = "sh", return_raw)]
    pub fn sh_with(ctx: NativeCallContext, program: &str, args: Array, options: Map) -> Result<Map, Box<EvalAltResult>> {
        check_keys("sh", &options, &["env", "cwd", "stdin", "timeout"])?;
        let request = crate::script::sh::Request::parse(program, args, &options).map_err(throw)?;
        let host = host(&ctx);
        if host.runner.session.dry_run {
            crate::output::status_line(&request.shown());
            let mut m = crate::script::sh::result(0, String::new(), String::new(), false);
            m.insert("dry_run".into(), true.into());
            return Ok(m);
        }
        crate::script::sh::run(&request, crate::script::MAX_STRING_SIZE, || host.runner.cancel.is_set()).map_err(throw)
    }

    /// `sh(program, args, #{})`: runs a local program with no shell in between; see the three-argument form.
    #[rhai_fn(name = "sh", return_raw)]
    pub fn sh(ctx: NativeCallContext, program: &str, args: Array) -> Result<Map, Box<EvalAltResult>> {
        sh_with(ctx, program, args, Map::new())
    }

    /// `parallel(items, |item| ..)` with 8 at a time; see the three-argument form.
    #[rhai_fn(return_raw)]
    pub fn parallel(ctx: NativeCallContext, items: Array, f: FnPtr) -> Result<Array, Box<EvalAltResult>> {
        let host = host(&ctx);
        run_parallel(&ctx, &host.lib, &host.runner.cancel, items, f, 8)
    }

    /// Calls `f(item)` for every item, `limit` (default 8, at most 64) at a time on the shared connection
    /// pool. Returns one `#{ok, value, error}` per item, in order; an exception in one item does not stop
    /// the others. A progress bar shows on a terminal.
    #[rhai_fn(name = "parallel", return_raw)]
    pub fn parallel_with(ctx: NativeCallContext, items: Array, f: FnPtr, options: Map) -> Result<Array, Box<EvalAltResult>> {
        check_keys("parallel", &options, &["limit"])?;
        let limit = options.get("limit").and_then(|d| d.as_int().ok()).unwrap_or(8);
        if !(1..=64).contains(&limit) {
            return Err(throw(Error::usage(format!("parallel(): limit must be 1 to 64, not {limit}."))));
        }
        let host = host(&ctx);
        run_parallel(&ctx, &host.lib, &host.runner.cancel, items, f, limit as usize)
    }
}
