//! The rustyline helper: Tab completion from the clap tree (through clap_complete's engine, the same one
//! the bash/zsh/fish scripts call), live names from the in-memory snapshot, greyed hints from history, a
//! coloured prompt, and continuation lines for open Rhai blocks.

use std::borrow::Cow;
use std::cell::RefCell;

use clap::CommandFactory;
use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hinter, HistoryHinter};
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Helper};

use super::line::{command_words, is_command_word, split_tail, words_before};
use crate::commands::Cli;
use crate::output::Palette;

pub(crate) const SLASH_COMMANDS: &[(&str, &str)] = &[
    ("/help", "what the shell understands"),
    ("/status", "the status checks"),
    ("/ai", "ask the assistant (the same session across turns)"),
    ("/credits", "the AI credits left (`ai --credits`)"),
    ("/approval", "show or set the AI approval mode for this session"),
    ("/org", "the selected organization; `/org NAME` switches"),
    ("/clear", "clear the screen; the next `ai` starts a new session"),
    ("/exit", "leave the shell (also `exit`, Ctrl-D)"),
];

pub struct ShellHelper {
    cmd: RefCell<clap::Command>,
    files: FilenameCompleter,
    hinter: HistoryHinter,
    /// Parses Rhai only to tell an open block from an error.
    rhai: rhai::Engine,
    /// Function names of the script engine, for Rhai lines.
    functions: Vec<String>,
    palette: Palette,
    pub(crate) colored_prompt: String,
}

impl ShellHelper {
    pub fn new(functions: Vec<String>, palette: Palette) -> ShellHelper {
        let mut cmd = Cli::command();
        cmd.build();
        ShellHelper {
            cmd: RefCell::new(cmd),
            files: FilenameCompleter::new(),
            hinter: HistoryHinter::new(),
            rhai: rhai::Engine::new_raw(),
            functions,
            palette,
            colored_prompt: String::new(),
        }
    }

    /// Candidates for the text before the cursor: (start of the replaced word, candidates).
    pub fn candidates(&self, before: &str) -> (usize, Vec<Pair>) {
        let pos = before.len();
        if before.starts_with('/') && !before.contains(' ') {
            return (0, prefixed(SLASH_COMMANDS.iter().map(|(s, _)| s.to_string()), before));
        }
        let (words, current) = words_before(before);
        let start = pos - before.len().min(current.len() + quote_len(before, &current));
        let Some(first) = words.first() else {
            // Commands first; function names only when no command starts so.
            // Aliases (`creds`) only when no name matches, so `cred` completes to `credentials`.
            let names: Vec<String> =
                self.cmd.borrow().get_subcommands().filter(|c| !c.is_hide_set()).map(|c| c.get_name().to_string()).collect();
            let commands = prefixed(names.into_iter(), &current);
            if !commands.is_empty() {
                return (start, commands);
            }
            let commands = prefixed(command_words().iter().cloned(), &current);
            if !commands.is_empty() {
                return (start, commands);
            }
            let functions = self.functions.iter().filter(|f| f.starts_with(current.as_str()));
            return (start, functions.map(|f| Pair { display: f.clone(), replacement: f.clone() }).collect());
        };
        if !is_command_word(first) {
            // Rhai: complete the identifier before the cursor with a function name.
            let ident_start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map(|i| i + 1).unwrap_or(0);
            let ident = &before[ident_start..];
            let names = self.functions.iter().filter(|f| f.starts_with(ident)).map(|f| Pair { display: f.clone(), replacement: f.clone() });
            return (ident_start, names.collect());
        }
        if split_tail(before).1.is_some() {
            // After `|` or `>` it is the system shell's line: complete file names.
            return self.files.complete_path(before, pos).unwrap_or((pos, Vec::new()));
        }
        let mut args: Vec<std::ffi::OsString> = vec!["seqera".into()];
        args.extend(words.iter().map(Into::into));
        args.push(current.clone().into());
        let index = args.len() - 1;
        let cwd = std::env::current_dir().ok();
        crate::names::set_line_hint(&words);
        let found = clap_complete::engine::complete(&mut self.cmd.borrow_mut(), args, index, cwd.as_deref()).unwrap_or_default();
        // The hint is for this line's candidates only: the prompt reads the session's own names.
        crate::names::set_line_hint(&[]);
        let mut seen_ids = std::collections::HashSet::new();
        let mut pairs = Vec::new();
        for c in found {
            if c.is_hide_set() || c.get_id().is_some_and(|id| !seen_ids.insert(id.clone())) {
                continue;
            }
            let value = c.get_value().to_string_lossy().to_string();
            let quoted = if value.contains(char::is_whitespace) { shell_words::quote(&value).to_string() } else { value.clone() };
            let open = value.ends_with('/') || value.ends_with('=');
            pairs.push(Pair { display: value, replacement: if open { quoted } else { format!("{quoted} ") } });
        }
        // An empty word after a value-taking argument: the names, not every flag as well.
        if current.is_empty() && pairs.iter().any(|p| !p.display.starts_with('-')) {
            pairs.retain(|p| !p.display.starts_with('-'));
        }
        (start, pairs)
    }
}

/// How many quote characters the unfinished word has in the text (an opening quote of `"my cr`).
fn quote_len(before: &str, current: &str) -> usize {
    let tail = &before[before.len().saturating_sub(current.len() + 1)..];
    usize::from(tail.starts_with(['"', '\'']) && !current.starts_with(['"', '\'']))
}

fn prefixed(all: impl Iterator<Item = String>, prefix: &str) -> Vec<Pair> {
    all.filter(|w| w.starts_with(prefix)).map(|w| Pair { display: w.clone(), replacement: format!("{w} ") }).collect()
}

impl Completer for ShellHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        Ok(self.candidates(&line[..pos]))
    }
}

impl Hinter for ShellHelper {
    type Hint = String;

    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<String> {
        self.hinter.hint(line, pos, ctx)
    }
}

impl Highlighter for ShellHelper {
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, default: bool) -> Cow<'b, str> {
        if default && !self.colored_prompt.is_empty() { Cow::Borrowed(&self.colored_prompt) } else { Cow::Borrowed(prompt) }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(self.palette.dim(hint))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        false
    }
}

impl Validator for ShellHelper {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        let first = input.split_whitespace().next().unwrap_or_default();
        // `cd -` or `cd /` would read as an open Rhai expression: a builtin line is always whole.
        if first.is_empty() || first.starts_with('/') || is_command_word(first) || super::builtins::parse(input.trim()).is_some() {
            return Ok(ValidationResult::Valid(None));
        }
        if crate::script::is_incomplete(&self.rhai, input) {
            return Ok(ValidationResult::Incomplete);
        }
        Ok(ValidationResult::Valid(None))
    }
}

impl Helper for ShellHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    fn replacements(h: &ShellHelper, before: &str) -> Vec<String> {
        h.candidates(before).1.into_iter().map(|p| p.replacement).collect()
    }

    #[test]
    fn completes_commands_subcommands_flags_and_values() {
        let h = ShellHelper::new(vec!["credentials_list".into()], Palette::new(false));
        assert_eq!(replacements(&h, "cred"), vec!["credentials "]);
        assert_eq!(replacements(&h, "credentials_"), vec!["credentials_list"]);
        assert_eq!(replacements(&h, "credentials l"), vec!["list "]);
        assert_eq!(h.candidates("credentials l").0, "credentials ".len());
        assert!(replacements(&h, "credentials list --pro").contains(&"--provider ".to_string()));
        assert!(replacements(&h, "credentials add a").contains(&"aws ".to_string()));
        assert!(replacements(&h, "org list -o j").contains(&"json ".to_string()));
        assert_eq!(replacements(&h, "/st"), vec!["/status "]);
        assert_eq!(replacements(&h, "run Cargo.t"), vec!["Cargo.toml "], "a file argument completes paths");
        assert_eq!(replacements(&h, "let x = credentials_l"), vec!["credentials_list"]);
    }
}
