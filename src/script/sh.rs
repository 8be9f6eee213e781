//! `sh(program, args, options)`: runs a local program for a script, with no shell in between (the
//! arguments reach the program as they are: no globbing, splitting or `$VAR`), in a process group of its
//! own so a timeout or Ctrl-C stops it and everything it started. Its output is read as it comes and
//! capped at the size of a script string; the exit code, stdout and stderr come back as a map.
//!
//! The child inherits the environment except the Platform token variables (SEQERA_ACCESS_TOKEN,
//! SEQERA_TOKEN, TOWER_ACCESS_TOKEN): a program gets a token only when the script passes it in `env`.
//! Under `seqera run --dry-run` nothing runs: the program and its arguments are printed (env names, not
//! values; never the stdin) and the result is `#{code: 0, stdout: "", stderr: "", dry_run: true}`.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rhai::{Array, Dynamic, Map};

use crate::error::{Error, Result};

/// What a script asked to run.
pub(crate) struct Request {
    pub(crate) program: String,
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<(String, String)>,
    pub(crate) cwd: Option<String>,
    pub(crate) stdin: Option<String>,
    pub(crate) timeout: Option<Duration>,
}

impl Request {
    /// Reads `program`, `args` (strings or numbers) and the options map (`env`, `cwd`, `stdin`, `timeout`).
    pub(crate) fn parse(program: &str, args: Array, options: &Map) -> Result<Request> {
        if program.trim().is_empty() {
            return Err(Error::usage("sh(): the program is empty; name one, e.g. sh(\"aws\", [\"--version\"], #{})."));
        }
        let arg = |d: &Dynamic| {
            if d.is_string() || d.is_int() || d.is_float() || d.is_bool() {
                Ok(d.to_string())
            } else {
                Err(Error::usage(format!("sh(): arguments must be strings or numbers, not {}.", d.type_name())))
            }
        };
        let args = args.iter().map(arg).collect::<Result<Vec<_>>>()?;
        let text = |key: &str| options.get(key).filter(|d| !d.is_unit()).map(|d| d.to_string());
        let env = match options.get("env") {
            None => Vec::new(),
            Some(d) if d.is_unit() => Vec::new(),
            Some(d) => match d.clone().try_cast::<Map>() {
                Some(m) => m.into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
                None => return Err(Error::usage("sh(): `env` must be a map of names to values.")),
            },
        };
        let timeout = match options.get("timeout").filter(|d| !d.is_unit()) {
            None => None,
            Some(d) => {
                let secs = d.as_float().ok().or_else(|| d.as_int().ok().map(|i| i as f64));
                match secs.filter(|s| *s > 0.0).map(Duration::try_from_secs_f64) {
                    Some(Ok(t)) => Some(t),
                    _ => {
                        return Err(Error::usage(format!(
                            "sh(): `timeout` must be a positive number of seconds (at most about 1.8e19), not {d}."
                        )));
                    }
                }
            }
        };
        Ok(Request { program: program.to_string(), args, env, cwd: text("cwd"), stdin: text("stdin"), timeout })
    }

    /// The line `--dry-run` prints: the program and arguments as a shell would need them quoted.
    pub(crate) fn shown(&self) -> String {
        let mut words = vec![self.program.clone()];
        words.extend(self.args.iter().cloned());
        let env: Vec<String> = self.env.iter().map(|(k, _)| format!("{k}=…")).collect();
        let env = if env.is_empty() { String::new() } else { format!("{} ", env.join(" ")) };
        let cwd = self.cwd.as_ref().map(|c| format!(" (in {c})")).unwrap_or_default();
        crate::sanitize::visible_line(&format!("[dry-run] sh: {env}{}{cwd}", shell_words::join(&words))).into_owned()
    }
}

/// The map a script gets back; `truncated` says that output past the cap was dropped.
pub(crate) fn result(code: i64, stdout: String, stderr: String, truncated: bool) -> Map {
    let mut m = Map::new();
    m.insert("code".into(), code.into());
    m.insert("stdout".into(), stdout.into());
    m.insert("stderr".into(), stderr.into());
    m.insert("truncated".into(), truncated.into());
    m
}

/// Reads a stream to its end, keeping at most `cap` bytes (the rest is read and dropped, so the child
/// never blocks on a full pipe).
fn drain(mut from: impl Read + Send + 'static, cap: usize) -> std::thread::JoinHandle<(String, bool)> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut dropped = false;
        let mut buf = [0u8; 64 * 1024];
        while let Ok(n) = from.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = cap.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
            dropped |= n > room;
        }
        (String::from_utf8_lossy(&kept).into_owned(), dropped)
    })
}

/// Kills the child's whole process group (it leads its own group).
fn kill_group(child: &mut std::process::Child) {
    #[cfg(unix)]
    // SAFETY: kill(2) with a negative pid signals the process group the child leads; no memory is touched.
    unsafe {
        libc::kill(-(child.id() as i32), libc::SIGKILL);
    }
    let _ = child.kill();
}

/// Why to stop waiting now: Ctrl-C, or the timeout.
fn stop_reason(req: &Request, started: Instant, cancelled: &impl Fn() -> bool) -> Option<Error> {
    if cancelled() {
        return Some(Error::interrupted());
    }
    req.timeout.filter(|t| started.elapsed() >= *t).map(|t| {
        Error::other(format!("sh(): `{}` did not finish within {} s; it and what it started were killed.", req.program, t.as_secs_f64()))
    })
}

/// Runs the request until it exits, times out, or `cancelled()` says stop.
pub(crate) fn run(req: &Request, cap: usize, cancelled: impl Fn() -> bool) -> Result<Map> {
    let mut cmd = Command::new(&req.program);
    cmd.args(&req.args).stdin(if req.stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    for var in crate::auth::TOKEN_ENV_VARS {
        cmd.env_remove(var);
    }
    cmd.envs(req.env.iter().map(|(k, v)| (k, v)));
    if let Some(dir) = &req.cwd {
        cmd.current_dir(dir);
    }
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child = cmd.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound if req.cwd.as_ref().is_some_and(|d| !std::path::Path::new(d).is_dir()) => {
            Error::usage(format!("sh(): the directory `{}` does not exist.", req.cwd.as_deref().unwrap_or_default()))
        }
        std::io::ErrorKind::NotFound => Error::usage(format!("sh(): no program `{}` was found (on PATH, or at that path).", req.program))
            .with_hint("Install it, or give its full path."),
        _ => Error::other(format!("sh(): cannot run `{}`: {e}.", req.program)),
    })?;
    let out = drain(child.stdout.take().expect("stdout is piped"), cap);
    let err = drain(child.stderr.take().expect("stderr is piped"), cap);
    if let (Some(text), Some(mut input)) = (req.stdin.clone(), child.stdin.take()) {
        // A program that does not read its stdin must not block the script.
        std::thread::spawn(move || {
            let _ = input.write_all(text.as_bytes());
        });
    }
    // Until the program has exited and its output is closed (what it left running in the background may
    // still hold it, as with a shell's `$(...)`); a timeout or Ctrl-C kills the whole group either way.
    let started = Instant::now();
    let mut status = None;
    while status.is_none() || !out.is_finished() || !err.is_finished() {
        if status.is_none() {
            status = child.try_wait().map_err(|e| Error::other(format!("sh(): waiting for `{}` failed: {e}.", req.program)))?;
        }
        if let Some(e) = stop_reason(req, started, &cancelled) {
            kill_group(&mut child);
            let _ = child.wait();
            return Err(e);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let status = status.expect("the loop ends once the program exited");
    let ((stdout, cut_out), (stderr, cut_err)) = (out.join().unwrap_or_default(), err.join().unwrap_or_default());
    #[cfg(unix)]
    let code = status.code().or_else(|| std::os::unix::process::ExitStatusExt::signal(&status).map(|s| 128 + s)).unwrap_or(-1);
    #[cfg(not(unix))]
    let code = status.code().unwrap_or(-1);
    if cut_out || cut_err {
        crate::output::status::write(&format!(
            "Warning: sh(): `{}` wrote more than {} bytes; the rest was dropped (the result's `truncated` is true).",
            crate::sanitize::visible_line(&req.program),
            cap
        ));
    }
    Ok(result(code as i64, stdout, stderr, cut_out || cut_err))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(program: &str, args: &[&str]) -> Request {
        Request {
            program: program.into(),
            args: args.iter().map(|a| a.to_string()).collect(),
            env: Vec::new(),
            cwd: None,
            stdin: None,
            timeout: Some(Duration::from_secs(20)),
        }
    }

    #[test]
    fn output_past_the_cap_is_read_and_dropped() {
        let out = run(&request("sh", &["-c", "head -c 200000 /dev/zero | tr '\\0' x"]), 1000, || false).expect("runs");
        assert_eq!(out["stdout"].clone().into_string().expect("a string").len(), 1000);
        assert!(out["truncated"].as_bool().expect("a bool"), "a cut output says so");
        assert_eq!(out["code"].as_int().expect("an int"), 0);
    }

    #[test]
    fn a_background_child_holding_the_output_open_is_killed_at_the_timeout() {
        let mut r = request("sh", &["-c", "sleep 30 & echo started"]);
        r.timeout = Some(Duration::from_millis(500));
        let started = Instant::now();
        let err = run(&r, 1000, || false).expect_err("timed out");
        assert!(err.message.contains("did not finish within 0.5 s"), "{}", err.message);
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn a_program_that_ignores_its_stdin_does_not_block() {
        let mut r = request("true", &[]);
        r.stdin = Some("x".repeat(1 << 20));
        assert_eq!(run(&r, 1000, || false).expect("runs")["code"].as_int().expect("an int"), 0);
    }

    #[test]
    fn a_cancel_kills_the_program_at_once() {
        let started = Instant::now();
        let cancel_after = Instant::now() + Duration::from_millis(200);
        let err = run(&request("sleep", &["30"]), 1000, || Instant::now() > cancel_after).expect_err("interrupted");
        assert_eq!(err.kind, crate::error::ErrorKind::Interrupted);
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn the_dry_run_line_shows_env_names_but_not_values() {
        let mut r = request("aws", &["iam", "delete-access-key", "--access-key-id", "AKIA X"]);
        r.env.push(("AWS_SECRET".into(), "hunter2".into()));
        let line = r.shown();
        assert_eq!(line, "[dry-run] sh: AWS_SECRET=… aws iam delete-access-key --access-key-id 'AKIA X'");
    }

    #[test]
    fn a_timeout_too_large_negative_or_nan_is_a_clear_error_not_a_panic() {
        for t in [Dynamic::from_float(1e30), Dynamic::from_float(-1.0), Dynamic::from_float(f64::NAN), Dynamic::from_int(0)] {
            let mut options = Map::new();
            options.insert("timeout".into(), t.clone());
            let Err(err) = Request::parse("true", Array::new(), &options) else { panic!("{t} was taken") };
            assert!(err.message.contains("`timeout` must be a positive number of seconds"), "{t}: {}", err.message);
        }
        let mut options = Map::new();
        options.insert("timeout".into(), Dynamic::from_float(2.5));
        let parsed = Request::parse("true", Array::new(), &options).map(|r| r.timeout);
        assert!(matches!(parsed, Ok(Some(t)) if t == Duration::from_millis(2500)));
    }
}
