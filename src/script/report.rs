//! Script errors as a person wants to read them: the message, `file:line:col`, the source line and a
//! caret, and the hint of a seqera error.

use rhai::{EvalAltResult, Position};

use crate::output::Palette;

/// The innermost error (inside script-defined function calls), where the fault really is.
fn innermost(e: &EvalAltResult) -> &EvalAltResult {
    match e {
        EvalAltResult::ErrorInFunctionCall(_, _, inner, _) | EvalAltResult::ErrorInModule(_, inner, _) => innermost(inner),
        other => other,
    }
}

/// `exit(code)`: the code the script asked for (not an error; nothing is printed).
pub(crate) fn requested_exit(e: &EvalAltResult) -> Option<u8> {
    match innermost(e) {
        EvalAltResult::ErrorTerminated(v, _) => v.as_int().ok().and_then(|c| u8::try_from(c).ok()),
        _ => None,
    }
}

/// The exit code for an uncaught script error: 130 when interrupted, else 1.
pub(crate) fn exit_code(e: &EvalAltResult) -> u8 {
    if let Some(code) = requested_exit(e) {
        return code;
    }
    match innermost(e) {
        EvalAltResult::ErrorTerminated(..) => 130,
        EvalAltResult::ErrorRuntime(v, _)
            if v.is_map() && v.read_lock::<rhai::Map>().is_some_and(|m| m.get("kind").is_some_and(|k| k.to_string() == "interrupted")) =>
        {
            130
        }
        _ => 1,
    }
}

/// The lines to print on stderr for an uncaught error in `source` (named `file`).
pub(crate) fn describe_error(e: &EvalAltResult, file: &str, source: &str, palette: &Palette) -> String {
    let inner = innermost(e);
    let mut pos = inner.position();
    if pos.is_none() {
        pos = e.position();
    }
    let (message, hint) = match inner {
        EvalAltResult::ErrorTerminated(..) => ("Interrupted.".to_string(), None),
        EvalAltResult::ErrorRuntime(v, _) if v.is_map() => {
            let m = v.read_lock::<rhai::Map>().map(|m| m.clone()).unwrap_or_default();
            let get = |k: &str| m.get(k).filter(|v| !v.is_unit()).map(|v| v.to_string());
            (get("message").unwrap_or_else(|| v.to_string()), get("hint"))
        }
        EvalAltResult::ErrorRuntime(v, _) => (format!("Uncaught exception: {v}"), None),
        EvalAltResult::ErrorDataTooLarge(what, _) => (
            format!("{what} too large for a seqera script."),
            Some(format!(
                "A value may hold {} array elements or BLOB bytes, {} map entries and {} MiB of string in all; work in smaller pieces.",
                super::MAX_ARRAY_SIZE,
                super::MAX_MAP_SIZE,
                super::MAX_STRING_SIZE >> 20
            )),
        ),
        other => {
            let text = other.to_string();
            let suffix = format!(" ({})", other.position());
            (text.strip_suffix(&suffix).unwrap_or(&text).to_string(), None)
        }
    };
    let mut out = format!("{} {}\n", palette.bad("Error:"), crate::sanitize::visible(&message));
    if let (Some(line), col) = (pos.line(), pos.position()) {
        let col = col.unwrap_or(1).max(1);
        out.push_str(&format!("  {} {file}:{line}:{col}\n", palette.dim("-->")));
        if let Some(text) = source.lines().nth(line - 1) {
            let num = line.to_string();
            let pad = " ".repeat(num.len());
            out.push_str(&format!("{pad} {}\n", palette.dim("|")));
            out.push_str(&format!("{} {} {text}\n", palette.dim(&num), palette.dim("|")));
            let lead: String = text.chars().take(col - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            out.push_str(&format!("{pad} {} {lead}{}\n", palette.dim("|"), palette.bad("^")));
        }
    } else if pos != Position::NONE {
        out.push_str(&format!("  at {pos}\n"));
    }
    if let Some(h) = hint {
        out.push_str(&format!("{} {}\n", palette.warn("Hint:"), crate::sanitize::visible(&h)));
    }
    out
}
