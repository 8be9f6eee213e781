//! The functions scripts call. Each Platform function builds the words a user would type and runs them
//! through the one clap tree on the shared session, so the doc comment of each registration is the whole
//! reference (`seqera run --functions`, docs/scripting-functions.md).

use std::io::{BufRead, IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use rhai::{AST, Array, Dynamic, Engine, EvalAltResult, FnPtr, FuncRegistration, ImmutableString, Map, NativeCallContext, Position};
use serde_json::Value;

use crate::commands::{Command, credentials::Sub as CredSub};
use crate::error::Error;
use crate::exec::Runner;
use crate::output::{Column, Output};
use crate::platform::keyspec::{KEY_SPECS, KeySpec};
use crate::secret::Secret;

type R<T> = Result<T, Box<EvalAltResult>>;

/// The exception value of a seqera error: `#{kind, message, hint, exit_code}`.
pub fn error_value(e: &Error) -> Dynamic {
    let mut m = Map::new();
    m.insert("kind".into(), e.kind.name().into());
    m.insert("message".into(), e.message.clone().into());
    m.insert("hint".into(), e.hint.clone().map(Dynamic::from).unwrap_or(Dynamic::UNIT));
    m.insert("exit_code".into(), Dynamic::from(i64::from(e.kind.exit_code())));
    Dynamic::from_map(m)
}

pub fn throw(e: Error) -> Box<EvalAltResult> {
    EvalAltResult::ErrorRuntime(error_value(&e), Position::NONE).into()
}

fn to_dynamic(v: &Value) -> R<Dynamic> {
    rhai::serde::to_dynamic(v)
}

fn from_dynamic(d: &Dynamic) -> R<Value> {
    rhai::serde::from_dynamic::<Value>(d)
}

/// A command's output as script data: a list is an array of the API's objects, a record a map.
/// A check that failed (status, validate) returns its report: the report says what failed.
fn output_value(out: Output) -> R<Dynamic> {
    match out {
        Output::Rows { json: Some(j), .. } => to_dynamic(&j),
        Output::Rows { items, .. } => to_dynamic(&Value::Array(items)),
        Output::Record { item, .. } => to_dynamic(&item),
        Output::Value(s) => Ok(s.into()),
        Output::Nothing => Ok(Dynamic::UNIT),
        Output::Failed(inner, _) => output_value(*inner),
    }
}

/// Runs the words of one command on the session, quietly (a script speaks through its results).
fn run_words(r: &Runner, words: Vec<String>, secrets: Secrets) -> R<Dynamic> {
    let mut cli = Runner::parse(&words).map_err(|e| {
        let text = e.to_string();
        let first = text.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
        throw(Error::usage(format!("{first} (in `seqera {}`)", shell_words::join(&words))))
    })?;
    if !secrets.is_empty() {
        let Command::Credentials(args) = &mut cli.command else { unreachable!("secrets are only given to credentials commands") };
        match &mut args.command {
            CredSub::Add { keys, .. } | CredSub::Update { keys, .. } | CredSub::Rotate { keys, .. } => {
                keys.inputs.extend(secrets.into_iter().map(|(s, v)| (s, crate::commands::keyargs::KeyInput::Given(v))));
            }
            _ => unreachable!("secrets are only given to add, update and rotate"),
        }
    }
    match r.run(cli, true, true) {
        Ok((_, out)) => output_value(out),
        Err(crate::error::Error { held: Some(held), .. }) => {
            crate::output::status_line(&held.line());
            let mut m = Map::new();
            m.insert("dry_run".into(), true.into());
            m.insert("request".into(), held.request().into());
            Ok(Dynamic::from_map(m))
        }
        Err(e) => Err(throw(e)),
    }
}

/// A map value as a flag value: strings and numbers; `()` is absent.
fn text(d: &Dynamic) -> Option<String> {
    if d.is_unit() {
        None
    } else if let Ok(s) = d.clone().into_immutable_string() {
        Some(s.to_string())
    } else {
        Some(d.to_string())
    }
}

fn truthy(d: Option<&Dynamic>) -> bool {
    d.and_then(|d| d.as_bool().ok()).unwrap_or(false)
}

/// Refuses option keys a function does not know, so a typo is an error rather than ignored.
fn check_keys(func: &str, m: &Map, allowed: &[&str]) -> R<()> {
    for k in m.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(throw(
                Error::usage(format!("{func}() takes no option `{k}`.")).with_hint(format!("It takes: {}.", allowed.join(", "))),
            ));
        }
    }
    Ok(())
}

/// `-w` from a `workspace` option.
fn workspace_words(m: &Map) -> Vec<String> {
    m.get("workspace").and_then(text).map(|w| vec!["-w".to_string(), w]).unwrap_or_default()
}

/// The key fields of a credentials map (flat, or under `keys`), split into words and in-memory secrets.
/// Secret key fields handed over in memory.
type Secrets = Vec<(&'static KeySpec, Secret<String>)>;

fn key_words(func: &str, m: &Map, known: &[&str]) -> R<(Vec<String>, Secrets)> {
    let mut fields: Vec<(String, Dynamic)> = Vec::new();
    for (k, v) in m {
        if k == "keys" {
            let Some(keys) = v.read_lock::<Map>() else {
                return Err(throw(Error::usage(format!("{func}(): `keys` must be a map of key fields."))));
            };
            fields.extend(keys.iter().map(|(k, v)| (k.to_string(), v.clone())));
        } else if !known.contains(&k.as_str()) {
            fields.push((k.to_string(), v.clone()));
        }
    }
    let mut words = Vec::new();
    let mut secrets = Vec::new();
    for (k, v) in fields {
        let Some(spec) = KEY_SPECS.iter().find(|s| s.key == k) else {
            let keys: Vec<&str> = KEY_SPECS.iter().map(|s| s.key).collect();
            return Err(throw(Error::usage(format!("{func}() takes no field `{k}`.")).with_hint(format!(
                "Options: {}; key fields: {}.",
                known.join(", "),
                keys.join(", ")
            ))));
        };
        if spec.boolean {
            if truthy(Some(&v)) {
                words.push(format!("--{}", spec.flag));
            }
        } else if let Some(value) = text(&v) {
            if spec.secret {
                secrets.push((spec, Secret::new(value)));
            } else {
                words.push(format!("--{}", spec.flag));
                words.push(value);
            }
        }
    }
    Ok((words, secrets))
}

fn opt_words(m: &Map, pairs: &[(&str, &str)]) -> Vec<String> {
    let mut words = Vec::new();
    for (key, flag) in pairs {
        if let Some(v) = m.get(*key).and_then(text) {
            words.push(flag.to_string());
            words.push(v);
        }
    }
    words
}

fn words(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

/// Registers one function with its parameter names and doc comment.
macro_rules! reg {
    ($engine:expr, $name:expr, [$($param:expr),*], $doc:expr, $f:expr) => {
        FuncRegistration::new($name)
            .with_params_info([$($param),*])
            .with_comments([concat!("/// ", $doc)])
            .register_into_engine($engine, $f);
    };
}

pub fn register(engine: &mut Engine, runner: Arc<Runner>, lib: Arc<RwLock<AST>>) {
    let r = runner.clone();
    reg!(
        engine,
        "status",
        ["Map"],
        "Platform, login, organization, workspace and AI backend checks, as `seqera status -o json` shows them.",
        move || run_words(&r, words(&["status"]), vec![])
    );

    let r = runner.clone();
    reg!(engine, "org_list", ["Array"], "Your organizations: `orgId`, `orgName`, your `role`, and `selected`.", move || run_words(
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
        ["name: String", "Map"],
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
        ["ref: String", "Map"],
        "Makes a workspace (ID, `Org/Workspace`, or a name in the selected org) the profile's default.",
        move |w: ImmutableString| run_words(&r, vec!["workspace".into(), "use".into(), w.to_string()], vec![])
    );
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
    let r = runner.clone();
    reg!(
        engine,
        "credentials_delete",
        ["ref: String", "options: Map", "()"],
        "Deletes; options: `workspace`, `checked` (refuse, with the conflicts in the error, while something uses it).",
        move |c: ImmutableString, m: Map| {
            check_keys("credentials_delete", &m, &["workspace", "checked"])?;
            let mut w = workspace_words(&m);
            w.extend(["credentials".into(), "delete".into(), c.to_string(), "--yes".into()]);
            if truthy(m.get("checked")) {
                w.push("--checked".into());
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
                return rpassword::prompt_password(format!("{prompt} (input is hidden): "))
                    .map_err(|e| throw(Error::other(format!("Cannot read the secret: {e}."))));
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

fn print_table(r: &Runner, rows: Array, cols: Option<Array>) -> R<()> {
    let items: Vec<Value> = rows.iter().map(from_dynamic).collect::<R<_>>()?;
    let names: Vec<String> = match cols {
        Some(c) => c.iter().map(|d| d.to_string()).collect(),
        None => items.first().and_then(|v| v.as_object()).map(|o| o.keys().cloned().collect()).unwrap_or_default(),
    };
    let columns: Vec<Column> = names.into_iter().map(|n| Column { header: n.clone().into(), field: n.into() }).collect();
    let ctx = r.session.context(&r.session.globals).map_err(throw)?;
    let out = Output::Rows { columns, items, json: None };
    let stdout = std::io::stdout();
    let mut lock = std::io::BufWriter::new(stdout.lock());
    let _ = ctx.renderer.render(&out, &mut lock).and_then(|_| lock.flush());
    Ok(())
}

/// The error of one item as a map: a seqera error's own map, or a script error's text.
fn item_error(e: &EvalAltResult) -> Dynamic {
    match e {
        EvalAltResult::ErrorRuntime(v, _) if v.is_map() => v.clone(),
        EvalAltResult::ErrorInFunctionCall(_, _, inner, _) => item_error(inner),
        other => {
            let mut m = Map::new();
            m.insert("kind".into(), "script".into());
            m.insert("message".into(), other.to_string().into());
            Dynamic::from_map(m)
        }
    }
}

fn parallel(ctx: &NativeCallContext, lib: &RwLock<AST>, cancel: &crate::exec::Cancel, items: Array, f: FnPtr, limit: usize) -> R<Array> {
    let engine = ctx.engine();
    let ast = lib.read().unwrap_or_else(|p| p.into_inner()).clone();
    let n = items.len();
    let results: Vec<Mutex<Option<Dynamic>>> = (0..n).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let bar = indicatif::ProgressBar::with_draw_target(Some(n as u64), indicatif::ProgressDrawTarget::stderr());
    if n < 2 {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    std::thread::scope(|s| {
        for _ in 0..limit.min(n) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= n || cancel.is_set() {
                        break;
                    }
                    let mut m = Map::new();
                    match f.call::<Dynamic>(engine, &ast, (items[i].clone(),)) {
                        Ok(v) => {
                            m.insert("ok".into(), true.into());
                            m.insert("value".into(), v);
                            m.insert("error".into(), Dynamic::UNIT);
                        }
                        Err(e) => {
                            m.insert("ok".into(), false.into());
                            m.insert("value".into(), Dynamic::UNIT);
                            m.insert("error".into(), item_error(&e));
                        }
                    }
                    *results[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(Dynamic::from_map(m));
                    bar.inc(1);
                }
            });
        }
    });
    bar.finish_and_clear();
    if cancel.is_set() {
        return Err(EvalAltResult::ErrorTerminated(Dynamic::from("interrupted"), ctx.call_position()).into());
    }
    Ok(results.into_iter().map(|m| m.into_inner().unwrap_or_else(|p| p.into_inner()).unwrap_or(Dynamic::UNIT)).collect())
}

/// The function reference in Markdown, generated from the registrations above.
pub fn reference_markdown(engine: &Engine) -> String {
    let json = engine.gen_fn_metadata_to_json(false).unwrap_or_default();
    let meta: Value = serde_json::from_str(&json).unwrap_or_default();
    let mut fns: Vec<&Value> = meta["functions"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
    fns.retain(|f| f["docComments"].as_array().is_some_and(|d| !d.is_empty()));
    fns.sort_by_key(|f| (f["name"].as_str().unwrap_or_default().to_string(), f["numParams"].as_u64()));
    let mut out = String::from(
        "# Script functions\n\nGenerated by `seqera run --functions` from the functions' registrations; do not edit.\n\
         Failures are exceptions `#{kind, message, hint, exit_code}`; `kind` is one of usage, auth, forbidden,\n\
         not_found, conflict, network, config, interrupted, error. Under `--dry-run` a mutation returns\n\
         `#{dry_run: true, request}` instead of being sent. Scripts also see `ARGS` (the words after `--`) and\n\
         Rhai's own `print` (stdout) and `debug` (stderr). Limits: 50 million operations, call depth 64, and in\n\
         all a value holds 1 million array elements or BLOB bytes, 1 million map entries, 64 MiB of string.\n\
         `import` is turned off.\n\n",
    );
    for f in fns {
        let sig = f["signature"].as_str().unwrap_or_default();
        let doc: Vec<String> = f["docComments"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d.as_str())
            .map(|d| d.trim_start_matches("///").trim().to_string())
            .collect();
        out.push_str(&format!("### `{sig}`\n\n{}\n\n", doc.join("\n")));
    }
    out.trim_end().to_string() + "\n"
}

fn read_csv(path: &str) -> crate::error::Result<Array> {
    let mut reader = csv::Reader::from_path(path).map_err(|e| Error::usage(format!("Cannot read the CSV file {path}: {e}.")))?;
    let headers = reader.headers().map_err(|e| Error::usage(format!("Cannot read the header of {path}: {e}.")))?.clone();
    let mut rows = Array::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| Error::usage(format!("{path}, row {}: {e}.", i + 2)))?;
        let mut m = Map::new();
        for (h, v) in headers.iter().zip(record.iter()) {
            m.insert(h.trim().into(), v.trim().to_string().into());
        }
        rows.push(Dynamic::from_map(m));
    }
    Ok(rows)
}
