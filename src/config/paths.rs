//! Where seqera keeps its files: config under the XDG config dir (or `SEQERA_CONFIG_DIR`), history and
//! tokens under the XDG state dir, caches under the XDG cache dir. Never the current directory.
//!
//! `--sandbox` is a place of its own: once `enter_sandbox()` is called, the config, state and cache dirs
//! all move under `$XDG_STATE_HOME/seqera/sandbox/`, beside the sandbox's own data (`sandbox.json`), so
//! nothing a sandbox command does reads or writes the user's profiles, logins, caches or history.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use super::env;

static SANDBOX: AtomicBool = AtomicBool::new(false);

/// From now on this process uses the sandbox's own directories (for `--sandbox`). There is no way
/// back: a process is either the user's or the sandbox's.
pub(crate) fn enter_sandbox() {
    SANDBOX.store(true, Ordering::SeqCst);
}

/// Whether this process runs against the sandbox: `--sandbox`, or `SEQERA_SANDBOX_DIR` (which `--sandbox`
/// sets for the `seqera` commands an AI tool call runs, so they too keep to the sandbox's files).
pub(crate) fn in_sandbox() -> bool {
    SANDBOX.load(Ordering::SeqCst) || env::var(SANDBOX_DIR_VAR).is_some_and(|d| PathBuf::from(d).is_absolute())
}

/// Names the sandbox's directory for child processes (see `in_sandbox`).
pub(crate) const SANDBOX_DIR_VAR: &str = "SEQERA_SANDBOX_DIR";

fn home() -> PathBuf {
    env::var("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/"))
}

fn xdg(var: &str, fallback: &str) -> PathBuf {
    match env::var(var) {
        Some(dir) if PathBuf::from(&dir).is_absolute() => PathBuf::from(dir),
        _ => home().join(fallback),
    }
}

fn user_config_dir() -> PathBuf {
    env::var("SEQERA_CONFIG_DIR").map(PathBuf::from).unwrap_or_else(|| xdg("XDG_CONFIG_HOME", ".config").join("seqera"))
}

fn user_state_dir() -> PathBuf {
    xdg("XDG_STATE_HOME", ".local/state").join("seqera")
}

fn user_cache_dir() -> PathBuf {
    xdg("XDG_CACHE_HOME", ".cache").join("seqera")
}

/// The sandbox's own directory, `$XDG_STATE_HOME/seqera/sandbox` (whether or not this process is in it),
/// or `SEQERA_SANDBOX_DIR` when a parent `--sandbox` run named it.
pub(crate) fn sandbox_dir() -> PathBuf {
    match env::var(SANDBOX_DIR_VAR).map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        _ => user_state_dir().join("sandbox"),
    }
}

/// The data the sandbox keeps between runs (users, credentials, logins it issued).
pub(crate) fn sandbox_state_file() -> PathBuf {
    sandbox_dir().join("sandbox.json")
}

/// `SEQERA_CONFIG_DIR`, else `$XDG_CONFIG_HOME/seqera`, else `~/.config/seqera`; the sandbox's own under
/// `--sandbox`.
pub(crate) fn config_dir() -> PathBuf {
    if in_sandbox() { sandbox_dir().join("config") } else { user_config_dir() }
}

pub(crate) fn config_file() -> PathBuf {
    config_dir().join("config.toml")
}

/// `$XDG_STATE_HOME/seqera`, else `~/.local/state/seqera` (tokens, history); the sandbox's own under
/// `--sandbox`.
pub(crate) fn state_dir() -> PathBuf {
    if in_sandbox() { sandbox_dir().join("state") } else { user_state_dir() }
}

/// `$XDG_CACHE_HOME/seqera`, else `~/.cache/seqera` (name caches); the sandbox's own under `--sandbox`.
pub(crate) fn cache_dir() -> PathBuf {
    if in_sandbox() { sandbox_dir().join("cache") } else { user_cache_dir() }
}

/// Every directory seqera keeps files in, the user's and the sandbox's (which is inside the state dir):
/// what an AI tool call must never touch.
pub(crate) fn all_dirs() -> [PathBuf; 3] {
    [user_config_dir(), user_state_dir(), user_cache_dir()]
}
