//! What a shell user types without thinking: `clear`, `ls`, `cd DIR`, `cd`, `cd -`, `pwd`, and `!cmd args`
//! (a system command through `$SHELL -c`, or `sh -c`, on the user's terminal). Recognised by their first
//! word; everything else on the line is left to the seqera commands and Rhai.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Mutex;

use crate::error::{Error, ErrorKind};

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Builtin {
    Clear,
    Pwd,
    /// `cd` (home), `cd -` (the previous directory) or `cd DIR`.
    Cd(Option<String>),
    /// A line for the system shell: `!cmd args`, or `ls args` as typed.
    System(String),
}

/// The builtin a line is, if it is one. `Err` is a usage error to report.
pub(crate) fn parse(trimmed: &str) -> Option<Result<Builtin, String>> {
    if let Some(rest) = trimmed.strip_prefix('!') {
        if rest.starts_with('=') {
            return None; // Rhai's `!=`
        }
        let rest = rest.trim();
        return Some(if rest.is_empty() {
            Err("Nothing to run after `!`: type `!ls -l`, `!git status`, ...".into())
        } else {
            Ok(Builtin::System(rest.to_string()))
        });
    }
    let (first, rest) = trimmed.split_once(char::is_whitespace).map_or((trimmed, ""), |(f, r)| (f, r.trim()));
    match (first, rest) {
        ("clear", "") => Some(Ok(Builtin::Clear)),
        ("pwd", "") => Some(Ok(Builtin::Pwd)),
        ("ls", _) => Some(Ok(Builtin::System(trimmed.to_string()))),
        ("cd", "") => Some(Ok(Builtin::Cd(None))),
        ("cd", dir) => Some(match shell_words::split(dir) {
            Ok(words) if words.len() == 1 => Ok(Builtin::Cd(words.into_iter().next())),
            Ok(_) => Err("cd takes one directory: `cd DIR`, `cd` (home) or `cd -` (back).".into()),
            Err(e) => Err(format!("Cannot split `cd {dir}` into words: {e}.")),
        }),
        _ => None,
    }
}

/// Runs a builtin; errors are reported here. Returns the exit code.
pub(crate) fn run(builtin: &Builtin, palette: &crate::output::Palette) -> u8 {
    let result = match builtin {
        Builtin::Clear => {
            clear_screen();
            Ok(0)
        }
        Builtin::Pwd => std::env::current_dir()
            .map(|d| {
                println!("{}", d.display());
                0
            })
            .map_err(|e| Error::other(format!("Cannot tell the current directory: {e}."))),
        Builtin::Cd(dir) => cd(dir.as_deref()).map(|_| 0),
        Builtin::System(line) => system(line),
    };
    result.unwrap_or_else(|e| {
        crate::output::report(&e, palette);
        e.exit_code()
    })
}

/// Clears the screen and its scrollback on a terminal; nothing in a pipe.
pub(crate) fn clear_screen() {
    if io::stdout().is_terminal() {
        let mut out = io::stdout().lock();
        let _ = write!(out, "\x1b[H\x1b[2J\x1b[3J");
        let _ = out.flush();
    }
}

/// The directory `cd -` goes back to.
static PREVIOUS: Mutex<Option<PathBuf>> = Mutex::new(None);

fn home() -> Option<PathBuf> {
    crate::config::env::var("HOME").map(PathBuf::from)
}

fn cd(dir: Option<&str>) -> Result<(), Error> {
    let mut previous = PREVIOUS.lock().unwrap_or_else(|p| p.into_inner());
    let target = match dir {
        None => home().ok_or_else(|| Error::usage("cd: HOME is not set.").with_hint("Name the directory: `cd DIR`."))?,
        Some("-") => previous.clone().ok_or_else(|| Error::usage("cd -: there is no previous directory yet."))?,
        Some(d) => match (d.strip_prefix("~/"), d == "~", home()) {
            (Some(rest), _, Some(h)) => h.join(rest),
            (_, true, Some(h)) => h,
            _ => PathBuf::from(d),
        },
    };
    let here = std::env::current_dir().ok();
    std::env::set_current_dir(&target).map_err(|e| {
        let why = match e.kind() {
            io::ErrorKind::NotFound => "no such directory".to_string(),
            io::ErrorKind::NotADirectory => "not a directory".to_string(),
            io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        Error::new(ErrorKind::Other, format!("cd: {}: {why}.", target.display()))
    })?;
    if dir == Some("-") {
        println!("{}", target.display());
    }
    *previous = here;
    Ok(())
}

/// Runs `line` with the user's `$SHELL -c` (else `sh -c`) on this terminal; its exit code is ours.
fn system(line: &str) -> Result<u8, Error> {
    let shell = crate::config::env::var("SHELL").unwrap_or_else(|| "sh".into());
    let status =
        std::process::Command::new(&shell).arg("-c").arg(line).status().map_err(|e| {
            Error::other(format!("Cannot start `{shell} -c {line}`: {e}.")).with_hint("Check $SHELL, or unset it to use sh.")
        })?;
    Ok(status.code().map(|c| c.clamp(0, 255) as u8).unwrap_or(ErrorKind::Interrupted.exit_code()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_are_told_apart_from_rhai() {
        assert_eq!(parse("clear"), Some(Ok(Builtin::Clear)));
        assert_eq!(parse("pwd"), Some(Ok(Builtin::Pwd)));
        assert_eq!(parse("cd"), Some(Ok(Builtin::Cd(None))));
        assert_eq!(parse("cd 'my dir'"), Some(Ok(Builtin::Cd(Some("my dir".into())))));
        assert_eq!(parse("ls -l *.rhai"), Some(Ok(Builtin::System("ls -l *.rhai".into()))));
        assert_eq!(parse("!git status"), Some(Ok(Builtin::System("git status".into()))));
        assert!(matches!(parse("!"), Some(Err(_))));
        assert!(matches!(parse("cd a b"), Some(Err(_))));
        for rhai in ["clear_all()", "pwd + 1", "!= 3", "let cd = 1", "clearly"] {
            assert_eq!(parse(rhai), None, "{rhai}");
        }
    }
}
