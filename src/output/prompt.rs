//! Questions on a terminal. Prompts go to stderr and answers come from stdin, and only when both are
//! terminals; otherwise the caller must get its answer from an argument (`can_prompt` says which).
//!
//! Every question is cancelled by Ctrl-C or Esc with `ErrorKind::Interrupted` (exit 130), so nothing
//! after it runs. On a capable terminal the questions are `inquire` prompts: pickers take arrow keys and
//! type-to-filter. On `TERM=dumb` (or no `TERM`) a picker is a numbered list read a line at a time, and
//! Ctrl-C there is noticed by a SIGINT flag while the line is awaited (the runtime's own handler restarts
//! the read, which is why Ctrl-C used to be ignored).

use std::io::{self, BufRead, IsTerminal, Write};
use std::os::fd::AsRawFd;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use inquire::InquireError;
use inquire::ui::RenderConfig;

use crate::error::{Error, Result};

/// Whether a question can be asked: stdin and stderr are both terminals.
pub(crate) fn can_prompt() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Whether the terminal takes keys one at a time with cursor movement: any `TERM` but `dumb`.
/// Also starts noting SIGINT, so the one `inquire` raises on Ctrl-C cannot kill the process before
/// the runtime's listener exists: the prompt's own error then says it was cancelled.
fn keys_terminal() -> bool {
    watch_sigint();
    std::env::var("TERM").is_ok_and(|t| !t.is_empty() && t != "dumb")
}

/// What a cancelled question returns: nothing after it runs, and the exit code is 130.
fn cancelled() -> Error {
    Error::interrupted().with_hint("Cancelled at the prompt; nothing was changed.")
}

fn inquire_error(e: InquireError) -> Error {
    match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => cancelled(),
        InquireError::IO(e) if e.kind() == io::ErrorKind::Interrupted => cancelled(),
        e => Error::other(format!("Cannot read the answer: {e}.")),
    }
}

fn render_config() -> RenderConfig<'static> {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) { RenderConfig::empty() } else { RenderConfig::default() }
}

/// A choice among `options`: on a capable terminal a list moved through with the arrow keys and
/// filtered by typing; on a dumb one a numbered list, where `q` cancels (`Ok(None)`). Ctrl-C and Esc
/// are an `Interrupted` error.
pub(crate) fn pick(title: &str, options: &[String]) -> Result<Option<usize>> {
    super::spinner::clear();
    if keys_terminal() {
        let chosen = inquire::Select::new(title, options.to_vec())
            .with_render_config(render_config())
            .with_page_size(15)
            .with_help_message("↑↓ to move, type to filter, Enter to choose, Esc to cancel")
            .raw_prompt()
            .map_err(inquire_error)?;
        return Ok(Some(chosen.index));
    }
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{title}");
    for (i, o) in options.iter().enumerate() {
        let _ = writeln!(err, "  {:>2}. {o}", i + 1);
    }
    let n = options.len();
    loop {
        let _ = write!(err, "Enter selection (1-{n}), or 'q' to cancel: ");
        let _ = err.flush();
        let Some(line) = read_line(false)? else {
            let _ = writeln!(err);
            return Ok(None);
        };
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

/// A yes/no question on stderr; only `y` or `yes` is yes, and end of input is no. Ctrl-C and Esc are an
/// `Interrupted` error.
pub(crate) fn confirm(question: &str) -> Result<bool> {
    super::spinner::clear();
    if keys_terminal() {
        return inquire::Confirm::new(question).with_render_config(render_config()).with_default(false).prompt().map_err(inquire_error);
    }
    let mut err = io::stderr().lock();
    let _ = write!(err, "{question} [y/N] ");
    let _ = err.flush();
    let line = read_line(false)?.unwrap_or_default();
    Ok(matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

/// A secret typed at a hidden prompt (`label` then "(input is hidden)"); Ctrl-C and Esc are an
/// `Interrupted` error.
pub(crate) fn secret(label: &str) -> Result<String> {
    super::spinner::clear();
    if keys_terminal() {
        return inquire::Password::new(&format!("{label} (input is hidden):"))
            .with_render_config(render_config())
            .with_display_mode(inquire::PasswordDisplayMode::Hidden)
            .without_confirmation()
            .prompt()
            .map_err(inquire_error);
    }
    let mut err = io::stderr().lock();
    let _ = write!(err, "{label} (input is hidden): ");
    let _ = err.flush();
    let line = read_line(true)?;
    Ok(line.unwrap_or_default().trim_end_matches(['\n', '\r']).to_string())
}

static SIGINT_SEEN: AtomicBool = AtomicBool::new(false);

/// Notes SIGINT in `SIGINT_SEEN`, beside whatever else handles it (the runtime's Ctrl-C listener).
fn watch_sigint() {
    static WATCHING: OnceLock<()> = OnceLock::new();
    WATCHING.get_or_init(|| {
        // SAFETY: the action only stores to an atomic, which is async-signal-safe.
        let _ = unsafe { signal_hook_registry::register(libc::SIGINT, || SIGINT_SEEN.store(true, Ordering::SeqCst)) };
    });
}

/// One line from stdin in the terminal's line mode, `None` at end of input; Ctrl-C (SIGINT) or a line
/// holding Esc is an `Interrupted` error. `hidden` turns echo off while it waits.
fn read_line(hidden: bool) -> Result<Option<String>> {
    watch_sigint();
    SIGINT_SEEN.store(false, Ordering::SeqCst);
    let stdin = io::stdin();
    let fd = stdin.as_raw_fd();
    let _echo = hidden.then(|| EchoOff::new(fd));
    loop {
        if SIGINT_SEEN.swap(false, Ordering::SeqCst) {
            return Err(cancelled());
        }
        let mut poll = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd for the duration of the call.
        if unsafe { libc::poll(&mut poll, 1, 50) } > 0 {
            break;
        }
    }
    let mut line = String::new();
    if stdin.lock().read_line(&mut line).map_err(|e| Error::other(format!("Cannot read the answer: {e}.")))? == 0 {
        return Ok(None);
    }
    if line.contains('\x1b') {
        return Err(cancelled());
    }
    Ok(Some(line))
}

/// Terminal echo off until dropped.
struct EchoOff {
    fd: i32,
    saved: Option<libc::termios>,
}

impl EchoOff {
    fn new(fd: i32) -> EchoOff {
        let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills `t` when it returns 0, and only then is it read.
        let saved = (unsafe { libc::tcgetattr(fd, t.as_mut_ptr()) } == 0).then(|| unsafe { t.assume_init() });
        if let Some(mut quiet) = saved {
            quiet.c_lflag &= !libc::ECHO;
            quiet.c_lflag |= libc::ECHONL;
            // SAFETY: a termios read from this descriptor, with one flag changed.
            unsafe { libc::tcsetattr(fd, libc::TCSANOW, &quiet) };
        }
        EchoOff { fd, saved }
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        if let Some(saved) = self.saved {
            // SAFETY: restores the settings read in `new`.
            unsafe { libc::tcsetattr(self.fd, libc::TCSANOW, &saved) };
        }
    }
}
