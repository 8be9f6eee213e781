//! Every function a script can call, registered by group with its parameter names and doc comment (what
//! `seqera run --functions` prints and docs/scripting-functions.md keeps).

use crate::error::Error;
use crate::exec::Runner;
use rhai::{AST, Array, Dynamic, Engine, EvalAltResult, FnPtr, FuncRegistration, ImmutableString, Map, NativeCallContext};
use std::io::{BufRead, IsTerminal, Write};
use std::sync::{Arc, RwLock};

use super::functions::*;

/// Registers one function with its parameter names and doc comment.
macro_rules! reg {
    ($engine:expr, $name:expr, [$($param:expr),*], $doc:expr, $f:expr) => {
        FuncRegistration::new($name)
            .with_params_info([$($param),*])
            .with_comments([concat!("/// ", $doc)])
            .register_into_engine($engine, $f);
    };
}

/// Registers every function scripts can call, by group.
pub(crate) fn register(engine: &mut Engine, runner: Arc<Runner>, lib: Arc<RwLock<AST>>) {
    register_orgs_and_workspaces(engine, &runner, &lib);
    register_credential_reads(engine, &runner, &lib);
    register_credential_changes(engine, &runner, &lib);
    register_ai_and_environment(engine, &runner, &lib);
    register_output_and_time(engine, &runner, &lib);
    register_parallel(engine, &runner, &lib);
}

fn register_orgs_and_workspaces(engine: &mut Engine, runner: &Arc<Runner>, _lib: &Arc<RwLock<AST>>) {
    let r = runner.clone();
    reg!(
        engine,
        "status",
        ["Map"],
        "Platform, login, organization, workspace and AI backend checks, as `seqera status -o json` shows them.",
        move || run_words(&r, words(&["status"]), vec![])
    );

    let r = runner.clone();
    reg!(engine, "org_list", ["Array"], "Your organizations: `orgId`, `orgName`, `orgType`, and your `roles` there.", move || run_words(
        &r,
        words(&["org", "list"]),
        vec![]
    ));
    let r = runner.clone();
    reg!(engine, "org_current", ["Map"], "The selected organization, or `()` when none is selected.", move || run_words(
        &r,
        words(&["org", "show"]),
        vec![]
    ));
    let r = runner.clone();
    reg!(
        engine,
        "org_switch",
        ["name: String", "()"],
        "Selects an organization by name or ID for this profile (drops its workspace selection).",
        move |name: ImmutableString| run_words(&r, vec!["org".into(), "switch".into(), name.to_string()], vec![])
    );
    let r = runner.clone();
    reg!(engine, "org_clear", ["()"], "Forgets the selected organization and workspace.", move || run_words(
        &r,
        words(&["org", "clear"]),
        vec![]
    ));

    let r = runner.clone();
    reg!(engine, "workspace_list", ["Array"], "Your workspaces (`workspaceId`, `workspaceName`, `orgName`, `role`, ...).", move || {
        run_words(&r, words(&["workspace", "list"]), vec![])
    });
    let r = runner.clone();
    reg!(
        engine,
        "workspace_list",
        ["options: Map", "Array"],
        "Your workspaces; options: `org` (name or ID) to keep one organization's.",
        move |m: Map| {
            check_keys("workspace_list", &m, &["org"])?;
            let mut w = words(&["workspace", "list"]);
            w.extend(opt_words(&m, &[("org", "--org")]));
            run_words(&r, w, vec![])
        }
    );
    let r = runner.clone();
    reg!(engine, "workspace_current", ["Map"], "The workspace commands use now and where that choice comes from.", move || run_words(
        &r,
        words(&["workspace", "show"]),
        vec![]
    ));
    let r = runner.clone();
    reg!(
        engine,
        "workspace_use",
        ["ref: String", "()"],
        "Makes a workspace (ID, `Org/Workspace`, or a name in the selected org) the profile's default.",
        move |w: ImmutableString| run_words(&r, vec!["workspace".into(), "use".into(), w.to_string()], vec![])
    );
}

fn register_credential_reads(engine: &mut Engine, runner: &Arc<Runner>, _lib: &Arc<RwLock<AST>>) {
    let r = runner.clone();
    reg!(engine, "workspace_clear", ["()"], "Goes back to the personal workspace.", move || run_words(
        &r,
        words(&["workspace", "clear"]),
        vec![]
    ));

    let r = runner.clone();
    reg!(
        engine,
        "credentials_list",
        ["Array"],
        "Credentials of the workspace in use: `id`, `name`, `provider`, `status`, `lastUsed`, ...",
        move || run_words(&r, words(&["credentials", "list"]), vec![])
    );
    let r = runner.clone();
    reg!(
        engine,
        "credentials_list",
        ["options: Map", "Array"],
        "Credentials; options: `workspace` (ID or `Org/Workspace`), `provider` (aws, github, ...), `platform` (aws-batch, ...).",
        move |m: Map| {
            check_keys("credentials_list", &m, &["workspace", "provider", "platform"])?;
            let mut w = workspace_words(&m);
            w.extend(words(&["credentials", "list"]));
            w.extend(opt_words(&m, &[("provider", "--provider"), ("platform", "--platform")]));
            run_words(&r, w, vec![])
        }
    );
    let r = runner.clone();
    reg!(
        engine,
        "credentials_get",
        ["ref: String", "Map"],
        "One credential by name or ID, whole except its secret keys.",
        move |c: ImmutableString| run_words(&r, vec!["credentials".into(), "get".into(), c.to_string()], vec![])
    );
    let r = runner.clone();
    reg!(
        engine,
        "credentials_get",
        ["ref: String", "options: Map", "Map"],
        "One credential; options: `workspace`.",
        move |c: ImmutableString, m: Map| {
            check_keys("credentials_get", &m, &["workspace"])?;
            let mut w = workspace_words(&m);
            w.extend(["credentials".into(), "get".into(), c.to_string()]);
            run_words(&r, w, vec![])
        }
    );
    let r = runner.clone();
    reg!(
        engine,
        "credentials_add",
        ["fields: Map", "Map"],
        "Adds a credential: `provider`, `name`, optional `description`, `baseUrl`, `useExternalId`, `workspace`, and the key fields by API name (`accessKey`, `secretKey`, `password`, ...), flat or under `keys`. Secrets stay in memory, never on a command line. Returns the new credential as `#{credentials: #{id, ..}}`.",
        move |m: Map| {
            const KNOWN: &[&str] = &["provider", "name", "description", "baseUrl", "useExternalId", "workspace"];
            let provider = m.get("provider").and_then(text).ok_or_else(|| throw(Error::usage("credentials_add() needs `provider`.")))?;
            let name = m.get("name").and_then(text).ok_or_else(|| throw(Error::usage("credentials_add() needs `name`.")))?;
            let mut w = workspace_words(&m);
            w.extend(["credentials".into(), "add".into(), provider, "--name".into(), name]);
            w.extend(opt_words(&m, &[("description", "--description"), ("baseUrl", "--base-url")]));
            if truthy(m.get("useExternalId")) {
                w.push("--use-external-id".into());
            }
            let (kw, secrets) = key_words("credentials_add", &m, KNOWN)?;
            w.extend(kw);
            run_words(&r, w, secrets)
        }
    );
}

fn register_credential_changes(engine: &mut Engine, runner: &Arc<Runner>, _lib: &Arc<RwLock<AST>>) {
    let r = runner.clone();
    reg!(
        engine,
        "credentials_update",
        ["ref: String", "fields: Map", "Map"],
        "Updates a credential in place (same ID): optional `description`, `baseUrl`, `workspace` and key fields; secrets not given are kept.",
        move |c: ImmutableString, m: Map| {
            const KNOWN: &[&str] = &["description", "baseUrl", "workspace"];
            let mut w = workspace_words(&m);
            w.extend(["credentials".into(), "update".into(), c.to_string()]);
            w.extend(opt_words(&m, &[("description", "--description"), ("baseUrl", "--base-url")]));
            let (kw, secrets) = key_words("credentials_update", &m, KNOWN)?;
            w.extend(kw);
            run_words(&r, w, secrets)
        }
    );
    let r = runner.clone();
    reg!(
        engine,
        "credentials_rotate",
        ["ref: String", "keys: Map", "Map"],
        "Puts new secret keys in place (same ID), validates them, and returns the validation (`status` AVAILABLE or INVALID). Options: `workspace` and the key fields.",
        move |c: ImmutableString, m: Map| {
            const KNOWN: &[&str] = &["workspace"];
            let mut w = workspace_words(&m);
            w.extend(["credentials".into(), "rotate".into(), c.to_string()]);
            let (kw, secrets) = key_words("credentials_rotate", &m, KNOWN)?;
            w.extend(kw);
            run_words(&r, w, secrets)
        }
    );
    let r = runner.clone();
    reg!(
        engine,
        "credentials_validate",
        ["ref: String", "Map"],
        "Asks Platform to check a credential with its provider; returns the report (`status`: AVAILABLE or INVALID).",
        move |c: ImmutableString| run_words(&r, vec!["credentials".into(), "validate".into(), c.to_string()], vec![])
    );
    let r = runner.clone();
    reg!(
        engine,
        "credentials_validate",
        ["ref: String", "options: Map", "Map"],
        "Validates; options: `workspace`, `force` (mark an INVALID credential AVAILABLE without the provider check).",
        move |c: ImmutableString, m: Map| {
            check_keys("credentials_validate", &m, &["workspace", "force"])?;
            let mut w = workspace_words(&m);
            w.extend(["credentials".into(), "validate".into(), c.to_string()]);
            if truthy(m.get("force")) {
                w.push("--force".into());
            }
            run_words(&r, w, vec![])
        }
    );
    let r = runner.clone();
    reg!(
        engine,
        "credentials_delete",
        ["ref: String", "()"],
        "Deletes a credential (a script does not ask).",
        move |c: ImmutableString| run_words(&r, vec!["credentials".into(), "delete".into(), c.to_string(), "--yes".into()], vec![])
    );
}

fn register_ai_and_environment(engine: &mut Engine, runner: &Arc<Runner>, _lib: &Arc<RwLock<AST>>) {
    let r = runner.clone();
    reg!(
        engine,
        "credentials_delete",
        ["ref: String", "options: Map", "()"],
        "Deletes unless something uses it (then the error lists what); options: `workspace`, `force` (delete anyway).",
        move |c: ImmutableString, m: Map| {
            check_keys("credentials_delete", &m, &["workspace", "checked", "force"])?;
            let mut w = workspace_words(&m);
            w.extend(["credentials".into(), "delete".into(), c.to_string(), "--yes".into()]);
            if truthy(m.get("force")) {
                w.push("--force".into());
            }
            run_words(&r, w, vec![])
        }
    );
    let r = runner.clone();
    reg!(
        engine,
        "seqera",
        ["command: String", "Dynamic"],
        "Runs any seqera command line (`seqera(\"config get api_url\")`) and returns its data.",
        move |line: ImmutableString| {
            let w = shell_words::split(&line).map_err(|e| throw(Error::usage(format!("Cannot split `{line}`: {e}."))))?;
            run_words(&r, w, vec![])
        }
    );

    let r = runner.clone();
    reg!(
        engine,
        "ai",
        ["question: String", "String"],
        "Asks the Co-Scientist assistant and returns the answer's text. Calls in one script continue one session; tool calls follow the approval mode (`SEQERA_APPROVAL_MODE`, config `approval_mode`), and without a terminal a call that needs approval is refused and said so to the assistant.",
        move |q: ImmutableString| { run_words(&r, vec!["ai".into(), q.to_string()], vec![]) }
    );
    reg!(
        engine,
        "env",
        ["name: String", "String"],
        "The value of an environment variable, or `()` when it is unset or empty.",
        |name: ImmutableString| -> Dynamic { crate::config::env::var(&name).map(Dynamic::from).unwrap_or(Dynamic::UNIT) }
    );
    reg!(
        engine,
        "read_secret",
        ["prompt: String", "String"],
        "Reads a secret: a hidden prompt on a terminal, else one line of stdin.",
        |prompt: ImmutableString| -> R<String> {
            if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
                return crate::output::prompt::secret(&prompt).map_err(throw);
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
    );
}

fn register_output_and_time(engine: &mut Engine, runner: &Arc<Runner>, _lib: &Arc<RwLock<AST>>) {
    reg!(
        engine,
        "exit",
        ["code: i64", "()"],
        "Stops the script at once with this exit code (0 to 255); `try` does not catch it.",
        |ctx: NativeCallContext, code: i64| -> R<()> {
            if !(0..=255).contains(&code) {
                return Err(throw(Error::usage(format!("exit(): the code must be 0 to 255, not {code}."))));
            }
            Err(EvalAltResult::ErrorTerminated(Dynamic::from(code), ctx.call_position()).into())
        }
    );
    reg!(engine, "exit", ["()"], "Stops the script at once with exit code 0.", |ctx: NativeCallContext| -> R<()> {
        Err(EvalAltResult::ErrorTerminated(Dynamic::from(0_i64), ctx.call_position()).into())
    });
    reg!(
        engine,
        "read_csv",
        ["path: String", "Array"],
        "Reads a CSV file with a header row into an array of maps (every value a string).",
        |path: ImmutableString| -> R<Array> { read_csv(&path).map_err(throw) }
    );
    reg!(
        engine,
        "days_since",
        ["time: String", "i64"],
        "Whole days from an API timestamp (`2024-03-04T09:30:00Z`) to now; `()` for `()`.",
        |t: Dynamic| -> R<Dynamic> {
            if t.is_unit() {
                return Ok(Dynamic::UNIT);
            }
            let text = t.to_string();
            let then = crate::timefmt::parse_timestamp(&text)
                .ok_or_else(|| throw(Error::usage(format!("`{text}` is not a timestamp like 2024-03-04T09:30:00Z."))))?;
            Ok(Dynamic::from((crate::platform::cache::now_secs() as i64 - then).div_euclid(86_400)))
        }
    );

    let r = runner.clone();
    reg!(
        engine,
        "table",
        ["rows: Array", "()"],
        "Prints rows (maps) the way seqera prints lists: a table on a terminal, TSV in a pipe, or as `-o` says. Columns are the keys of the first row.",
        move |rows: Array| print_table(&r, rows, None)
    );
    let r = runner.clone();
    reg!(
        engine,
        "table",
        ["rows: Array", "columns: Array", "()"],
        "Prints rows with these columns (keys, dotted paths allowed).",
        move |rows: Array, cols: Array| print_table(&r, rows, Some(cols))
    );
    reg!(
        engine,
        "json",
        ["value: Dynamic", "()"],
        "Prints a value as JSON on stdout: pretty on a terminal, one line in a pipe.",
        |v: Dynamic| -> R<()> {
            let v = from_dynamic(&v)?;
            let text = if std::io::stdout().is_terminal() { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) };
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{}", text.unwrap_or_default());
            Ok(())
        }
    );
    reg!(engine, "to_json", ["value: Dynamic", "String"], "A value as a JSON string.", |v: Dynamic| -> R<String> {
        Ok(from_dynamic(&v)?.to_string())
    });
}

fn register_parallel(engine: &mut Engine, runner: &Arc<Runner>, lib: &Arc<RwLock<AST>>) {
    let lib = lib.clone();
    let cancel = runner.cancel.clone();
    let lib2 = lib.clone();
    let cancel2 = cancel.clone();
    reg!(
        engine,
        "parallel",
        ["items: Array", "f: FnPtr", "Array"],
        "`parallel(items, |item| ..)` with 8 at a time; see the three-argument form.",
        move |ctx: NativeCallContext, items: Array, f: FnPtr| parallel(&ctx, &lib2, &cancel2, items, f, 8)
    );
    reg!(
        engine,
        "parallel",
        ["items: Array", "f: FnPtr", "options: Map", "Array"],
        "Calls `f(item)` for every item, `limit` (default 8, at most 64) at a time on the shared connection pool. Returns one `#{ok, value, error}` per item, in order; an exception in one item does not stop the others. A progress bar shows on a terminal.",
        move |ctx: NativeCallContext, items: Array, f: FnPtr, m: Map| {
            check_keys("parallel", &m, &["limit"])?;
            let limit = m.get("limit").and_then(|d| d.as_int().ok()).unwrap_or(8);
            if !(1..=64).contains(&limit) {
                return Err(throw(Error::usage(format!("parallel(): limit must be 1 to 64, not {limit}."))));
            }
            parallel(&ctx, &lib, &cancel, items, f, limit as usize)
        }
    );
}
