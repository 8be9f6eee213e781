//! The local tools the assistant asks the client to run (`execute-local`), as the fact sheet describes
//! them (D6): bash, read, write, edit, list, search, and the Nextflow and nf-core linters. Paths resolve
//! against the session's directory, `~` and symlinks followed as the judge follows them; the judge
//! (through [`judge`]) decides what needs approval before [`run`] is called. A write or edit of an
//! existing file needs a read of that file first, unchanged since. Commands run with the secrets taken
//! out of their environment, and any such value left in a result is blanked before it goes back.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde_json::Value;

use super::judge::{self, Access, Judgement, Scope, SeqeraRisk};

mod files;
mod process;
mod tool;

pub(crate) use tool::Tool;

/// What goes back to the backend in `tool-results`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ToolOutput {
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    pub(crate) exit_code: i64,
}

impl ToolOutput {
    pub(crate) fn ok(stdout: impl Into<String>) -> ToolOutput {
        ToolOutput { stdout: stdout.into(), stderr: String::new(), exit_code: 0 }
    }
    pub(crate) fn err(stderr: impl Into<String>) -> ToolOutput {
        ToolOutput { stdout: String::new(), stderr: stderr.into(), exit_code: 1 }
    }
}

const MAX_LINES: usize = 1200;
const MAX_BYTES: usize = 50_000;
const MAX_LINE_CHARS: usize = 2000;
const DEFAULT_READ_LINES: usize = 250;

/// The files read in this session and how they looked then (modified time and size), and the files the
/// assistant wrote (running one of those is asked about).
#[derive(Debug, Default, Clone)]
pub(crate) struct Reads {
    seen: HashMap<PathBuf, (Option<SystemTime>, u64)>,
    pub(crate) written: Vec<PathBuf>,
}

impl Reads {
    /// Notes files written by the assistant (at most a few thousand are remembered).
    pub(crate) fn wrote(&mut self, paths: impl IntoIterator<Item = PathBuf>) {
        for p in paths {
            if !self.written.contains(&p) && self.written.len() < 4096 {
                self.written.push(p);
            }
        }
    }
}

fn stamp(path: &Path) -> Option<(Option<SystemTime>, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok(), m.len()))
}

/// What a tool call would do, for approval: the command shown to the user and the judge's verdict.
/// `None` for a tool that touches nothing (an unknown tool only answers "Unknown tool").
pub(crate) fn judge(tool: &str, args: &Value, scope: &Scope, seqera: SeqeraRisk) -> Option<(String, Judgement)> {
    let tool = Tool::parse(tool)?;
    let path = args["path"].as_str().unwrap_or(".");
    let quoted = shell_words::quote(path);
    let (shown, verdict) = match tool {
        Tool::ReadFile => (format!("read_file {quoted}"), judge::path(path, Access::Read, scope)),
        Tool::ListDirectory => (format!("list_directory {quoted}"), judge::path(path, Access::Read, scope)),
        Tool::SearchFiles => (format!("search_files {quoted}"), judge::path(path, Access::Read, scope)),
        Tool::WriteFile => (format!("write_file {quoted}"), judge::path(path, Access::Write, scope)),
        Tool::EditFile => (format!("edit_file {quoted}"), judge::path(path, Access::Write, scope)),
        Tool::CreateDirectory => (format!("mkdir -p {quoted}"), judge::path(path, Access::Write, scope)),
        Tool::ExecuteBash => {
            let command = args["command"].as_str().unwrap_or_default();
            (command.to_string(), judge::command(command, scope, seqera))
        }
        Tool::RunNextflowLint => {
            let shown = format!("NXF_SYNTAX_PARSER=v2 nextflow lint {quoted}");
            (shown, judge::command(&format!("cd {quoted} && nextflow lint ."), scope, seqera))
        }
        Tool::RunNfCoreLint => {
            let scope_word = if args["lint_scope"] == "modules" { "modules" } else { "pipelines" };
            let shown = format!("nf-core {scope_word} lint {quoted}");
            (shown, judge::command(&format!("cd {quoted} && nf-core {scope_word} lint ."), scope, seqera))
        }
    };
    let mut verdict = verdict;
    // A remembered "always" for a write inside the project covers later writes inside (`write_file *`).
    if let (true, Some(word)) = (tool.writes(), shown.split(' ').next()) {
        verdict.plain = Some(vec![word.to_string(), path.to_string()]);
    }
    Some((shown, verdict))
}

/// The string argument `key`, or the error the assistant gets for a call without one.
fn text_arg<'a>(tool: &str, args: &'a Value, key: &str) -> Result<&'a str, ToolOutput> {
    args[key].as_str().ok_or_else(|| ToolOutput::err(format!("Error: {tool} needs `{key}` as a string")))
}

/// Runs one tool (already approved). `extra_env` goes to commands (the sandbox's URLs when `--sandbox`
/// runs the session); `secrets` are values to blank out of what goes back to the backend.
pub(crate) async fn run(tool: &str, args: &Value, cwd: &Path, reads: &mut Reads, extra_env: &[(String, String)]) -> ToolOutput {
    let (env, secrets) = process::tool_env(extra_env);
    let out = match run_tool(tool, args, cwd, reads, &env).await {
        Ok(out) | Err(out) => out,
    };
    process::redact(out, &secrets)
}

async fn run_tool(tool: &str, args: &Value, cwd: &Path, reads: &mut Reads, env: &[(String, String)]) -> Result<ToolOutput, ToolOutput> {
    let home = crate::config::env::var("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/"));
    let at = |raw: &str| judge::resolve(cwd, raw, &home);
    let Some(known) = Tool::parse(tool) else { return Ok(ToolOutput::err(format!("Unknown tool: {tool}"))) };
    Ok(match known {
        Tool::ExecuteBash => process::bash(text_arg(tool, args, "command")?, cwd, env).await,
        Tool::RunNextflowLint => {
            if process::which("nextflow").is_none() {
                return Err(ToolOutput::err("nextflow is not installed on this machine (not on PATH), so the lint did not run."));
            }
            let path = shell_words::quote(text_arg(tool, args, "path")?).into_owned();
            process::bash(&format!("cd {path} && NXF_SYNTAX_PARSER=v2 nextflow lint ."), cwd, env).await
        }
        Tool::RunNfCoreLint => {
            if process::which("nf-core").is_none() {
                return Err(ToolOutput::err("nf-core tools are not installed on this machine (not on PATH), so the lint did not run."));
            }
            let scope = if args["lint_scope"] == "modules" { "modules" } else { "pipelines" };
            let path = shell_words::quote(text_arg(tool, args, "path")?).into_owned();
            process::bash(&format!("cd {path} && nf-core {scope} lint ."), cwd, env).await
        }
        Tool::ReadFile => {
            let path = at(text_arg(tool, args, "path")?);
            let (args, mut kept) = (args.clone(), reads.clone());
            let (out, kept) = blocking(move || {
                let out = files::read(&path, &args, &mut kept);
                (out, kept)
            })
            .await?;
            *reads = kept;
            out
        }
        Tool::WriteFile => files::write(&at(text_arg(tool, args, "path")?), text_arg(tool, args, "content")?, reads),
        Tool::EditFile => {
            let path = at(text_arg(tool, args, "path")?);
            files::edit(&path, text_arg(tool, args, "old_str")?, text_arg(tool, args, "new_str")?, reads)
        }
        Tool::CreateDirectory => {
            let path = at(text_arg(tool, args, "path")?);
            match std::fs::create_dir_all(&path) {
                Ok(()) => ToolOutput::ok(format!("Created directory {}", path.display())),
                Err(e) => ToolOutput::err(format!("Cannot create {}: {e}", path.display())),
            }
        }
        Tool::ListDirectory => {
            let root = at(args["path"].as_str().unwrap_or("."));
            let hidden = args["show_hidden"].as_bool().unwrap_or(false);
            blocking(move || files::list(&root, hidden)).await?
        }
        Tool::SearchFiles => {
            let root = at(args["path"].as_str().unwrap_or("."));
            files::search(root, args, env).await
        }
    })
}

/// Runs file work off the async threads, so a slow disk never holds up Ctrl-C or the stream.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, ToolOutput> {
    tokio::task::spawn_blocking(work).await.map_err(|e| ToolOutput::err(format!("The tool stopped: {e}")))
}

/// Whether plan mode keeps this tool from running; an unknown tool runs nothing anyway.
pub(crate) fn blocked_in_plan_mode(tool: &str) -> bool {
    Tool::parse(tool).is_some_and(Tool::blocked_in_plan_mode)
}

#[cfg(test)]
mod tests {
    use super::process::{OUTPUT_CAP, bash_within};
    use super::*;
    use serde_json::json;
    use std::time::Duration;

    #[tokio::test]
    async fn the_time_limit_stops_the_whole_group_and_keeps_the_output_so_far() {
        let dir = tempfile::tempdir().unwrap();
        let started = std::time::Instant::now();
        let script = "echo before; sleep 30 & echo $!; trap '' TERM; sleep 30; echo after";
        let out = bash_within(script, dir.path(), &[], Duration::from_millis(300)).await;
        assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
        assert_eq!(out.exit_code, 124, "{out:?}");
        assert!(out.stdout.starts_with("before\n") && !out.stdout.contains("after"), "{out:?}");
        assert!(out.stderr.contains("The command was stopped after 0 s"), "{out:?}");
        let background: i32 = out.stdout.lines().nth(1).unwrap().parse().unwrap();
        let gone = (0..100).any(|_| {
            std::thread::sleep(Duration::from_millis(10));
            // SAFETY: signal 0 only asks whether the process exists.
            unsafe { libc::kill(background, 0) != 0 }
        });
        assert!(gone, "the command's background sleep was killed too");
    }

    #[tokio::test]
    async fn output_is_bounded_while_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let out = bash_within("head -c 12000000 /dev/zero | tr '\\0' x", dir.path(), &[], Duration::from_secs(30)).await;
        assert_eq!(out.exit_code, 0);
        assert!(out.stdout.contains(&format!("{OUTPUT_CAP} bytes")), "{}", &out.stdout[out.stdout.len() - 200..]);
        let kept = out.stdout.rsplit("is in ").next().unwrap().trim_end_matches(".)");
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(kept).unwrap().permissions().mode() & 0o777, 0o600);
        std::fs::remove_file(kept).unwrap();
    }

    #[tokio::test]
    async fn create_directory_makes_parents_and_is_judged_as_mkdir() {
        let dir = tempfile::tempdir().unwrap();
        let out = run("create_directory_local", &json!({"path": "a/b/c"}), dir.path(), &mut Reads::default(), &[]).await;
        assert_eq!(out.exit_code, 0, "{out:?}");
        assert!(dir.path().join("a/b/c").is_dir());
        let scope = Scope::for_dir(dir.path());
        let (shown, judged) = judge("create_directory_local", &json!({"path": "a/b c"}), &scope, |_| judge::Class::Other).unwrap();
        assert_eq!((shown.as_str(), judged.class), ("mkdir -p 'a/b c'", judge::Class::EditInside));
        assert!(blocked_in_plan_mode("create_directory_local") && !blocked_in_plan_mode("read_file_local"));
    }

    #[tokio::test]
    async fn write_needs_a_fresh_read_and_edit_matches_once() {
        let dir = tempfile::tempdir().unwrap();
        let cwd = dir.path();
        let mut reads = Reads::default();
        let w = run("write_file_local", &json!({"path": "a.txt", "content": "one\ntwo\n"}), cwd, &mut reads, &[]).await;
        assert_eq!(w.exit_code, 0, "{w:?}");
        assert!(w.stdout.contains("+one"));
        let same = run("write_file_local", &json!({"path": "a.txt", "content": "one\ntwo\n"}), cwd, &mut reads, &[]).await;
        assert!(same.stdout.ends_with("a.txt is unchanged (the new content is what it held)."), "{same:?}");
        let mut other = Reads::default();
        let refused = run("write_file_local", &json!({"path": "a.txt", "content": "x"}), cwd, &mut other, &[]).await;
        assert!(refused.stderr.contains("must be read with read_file_local before modifying it"), "{refused:?}");
        let r = run("read_file_local", &json!({"path": "a.txt"}), cwd, &mut other, &[]).await;
        assert!(r.stdout.contains("     1\tone"), "{r:?}");
        let e = run("edit_file_local", &json!({"path": "a.txt", "old_str": "two", "new_str": "2"}), cwd, &mut other, &[]).await;
        assert_eq!(e.exit_code, 0, "{e:?}");
        assert!(e.stdout.contains("-two") && e.stdout.contains("+2"));
        assert_eq!(std::fs::read_to_string(cwd.join("a.txt")).unwrap(), "one\n2\n");
        let b = run("execute_bash_local", &json!({"command": "echo $AGENT; exit 3"}), cwd, &mut other, &[]).await;
        assert_eq!((b.stdout.as_str(), b.exit_code), ("1\n", 3));
        let s = run("search_files_local", &json!({"pattern": "one", "path": "."}), cwd, &mut other, &[]).await;
        assert!(s.stdout.contains("a.txt:1:one"), "{s:?}");
        let u = run("frobnicate", &json!({}), cwd, &mut other, &[]).await;
        assert_eq!((u.stderr.as_str(), u.exit_code), ("Unknown tool: frobnicate", 1));
    }
}
