//! The local tools the assistant asks the client to run (`execute-local`), as the fact sheet describes
//! them (D6): bash, read, write, edit, list, search, and the Nextflow and nf-core linters. Paths resolve
//! against the session's directory; `~` expands. A write or edit of an existing file needs a read of that
//! file first, unchanged since.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, SystemTime};

use serde_json::Value;

use super::approval::expand;

/// What goes back to the backend in `tool-results`.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i64,
}

impl ToolOutput {
    pub fn ok(stdout: impl Into<String>) -> ToolOutput {
        ToolOutput { stdout: stdout.into(), stderr: String::new(), exit_code: 0 }
    }
    pub fn err(stderr: impl Into<String>) -> ToolOutput {
        ToolOutput { stdout: String::new(), stderr: stderr.into(), exit_code: 1 }
    }
}

pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(300);
const MAX_LINES: usize = 1200;
const MAX_BYTES: usize = 50_000;
const MAX_LINE_CHARS: usize = 2000;
const DEFAULT_READ_LINES: usize = 250;

/// The files read in this session and how they looked then (modified time and size).
#[derive(Debug, Default, Clone)]
pub struct Reads(HashMap<PathBuf, (Option<SystemTime>, u64)>);

fn stamp(path: &Path) -> Option<(Option<SystemTime>, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok(), m.len()))
}

/// The command line an approval is judged on (the tool's synthetic command), and the tool's target.
pub fn approval_command(tool: &str, args: &Value) -> Option<String> {
    let s = |k: &str| args[k].as_str().unwrap_or_default().to_string();
    match tool {
        "read_file_local" | "list_directory_local" | "search_files_local" => None,
        "execute_bash_local" => Some(s("command")),
        "write_file_local" => Some(format!("write_file {}", shell_words::quote(&s("path")))),
        "edit_file_local" => Some(format!("edit_file {}", shell_words::quote(&s("path")))),
        "create_directory_local" => Some(format!("mkdir -p {}", shell_words::quote(&s("path")))),
        "run_nextflow_lint_local" => Some(format!("NXF_SYNTAX_PARSER=v2 nextflow lint {}", shell_words::quote(&s("path")))),
        "run_nf_core_lint_local" => Some(format!("nf-core {} lint {}", s("lint_scope"), shell_words::quote(&s("path")))),
        other => Some(format!("{other} {args}")),
    }
}

/// Runs one tool. `extra_env` goes to commands (the sandbox's URLs when `--sandbox` runs the session).
pub async fn run(tool: &str, args: &Value, cwd: &Path, reads: &mut Reads, extra_env: &[(String, String)]) -> ToolOutput {
    let s = |k: &str| args[k].as_str().unwrap_or_default().to_string();
    match tool {
        "execute_bash_local" => bash(&s("command"), cwd, extra_env).await,
        "run_nextflow_lint_local" => {
            if which("nextflow").is_none() {
                return ToolOutput::err("nextflow is not installed on this machine (not on PATH), so the lint did not run.");
            }
            bash(&format!("cd {} && NXF_SYNTAX_PARSER=v2 nextflow lint .", shell_words::quote(&s("path"))), cwd, extra_env).await
        }
        "run_nf_core_lint_local" => {
            if which("nf-core").is_none() {
                return ToolOutput::err("nf-core tools are not installed on this machine (not on PATH), so the lint did not run.");
            }
            let scope = if s("lint_scope") == "modules" { "modules" } else { "pipelines" };
            bash(&format!("cd {} && nf-core {scope} lint .", shell_words::quote(&s("path"))), cwd, extra_env).await
        }
        "read_file_local" => read(&expand(cwd, &s("path")), args, reads),
        "write_file_local" => write(&expand(cwd, &s("path")), &s("content"), reads),
        "edit_file_local" => edit(&expand(cwd, &s("path")), &s("old_str"), &s("new_str"), reads),
        "create_directory_local" => {
            let path = expand(cwd, &s("path"));
            match std::fs::create_dir_all(&path) {
                Ok(()) => ToolOutput::ok(format!("Created directory {}", path.display())),
                Err(e) => ToolOutput::err(format!("Cannot create {}: {e}", path.display())),
            }
        }
        "list_directory_local" => list(&expand(cwd, args["path"].as_str().unwrap_or(".")), args["show_hidden"].as_bool().unwrap_or(false)),
        "search_files_local" => search(cwd, args).await,
        other => ToolOutput::err(format!("Unknown tool: {other}")),
    }
}

/// The tools plan mode keeps from running (fact sheet D6): everything that runs a command or changes a file.
pub fn blocked_in_plan_mode(tool: &str) -> bool {
    matches!(
        tool,
        "execute_bash_local"
            | "run_nextflow_lint_local"
            | "run_nf_core_lint_local"
            | "write_file_local"
            | "edit_file_local"
            | "create_directory_local"
    )
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(program)).find(|p| p.is_file()))
}

/// Caps output at 1,200 lines and 50,000 bytes; the whole text goes to a temp file named in the result.
fn cap(text: String, what: &str) -> String {
    let lines = text.lines().count();
    if lines <= MAX_LINES && text.len() <= MAX_BYTES {
        return text;
    }
    let mut cut: String = text.lines().take(MAX_LINES).collect::<Vec<_>>().join("\n");
    if cut.len() > MAX_BYTES {
        let mut end = MAX_BYTES;
        while !cut.is_char_boundary(end) {
            end -= 1;
        }
        cut.truncate(end);
    }
    let saved = tempfile_with(&text).map(|p| format!(" The whole {what} is in {}.", p.display())).unwrap_or_default();
    format!("{cut}\n... ({what} truncated: {lines} lines, {} bytes.{saved})", text.len())
}

/// The whole output, kept where the result says (mode 0600: a command's output may hold secrets).
fn tempfile_with(text: &str) -> Option<PathBuf> {
    use std::io::Write;
    let path = std::env::temp_dir().join(format!("seqera-tool-output-{}-{}.txt", std::process::id(), fastrand::u64(..)));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(&path).ok()?.write_all(text.as_bytes()).ok()?;
    Some(path)
}

/// Everything a command may print (10 MiB); the rest is read and dropped so the command never blocks on
/// a full pipe.
const OUTPUT_CAP: usize = 10 * 1024 * 1024;

/// The time one command may take: 300 s, or `SEQERA_TOOL_TIMEOUT_MS`.
fn command_timeout() -> Duration {
    crate::config::env::var("SEQERA_TOOL_TIMEOUT_MS").and_then(|v| v.parse().ok()).map(Duration::from_millis).unwrap_or(COMMAND_TIMEOUT)
}

/// Signals a command's whole process group (`bash -c` and what it started).
#[cfg(unix)]
fn signal_group(pgid: u32, signal: i32) {
    // SAFETY: killpg only sends a signal; a group that is gone gives ESRCH, which is fine.
    unsafe {
        libc::killpg(pgid as libc::pid_t, signal);
    }
}

/// Kills the group when the tool is abandoned (Ctrl-C, the turn dropped) before the command ended.
struct GroupGuard(Option<u32>);

impl Drop for GroupGuard {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(pgid) = self.0 {
            signal_group(pgid, libc::SIGKILL);
        }
    }
}

/// What a command printed on one stream, filled while it runs and read whether or not it finished.
type Sink = std::sync::Arc<std::sync::Mutex<Vec<u8>>>;

/// Reads a pipe to its end into `sink`, keeping at most [`OUTPUT_CAP`] bytes.
async fn drain(pipe: Option<impl tokio::io::AsyncRead + Unpin>, sink: Sink) {
    use tokio::io::AsyncReadExt;
    let Some(mut pipe) = pipe else { return };
    let mut buf = vec![0u8; 64 * 1024];
    while let Ok(n) = pipe.read(&mut buf).await {
        if n == 0 {
            break;
        }
        let mut kept = sink.lock().unwrap_or_else(|p| p.into_inner());
        let room = OUTPUT_CAP.saturating_sub(kept.len());
        kept.extend_from_slice(&buf[..n.min(room)]);
    }
}

async fn bash(command: &str, cwd: &Path, extra_env: &[(String, String)]) -> ToolOutput {
    bash_within(command, cwd, extra_env, command_timeout()).await
}

async fn bash_within(command: &str, cwd: &Path, extra_env: &[(String, String)], limit: Duration) -> ToolOutput {
    let mut cmd = tokio::process::Command::new("/bin/bash");
    cmd.arg("-c").arg(command).current_dir(cwd).env("AGENT", "1").env("NXF_AGENT_MODE", "true");
    if command.contains("nextflow") {
        cmd.env("NXF_ANSI_LOG", "false");
    }
    if ["gradle", "mvn", "maven", "webpack"].iter().any(|w| command.contains(w)) {
        cmd.env("NO_COLOR", "1");
    }
    // `seqera` in a command is this binary, talking to the same services.
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let joined = std::env::join_paths(std::iter::once(dir.to_path_buf()).chain(std::env::split_paths(&path)));
        if let Ok(p) = joined {
            cmd.env("PATH", p);
        }
    }
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    // A group of its own, so the time limit and Ctrl-C reach what the command started, not only bash.
    #[cfg(unix)]
    cmd.process_group(0);
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).kill_on_drop(true);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return ToolOutput::err(format!("Cannot start /bin/bash: {e}")),
    };
    let mut guard = GroupGuard(child.id());
    let (out, err) = (Sink::default(), Sink::default());
    let (stdout, stderr) = (child.stdout.take(), child.stderr.take());
    let work = async {
        tokio::join!(drain(stdout, out.clone()), drain(stderr, err.clone()));
        child.wait().await
    };
    tokio::pin!(work);
    let (status, note) = match tokio::time::timeout(limit, &mut work).await {
        Ok(status) => (status.ok(), None),
        Err(_) => {
            // SIGTERM, half a second to finish, then SIGKILL (fact sheet D6).
            #[cfg(unix)]
            if let Some(pgid) = guard.0 {
                signal_group(pgid, libc::SIGTERM);
                if tokio::time::timeout(Duration::from_millis(500), &mut work).await.is_err() {
                    signal_group(pgid, libc::SIGKILL);
                    let _ = tokio::time::timeout(Duration::from_secs(1), &mut work).await;
                }
            }
            let secs = limit.as_secs_f64();
            (None, Some(format!("The command was stopped after {secs:.0} s (the limit for one command).")))
        }
    };
    guard.0 = None;
    let text = |b: &Sink| String::from_utf8_lossy(&b.lock().unwrap_or_else(|p| p.into_inner())).into_owned();
    let mut stderr = text(&err);
    if let Some(note) = &note {
        if !stderr.is_empty() && !stderr.ends_with('\n') {
            stderr.push('\n');
        }
        stderr.push_str(note);
    }
    ToolOutput {
        stdout: cap(text(&out), "output"),
        stderr: cap(stderr, "error output"),
        exit_code: if note.is_some() { 124 } else { status.and_then(|s| s.code()).map(i64::from).unwrap_or(-1) },
    }
}

fn read(path: &Path, args: &Value, reads: &mut Reads) -> ToolOutput {
    let text = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return ToolOutput::err(format!("Cannot read {}: {e}", path.display())),
    };
    if let Some(st) = stamp(path) {
        reads.0.insert(path.to_path_buf(), st);
    }
    let total = text.lines().count();
    let start = args["start_line"].as_u64().map(|n| n.max(1) as usize).unwrap_or(1);
    let end = args["end_line"].as_u64().map(|n| n as usize).unwrap_or(start + DEFAULT_READ_LINES - 1).min(start + MAX_LINES - 1);
    let mut out = String::new();
    for (i, line) in text.lines().enumerate().skip(start - 1).take(end + 1 - start) {
        let shown: String = line.chars().take(MAX_LINE_CHARS).collect();
        out.push_str(&format!("{:>6}\t{shown}\n", i + 1));
        if out.len() > MAX_BYTES {
            out.push_str(&format!("... (stopped at {MAX_BYTES} bytes; continue with start_line={})\n", i + 2));
            return ToolOutput::ok(out);
        }
    }
    if end < total {
        out.push_str(&format!("... ({total} lines in all; continue with start_line={})\n", end + 1));
    }
    ToolOutput::ok(out)
}

/// An existing file may change only if it was read and is unchanged since.
fn fresh(path: &Path, reads: &Reads) -> Result<(), ToolOutput> {
    if !path.exists() {
        return Ok(());
    }
    match reads.0.get(path) {
        Some(seen) if stamp(path).as_ref() == Some(seen) => Ok(()),
        _ => Err(ToolOutput::err(format!("Error: {} must be read with read_file_local before modifying it", path.display()))),
    }
}

fn diff(path: &Path, before: &str, after: &str) -> String {
    if before == after {
        return format!("{} is unchanged (the new content is what it held).", path.display());
    }
    let mut out = format!("```diff\n--- {p}\n+++ {p}\n", p = path.display());
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    let common_start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let common_end = a[common_start..].iter().rev().zip(b[common_start..].iter().rev()).take_while(|(x, y)| x == y).count();
    out.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        common_start + 1,
        a.len() - common_start - common_end,
        common_start + 1,
        b.len() - common_start - common_end
    ));
    for l in &a[common_start..a.len() - common_end] {
        out.push_str(&format!("-{l}\n"));
    }
    for l in &b[common_start..b.len() - common_end] {
        out.push_str(&format!("+{l}\n"));
    }
    out.push_str("```\n");
    out
}

fn write(path: &Path, content: &str, reads: &mut Reads) -> ToolOutput {
    if let Err(e) = fresh(path, reads) {
        return e;
    }
    let before = std::fs::read_to_string(path).unwrap_or_default();
    if path.exists() && (content.lines().count() > 160 || content.len() > 6000) {
        return ToolOutput::err(format!(
            "Error: rewriting all of {} is refused; use edit_file_local for changes to an existing file",
            path.display()
        ));
    }
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(path, content) {
        return ToolOutput::err(format!("Cannot write {}: {e}", path.display()));
    }
    if let Some(st) = stamp(path) {
        reads.0.insert(path.to_path_buf(), st);
    }
    ToolOutput::ok(diff(path, &before, content))
}

fn edit(path: &Path, old: &str, new: &str, reads: &mut Reads) -> ToolOutput {
    if !path.exists() {
        return ToolOutput::err(format!("Error: {} does not exist", path.display()));
    }
    if let Err(e) = fresh(path, reads) {
        return e;
    }
    let before = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return ToolOutput::err(format!("Cannot read {}: {e}", path.display())),
    };
    let after = match before.matches(old).count() {
        1 => before.replacen(old, new, 1),
        0 => return ToolOutput::err(format!("Error: old_str was not found in {}", path.display())),
        n => {
            return ToolOutput::err(format!(
                "Error: old_str matches {n} times in {}; give more context so it matches once",
                path.display()
            ));
        }
    };
    if let Err(e) = std::fs::write(path, &after) {
        return ToolOutput::err(format!("Cannot write {}: {e}", path.display()));
    }
    if let Some(st) = stamp(path) {
        reads.0.insert(path.to_path_buf(), st);
    }
    ToolOutput::ok(diff(path, &before, &after))
}

const SKIP_DIRS: &[&str] = &[".git", "node_modules", "target", "work", ".nextflow", "__pycache__", "build", "dist"];

fn list(root: &Path, show_hidden: bool) -> ToolOutput {
    if !root.is_dir() {
        return ToolOutput::err(format!("{} is not a directory", root.display()));
    }
    let mut out = format!("{}\n", root.display());
    let mut count = 0;
    fn walk(dir: &Path, depth: usize, show_hidden: bool, out: &mut String, count: &mut usize) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(|e| (!e.path().is_dir(), e.file_name()));
        for e in entries {
            let name = e.file_name().to_string_lossy().to_string();
            if (!show_hidden && name.starts_with('.')) || SKIP_DIRS.contains(&name.as_str()) {
                continue;
            }
            if *count >= 100 {
                out.push_str("... (more entries not shown)\n");
                return;
            }
            *count += 1;
            let is_dir = e.path().is_dir();
            out.push_str(&format!("{}{}{}\n", "  ".repeat(depth + 1), name, if is_dir { "/" } else { "" }));
            if is_dir && depth < 2 {
                walk(&e.path(), depth + 1, show_hidden, out, count);
            }
        }
    }
    walk(root, 0, show_hidden, &mut out, &mut count);
    ToolOutput::ok(out)
}

async fn search(cwd: &Path, args: &Value) -> ToolOutput {
    let pattern = args["pattern"].as_str().unwrap_or_default();
    if pattern.is_empty() {
        return ToolOutput::err("search_files_local needs a pattern");
    }
    let root = expand(cwd, args["path"].as_str().unwrap_or("."));
    let max = args["max_results"].as_u64().unwrap_or(100).min(200) as usize;
    let recursive = args["recursive"].as_bool().unwrap_or(true);
    let glob = args["include_glob"].as_str().map(str::to_string);
    if which("rg").is_some() {
        let mut cmd = tokio::process::Command::new("rg");
        cmd.args(["-n", "--no-heading", "--color", "never", "-m", &max.to_string()]);
        if !recursive {
            cmd.args(["--max-depth", "1"]);
        }
        if let Some(g) = &glob {
            cmd.args(["-g", g]);
        }
        cmd.arg("--").arg(pattern).arg(&root);
        if let Ok(out) = cmd.output().await {
            let text: String = String::from_utf8_lossy(&out.stdout).lines().take(max).collect::<Vec<_>>().join("\n");
            return ToolOutput::ok(if text.is_empty() { "No matches.".to_string() } else { text });
        }
    }
    // Without rg: a plain substring scan of text files.
    let mut hits = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if p.is_dir() {
                if recursive && !SKIP_DIRS.contains(&name.as_str()) && !name.starts_with('.') {
                    stack.push(p);
                }
                continue;
            }
            if let Some(g) = &glob
                && !name.ends_with(g.trim_start_matches('*'))
            {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&p) else { continue };
            for (i, line) in text.lines().enumerate() {
                if line.contains(pattern) {
                    hits.push(format!("{}:{}:{}", p.display(), i + 1, line.chars().take(MAX_LINE_CHARS).collect::<String>()));
                    if hits.len() >= max {
                        return ToolOutput::ok(hits.join("\n"));
                    }
                }
            }
        }
    }
    ToolOutput::ok(if hits.is_empty() { "No matches.".to_string() } else { hits.join("\n") })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
        assert_eq!(approval_command("create_directory_local", &json!({"path": "a/b c"})).as_deref(), Some("mkdir -p 'a/b c'"));
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
