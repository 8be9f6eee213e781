//! The shell's history file: where it lives, and keeping it private and free of repeats.

/// History lives in the state dir (never the current directory), 0600 in a 0700 dir.
pub(crate) fn history_path() -> std::path::PathBuf {
    crate::config::paths::state_dir().join("history")
}

pub(super) fn prepare_history(path: &std::path::Path) {
    if let Some(dir) = path.parent() {
        let _ = crate::fsutil::create_private_dir(dir);
    }
    if !path.exists() {
        let _ = crate::fsutil::write_private_atomic(path, b"");
    }
    secure_history(path);
}

/// Keeps each line once, at its latest place, so Up walks through distinct commands. (rustyline drops
/// only consecutive repeats.) Equal entries are equal lines in the file, whatever its escaping; a
/// `#V2`-style header stays first.
pub(super) fn dedupe_history(path: &std::path::Path) {
    let Ok(text) = std::fs::read_to_string(path) else { return };
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.first().filter(|l| l.starts_with("#V")).map(|h| h.to_string());
    if header.is_some() {
        lines.remove(0);
    }
    let mut seen = std::collections::HashSet::new();
    let mut kept: Vec<&str> = lines.into_iter().rev().filter(|l| seen.insert(*l)).collect();
    if kept.len() + usize::from(header.is_some()) == text.lines().count() {
        return; // nothing repeated
    }
    kept.reverse();
    let mut out = header.map(|h| format!("{h}\n")).unwrap_or_default();
    for l in kept {
        out.push_str(l);
        out.push('\n');
    }
    let _ = crate::fsutil::write_private_atomic(path, out.as_bytes());
}

pub(super) fn secure_history(path: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
}
