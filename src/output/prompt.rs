//! Questions on a terminal. Prompts go to stderr and answers come from stdin, and only when both are
//! terminals; otherwise the caller must get its answer from an argument (`can_prompt` says which).

use std::io::{self, BufRead, IsTerminal, Write};

use crate::error::{Error, Result};

/// Whether a question can be asked: stdin and stderr are both terminals.
pub(crate) fn can_prompt() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// A numbered list on stderr and a choice read from stdin; `Ok(None)` when the user cancels with
/// `q`, `quit`, `cancel` or end of input.
pub(crate) fn pick(title: &str, options: &[String]) -> Result<Option<usize>> {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{title}");
    for (i, o) in options.iter().enumerate() {
        let _ = writeln!(err, "  {:>2}. {o}", i + 1);
    }
    let n = options.len();
    let stdin = io::stdin();
    loop {
        let _ = write!(err, "Enter selection (1-{n}), or 'q' to cancel: ");
        let _ = err.flush();
        let mut line = String::new();
        if stdin.lock().read_line(&mut line).map_err(|e| Error::other(format!("Cannot read the answer: {e}.")))? == 0 {
            let _ = writeln!(err);
            return Ok(None);
        }
        let answer = line.trim();
        if matches!(answer.to_ascii_lowercase().as_str(), "q" | "quit" | "cancel") {
            return Ok(None);
        }
        match answer.parse::<usize>() {
            Ok(k) if (1..=n).contains(&k) => return Ok(Some(k - 1)),
            _ => {
                let _ = writeln!(err, "Invalid selection. Please enter a number between 1 and {n}, or 'q' to cancel.");
            }
        }
    }
}

/// A yes/no question on stderr; only `y` or `yes` is yes, and end of input is no.
pub(crate) fn confirm(question: &str) -> Result<bool> {
    let mut err = io::stderr().lock();
    let _ = write!(err, "{question} [y/N] ");
    let _ = err.flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).map_err(|e| Error::other(format!("Cannot read the answer: {e}.")))?;
    Ok(matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}
