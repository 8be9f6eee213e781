//! Where a path really points. Every path a tool or command names is resolved the way the kernel would:
//! `~` to the home directory, relative parts against the directory the command runs in, and each symlink
//! on the way followed (dangling ones too, since writing through one creates its target). The result is
//! compared with the canonical project directory and with the places that hold seqera's own secrets.

use std::path::{Component, Path, PathBuf};

/// Symlinks followed before a path is given up on (the kernel's own limit is 40).
const MAX_LINKS: usize = 40;

/// What one session may touch without asking, and what it may never touch unasked.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// The project: the session's directory, canonical.
    pub root: PathBuf,
    pub home: PathBuf,
    /// seqera's configuration, stored logins, history and caches, and the official clients' files.
    pub protected: Vec<PathBuf>,
    /// Directories outside the project the user allowed reads from ("always" on a terminal).
    pub readable: Vec<PathBuf>,
    /// Files the assistant wrote in this session (resolved): running one is asked about.
    pub written: Vec<PathBuf>,
}

/// Where people keep keys and logins, and the start-up files a shell runs: never touched unasked, even
/// when the session runs in the home directory itself.
const SECRET_HOME_PLACES: &[&str] = &[
    ".ssh",
    ".aws",
    ".gnupg",
    ".netrc",
    ".kube",
    ".docker",
    ".git-credentials",
    ".config/gh",
    ".config/gcloud",
    ".config/hub",
    ".azure",
    ".npmrc",
    ".pypirc",
    ".m2/settings.xml",
    ".pgpass",
    ".my.cnf",
    ".vault-token",
    ".terraform.d",
    ".nextflow/secrets",
    ".bashrc",
    ".bash_profile",
    ".bash_login",
    ".profile",
    ".zshrc",
    ".zshenv",
    ".zprofile",
    ".zlogin",
    ".config/fish",
    ".gitconfig",
    ".config/git",
    ".local/share/keyrings",
];

/// Where a path lands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Place {
    Inside,
    /// Outside the project; the resolved path.
    Outside(PathBuf),
    /// In a directory that holds seqera's secrets.
    Protected(PathBuf),
}

/// Paths every command may use whatever the project: the bit bucket and the standard streams.
pub(super) const HARMLESS: &[&str] = &["/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr"];

impl Scope {
    /// The scope of a session run in `cwd`.
    pub(crate) fn for_dir(cwd: &Path) -> Scope {
        let root = std::fs::canonicalize(cwd).unwrap_or_else(|_| cwd.to_path_buf());
        let home = crate::config::env::var("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/"));
        let mut protected = crate::config::paths::all_dirs().to_vec();
        protected.extend([home.join(".config/seqera-ai"), home.join(".seqera"), home.join(".tower")]);
        protected.extend(SECRET_HOME_PLACES.iter().map(|p| home.join(p)));
        // Canonical too, so a symlinked config directory is still recognised.
        let canonical: Vec<PathBuf> = protected.iter().map(|p| resolve(Path::new("/"), &p.to_string_lossy(), &home)).collect();
        protected.extend(canonical);
        Scope { root, home, protected, readable: Vec::new(), written: Vec::new() }
    }

    /// Where `raw` (as written in a command run in `cwd`) lands.
    pub(crate) fn place(&self, cwd: &Path, raw: &str) -> Place {
        if HARMLESS.contains(&raw) {
            return Place::Inside;
        }
        let path = resolve(cwd, raw, &self.home);
        if self.protected.iter().any(|p| path.starts_with(p)) {
            Place::Protected(path)
        } else if path.starts_with(&self.root) {
            Place::Inside
        } else {
            Place::Outside(path)
        }
    }

    /// As [`Scope::place`], for a read: the directories the user allowed count as inside.
    pub(crate) fn place_read(&self, cwd: &Path, raw: &str) -> Place {
        match self.place(cwd, raw) {
            Place::Outside(p) if self.readable.iter().any(|d| p.starts_with(d)) => Place::Inside,
            other => other,
        }
    }
}

/// `raw` resolved from `cwd` as the kernel would: `~`, `.` and `..`, and every symlink on the way (a
/// dangling one to where it points). A path that cannot be resolved (a symlink loop) resolves to `/`,
/// which is outside every project.
pub(crate) fn resolve(cwd: &Path, raw: &str, home: &Path) -> PathBuf {
    let start = if raw == "~" {
        home.to_path_buf()
    } else if let Some(rest) = raw.strip_prefix("~/") {
        home.join(rest)
    } else if Path::new(raw).is_absolute() {
        PathBuf::from(raw)
    } else {
        cwd.join(raw)
    };
    let mut pending: Vec<std::ffi::OsString> = Vec::new();
    push_components(&mut pending, &start);
    let mut current = PathBuf::from("/");
    // Parts appended that do not exist (yet): a `..` after them comes back to real ground, where
    // symlinks count again (`mkdir -p new/../link/x` makes `new`, then follows `link`).
    let mut missing = 0usize;
    let mut links = 0;
    while let Some(part) = pending.pop() {
        if part == ".." {
            current.pop();
            missing = missing.saturating_sub(1);
            continue;
        }
        let next = current.join(&part);
        if missing > 0 {
            missing += 1;
            current = next;
            continue;
        }
        match std::fs::symlink_metadata(&next) {
            Ok(m) if m.file_type().is_symlink() => {
                links += 1;
                let Ok(target) = std::fs::read_link(&next) else { return PathBuf::from("/") };
                if links > MAX_LINKS {
                    return PathBuf::from("/");
                }
                if target.is_absolute() {
                    current = PathBuf::from("/");
                }
                push_components(&mut pending, &target);
            }
            Ok(_) => current = next,
            Err(_) => {
                missing = 1;
                current = next;
            }
        }
    }
    current
}

/// `raw` from `cwd` with `..` taken lexically, as bash's `cd` does by default (`cd link/..` is `cd .`),
/// then resolved.
pub(crate) fn resolve_logical(cwd: &Path, raw: &str, home: &Path) -> PathBuf {
    let joined =
        if raw == "~" || raw.starts_with("~/") { home.join(raw.trim_start_matches('~').trim_start_matches('/')) } else { cwd.join(raw) };
    let mut lexical = PathBuf::from("/");
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                lexical.pop();
            }
            Component::Normal(p) => lexical.push(p),
            _ => {}
        }
    }
    resolve(Path::new("/"), &lexical.to_string_lossy(), home)
}

/// Pushes `path`'s parts onto a stack to be taken from the end (so the first part is on top).
fn push_components(stack: &mut Vec<std::ffi::OsString>, path: &Path) {
    let parts: Vec<std::ffi::OsString> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(p) => Some(p.to_os_string()),
            Component::ParentDir => Some("..".into()),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => None,
        })
        .collect();
    stack.extend(parts.into_iter().rev());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_judged_where_they_really_point() {
        let base = tempfile::tempdir().unwrap();
        let base = std::fs::canonicalize(base.path()).unwrap();
        let (project, outside) = (base.join("project"), base.join("outside"));
        std::fs::create_dir_all(project.join("sub")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::os::unix::fs::symlink(&outside, project.join("link")).unwrap();
        std::os::unix::fs::symlink(outside.join("new.txt"), project.join("dangling")).unwrap();
        std::os::unix::fs::symlink("../..", project.join("sub/up")).unwrap();
        let scope =
            Scope { root: project.clone(), home: base.join("home"), protected: vec![base.join("home/.config/seqera")], ..Scope::default() };
        assert_eq!(scope.place(&project, "sub/new/file"), Place::Inside);
        assert_eq!(scope.place(&project, "./sub/../x"), Place::Inside);
        assert_eq!(scope.place(&project, "link/x"), Place::Outside(outside.join("x")));
        assert_eq!(scope.place(&project, "dangling"), Place::Outside(outside.join("new.txt")));
        assert_eq!(scope.place(&project, "sub/up/outside/y"), Place::Outside(outside.join("y")));
        assert_eq!(scope.place(&project, "new/../link/x"), Place::Outside(outside.join("x")), "a missing part then `..`");
        assert_eq!(scope.place(&project, "a/b/../../link/x"), Place::Outside(outside.join("x")));
        assert_eq!(scope.place(&project, "link/../project/x"), Place::Inside, "`..` after a symlink is taken from its target");
        assert_eq!(scope.place(&project, "../outside"), Place::Outside(outside.clone()));
        assert_eq!(scope.place(&project, "/dev/null"), Place::Inside);
        assert!(matches!(scope.place(&project, "~/.config/seqera/config.toml"), Place::Protected(_)));
        std::os::unix::fs::symlink("loop", project.join("loop")).unwrap();
        assert_eq!(scope.place(&project, "loop/x"), Place::Outside(PathBuf::from("/")));
        let mut allowed = scope.clone();
        allowed.readable.push(outside.clone());
        assert_eq!(allowed.place_read(&project, "link/x"), Place::Inside);
    }
}
