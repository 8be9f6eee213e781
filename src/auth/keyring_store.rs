//! The OS keyring (Secret Service on Linux, through the `keyring` crate with its real backend compiled in;
//! without one, keyring 3 silently keeps secrets in memory only). One entry per profile under our own
//! service name, never the official CLI's `seqera-cli`, so the two never fight over a rotating refresh
//! token. Every call runs on its own thread under a timeout: a locked or absent keyring must not hang us.

use std::time::Duration;

use crate::config::env;

pub const SERVICE: &str = "seqera-shell";

fn timeout() -> Duration {
    Duration::from_millis(env::var("SEQERA_KEYRING_TIMEOUT_MS").and_then(|v| v.parse().ok()).unwrap_or(3000))
}

/// Runs `f` on a plain thread (the keyring crate may start a runtime of its own) and waits at most the
/// timeout. Errors are short reasons for a message.
fn bounded<T: Send + 'static>(f: impl FnOnce() -> Result<T, String> + Send + 'static) -> Result<T, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    let wait = timeout();
    rx.recv_timeout(wait).map_err(|_| format!("the keyring did not answer within {:.1}s", wait.as_secs_f64()))?
}

fn entry(profile: &str) -> Result<keyring::Entry, String> {
    keyring::Entry::new(SERVICE, profile).map_err(|e| e.to_string())
}

/// Writes the secret and reads it back: a keyring that accepts a write but cannot return it is no store.
pub fn save(profile: &str, secret: String) -> Result<(), String> {
    let profile = profile.to_string();
    bounded(move || {
        let e = entry(&profile)?;
        e.set_password(&secret).map_err(|e| e.to_string())?;
        match e.get_password() {
            Ok(back) if back == secret => Ok(()),
            Ok(_) => Err("the keyring returned something other than what was written".into()),
            Err(err) => Err(format!("the keyring could not read back what it stored: {err}")),
        }
    })
}

/// `Ok(None)` when there is no entry.
pub fn load(profile: &str) -> Result<Option<String>, String> {
    let profile = profile.to_string();
    bounded(move || match entry(&profile)?.get_password() {
        Ok(s) => Ok(Some(s)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(e.to_string()),
    })
}

pub fn delete(profile: &str) -> Result<(), String> {
    let profile = profile.to_string();
    bounded(move || match entry(&profile)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(e.to_string()),
    })
}
