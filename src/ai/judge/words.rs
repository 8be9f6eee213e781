//! One shell word, as the shell would see it after quote removal, or the reason it cannot be known
//! before it runs (a variable, a command's output, arithmetic, an unusual expansion).

use brush_parser::word::{TildeExpr, WordPiece, WordPieceWithSource};

/// A word whose text is known, or why it is not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Arg {
    /// The text after quote removal; `glob` when unquoted `*`, `?` or `[` make it a pattern.
    Lit {
        text: String,
        glob: bool,
    },
    Unknown(&'static str),
}

impl Arg {
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Arg::Lit { text, .. } => Some(text),
            Arg::Unknown(_) => None,
        }
    }
}

/// Parses `raw` (a word as written) into its text. Command substitutions are pushed onto `bodies` so the
/// caller can judge the commands they run.
pub(crate) fn parse(raw: &str, bodies: &mut Vec<String>) -> Arg {
    let options = brush_parser::ParserOptions::default();
    let Ok(pieces) = brush_parser::word::parse(raw, &options) else { return Arg::Unknown("a word the judge cannot parse") };
    let mut text = String::new();
    let mut glob = false;
    let mut unknown = None;
    collect(&pieces, false, &mut text, &mut glob, &mut unknown, bodies);
    match unknown {
        Some(why) => Arg::Unknown(why),
        None => Arg::Lit { text, glob },
    }
}

fn collect(
    pieces: &[WordPieceWithSource],
    quoted: bool,
    text: &mut String,
    glob: &mut bool,
    unknown: &mut Option<&'static str>,
    bodies: &mut Vec<String>,
) {
    let note = |why: &'static str, unknown: &mut Option<&'static str>| {
        unknown.get_or_insert(why);
    };
    for p in pieces {
        match &p.piece {
            WordPiece::Text(t) => {
                if !quoted {
                    if t.contains(['*', '?', '[']) {
                        *glob = true;
                    }
                    if t.contains('(') {
                        note("an extended glob pattern", unknown);
                    }
                    // Brace expansion (`{a,b}`, `{1..3}`), even when a quote splits it: only a bare `{}`
                    // (find's placeholder) is taken as text.
                    if t.replace("{}", "").contains('{') {
                        note("brace expansion", unknown);
                    }
                }
                text.push_str(t);
            }
            WordPiece::SingleQuotedText(t) => text.push_str(t),
            WordPiece::AnsiCQuotedText(t) => {
                if t.contains('\\') {
                    note("an escaped $'…' string", unknown);
                }
                text.push_str(t);
            }
            WordPiece::DoubleQuotedSequence(inner) | WordPiece::GettextDoubleQuotedSequence(inner) => {
                collect(inner, true, text, glob, unknown, bodies)
            }
            WordPiece::EscapeSequence(e) => {
                let c = e.strip_prefix('\\').unwrap_or(e);
                if quoted && !matches!(c, "$" | "`" | "\"" | "\\") {
                    text.push('\\');
                }
                if c != "\n" {
                    text.push_str(c);
                }
            }
            WordPiece::TildeExpansion(TildeExpr::Home) => text.push('~'),
            WordPiece::TildeExpansion(_) => note("a ~user or directory-stack path", unknown),
            WordPiece::ParameterExpansion(_) => note("a variable ($…) whose value is only known when it runs", unknown),
            WordPiece::CommandSubstitution(body) | WordPiece::BackquotedCommandSubstitution(body) => {
                bodies.push(body.clone());
                note("the output of another command ($(…) or `…`)", unknown);
            }
            WordPiece::ArithmeticExpression(_) => note("arithmetic ($((…)))", unknown),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(raw: &str) -> Arg {
        parse(raw, &mut Vec::new())
    }

    #[test]
    fn quotes_are_removed_and_expansions_are_unknown() {
        assert_eq!(lit("r''m"), Arg::Lit { text: "rm".into(), glob: false });
        assert_eq!(lit("\\rm"), Arg::Lit { text: "rm".into(), glob: false });
        assert_eq!(lit("\"a b\""), Arg::Lit { text: "a b".into(), glob: false });
        assert_eq!(lit("'*.txt'"), Arg::Lit { text: "*.txt".into(), glob: false });
        assert_eq!(lit("*.txt"), Arg::Lit { text: "*.txt".into(), glob: true });
        assert_eq!(lit("~/x"), Arg::Lit { text: "~/x".into(), glob: false });
        assert!(matches!(lit("$HOME/x"), Arg::Unknown(_)));
        assert!(matches!(lit("\"${IFS}\""), Arg::Unknown(_)));
        assert!(matches!(lit("{a,b}"), Arg::Unknown(_)));
        assert!(matches!(lit("$((1+2))"), Arg::Unknown(_)));
        let mut bodies = Vec::new();
        assert!(matches!(parse("x$(rm -rf ~)", &mut bodies), Arg::Unknown(_)));
        assert!(matches!(parse("`touch ../y`", &mut bodies), Arg::Unknown(_)));
        assert_eq!(bodies, vec!["rm -rf ~".to_string(), "touch ../y".to_string()]);
    }
}
