//! What the script functions (`platform_fns`, `local_fns`) share: running the words of a command on the
//! shared session through the one clap tree, turning its output into script data, option checks, errors as
//! exceptions, `parallel`, and the function reference generated from the engine's metadata
//! (`seqera run --functions`, docs/scripting-functions.md).

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, RwLock};

use rhai::{AST, Array, Dynamic, Engine, EvalAltResult, FnPtr, Map, NativeCallContext, Position};
use serde_json::Value;

use crate::commands::{Command, credentials::Sub as CredSub};
use crate::error::Error;
use crate::exec::Runner;
use crate::output::{Column, Output};
use crate::platform::keyspec::{KEY_SPECS, KeySpec};
use crate::secret::Secret;

pub(super) type R<T> = Result<T, Box<EvalAltResult>>;

/// The exception value of a seqera error: `#{kind, message, hint, exit_code}`.
pub(crate) fn error_value(e: &Error) -> Dynamic {
    let mut m = Map::new();
    m.insert("kind".into(), e.kind.name().into());
    m.insert("message".into(), e.message.clone().into());
    m.insert("hint".into(), e.hint.clone().map(Dynamic::from).unwrap_or(Dynamic::UNIT));
    m.insert("exit_code".into(), Dynamic::from(i64::from(e.kind.exit_code())));
    Dynamic::from_map(m)
}

pub(crate) fn throw(e: Error) -> Box<EvalAltResult> {
    EvalAltResult::ErrorRuntime(error_value(&e), Position::NONE).into()
}

pub(super) fn to_dynamic(v: &Value) -> R<Dynamic> {
    rhai::serde::to_dynamic(v)
}

pub(super) fn from_dynamic(d: &Dynamic) -> R<Value> {
    rhai::serde::from_dynamic::<Value>(d)
}

/// A command's output as script data: a list is an array of the API's objects, a record a map.
/// A check that failed (status, validate) returns its report: the report says what failed; a refusal throws.
pub(super) fn output_value(out: Output) -> R<Dynamic> {
    match out {
        Output::Rows { json: Some(j), .. } => to_dynamic(&j),
        Output::Rows { items, .. } => to_dynamic(&Value::Array(items)),
        // Straight from each item's JSON text into script values, with no tree in between.
        Output::List { list, .. } => {
            let mut strings = super::from_json::Strings::default();
            list.items()
                .map(|item| strings.convert(item))
                .collect::<Result<Array, _>>()
                .map(Dynamic::from_array)
                .map_err(|e| throw(Error::other(format!("Cannot read a list item: {e}."))))
        }
        Output::Record { item, .. } => to_dynamic(&item),
        Output::Value(s) => Ok(s.into()),
        Output::Nothing => Ok(Dynamic::UNIT),
        // A refusal (a credential still in use) is an exception: the script must not read it as done.
        Output::Failed(_, e) if e.kind == crate::error::ErrorKind::Conflict => Err(throw(e)),
        Output::Failed(inner, _) => output_value(*inner),
    }
}

/// A command's data as the type its function promises. A mismatch is a bug in seqera, said as one.
pub(super) fn typed<T: std::any::Any>(d: Dynamic) -> R<T> {
    let got = d.type_name();
    d.try_cast::<T>().ok_or_else(|| {
        throw(Error::other(format!(
            "seqera returned a {got} where its script function promises a {}.",
            script_type(std::any::type_name::<T>())
        )))
    })
}

/// Runs the words of one command on the session, quietly (a script speaks through its results).
pub(super) fn run_words(r: &Runner, words: Vec<String>, secrets: Secrets) -> R<Dynamic> {
    let mut cli = Runner::parse(&words).map_err(|e| {
        let text = e.to_string();
        let first = text.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
        throw(Error::usage(format!("{first} (in `seqera {}`)", shell_words::join(&words))))
    })?;
    if !secrets.is_empty() {
        let Command::Credentials(args) = &mut cli.command else { unreachable!("secrets are only given to credentials commands") };
        let keys = match &mut args.command {
            CredSub::Add { provider } => &mut provider.keys,
            CredSub::Update { keys, .. } | CredSub::Rotate { keys, .. } => keys,
            _ => unreachable!("secrets are only given to add, update and rotate"),
        };
        keys.inputs.extend(secrets.into_iter().map(|(s, v)| (s, crate::commands::keyargs::KeyInput::Given(v))));
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
pub(super) fn text(d: &Dynamic) -> Option<String> {
    if d.is_unit() {
        None
    } else if let Ok(s) = d.clone().into_immutable_string() {
        Some(s.to_string())
    } else {
        Some(d.to_string())
    }
}

pub(super) fn truthy(d: Option<&Dynamic>) -> bool {
    d.and_then(|d| d.as_bool().ok()).unwrap_or(false)
}

/// Refuses option keys a function does not know, so a typo is an error rather than ignored.
pub(super) fn check_keys(func: &str, m: &Map, allowed: &[&str]) -> R<()> {
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
pub(super) fn workspace_words(m: &Map) -> Vec<String> {
    m.get("workspace").and_then(text).map(|w| vec!["-w".to_string(), w]).unwrap_or_default()
}

/// The key fields of a credentials map (flat, or under `keys`), split into words and in-memory secrets.
/// Secret key fields handed over in memory.
type Secrets = Vec<(&'static KeySpec, Secret<String>)>;

pub(super) fn key_words(func: &str, m: &Map, known: &[&str]) -> R<(Vec<String>, Secrets)> {
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

pub(super) fn opt_words(m: &Map, pairs: &[(&str, &str)]) -> Vec<String> {
    let mut words = Vec::new();
    for (key, flag) in pairs {
        if let Some(v) = m.get(*key).and_then(text) {
            words.push(flag.to_string());
            words.push(v);
        }
    }
    words
}

pub(super) fn words(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

pub(super) fn print_table(r: &Runner, rows: Array, cols: Option<Array>) -> R<()> {
    let items: Vec<Value> = rows.iter().map(from_dynamic).collect::<R<_>>()?;
    let names: Vec<String> = match cols {
        Some(c) => c.iter().map(|d| d.to_string()).collect(),
        None => items.first().and_then(|v| v.as_object()).map(|o| o.keys().cloned().collect()).unwrap_or_default(),
    };
    let columns: Vec<Column> = names.into_iter().map(|n| Column::named(n.clone(), n)).collect();
    let ctx = r.session.context(&r.session.globals).map_err(throw)?;
    let out = Output::Rows { columns, items, json: None };
    // The script chose what to show: `--fields`/`--jq` of the `seqera run` line are not for its tables.
    let view = crate::output::View { see_more: Some("table_with(rows, columns)"), ..Default::default() };
    let renderer = crate::output::Renderer { view, ..ctx.renderer.clone() };
    let stdout = std::io::stdout();
    let mut lock = std::io::BufWriter::new(stdout.lock());
    let _ = renderer.render(&out, &mut lock).and_then(|_| lock.flush());
    Ok(())
}

/// The error of one item as a map: a seqera error's own map, or a script error's text.
pub(super) fn item_error(e: &EvalAltResult) -> Dynamic {
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

pub(super) fn parallel(
    ctx: &NativeCallContext,
    lib: &RwLock<AST>,
    cancel: &crate::exec::Cancel,
    items: Array,
    f: FnPtr,
    limit: usize,
) -> R<Array> {
    let engine = ctx.engine();
    let ast = lib.read().unwrap_or_else(|p| p.into_inner()).clone();
    let n = items.len();
    let results: Vec<Mutex<Option<Dynamic>>> = (0..n).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    // Drawn from the first item (0/n), so a slow first item is not a blank wait.
    let bar = crate::output::spinner::progress(n);
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

/// The function reference in Markdown, generated from the engine's metadata: the plugin functions' Rust
/// signatures (a fallible `Result<T, Box<EvalAltResult>>` shown as `T`) and their doc comments.
pub(crate) fn reference_markdown(engine: &Engine) -> String {
    let json = engine.gen_fn_metadata_to_json(false).unwrap_or_default();
    let meta: Value = serde_json::from_str(&json).unwrap_or_default();
    let mut fns: Vec<&Value> = meta["functions"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
    fns.retain(|f| f["docComments"].as_array().is_some_and(|d| !d.is_empty()));
    fns.sort_by_key(|f| (f["name"].as_str().unwrap_or_default().to_string(), f["numParams"].as_u64()));
    let mut out = String::from(
        "# Script functions\n\nGenerated by `seqera run --functions` from the functions' signatures and doc comments\n\
         (src/script/platform_fns.rs, src/script/local_fns.rs); do not edit.\n\
         Failures are exceptions `#{kind, message, hint, exit_code}`; `kind` is one of usage, auth, forbidden,\n\
         not_found, conflict, network, config, interrupted, error. Under `--dry-run` a mutation returns\n\
         `#{dry_run: true, request}` instead of being sent. Scripts also see `ARGS` (the words after `--`) and\n\
         Rhai's own `print` (stdout) and `debug` (stderr). Limits: 50 million operations, call depth 64, and in\n\
         all a value holds 1 million array elements or BLOB bytes, 1 million map entries, 64 MiB of string.\n\
         `import` is turned off.\n\n",
    );
    for f in fns {
        let doc: Vec<&str> = f["docComments"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d.as_str())
            .flat_map(str::lines)
            .map(|d| d.trim_start().trim_start_matches("///").trim())
            .collect();
        out.push_str(&format!("### `{}`\n\n{}\n\n", signature(f), doc.join(" ")));
    }
    out.trim_end().to_string() + "\n"
}

/// `name(param: Type, ..) -> Type` from one function's metadata, in script types.
fn signature(f: &Value) -> String {
    let params: Vec<String> = f["params"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| format!("{}: {}", p["name"].as_str().unwrap_or("_"), script_type(p["type"].as_str().unwrap_or("?"))))
        .collect();
    let ret = script_type(f["returnType"].as_str().unwrap_or_default());
    let ret = if ret.is_empty() || ret == "()" { String::new() } else { format!(" -> {ret}") };
    format!("{}({}){ret}", f["name"].as_str().unwrap_or_default(), params.join(", "))
}

/// A Rust type as a script sees it: strings are `String`, a fallible `Result<T, ..>` is `T`.
fn script_type(rust: &str) -> String {
    let t = rust.trim().trim_start_matches("rhai::");
    if let Some(inner) = t.strip_prefix("Result<").and_then(|r| r.strip_suffix(", Box<EvalAltResult>>")) {
        return script_type(inner);
    }
    match t {
        "&str" | "ImmutableString" | "alloc::string::String" => "String".into(),
        "INT" => "i64".into(),
        other => other.rsplit("::").next().unwrap_or(other).to_string(),
    }
}

pub(super) fn read_csv(path: &str) -> crate::error::Result<Array> {
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
