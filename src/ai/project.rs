//! What the session body says about the project around the current directory (fact sheet D3): the git
//! state, the skills the assistant may use, and the project's docs and memory notes.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{Value, json};

const MAX_COMMITS: usize = 10;
const COMMIT_DIFF_CAP: usize = 2_000;
const MAX_FILES: usize = 200;
const NOTE_CAP: usize = 16_000;

/// Settings that make git run a program of the repository's choosing, turned off: describing the project
/// happens before the user approves anything, so no hook, fsmonitor, pager, signature check or external
/// diff may run (a repository's own `.git/config` can name any of them).
const NOTHING_RUNS: &[&str] = &[
    "-c",
    "core.fsmonitor=",
    "-c",
    "core.hooksPath=/dev/null",
    "-c",
    "core.pager=cat",
    "-c",
    "log.showSignature=false",
    "-c",
    "diff.external=",
    "-c",
    "core.sshCommand=false",
    "-c",
    "protocol.allow=never",
    "-c",
    "submodule.recurse=false",
];

/// Runs git in `dir` with the caller's `GIT_*` variables removed (a hook's `GIT_DIR` must not point us at
/// another repository), with [`NOTHING_RUNS`], no pager and no prompt, without taking the index lock;
/// `None` when git is missing or fails.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let mut cmd = Command::new("git");
    cmd.arg("--no-pager").args(NOTHING_RUNS).arg("-C").arg(dir).args(args).stdin(Stdio::null()).stderr(Stdio::null());
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("GIT_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("GIT_OPTIONAL_LOCKS", "0").env("GIT_TERMINAL_PROMPT", "0").env("GIT_PAGER", "cat").env("PAGER", "cat");
    let out = cmd.env("GIT_CONFIG_NOSYSTEM", "1").output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Whether the repository names filter or diff drivers (programs git would run to compare the work
/// tree): then the changed files are not listed, since listing them could run those programs.
fn has_drivers(top: &Path) -> bool {
    git(top, &["config", "--get-regexp", r"^(filter|diff)\..*\.(clean|smudge|process|textconv|command)$"])
        .is_some_and(|o| !o.trim().is_empty())
}

/// The top of the git work tree holding `cwd`, found by its `.git` (no process needed).
pub(crate) fn git_root(cwd: &Path) -> Option<PathBuf> {
    cwd.ancestors().find(|d| d.join(".git").exists()).map(Path::to_path_buf)
}

/// `{is_git_repo, branch?, files:[{path, added, removed, status}], recent_commits?:[{hash, author, date, message, diff?}]}`.
pub(crate) fn git_status(cwd: &Path) -> Value {
    let Some(top) = git(cwd, &["rev-parse", "--show-toplevel"]) else {
        return json!({"is_git_repo": git_root(cwd).is_some()});
    };
    let top = PathBuf::from(top.trim());
    let mut status = json!({"is_git_repo": true, "files": files(&top)});
    if let Some(branch) = git(&top, &["branch", "--show-current"]).map(|b| b.trim().to_string()).filter(|b| !b.is_empty()) {
        status["branch"] = json!(branch);
    }
    let commits = commits(&top);
    if !commits.is_empty() {
        status["recent_commits"] = json!(commits);
    }
    status
}

/// Changed files. Untracked directories are one entry each (`normal`), so a stray `node_modules` costs a line.
fn files(top: &Path) -> Vec<Value> {
    if has_drivers(top) {
        return Vec::new();
    }
    let status = ["status", "--porcelain=v1", "--untracked-files=normal", "--ignore-submodules=all"];
    let Some(porcelain) = git(top, &status) else { return Vec::new() };
    // Lines added and removed per path, against HEAD (absent in a repository without commits).
    let counts: Vec<(String, u64, u64)> =
        git(top, &["diff", "HEAD", "--numstat", "--no-ext-diff", "--no-textconv", "--ignore-submodules=all"])
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let mut parts = l.splitn(3, '\t');
                let (a, r, p) = (parts.next()?, parts.next()?, parts.next()?);
                Some((p.to_string(), a.parse().unwrap_or(0), r.parse().unwrap_or(0)))
            })
            .collect();
    porcelain
        .lines()
        .filter(|l| l.len() > 3)
        .take(MAX_FILES)
        .map(|l| {
            let (xy, path) = l.split_at(3);
            let path = path.rsplit(" -> ").next().unwrap_or(path).trim_matches('"').to_string();
            let state = if xy.contains('D') {
                "deleted"
            } else if xy.contains('?') || xy.contains('A') {
                "added"
            } else {
                "modified"
            };
            let (added, removed) = counts.iter().find(|(p, _, _)| *p == path).map(|(_, a, r)| (*a, *r)).unwrap_or((0, 0));
            json!({"path": path, "added": added, "removed": removed, "status": state})
        })
        .collect()
}

fn commits(top: &Path) -> Vec<Value> {
    let format = "--format=%H%x1f%an%x1f%aI%x1f%s";
    let Some(log) = git(top, &["log", "--no-show-signature", &format!("-{MAX_COMMITS}"), format]) else { return Vec::new() };
    log.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\x1f').collect();
            let [hash, author, date, message] = f[..] else { return None };
            let mut c = json!({"hash": &hash[..hash.len().min(8)], "author": author, "date": date, "message": message});
            if let Some(diff) =
                git(top, &["show", "--format=", "--no-color", "--no-ext-diff", "--no-textconv", "--no-show-signature", hash])
                    .filter(|d| !d.trim().is_empty())
            {
                c["diff"] = json!(cut(&diff, COMMIT_DIFF_CAP));
            }
            Some(c)
        })
        .collect()
}

fn cut(text: &str, cap: usize) -> String {
    if text.chars().count() <= cap {
        return text.to_string();
    }
    text.chars().take(cap).collect::<String>() + "\n... (truncated)"
}

/// `name` and `description` from a SKILL.md's front matter (`---` lines around `key: value` pairs).
fn front_matter(text: &str) -> Option<(String, String)> {
    let mut lines = text.lines();
    if lines.next()?.trim() != "---" {
        return None;
    }
    let (mut name, mut description) = (None, None);
    for line in lines.take_while(|l| l.trim() != "---") {
        let Some((k, v)) = line.split_once(':') else { continue };
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
        match k.trim() {
            "name" => name = Some(v),
            "description" => description = Some(v),
            _ => {}
        }
    }
    Some((name?, description.unwrap_or_default()))
}

/// Skills: `<dir>/<skill>/SKILL.md` under `.seqera/skills` and `.agents/skills` from `cwd` up to the git
/// root (source "project"), then under `$XDG_CONFIG_HOME/seqera/skills`, `~/.seqera/skills` and
/// `~/.agents/skills` (source "user"). A name seen once is not repeated.
pub(crate) fn skills(cwd: &Path) -> Vec<Value> {
    let mut roots: Vec<(PathBuf, &str)> = Vec::new();
    let stop = git_root(cwd);
    for dir in cwd.ancestors() {
        roots.push((dir.join(".seqera/skills"), "project"));
        roots.push((dir.join(".agents/skills"), "project"));
        if stop.as_deref().is_none_or(|s| s == dir) {
            break;
        }
    }
    roots.push((crate::config::paths::config_dir().join("skills"), "user"));
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from) {
        roots.push((home.join(".seqera/skills"), "user"));
        roots.push((home.join(".agents/skills"), "user"));
    }
    let mut out: Vec<Value> = Vec::new();
    for (root, source) in roots {
        let Ok(entries) = std::fs::read_dir(&root) else { continue };
        let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path().join("SKILL.md")).filter(|p| p.is_file()).collect();
        dirs.sort();
        for path in dirs {
            let Some((name, description)) = std::fs::read_to_string(&path).ok().as_deref().and_then(front_matter) else { continue };
            if out.iter().any(|s| s["name"] == name.as_str()) {
                continue;
            }
            out.push(json!({"name": name, "description": description, "source": source, "path": path.display().to_string()}));
        }
    }
    out
}

/// `[{path, content}]` for the `*.md` files of `cwd/.seqera/<kind>` (docs or memory), 16,000 characters each.
pub(crate) fn notes(cwd: &Path, kind: &str) -> Vec<Value> {
    let Ok(entries) = std::fs::read_dir(cwd.join(".seqera").join(kind)) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "md")).collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            Some(json!({"path": p.display().to_string(), "content": cut(&text, NOTE_CAP)}))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_name_and_description() {
        let text = "---\nname: rotate-keys\ndescription: \"Rotate AWS keys\"\nother: x\n---\n# Body\n";
        assert_eq!(front_matter(text), Some(("rotate-keys".into(), "Rotate AWS keys".into())));
        assert_eq!(front_matter("# no front matter"), None);
    }

    #[test]
    fn git_status_reports_branch_files_and_commits() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let run = |args: &[&str]| {
            let ok = Command::new("git").arg("-C").arg(d).args(args).env("GIT_CONFIG_GLOBAL", "/dev/null").output().unwrap();
            assert!(ok.status.success(), "{args:?}: {}", String::from_utf8_lossy(&ok.stderr));
        };
        run(&["init", "-q", "-b", "trunk"]);
        std::fs::write(d.join("main.nf"), "workflow {}\n").unwrap();
        run(&["add", "main.nf"]);
        run(&["-c", "user.name=Ada", "-c", "user.email=a@example.org", "commit", "-qm", "First pipeline"]);
        std::fs::write(d.join("main.nf"), "workflow {\n  hello()\n}\n").unwrap();
        std::fs::write(d.join("new.config"), "x\n").unwrap();
        let s = git_status(d);
        assert_eq!(s["is_git_repo"], true);
        assert_eq!(s["branch"], "trunk");
        let files = s["files"].as_array().unwrap();
        assert!(files.contains(&json!({"path": "main.nf", "added": 3, "removed": 1, "status": "modified"})), "{files:?}");
        assert!(files.iter().any(|f| f["path"] == "new.config" && f["status"] == "added"), "{files:?}");
        let c = &s["recent_commits"][0];
        assert_eq!(
            (c["author"].as_str(), c["message"].as_str(), c["hash"].as_str().unwrap().len()),
            (Some("Ada"), Some("First pipeline"), 8)
        );
        assert!(c["diff"].as_str().unwrap().contains("+workflow {}"));
        let plain = tempfile::tempdir().unwrap();
        assert_eq!(git_status(plain.path()), json!({"is_git_repo": false}));
    }

    #[test]
    fn describing_a_hostile_repository_runs_none_of_its_programs() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let marker = d.join("ran");
        let run = |args: &[&str]| {
            let ok = Command::new("git").arg("-C").arg(d).args(args).env("GIT_CONFIG_GLOBAL", "/dev/null").output().unwrap();
            assert!(ok.status.success(), "{args:?}: {}", String::from_utf8_lossy(&ok.stderr));
        };
        run(&["init", "-q"]);
        std::fs::write(d.join("a.txt"), "one\n").unwrap();
        std::fs::write(d.join(".gitattributes"), "*.txt filter=evil diff=evil\n").unwrap();
        run(&["add", "."]);
        run(&["-c", "user.name=A", "-c", "user.email=a@example.org", "commit", "-qm", "c"]);
        let touch = format!("touch {}", marker.display());
        for (k, v) in [
            ("core.fsmonitor", touch.as_str()),
            ("core.pager", touch.as_str()),
            ("filter.evil.clean", touch.as_str()),
            ("filter.evil.process", touch.as_str()),
            ("diff.evil.textconv", touch.as_str()),
            ("diff.external", touch.as_str()),
            ("log.showSignature", "true"),
            ("gpg.program", touch.as_str()),
        ] {
            run(&["config", k, v]);
        }
        std::fs::create_dir_all(d.join(".git/hooks")).unwrap();
        std::fs::write(d.join(".git/hooks/post-index-change"), format!("#!/bin/sh\n{touch}\n")).unwrap();
        std::fs::write(d.join("a.txt"), "two\n").unwrap();
        let s = git_status(d);
        assert_eq!(s["is_git_repo"], true);
        assert!(s["recent_commits"][0]["message"] == "c", "{s}");
        assert!(!marker.exists(), "a program of the repository ran while describing it");
    }
}
