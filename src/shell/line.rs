//! What a shell line is: nothing, a slash command, a seqera command (with an optional `| pipe` or
//! `> redirect` tail for the system shell), or Rhai.

use std::sync::OnceLock;

use clap::CommandFactory;

use crate::commands::Cli;
use crate::error::Error;
use std::io::BufRead;

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    Empty,
    Exit,
    /// `/name rest`
    Slash(String, String),
    /// Words for the clap tree, and what follows the first unquoted `|` or `>` (run by `sh -c`).
    Command {
        words: Vec<String>,
        tail: Option<String>,
    },
    Rhai(String),
    /// `clear`, `ls`, `cd`, `pwd`, `!cmd`: see [`super::builtins`].
    Builtin(super::builtins::Builtin),
}

/// Command names and aliases of the clap tree (and `help`), computed once.
pub(crate) fn command_words() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let cmd = Cli::command();
        let mut words: Vec<String> = vec!["help".into()];
        for sc in cmd.get_subcommands() {
            words.push(sc.get_name().to_string());
            words.extend(sc.get_all_aliases().map(str::to_string));
        }
        words
    })
}

pub(crate) fn is_command_word(word: &str) -> bool {
    word.starts_with('-') || command_words().iter().any(|w| w == word)
}

pub(crate) fn classify(line: &str) -> Result<Line, String> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed == "#" || trimmed.starts_with("# ") || trimmed.starts_with("#!") {
        return Ok(Line::Empty);
    }
    if matches!(trimmed, "exit" | "quit") {
        return Ok(Line::Exit);
    }
    if let Some(rest) = trimmed.strip_prefix('/') {
        let (name, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        return Ok(Line::Slash(name.to_string(), args.trim().to_string()));
    }
    if let Some(builtin) = super::builtins::parse(trimmed) {
        return builtin.map(Line::Builtin);
    }
    let first = trimmed.split_whitespace().next().unwrap_or_default();
    if !is_command_word(first) {
        return Ok(Line::Rhai(line.to_string()));
    }
    let (head, tail) = split_tail(trimmed);
    let words = shell_words::split(head).map_err(|e| format!("Cannot split the line into words: {e}."))?;
    if let Some(t) = &tail
        && t.trim().is_empty()
    {
        return Err("Nothing follows the `|` or `>`.".to_string());
    }
    Ok(Line::Command { words, tail })
}

/// Splits at the first `|` or `>` outside quotes. A `> file` tail becomes `cat > file`, so both run the
/// same way: the command's output is written to the tail's stdin.
pub(crate) fn split_tail(line: &str) -> (&str, Option<String>) {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match (quote, c) {
            (_, '\\') if quote != Some('\'') => escaped = true,
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '|') => return (&line[..i], Some(line[i + 1..].trim().to_string())),
            (None, '>') => return (&line[..i], Some(format!("cat {}", line[i..].trim()))),
            _ => {}
        }
    }
    (line, None)
}

/// The unfinished word before the cursor and the words before it, for completion. Quotes are
/// understood so that a quoted name with spaces stays one word.
pub(crate) fn words_before(before: &str) -> (Vec<String>, String) {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut in_word = false;
    for c in before.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => current.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut current));
                    in_word = false;
                }
            }
            (None, c) => {
                current.push(c);
                in_word = true;
            }
        }
    }
    (words, current)
}

/// The most bytes one input line may hold: a longer line is refused, not read into memory whole.
const MAX_LINE_BYTES: u64 = 1 << 20;

/// Reads line `number` of a non-terminal stdin, without its line break. `None` at the end of the input.
/// A line that is not UTF-8 or is too long is an error naming its number; the rest of it is skipped,
/// so the next call reads the next line.
pub(super) fn read_line(input: &mut impl BufRead, number: usize) -> Result<Option<String>, Error> {
    let mut bytes = Vec::new();
    let read = std::io::Read::take(&mut *input, MAX_LINE_BYTES + 1).read_until(b'\n', &mut bytes);
    let n = read.map_err(|e| Error::other(format!("Cannot read line {number} of the input: {e}.")))?;
    if n == 0 {
        return Ok(None);
    }
    if bytes.len() as u64 > MAX_LINE_BYTES && bytes.last() != Some(&b'\n') {
        let mut rest = Vec::new();
        while std::io::Read::take(&mut *input, MAX_LINE_BYTES).read_until(b'\n', &mut rest).is_ok_and(|n| n > 0) {
            if rest.last() == Some(&b'\n') {
                break;
            }
            rest.clear();
        }
        return Err(Error::usage(format!("Line {number} of the input is longer than {} MiB; it was not run.", MAX_LINE_BYTES >> 20))
            .with_hint("Put long data in a file and read it from there."));
    }
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    match String::from_utf8(bytes) {
        Ok(line) => Ok(Some(line)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(Error::usage(format!("Line {number} of the input is not valid UTF-8 (at byte {}); it was not run.", at + 1))
                .with_hint("Save the input as UTF-8 (e.g. `iconv -t UTF-8`)."))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_classified() {
        assert_eq!(classify("  ").unwrap(), Line::Empty);
        assert_eq!(classify("exit").unwrap(), Line::Exit);
        assert_eq!(classify("/org acme").unwrap(), Line::Slash("org".into(), "acme".into()));
        assert_eq!(
            classify("credentials list -o json").unwrap(),
            Line::Command { words: vec!["credentials".into(), "list".into(), "-o".into(), "json".into()], tail: None }
        );
        assert_eq!(classify("let x = 1").unwrap(), Line::Rhai("let x = 1".into()));
        assert_eq!(classify("status()").unwrap(), Line::Rhai("status()".into()));
        assert_eq!(
            classify("creds ls | grep 'a|b'").unwrap(),
            Line::Command { words: vec!["creds".into(), "ls".into()], tail: Some("grep 'a|b'".into()) }
        );
        assert_eq!(
            classify("org list > 'my file'").unwrap(),
            Line::Command { words: vec!["org".into(), "list".into()], tail: Some("cat > 'my file'".into()) }
        );
        assert!(classify("org list |").is_err());
        assert_eq!(
            classify("credentials get \"a|b\"").unwrap(),
            Line::Command { words: vec!["credentials".into(), "get".into(), "a|b".into()], tail: None }
        );
    }

    #[test]
    fn words_before_the_cursor() {
        assert_eq!(words_before("cred"), (vec![], "cred".to_string()));
        assert_eq!(words_before("credentials l"), (vec!["credentials".to_string()], "l".to_string()));
        assert_eq!(words_before("org switch "), (vec!["org".to_string(), "switch".to_string()], String::new()));
        assert_eq!(words_before("get \"my cr"), (vec!["get".to_string()], "my cr".to_string()));
    }

    mod fuzz {
        //! Property tests: whatever a user types or pipes in, splitting a line never panics and its parts
        //! stay consistent. Failing seeds are kept in proptest-regressions/shell_line.txt (commit them).

        use proptest::prelude::*;
        use proptest::test_runner::FileFailurePersistence;

        use super::super::*;

        fn config() -> ProptestConfig {
            ProptestConfig {
                cases: 512,
                failure_persistence: Some(Box::new(FileFailurePersistence::Direct("proptest-regressions/shell_line.txt"))),
                ..ProptestConfig::default()
            }
        }

        /// Lines that lean on the splitter's special characters: quotes, escapes, pipes, redirects.
        fn shellish() -> impl Strategy<Value = String> {
            prop::collection::vec(
                prop_oneof![
                    Just("credentials".to_string()),
                    Just("org".to_string()),
                    Just(" ".to_string()),
                    Just("\t".to_string()),
                    Just("'".to_string()),
                    Just("\"".to_string()),
                    Just("\\".to_string()),
                    Just("|".to_string()),
                    Just(">".to_string()),
                    Just("/".to_string()),
                    Just("#".to_string()),
                    Just("-w".to_string()),
                    "[a-z]{1,6}",
                    any::<char>().prop_map(|c| c.to_string()),
                ],
                0..24,
            )
            .prop_map(|parts| parts.concat())
        }

        proptest! {
            #![proptest_config(config())]

            #[test]
            fn classify_never_panics_and_a_tail_is_never_empty(line in prop_oneof![shellish(), any::<String>()]) {
                if let Ok(Line::Command { tail: Some(t), .. }) = classify(&line) {
                    prop_assert!(!t.trim().is_empty());
                }
            }

            #[test]
            fn split_tail_keeps_the_head_as_a_prefix(line in prop_oneof![shellish(), any::<String>()]) {
                let (head, tail) = split_tail(&line);
                prop_assert!(line.starts_with(head));
                if tail.is_none() {
                    prop_assert_eq!(head, line.as_str());
                }
            }

            #[test]
            fn words_before_never_panics_and_plain_words_split_on_whitespace(line in prop_oneof![shellish(), "[a-z -]{0,40}"]) {
                let (words, current) = words_before(&line);
                if !line.contains(['\'', '"']) {
                    let mut all: Vec<String> = line.split_whitespace().map(str::to_string).collect();
                    if !line.ends_with(char::is_whitespace) && !all.is_empty() {
                        prop_assert_eq!(all.pop(), Some(current));
                    }
                    prop_assert_eq!(words, all);
                }
            }
        }
    }
}
