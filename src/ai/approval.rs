//! Approval of the assistant's tool calls, enforced on the client in every mode, headless included (the
//! official client skips it when headless). The [`judge`](super::judge) says what a call would do; the
//! mode says what of that runs unasked:
//!
//! | the call                                        | basic | default | full |
//! |-------------------------------------------------|-------|---------|------|
//! | reads inside the project (safe list, read tools) | runs  | runs    | runs |
//! | edits files inside the project                  | asks  | runs    | runs |
//! | runs another program, on paths inside          | asks  | asks    | runs |
//! | anything the judge cannot see through           | asks  | asks    | asks |
//! | reads or writes outside the project             | asks  | asks    | asks |
//! | touches seqera's logins, settings, the keyring  | asks  | asks    | asks |
//! | dangerous (rm, sudo, `seqera credentials delete`) | asks | asks   | asks |
//!
//! "Always" on a terminal remembers the leading words of one plain command (no shell syntax) and lets
//! later plain commands with the same leading words run when they are no worse than "runs another
//! program"; for a read outside the project it remembers the directory, for reads only.

use std::path::PathBuf;

pub(crate) use super::judge::Class;
use super::judge::Judgement;

/// The modes are a setting's values, so they are listed in `config`.
pub(crate) use crate::config::ApprovalMode as Mode;

/// Whether a call of this class runs without asking in this mode.
pub(crate) fn auto_runs(mode: Mode, class: Class) -> bool {
    matches!((mode, class), (_, Class::Safe) | (Mode::Default | Mode::Full, Class::EditInside) | (Mode::Full, Class::Other))
}

/// What "always" answers have allowed in one session.
#[derive(Debug, Default, Clone)]
pub struct Always {
    /// Leading words of plain commands, as `git commit *`.
    pub(crate) patterns: Vec<String>,
    /// Directories outside the project the user let the assistant read.
    pub(crate) readable: Vec<PathBuf>,
}

/// Options that make a build or test tool run code from somewhere else than the approved command did.
const OTHER_CODE: &[&str] = &[
    "-f",
    "--file",
    "--makefile",
    "-C",
    "--directory",
    "-I",
    "--include-dir",
    "--eval",
    "-E",
    "--config",
    "-Z",
    "--manifest-path",
    "-c",
    "-p",
    "--rootdir",
    "--confcutdir",
    "--init-file",
    "--rcfile",
    "--require",
    "-r",
    "--prefix",
    "--userconfig",
    "--globalconfig",
];

/// At most this many remembered answers (the fact sheet's 100 patterns).
const MAX_REMEMBERED: usize = 100;

impl Always {
    pub(crate) fn clear(&mut self) {
        self.patterns.clear();
        self.readable.clear();
    }

    /// Whether an earlier "always" covers this call: one plain command of a remembered shape, with none of
    /// the options that point a tool at other code (`make -f`, `cargo --config`, `pytest -p`).
    pub fn covers(&self, j: &Judgement) -> bool {
        let Some(words) = &j.plain else { return false };
        let redirects_code = words.iter().any(|w| {
            let name = w.split('=').next().unwrap_or(w);
            OTHER_CODE.contains(&name)
                || OTHER_CODE.iter().any(|o| o.len() == 2 && name.starts_with(o) && name.len() > 2 && !name.starts_with("--"))
        });
        !redirects_code && matches!(j.class, Class::EditInside | Class::Other) && self.patterns.iter().any(|p| pattern_matches(p, words))
    }

    /// Remembers an "always" for this call; `false` when it is not one that can be remembered.
    pub fn remember(&mut self, j: &Judgement) -> bool {
        if self.patterns.len() + self.readable.len() >= MAX_REMEMBERED {
            return false;
        }
        match (&j.plain, j.class) {
            (Some(words), Class::EditInside | Class::Other) => {
                let p = pattern(words);
                if !self.patterns.contains(&p) {
                    self.patterns.push(p);
                }
                true
            }
            (_, Class::Outside) if !j.writes_outside && !j.outside_reads.is_empty() => {
                for d in &j.outside_reads {
                    if !self.readable.contains(d) {
                        self.readable.push(d.clone());
                    }
                }
                true
            }
            _ => false,
        }
    }
}

/// The words an "always approve" remembers: the first word, or two or three for tools with sub-commands.
pub(crate) fn pattern(words: &[String]) -> String {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let n = match w.as_slice() {
        ["git", "config", ..] | ["npm", "run", ..] | ["docker", "compose", ..] | ["seqera", _, _, ..] => 3,
        [p, "-m", _, ..] if p.starts_with("python") => 3,
        ["gh" | "aws" | "gcloud", ..] => 3,
        ["git" | "npm" | "docker" | "python" | "python3" | "nextflow" | "make" | "cargo" | "seqera", ..] => 2,
        // A shell or an interpreter: the script is part of the shape (`bash build.sh` is not `bash evil.sh`).
        ["bash" | "sh" | "zsh" | "node" | "perl" | "ruby" | "Rscript" | "deno" | "bun", ..] => 2,
        _ => 1,
    };
    format!("{} *", w.iter().take(n).copied().collect::<Vec<_>>().join(" "))
}

/// Whether a remembered pattern's words lead `words`.
fn pattern_matches(pattern: &str, words: &[String]) -> bool {
    let lead: Vec<&str> = pattern.trim_end_matches('*').split_whitespace().collect();
    !lead.is_empty() && words.len() >= lead.len() && lead.iter().zip(words).all(|(a, b)| *a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_let_through_what_the_table_says() {
        assert!(auto_runs(Mode::Basic, Class::Safe) && !auto_runs(Mode::Basic, Class::EditInside));
        assert!(auto_runs(Mode::Default, Class::EditInside) && !auto_runs(Mode::Default, Class::Other));
        assert!(auto_runs(Mode::Full, Class::Other));
        for class in [Class::Unclear, Class::Outside, Class::Protected, Class::Dangerous] {
            assert!(Mode::NAMES.iter().all(|m| !auto_runs(Mode::parse(m).unwrap(), class)), "{class:?}");
        }
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(pattern(&words("git commit -m x")), "git commit *");
        assert!(pattern_matches("git commit *", &words("git commit -m y")) && !pattern_matches("git commit *", &words("git commitx")));
        assert!(pattern_matches("cargo test *", &words("cargo test --release")));
        assert!(!pattern_matches("cargo test *", &words("cargo")));
    }
}
