//! The paths a command names, judged where they really point: a pattern by every file it matches (within
//! the judge's budget), a path from every directory the command may be in, and `cd` followed.

use std::path::{Path, PathBuf};

use super::lists::MAX_ENTRIES;
use super::paths::{self, Place, resolve, resolve_logical};
use super::words::Arg;
use super::{Access, Class, Walk};

impl Walk<'_> {
    /// A path given as a word: a pattern is judged by every file it matches.
    pub(crate) fn path_arg(&mut self, arg: &Arg, access: Access) {
        match arg {
            Arg::Unknown(why) => self.unclear(format!("a path made from {why}")),
            Arg::Lit { text, glob: false } => self.path(text, access),
            Arg::Lit { text, glob: true } => self.pattern(text, access),
        }
    }

    fn pattern(&mut self, pattern: &str, access: Access) {
        // The judge matches with the `glob` crate's syntax: `*`, `?`, `[abc]`, `[!a-z]`. Bash's `[^…]` and
        // `[[:class:]]` it cannot follow, so such a pattern is not judged as if it matched nothing.
        if pattern.contains("[^") || pattern.contains("[[:") || pattern.contains("[]") {
            return self.unclear("a file name pattern the judge cannot match as bash does");
        }
        // Bash without `globstar` reads `**` as `*`.
        let pattern = pattern.replace("**", "*");
        if access != Access::Read && pattern.split('/').any(|c| c.starts_with('.') && c.contains(['*', '?', '['])) {
            return self.unclear("a pattern that may match hidden files such as .git");
        }
        for cwd in self.cwds.clone() {
            let full = if pattern == "~" || pattern.starts_with("~/") {
                self.scope.home.join(pattern.trim_start_matches('~').trim_start_matches('/'))
            } else {
                cwd.join(&pattern)
            };
            let text = full.to_string_lossy().to_string();
            // The fixed part (up to the first pattern character) is judged as a path of its own.
            let fixed = &text[..text.find(['*', '?', '[']).unwrap_or(text.len())];
            let fixed_dir = fixed.rfind('/').map_or(".", |i| &fixed[..=i]).to_string();
            self.path(&fixed_dir, access);
            match self.expand(&text) {
                Ok(matches) => {
                    for m in matches {
                        self.path(&m.to_string_lossy(), access);
                    }
                }
                Err(why) => self.unclear(why),
            }
        }
    }

    /// The files an absolute pattern matches, walked one component at a time within the judge's budget.
    fn expand(&self, pattern: &str) -> std::result::Result<Vec<PathBuf>, &'static str> {
        let mut current = vec![PathBuf::from("/")];
        let mut seen = 0usize;
        for part in pattern.split('/').filter(|p| !p.is_empty()) {
            let mut next = Vec::new();
            if !part.contains(['*', '?', '[']) {
                next.extend(current.iter().map(|d| d.join(part)).filter(|p| std::fs::symlink_metadata(p).is_ok()));
            } else {
                let matcher = glob::Pattern::new(part).map_err(|_| "a file name pattern the judge cannot read")?;
                for dir in &current {
                    let Ok(entries) = std::fs::read_dir(dir) else { continue };
                    for e in entries.flatten() {
                        seen += 1;
                        if seen > MAX_ENTRIES || std::time::Instant::now() > self.deadline {
                            return Err("a pattern that makes the judge walk too much of the disk");
                        }
                        let name = e.file_name().to_string_lossy().into_owned();
                        if (!name.starts_with('.') || part.starts_with('.')) && matcher.matches(&name) {
                            next.push(dir.join(name));
                        }
                    }
                }
            }
            if next.len() > MAX_ENTRIES {
                return Err("a pattern that matches too many files");
            }
            current = next;
        }
        Ok(current)
    }

    /// One path, judged from every directory the command may be in.
    pub(crate) fn path(&mut self, raw: &str, access: Access) {
        let verb = match access {
            Access::Read => "reads",
            Access::Write => "writes",
            Access::Any => "uses",
        };
        if paths::HARMLESS.contains(&raw) {
            return;
        }
        for cwd in self.cwds.clone() {
            let place = if access == Access::Read { self.scope.place_read(&cwd, raw) } else { self.scope.place(&cwd, raw) };
            match place {
                Place::Inside => {
                    if access == Access::Write {
                        self.raise(Class::EditInside, "");
                    }
                    if access != Access::Read && self.out.writes.len() < 4096 {
                        self.out.writes.push(resolve(&cwd, raw, &self.scope.home));
                    }
                    if access != Access::Read && resolve(&cwd, raw, &self.scope.home).starts_with(self.scope.root.join(".git")) {
                        self.raise(Class::Unclear, "it changes .git, where hooks and settings can run commands later".to_string());
                    }
                }
                Place::Outside(p) => {
                    self.raise(Class::Outside, format!("it {verb} {}, outside the project", p.display()));
                    if access == Access::Read {
                        let dir = if p.is_dir() { p.clone() } else { p.parent().map(Path::to_path_buf).unwrap_or(p.clone()) };
                        self.out.outside_reads.push(dir);
                    } else {
                        self.out.writes_outside = true;
                    }
                }
                Place::Protected(p) => {
                    self.out.writes_outside |= access != Access::Read;
                    self.raise(Class::Protected, format!("it {verb} {}, where logins, keys or settings are kept", p.display()));
                }
            }
        }
    }

    /// `cd DIR`: later relative paths are judged from there as well.
    pub(crate) fn change_dir(&mut self, target: &str) {
        self.path(target, Access::Read);
        // Bash's `cd` is logical (`link/..` is `.`), the kernel's paths physical: judge from both.
        let logical: Vec<PathBuf> = self.cwds.iter().map(|c| resolve_logical(c, target, &self.scope.home)).collect();
        for d in &logical {
            if !d.starts_with(&self.scope.root) {
                self.raise(Class::Outside, format!("it changes to {}, outside the project", d.display()));
                self.out.writes_outside = true;
            }
        }
        let mut dirs: Vec<PathBuf> = self.cwds.iter().map(|c| resolve(c, target, &self.scope.home)).collect();
        dirs.extend(logical);
        for d in dirs {
            if !self.cwds.contains(&d) && self.cwds.len() < 16 {
                self.cwds.push(d);
            }
        }
    }
}
