//! Running a command for the assistant: `/bin/bash -c` in a process group of its own, with an environment
//! that holds none of the user's secrets, its output bounded while it is read, and a time limit that
//! stops everything it started.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use super::{MAX_BYTES, MAX_LINES, ToolOutput};

pub(crate) const COMMAND_TIMEOUT: Duration = Duration::from_secs(300);

/// Variables kept although their names look like secrets: they hold no secret themselves.
const KEPT: &[&str] = &["SSH_AUTH_SOCK", "GPG_AGENT_INFO", "XAUTHORITY", "KEYTIMEOUT", "GIT_ASKPASS_DISABLED"];

/// Variables that change what a command means (`cd` through `CDPATH`, start-up files through `BASH_ENV`):
/// the judge reads commands as they would run without them.
const CHANGES_MEANING: &[&str] =
    &["CDPATH", "BASH_ENV", "ENV", "PROMPT_COMMAND", "SHELLOPTS", "BASHOPTS", "GLOBIGNORE", "IFS", "LD_PRELOAD", "LD_LIBRARY_PATH"];

/// Whether a variable holds a secret, by its name (the Platform token variables, `*TOKEN*`, `*SECRET*`,
/// `*PASSWORD*`, `*PASSWD*`, `*_PASS`, `*_KEY`, `*_KEY_*`, `*API_KEY*`, `*CREDENTIAL*`, `*PRIVATE*`, `*_PAT`,
/// `*_AUTH`, `*_DSN`, `*COOKIE*`, `*CONNECTION_STRING*`) or by the shape of its value (`ghp_…`, `AKIA…`, a
/// PEM block, …).
pub(crate) fn looks_secret(name: &str, value: &str) -> bool {
    let n = name.to_ascii_uppercase();
    if KEPT.contains(&n.as_str()) {
        return false;
    }
    let by_name = [
        "TOKEN",
        "SECRET",
        "PASSWORD",
        "PASSWD",
        "PASSPHRASE",
        "_KEY_",
        "APIKEY",
        "API_KEY",
        "CREDENTIAL",
        "PRIVATE",
        "COOKIE",
        "CONNECTION_STRING",
        "_AUTH_",
    ]
    .iter()
    .any(|w| n.contains(w))
        || ["_KEY", "_PAT", "_AUTH", "_DSN", "_PASS", "_PWD"].iter().any(|w| n.ends_with(w))
        || ["KEY", "PAT", "AUTH", "DSN"].contains(&n.as_str());
    const SHAPES: &[&str] = &[
        "ghp_",
        "gho_",
        "ghu_",
        "ghs_",
        "ghr_",
        "github_pat_",
        "glpat-",
        "xoxb-",
        "xoxp-",
        "xoxa-",
        "xoxs-",
        "sk-",
        "AKIA",
        "ASIA",
        "-----BEGIN",
    ];
    by_name || (value.len() >= 16 && SHAPES.iter().any(|p| value.starts_with(p)))
}

/// The environment a tool runs in (this process's, less anything secret-looking, plus `extra`), and the
/// secret values taken out, to blank them from results.
pub(crate) fn tool_env(extra: &[(String, String)]) -> (Vec<(String, String)>, Vec<String>) {
    let mut env = Vec::new();
    let mut secrets = Vec::new();
    for (k, v) in std::env::vars_os() {
        let (Some(k), v) = (k.to_str().map(str::to_string), v.to_string_lossy().into_owned()) else { continue };
        if looks_secret(&k, &v) {
            if v.len() >= 8 {
                secrets.push(v);
            }
        } else if !CHANGES_MEANING.contains(&k.as_str()) {
            env.push((k, v));
        }
    }
    env.push(("AGENT".into(), "1".into()));
    env.push(("NXF_AGENT_MODE".into(), "true".into()));
    // `seqera` in a command is this binary, talking to the same services.
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        let path = std::env::var_os("PATH").unwrap_or_default();
        if let Ok(p) = std::env::join_paths(std::iter::once(dir.to_path_buf()).chain(std::env::split_paths(&path))) {
            env.retain(|(k, _)| k != "PATH");
            env.push(("PATH".into(), p.to_string_lossy().into_owned()));
        }
    }
    env.extend(extra.iter().cloned());
    (env, secrets)
}

/// Blanks every secret value from what goes back to the backend.
pub(crate) fn redact(mut out: ToolOutput, secrets: &[String]) -> ToolOutput {
    for s in secrets {
        for text in [&mut out.stdout, &mut out.stderr] {
            if text.contains(s.as_str()) {
                *text = text.replace(s.as_str(), "[REDACTED]");
            }
        }
    }
    out
}

pub(crate) fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(program)).find(|p| p.is_file()))
}

/// Caps output at 1,200 lines and 50,000 bytes; the whole text goes to a temp file named in the result.
pub(super) fn cap(text: String, what: &str) -> String {
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
pub(super) const OUTPUT_CAP: usize = 10 * 1024 * 1024;

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

pub(crate) async fn bash(command: &str, cwd: &Path, env: &[(String, String)]) -> ToolOutput {
    bash_within(command, cwd, env, command_timeout()).await
}

pub(crate) async fn bash_within(command: &str, cwd: &Path, env: &[(String, String)], limit: Duration) -> ToolOutput {
    let mut cmd = tokio::process::Command::new("/bin/bash");
    cmd.arg("-c").arg(command).current_dir(cwd).env_clear().envs(env.iter().map(|(k, v)| (k, v)));
    if command.contains("nextflow") {
        cmd.env("NXF_ANSI_LOG", "false");
    }
    if ["gradle", "mvn", "maven", "webpack"].iter().any(|w| command.contains(w)) {
        cmd.env("NO_COLOR", "1");
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
    let pgid = guard.0;
    let work = async {
        let finished = async {
            let status = child.wait().await;
            // What the command left running in the background ends with it: nothing it started outlives
            // the call (and its open pipes no longer hold the result back).
            #[cfg(unix)]
            if let Some(pgid) = pgid {
                signal_group(pgid, libc::SIGKILL);
            }
            status
        };
        let (status, _, _) = tokio::join!(finished, drain(stdout, out.clone()), drain(stderr, err.clone()));
        status
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
