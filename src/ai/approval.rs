//! Approval of the assistant's tool calls, enforced on the client in every mode, headless included (the
//! official client skips it when headless). The lists and rules are the fact sheet's (D7); `seqera`
//! commands are judged by what they do: a read is safe, a change to the Platform needs approval, and a
//! delete is dangerous.

use std::path::{Component, Path, PathBuf};

use crate::commands::Command;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Basic,
    Default,
    Full,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "basic" => Some(Mode::Basic),
            "default" => Some(Mode::Default),
            "full" => Some(Mode::Full),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Mode::Basic => "basic",
            Mode::Default => "default",
            Mode::Full => "full",
        }
    }
}

const SAFE: &[&str] = &["cat", "date", "echo", "env", "head", "ls", "printenv", "pwd", "stat", "tail", "tree", "uptime", "whoami"];
const DANGEROUS: &[&str] =
    &["chmod", "chown", "dd", "kill", "killall", "mkfs", "mount", "pkill", "reboot", "rm", "shutdown", "sudo", "umount"];
const EDITS: &[&str] =
    &["chmod", "chown", "cp", "dd", "ln", "mkdir", "mv", "rm", "rmdir", "sed", "tee", "touch", "truncate", "write_file", "edit_file"];
const REDIRECTS: &[&str] = &[">", ">>", "1>", "1>>", "2>", "2>>"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Class {
    /// Runs in every mode.
    Safe,
    /// Edits only files inside the session's directory.
    EditInside,
    /// Anything else (including edits outside, and `seqera` commands that change the Platform).
    Other,
    /// Asks even in full mode.
    Dangerous,
}

/// How a command line is judged: by its first word (and, for edits, their targets).
pub fn classify(command: &str, cwd: &Path) -> Class {
    let words = shell_words::split(command).unwrap_or_else(|_| command.split_whitespace().map(str::to_string).collect());
    let Some(first) = words.first().map(String::as_str) else { return Class::Other };
    if first == "seqera" {
        return classify_seqera(&words[1..]);
    }
    let redirect_targets: Vec<&String> =
        words.iter().enumerate().filter(|(_, w)| REDIRECTS.contains(&w.as_str())).filter_map(|(i, _)| words.get(i + 1)).collect();
    let glued = words.iter().any(|w| REDIRECTS.iter().any(|r| w.starts_with(r) && w.len() > r.len()));
    let is_edit = EDITS.contains(&first) || !redirect_targets.is_empty() || glued || command.contains('>');
    if DANGEROUS.contains(&first) {
        return Class::Dangerous;
    }
    if SAFE.contains(&first) && !is_edit {
        return Class::Safe;
    }
    if is_edit {
        let mut targets: Vec<&String> = redirect_targets;
        if EDITS.contains(&first) {
            targets.extend(words[1..].iter().filter(|w| !w.starts_with('-') && !REDIRECTS.contains(&w.as_str())));
        }
        if !targets.is_empty() && !glued && targets.iter().all(|t| inside(cwd, t)) {
            return Class::EditInside;
        }
    }
    Class::Other
}

fn classify_seqera(words: &[String]) -> Class {
    use crate::commands::{config, credentials, org, workspace};
    let Ok(cli) = crate::exec::Runner::parse(words) else { return Class::Other };
    match cli.command {
        Command::Status(_) | Command::Completions(_) => Class::Safe,
        Command::Org(a) => match a.command {
            None | Some(org::Sub::Show | org::Sub::List) => Class::Safe,
            _ => Class::Other,
        },
        Command::Workspace(a) => match a.command {
            None | Some(workspace::Sub::Show | workspace::Sub::List { .. }) => Class::Safe,
            _ => Class::Other,
        },
        Command::Credentials(a) => match a.command {
            credentials::Sub::List { .. } | credentials::Sub::Get { .. } => Class::Safe,
            credentials::Sub::Delete { .. } => Class::Dangerous,
            _ => Class::Other,
        },
        Command::Config(a) if config::is_read_only(&a) => Class::Safe,
        Command::Logout(_) => Class::Dangerous,
        _ => Class::Other,
    }
}

/// Whether a path (relative to `cwd`, `~` expanded) stays inside `cwd`.
fn inside(cwd: &Path, target: &str) -> bool {
    let path = expand(cwd, target);
    let mut normal = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                normal.pop();
            }
            Component::CurDir => {}
            other => normal.push(other),
        }
    }
    normal.starts_with(cwd)
}

/// `~` expanded, relative paths against `cwd`.
pub fn expand(cwd: &Path, target: &str) -> PathBuf {
    if let Some(rest) = target.strip_prefix("~/") {
        return std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default().join(rest);
    }
    let p = Path::new(target);
    if p.is_absolute() { p.to_path_buf() } else { cwd.join(p) }
}

/// Whether a command of this class runs without asking in this mode.
pub fn auto_runs(mode: Mode, class: &Class) -> bool {
    matches!((mode, class), (_, Class::Safe) | (Mode::Default | Mode::Full, Class::EditInside) | (Mode::Full, Class::Other))
}

/// The words an "always approve" remembers: the first word, or two or three for tools with sub-commands.
pub fn pattern(command: &str) -> String {
    let words: Vec<&str> = command.split_whitespace().collect();
    let n = match words.as_slice() {
        ["git", "config", ..] | ["npm", "run", ..] | ["docker", "compose", ..] | ["seqera", _, _, ..] => 3,
        ["gh" | "aws" | "gcloud", ..] => 3,
        ["git" | "npm" | "docker" | "python" | "python3" | "nextflow" | "make" | "cargo" | "seqera", ..] => 2,
        _ => 1,
    };
    format!("{} *", words.iter().take(n).copied().collect::<Vec<_>>().join(" "))
}

pub fn matches(pattern: &str, command: &str) -> bool {
    let prefix = pattern.trim_end_matches('*').trim_end();
    command == prefix || command.starts_with(&format!("{prefix} "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_judged_by_what_they_do() {
        let cwd = Path::new("/work/project");
        assert_eq!(classify("ls -la", cwd), Class::Safe);
        assert_eq!(classify("echo hi > notes.txt", cwd), Class::EditInside);
        assert_eq!(classify("echo hi > /etc/motd", cwd), Class::Other);
        assert_eq!(classify("touch ../outside", cwd), Class::Other);
        assert_eq!(classify("mkdir -p results/x", cwd), Class::EditInside);
        assert_eq!(classify("rm -rf work", cwd), Class::Dangerous);
        assert_eq!(classify("python3 x.py", cwd), Class::Other);
        assert_eq!(classify("seqera credentials list", cwd), Class::Safe);
        assert_eq!(classify("seqera -w acme/prod credentials get aws-prod", cwd), Class::Safe);
        assert_eq!(classify("seqera credentials rotate x --secret-key-env S", cwd), Class::Other);
        assert_eq!(classify("seqera credentials delete x --yes", cwd), Class::Dangerous);
        assert_eq!(classify("seqera org switch acme", cwd), Class::Other);
        assert!(auto_runs(Mode::Basic, &Class::Safe) && !auto_runs(Mode::Basic, &Class::EditInside));
        assert!(auto_runs(Mode::Default, &Class::EditInside) && !auto_runs(Mode::Default, &Class::Other));
        assert!(auto_runs(Mode::Full, &Class::Other) && !auto_runs(Mode::Full, &Class::Dangerous));
        assert_eq!(pattern("git commit -m x"), "git commit *");
        assert!(matches("git commit *", "git commit -m y") && !matches("git commit *", "git commitx"));
    }
}
