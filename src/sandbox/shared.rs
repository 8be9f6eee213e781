//! The sandbox's shared state file: the one file that one-shot `--sandbox` commands, `seqera --sandbox
//! shell` and `seqera sandbox serve` all use, at the same time if need be. Every request is a transaction
//! on it: take the file lock (`sandbox.lock` beside it), reload the file when another process changed it
//! since this one last read or wrote it, run the request, and write the file back (atomically) when the
//! request changed anything. So eight parallel `credentials add` runs keep all eight, a login issued in
//! one run is accepted in the next, and `seqera sandbox reset` is seen by a server that is running.
//!
//! AI requests (which may stream for a long time) only reload under the lock; they never hold it.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::extract::{Request, State as AxState};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::Shared;
use super::state::State;
use crate::error::{Error, Result};

/// What identifies one version of the file: an atomic write replaces the inode.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    ino: u64,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let ino = 0;
    Some(Stamp { ino, len: meta.len(), modified: meta.modified().ok() })
}

pub(crate) struct SharedFile {
    path: PathBuf,
    /// The version of the file the in-memory state matches.
    seen: Mutex<Option<Stamp>>,
    /// Set by `Inner::persist` when a handler changed the state.
    changed: AtomicBool,
}

impl SharedFile {
    /// Opens (under the lock) the state file at `path`, writing the demo data there when there is none.
    pub(crate) fn open(path: PathBuf) -> Result<(SharedFile, State)> {
        let _lock = lock(&path)?;
        let state = match read(&path)? {
            Some(state) => state,
            None => {
                let seed = State::seed();
                write(&path, &seed)?;
                seed
            }
        };
        let seen = Mutex::new(stamp(&path));
        Ok((SharedFile { path, seen, changed: AtomicBool::new(false) }, state))
    }

    pub(crate) fn mark_changed(&self) {
        self.changed.store(true, Ordering::SeqCst);
    }

    /// Replaces `state` with the file's when another process wrote it since. Call under the lock.
    fn reload_if_changed(&self, state: &Mutex<State>) -> Result<()> {
        let now = stamp(&self.path);
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if now == *seen {
            return Ok(());
        }
        // Removed (by hand): start again from the demo data, as a reset would.
        let fresh = read(&self.path)?.unwrap_or_else(State::seed);
        *state.lock().unwrap_or_else(|p| p.into_inner()) = fresh;
        *seen = now;
        Ok(())
    }

    /// Writes `state` to the file. Call under the lock.
    fn save(&self, state: &Mutex<State>) -> Result<()> {
        let snapshot = state.lock().unwrap_or_else(|p| p.into_inner()).clone();
        write(&self.path, &snapshot)?;
        *self.seen.lock().unwrap_or_else(|p| p.into_inner()) = stamp(&self.path);
        Ok(())
    }
}

fn lock_path(path: &Path) -> PathBuf {
    path.with_extension("lock")
}

fn lock(path: &Path) -> Result<std::fs::File> {
    let lock = lock_path(path);
    crate::fsutil::lock_exclusive(&lock).map_err(|e| Error::other(format!("Cannot lock the sandbox state {}: {e}.", lock.display())))
}

fn read(path: &Path) -> Result<Option<State>> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            Error::config(format!("The sandbox state file {} is not valid: {e}.", path.display()))
                .with_hint("Run `seqera sandbox reset` to start again from the demo data.")
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::config(format!("Cannot read the sandbox state file {}: {e}.", path.display()))),
    }
}

fn write(path: &Path, state: &State) -> Result<()> {
    let json = serde_json::to_vec_pretty(state).map_err(|e| Error::other(format!("Cannot serialize the sandbox state: {e}.")))?;
    crate::fsutil::write_private_atomic(path, &json)
        .map_err(|e| Error::other(format!("Cannot save the sandbox state to {}: {e}.", path.display())))
}

/// Puts the demo data back in the state file at `path` (under the lock, so no request is half-way).
pub(crate) fn reset(path: &Path) -> Result<()> {
    let _lock = lock(path)?;
    write(path, &State::seed())
}

/// The per-request transaction (a middleware); a sandbox without a shared file passes requests through.
pub(crate) async fn transaction(AxState(inner): AxState<Shared>, req: Request, next: Next) -> Response {
    let Some(file) = inner.shared.as_ref() else { return next.run(req).await };
    let path = file.path.clone();
    let guard = match tokio::task::spawn_blocking(move || lock(&path)).await {
        Ok(Ok(guard)) => guard,
        Ok(Err(e)) => return failure(&e),
        Err(e) => return failure(&Error::other(format!("Cannot lock the sandbox state: {e}."))),
    };
    if let Err(e) = file.reload_if_changed(&inner.state) {
        return failure(&e);
    }
    if req.uri().path().starts_with("/ai") {
        drop(guard);
        return next.run(req).await;
    }
    // Logins keep their codes and tokens in the state even where a handler does not say it changed it.
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD) || req.uri().path().starts_with("/oidc/");
    let response = next.run(req).await;
    if (file.changed.swap(false, Ordering::SeqCst) || writes)
        && let Err(e) = file.save(&inner.state)
    {
        return failure(&e);
    }
    drop(guard);
    response
}

fn failure(e: &Error) -> Response {
    super::ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.message.clone()).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_seeds_a_missing_file_and_reset_restores_the_seed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sandbox.json");
        let (file, mut state) = SharedFile::open(path.clone()).expect("opens");
        assert!(path.exists(), "the demo data is written at once");
        state.credentials.clear();
        let state = Mutex::new(state);
        file.save(&state).expect("saves");
        assert!(read(&path).expect("reads").expect("exists").credentials.is_empty());
        reset(&path).expect("resets");
        file.reload_if_changed(&state).expect("reloads");
        assert_eq!(state.lock().expect("lock").credentials.len(), State::seed().credentials.len());
    }

    #[test]
    fn a_broken_file_is_an_error_that_names_the_reset() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sandbox.json");
        std::fs::write(&path, "{").expect("writes");
        let err = SharedFile::open(path).err().expect("refused");
        assert!(err.hint.as_deref().unwrap_or_default().contains("seqera sandbox reset"), "{err:?}");
    }
}
