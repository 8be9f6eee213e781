//! Where seqera keeps its files: config under the XDG config dir (or `SEQERA_CONFIG_DIR`), history and
//! tokens under the XDG state dir, caches under the XDG cache dir. Never the current directory.

use std::path::PathBuf;

use super::env;

fn home() -> PathBuf {
    env::var("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/"))
}

fn xdg(var: &str, fallback: &str) -> PathBuf {
    match env::var(var) {
        Some(dir) if PathBuf::from(&dir).is_absolute() => PathBuf::from(dir),
        _ => home().join(fallback),
    }
}

/// `SEQERA_CONFIG_DIR`, else `$XDG_CONFIG_HOME/seqera`, else `~/.config/seqera`.
pub fn config_dir() -> PathBuf {
    env::var("SEQERA_CONFIG_DIR").map(PathBuf::from).unwrap_or_else(|| xdg("XDG_CONFIG_HOME", ".config").join("seqera"))
}

pub fn config_file() -> PathBuf {
    config_dir().join("config.toml")
}

/// `$XDG_STATE_HOME/seqera`, else `~/.local/state/seqera` (tokens, history).
pub fn state_dir() -> PathBuf {
    xdg("XDG_STATE_HOME", ".local/state").join("seqera")
}

/// `$XDG_CACHE_HOME/seqera`, else `~/.cache/seqera` (name caches).
pub fn cache_dir() -> PathBuf {
    xdg("XDG_CACHE_HOME", ".cache").join("seqera")
}
