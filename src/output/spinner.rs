//! The spinner on stderr while a command waits: shown only once a wait passes [`DELAY`], only when stdout
//! and stderr are a terminal that can redraw (not `TERM=dumb`, not under `CI`), and cleared before anything else is
//! written: output, a status line (drawn above it), an error, or a prompt. At most one at a time.

use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a wait goes unremarked.
pub(crate) const DELAY: Duration = Duration::from_millis(200);

/// The spinner being shown or about to be, with the number of the wait it belongs to.
static CURRENT: Mutex<Option<(u64, ProgressBar)>> = Mutex::new(None);
static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Whether a spinner may be drawn: as gh decides, stdout and stderr are both terminals (output piped
/// or sent to a file means someone else is reading), the terminal redraws, and this is not a CI log.
pub(crate) fn allowed() -> bool {
    std::io::IsTerminal::is_terminal(&std::io::stderr())
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
        && !super::dumb_terminal()
        && crate::config::env::var("CI").is_none_or(|v| v == "0" || v.eq_ignore_ascii_case("false"))
}

/// Ends the wait when dropped (the spinner, if shown, is cleared).
#[must_use = "the spinner stops when this is dropped"]
pub(crate) struct Wait(Option<u64>);

impl Drop for Wait {
    fn drop(&mut self) {
        if let Some(n) = self.0 {
            let mut cur = CURRENT.lock().unwrap_or_else(|p| p.into_inner());
            if cur.as_ref().is_some_and(|(m, _)| *m == n)
                && let Some((_, bar)) = cur.take()
            {
                bar.finish_and_clear();
            }
        }
    }
}

/// Starts a wait labelled `label` (`Loading...`): a spinner appears if it lasts past [`DELAY`].
pub(crate) fn wait(label: &str) -> Wait {
    if !allowed() {
        return Wait(None);
    }
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    bar.set_style(ProgressStyle::with_template("{spinner} {msg}").expect("a valid template"));
    bar.set_message(label.to_string());
    *CURRENT.lock().unwrap_or_else(|p| p.into_inner()) = Some((n, bar));
    std::thread::spawn(move || {
        std::thread::sleep(DELAY);
        let cur = CURRENT.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((m, bar)) = cur.as_ref()
            && *m == n
        {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(100));
        }
    });
    Wait(Some(n))
}

/// Clears the spinner for good (before output, an error or a prompt).
pub(crate) fn clear() {
    if let Some((_, bar)) = CURRENT.lock().unwrap_or_else(|p| p.into_inner()).take() {
        bar.finish_and_clear();
    }
}

/// Runs `f` (which writes a line to stderr) with the spinner lifted off the screen and drawn again
/// below what `f` wrote.
pub(crate) fn above<T>(f: impl FnOnce() -> T) -> T {
    let cur = CURRENT.lock().unwrap_or_else(|p| p.into_inner());
    match cur.as_ref() {
        Some((_, bar)) => bar.suspend(f),
        None => f(),
    }
}

/// A progress bar over `n` items on stderr, drawn from the first item (0/n) on a terminal that can
/// redraw, hidden elsewhere and for fewer than two items.
pub(crate) fn progress(n: usize) -> ProgressBar {
    clear();
    if n < 2 || !allowed() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template("{bar:30} {pos}/{len} {elapsed}").expect("a valid template"));
    bar.tick();
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
