//! The OS keyring (Secret Service on Linux, through the `keyring` crate with its real backend compiled in;
//! without one, keyring 3 silently keeps secrets in memory only). One entry per profile under our own
//! service name, never the official CLI's `seqera-cli`, so the two never fight over a rotating refresh
//! token. Every call runs on its own thread under a timeout: a locked or absent keyring must not hang us.
//! A write that timed out is undone if it lands later, so after a fall back to the file the login is in
//! exactly one place.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use crate::config::env;

pub(crate) const SERVICE: &str = "seqera-shell";

pub(crate) fn timeout() -> Duration {
    Duration::from_millis(env::var("SEQERA_KEYRING_TIMEOUT_MS").and_then(|v| v.parse().ok()).unwrap_or(3000))
}

/// Runs `f` on a plain thread (the keyring crate may start a runtime of its own) and waits at most the
/// timeout. Errors are short reasons for a message.
fn bounded<T: Send + 'static>(f: impl FnOnce() -> Result<T, String> + Send + 'static) -> Result<T, String> {
    bounded_or_undone(f, || {})
}

/// Where a call on its thread stands, as the caller and the thread agree under one lock.
enum Phase<T> {
    Running,
    Done(Result<T, String>),
    /// The caller stopped waiting: a late result is undone by the thread.
    Abandoned,
}

/// Keyring calls given up on and still running; `settle` waits for them.
static ABANDONED: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());

/// As `bounded`, and when the caller has given up (timed out) and the call still completes, `undo` runs on
/// its thread: a write that timed out cannot land after the caller moved on to the file store.
fn bounded_or_undone<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, String> + Send + 'static,
    undo: impl FnOnce() + Send + 'static,
) -> Result<T, String> {
    let shared = Arc::new((Mutex::new(Phase::Running), Condvar::new()));
    let theirs = shared.clone();
    std::thread::spawn(move || {
        let result = f();
        let mut phase = theirs.0.lock().unwrap_or_else(|p| p.into_inner());
        if matches!(*phase, Phase::Abandoned) {
            drop(phase);
            undo();
            let mut n = ABANDONED.0.lock().unwrap_or_else(|p| p.into_inner());
            *n = n.saturating_sub(1);
            ABANDONED.1.notify_all();
        } else {
            *phase = Phase::Done(result);
            theirs.1.notify_all();
        }
    });
    let wait = timeout();
    let phase = shared.0.lock().unwrap_or_else(|p| p.into_inner());
    let (mut phase, _) = shared.1.wait_timeout_while(phase, wait, |p| matches!(p, Phase::Running)).unwrap_or_else(|p| p.into_inner());
    match std::mem::replace(&mut *phase, Phase::Abandoned) {
        Phase::Done(result) => result,
        _ => {
            *ABANDONED.0.lock().unwrap_or_else(|p| p.into_inner()) += 1;
            let shown = if wait.as_millis() < 1000 { format!("{} ms", wait.as_millis()) } else { format!("{:.1}s", wait.as_secs_f64()) };
            Err(format!("the keyring did not answer within {shown}"))
        }
    }
}

/// Waits (at most `wait`) for keyring calls that were given up on to finish and be undone, so a process
/// that fell back to the file does not exit with a keyring write still on its way.
pub(crate) fn settle(wait: Duration) {
    let n = ABANDONED.0.lock().unwrap_or_else(|p| p.into_inner());
    let _ = ABANDONED.1.wait_timeout_while(n, wait, |n| *n > 0);
}

fn entry(profile: &str) -> Result<keyring::Entry, String> {
    keyring::Entry::new(SERVICE, profile).map_err(|e| e.to_string())
}

/// The latest keyring write of this process, so undoing a late write never removes a newer one.
static LATEST_WRITE: AtomicU64 = AtomicU64::new(0);

/// Writes the secret and reads it back: a keyring that accepts a write but cannot return it is no store.
/// A write that times out and lands later is deleted again (unless a newer write was made since).
pub(crate) fn save(profile: &str, secret: String) -> Result<(), String> {
    let profile = profile.to_string();
    let generation = LATEST_WRITE.fetch_add(1, Ordering::SeqCst) + 1;
    let undo_profile = profile.clone();
    let undo = move || {
        if LATEST_WRITE.load(Ordering::SeqCst) == generation
            && let Ok(e) = entry(&undo_profile)
        {
            let _ = e.delete_credential();
        }
    };
    bounded_or_undone(
        move || {
            let e = entry(&profile)?;
            e.set_password(&secret).map_err(|e| e.to_string())?;
            match e.get_password() {
                Ok(back) if back == secret => Ok(()),
                Ok(_) => Err("the keyring returned something other than what was written".into()),
                Err(err) => Err(format!("the keyring could not read back what it stored: {err}")),
            }
        },
        undo,
    )
}

/// `Ok(None)` when there is no entry.
pub(crate) fn load(profile: &str) -> Result<Option<String>, String> {
    let profile = profile.to_string();
    bounded(move || match entry(&profile)?.get_password() {
        Ok(s) => Ok(Some(s)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(e.to_string()),
    })
}

pub(crate) fn delete(profile: &str) -> Result<(), String> {
    let profile = profile.to_string();
    bounded(move || match entry(&profile)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(e.to_string()),
    })
}
