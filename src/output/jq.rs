//! `--jq EXPR`: a jq filter over a command's JSON output, run in-process by jaq (no `jq` program needed).
//! Results print as gh prints them: a string bare, anything else as JSON, one result per line.

use std::io::{self, Write};

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;

/// Checks an expression, for the parser of `--jq`: a mistake is a usage error naming where it is.
pub(crate) fn check(expr: &str) -> std::result::Result<String, String> {
    compile(expr).map(|_| expr.to_string())
}

type Filter = jaq_core::Filter<data::JustLut<Val>>;

fn compile(code: &str) -> std::result::Result<Filter, String> {
    let defs = jaq_core::defs().chain(jaq_std::defs()).chain(jaq_json::defs());
    let funs = jaq_core::funs().chain(jaq_std::funs()).chain(jaq_json::funs());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    // Where `part` (a slice of the expression) starts, counted from 1; a part from elsewhere (a
    // definition of the standard library) has no place in the expression.
    let at = |part: &str| {
        let (start, end) = (code.as_ptr() as usize, code.as_ptr() as usize + code.len());
        let p = part.as_ptr() as usize;
        if (start..=end).contains(&p) { (p - start + 1).to_string() } else { "?".to_string() }
    };
    let modules = loader.load(&arena, File { code, path: () }).map_err(|errs| {
        let mut said = Vec::new();
        for (_, e) in errs {
            match e {
                jaq_core::load::Error::Lex(es) => {
                    said.extend(es.iter().map(|(want, got)| format!("expected {} at character {}", want.as_str(), at(got))))
                }
                jaq_core::load::Error::Parse(es) => said.extend(es.iter().map(|(want, got)| {
                    if got.is_empty() {
                        format!("expected {} at the end", want.as_str())
                    } else {
                        format!("expected {} at character {} (`{}`)", want.as_str(), at(got), got.chars().take(20).collect::<String>())
                    }
                })),
                jaq_core::load::Error::Io(es) => said.extend(es.into_iter().map(|(_, e)| e)),
            }
        }
        said.join("; ")
    })?;
    Compiler::default().with_funs(funs).compile(modules).map_err(|errs| {
        let said: Vec<String> = errs
            .iter()
            .flat_map(|(_, es)| es.iter().map(|(name, what)| format!("undefined {} `{name}` at character {}", what.as_str(), at(name))))
            .collect();
        said.join("; ")
    })
}

/// Runs `expr` over `input` (JSON text) and writes each result on its own line: strings raw, other
/// values as JSON (indented when `pretty`). A runtime error (`.x` of a string) is returned as text.
pub(crate) fn run(expr: &str, input: &str, pretty: bool, w: &mut dyn Write) -> io::Result<()> {
    let filter = compile(expr).map_err(io::Error::other)?;
    let value = jaq_json::read::parse_single(input.as_bytes()).map_err(|e| io::Error::other(format!("{e:?}")))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    for result in filter.id.run((ctx, value)).map(unwrap_valr) {
        match result {
            Ok(Val::TStr(s)) => {
                w.write_all(crate::sanitize::visible(&String::from_utf8_lossy(&s)).as_bytes())?;
                w.write_all(b"\n")?;
            }
            Ok(Val::Null) => w.write_all(b"\n")?,
            Ok(v) => {
                let text = v.to_string();
                if pretty && matches!(v, Val::Arr(_) | Val::Obj(_)) {
                    let tree: serde_json::Value = serde_json::from_str(&text).map_err(io::Error::other)?;
                    serde_json::to_writer_pretty(&mut *w, &tree)?;
                    w.write_all(b"\n")?;
                } else {
                    writeln!(w, "{text}")?;
                }
            }
            Err(e) => return Err(io::Error::new(io::ErrorKind::InvalidData, format!("--jq stopped: {e}"))),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(expr: &str, input: &str) -> String {
        let mut buf = Vec::new();
        run(expr, input, false, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn strings_print_raw_one_result_per_line() {
        let input = r#"[{"name":"a","n":1},{"name":"b","n":2}]"#;
        assert_eq!(out(".[].name", input), "a\nb\n");
        assert_eq!(out(".[].n", input), "1\n2\n");
        assert_eq!(out("map(select(.n > 1))", input), "[{\"name\":\"b\",\"n\":2}]\n");
        assert_eq!(out("length", input), "2\n");
    }

    #[test]
    fn mistakes_name_where_they_are() {
        let e = check(".[] | ").unwrap_err();
        assert!(e.contains("at the end"), "{e}");
        let e = check(".a | nosuch(1)").unwrap_err();
        assert!(e.contains("undefined") && e.contains("nosuch") && e.contains("character 6"), "{e}");
        let e = check(".[\"x\"").unwrap_err();
        assert!(e.contains("character"), "{e}");
    }
}
