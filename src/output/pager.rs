//! Long text (help, `help environment`, `run --functions`) through `$PAGER` when stdout is a terminal, as
//! git and gh do: `less -FRX` by default (it quits at once when the text fits the screen); never in a
//! pipe; `PAGER=` (empty) or `PAGER=cat` means none; a pager that cannot start means plain output.

use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};

const DEFAULT: &str = "less -FRX";

/// The pager command to use for output to a terminal, if any.
fn pager() -> Option<Vec<String>> {
    let chosen = match std::env::var("PAGER") {
        Ok(p) => p,
        Err(std::env::VarError::NotPresent) => DEFAULT.to_string(),
        Err(std::env::VarError::NotUnicode(_)) => return None,
    };
    let words = shell_words::split(chosen.trim()).ok()?;
    match words.first().map(String::as_str) {
        None | Some("cat") => None,
        Some(_) => Some(words),
    }
}

/// Writes `text` to stdout, through the pager on a terminal. A closed pipe is not an error.
pub(crate) fn page(text: &str) -> io::Result<()> {
    if io::stdout().is_terminal()
        && let Some(words) = pager()
        && let Ok(mut child) = Command::new(&words[0]).args(&words[1..]).stdin(Stdio::piped()).spawn()
    {
        if let Some(mut stdin) = child.stdin.take() {
            // The user may quit the pager before reading everything: not an error.
            let _ = stdin.write_all(text.as_bytes());
        }
        child.wait()?;
        return Ok(());
    }
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(()),
    }
}
