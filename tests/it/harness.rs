//! Test support: the server under test and a clean environment to run the real binary in.
//!
//! By default one sandbox runs in-process per test binary. `scripts/test` sets `SEQERA_TEST_VIA_PRISM=1`,
//! `SEQERA_TEST_API_URL` (Prism, proxying with `--errors`) and `SEQERA_TEST_SANDBOX_URL` (the sandbox behind
//! it, for the AI backend); then every Platform call the tests make is validated against the spec. When
//! Prism mode is asked for and a URL is missing, the tests fail: they never fall back silently.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub struct Target {
    /// Where Platform API calls go: the sandbox, or Prism in front of it.
    pub api_url: String,
    /// The sandbox itself (AI backend at `/ai`, OIDC at `/oidc`).
    pub sandbox_url: String,
    pub via_prism: bool,
}

pub fn target() -> &'static Target {
    static TARGET: OnceLock<Target> = OnceLock::new();
    TARGET.get_or_init(|| {
        if std::env::var("SEQERA_TEST_VIA_PRISM").is_ok_and(|v| !v.is_empty()) {
            let api_url = std::env::var("SEQERA_TEST_API_URL").expect("SEQERA_TEST_VIA_PRISM needs SEQERA_TEST_API_URL (the Prism proxy)");
            let sandbox_url = std::env::var("SEQERA_TEST_SANDBOX_URL").expect("SEQERA_TEST_VIA_PRISM needs SEQERA_TEST_SANDBOX_URL");
            return Target { api_url, sandbox_url, via_prism: true };
        }
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("test runtime");
            rt.block_on(async move {
                let running = seqera::sandbox::start(seqera::sandbox::Options::default()).await.expect("sandbox starts");
                tx.send(running.url.clone()).expect("send sandbox url");
                std::future::pending::<()>().await;
            });
        });
        let url = rx.recv_timeout(Duration::from_secs(10)).expect("sandbox started");
        Target { api_url: url.clone(), sandbox_url: url, via_prism: false }
    })
}

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
    pub elapsed: Duration,
}

impl Run {
    /// stdout and stderr together, for "never shows X" checks.
    pub fn all(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr))
    }
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit {}\n--- stdout\n{}--- stderr\n{}", self.code, self.stdout, self.stderr)
    }
}

/// A scratch HOME and config dir, the server's URLs and the demo token; nothing else from the real env.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
    vars: Vec<(String, String)>,
}

impl TestEnv {
    /// Pointed at the target with the sandbox's demo token.
    pub fn new() -> TestEnv {
        let t = target();
        TestEnv::bare()
            .env("SEQERA_PLATFORM_API_URL", &t.api_url)
            .env("SEQERA_AI_BACKEND_URL", &format!("{}/ai", t.sandbox_url))
            .env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN)
    }

    /// No server, no token.
    pub fn bare() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        let mut env = TestEnv { dir, vars: Vec::new() };
        env.vars.push(("HOME".into(), home.display().to_string()));
        env.vars.push(("PATH".into(), std::env::var("PATH").unwrap_or_default()));
        env
    }

    pub fn env(mut self, key: &str, value: &str) -> TestEnv {
        self.vars.retain(|(k, _)| k != key);
        self.vars.push((key.into(), value.into()));
        self
    }

    pub fn without(mut self, key: &str) -> TestEnv {
        self.vars.retain(|(k, _)| k != key);
        self
    }

    pub fn config_file(&self) -> PathBuf {
        self.dir.path().join("home/.config/seqera/config.toml")
    }

    pub fn command(&self, args: &[&str]) -> Command {
        self.command_of(env!("CARGO_BIN_EXE_seqera"), args)
    }

    /// Another program (a shell sourcing a completion script, say) in the same environment.
    pub fn command_of(&self, program: &str, args: &[&str]) -> Command {
        let mut cmd = Command::new(program);
        cmd.args(args).env_clear().envs(self.vars.iter().map(|(k, v)| (k, v))).current_dir(self.dir.path());
        cmd
    }

    /// Runs with extra variables for this one call.
    pub fn run_with_envs(&self, extra: &[(&str, &str)], args: &[&str]) -> Run {
        let mut env = TestEnv { dir: tempfile::tempdir().unwrap(), vars: self.vars.clone() };
        for (k, v) in extra {
            env = env.env(k, v);
        }
        let run = env.run(args);
        drop(env.dir);
        run
    }

    pub fn run_with_env(&self, key: &str, value: &str, args: &[&str]) -> Run {
        self.run_with_envs(&[(key, value)], args)
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, "")
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let started = Instant::now();
        let mut child =
            self.command(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn seqera");
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).ok();
        let out = child.wait_with_output().expect("seqera runs");
        Run {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code().unwrap_or(-1),
            elapsed: started.elapsed(),
        }
    }

    /// Runs a line in `sh -c` with this environment (for pipes such as `| head -1`).
    pub fn sh(&self, line: &str) -> Run {
        let bin = env!("CARGO_BIN_EXE_seqera");
        let started = Instant::now();
        let out = Command::new("sh")
            .arg("-c")
            .arg(line.replace("seqera ", &format!("{bin} ")))
            .env_clear()
            .envs(self.vars.iter().map(|(k, v)| (k, v)))
            .current_dir(self.dir.path())
            .output()
            .expect("sh runs");
        Run {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code().unwrap_or(-1),
            elapsed: started.elapsed(),
        }
    }
}

/// A tiny scripted HTTP server on 127.0.0.1 for answers the sandbox never gives (502 pages, 503 bursts).
/// `answer(path, nth_request_for_that_path)` returns (status line, content type, body).
pub fn scripted_server(
    answer: fn(&str, usize) -> (&'static str, &'static str, String),
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
            }
            let path = request_line.split_whitespace().nth(1).unwrap_or("/").split('?').next().unwrap().to_string();
            let nth = {
                let mut seen = log.lock().unwrap();
                seen.push(path.clone());
                seen.iter().filter(|p| **p == path).count()
            };
            let (status, ctype, body) = answer(&path, nth);
            let extra = if status.starts_with("429") { "Retry-After: 1\r\n" } else { "" };
            let resp = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(resp.as_bytes());
        }
    });
    (url, seen)
}

/// The oauth2-mock-server issuer URL: `SEQERA_TEST_OAUTH_MOCK_URL` when scripts/test started one, else one
/// started here (it exits when this test binary does). Missing node or an uninstalled mock is a failure.
pub fn oauth_mock() -> &'static str {
    static MOCK: OnceLock<String> = OnceLock::new();
    MOCK.get_or_init(|| {
        if let Ok(url) = std::env::var("SEQERA_TEST_OAUTH_MOCK_URL")
            && !url.is_empty()
        {
            return url;
        }
        let root = env!("CARGO_MANIFEST_DIR");
        assert!(
            std::path::Path::new(root).join("test-servers/node_modules/oauth2-mock-server").exists(),
            "oauth2-mock-server is not installed: run scripts/test (or `npm ci` in test-servers/)"
        );
        let mut child = Command::new("node")
            .arg(format!("{root}/scripts/oauth-mock.mjs"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node starts oauth2-mock-server");
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line).unwrap();
        // Keep its stdin open for as long as this process lives; the mock exits when it closes.
        std::mem::forget(child.stdin.take());
        std::mem::forget(child);
        assert!(line.starts_with("http://127.0.0.1:"), "oauth2-mock-server did not start: {line:?}");
        line.trim().to_string()
    })
}

/// A sandbox process of a test's own (its counters at `/_sandbox/stats` see only that test), trusting the
/// oauth2 mock's tokens. Killed on drop.
pub struct OwnSandbox {
    child: std::process::Child,
    pub url: String,
}

impl OwnSandbox {
    pub fn start(extra_env: &[(&str, &str)]) -> OwnSandbox {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_seqera"));
        cmd.args(["sandbox", "serve", "--port", "0", "--ephemeral", "--trust-issuer", oauth_mock()])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default());
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        let (child, url) = spawn_sandbox(cmd);
        OwnSandbox { child, url }
    }

    /// A logged-out environment pointed at this sandbox, its OIDC provider and the fake browser.
    pub fn env(&self) -> TestEnv {
        TestEnv::bare()
            .env("SEQERA_PLATFORM_API_URL", &self.url)
            .env("SEQERA_AI_BACKEND_URL", &format!("{}/ai", self.url))
            .env("SEQERA_AUTH_DOMAIN", &format!("{}/oidc", self.url))
            .env("SEQERA_AUTH_REDIRECT_PORT", "0")
            .env("BROWSER", &fake_browser())
    }

    pub fn stats(&self) -> serde_json::Value {
        let out = Command::new("curl").arg("-s").arg(format!("{}/_sandbox/stats", self.url)).output().unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

impl Drop for OwnSandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Spawns a `seqera sandbox serve` command, reads its URL from the first stderr line, and keeps draining
/// stderr so the server never writes into a full pipe.
pub fn spawn_sandbox(mut cmd: Command) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut child = cmd.stderr(Stdio::piped()).stdout(Stdio::null()).spawn().expect("sandbox starts");
    let mut reader = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
    let url = line
        .split("listening on ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .to_string();
    (child, url)
}

/// A `$BROWSER` that follows the authorize redirect or, on the sandbox's consent page, approves (it posts
/// the page's form, `decision=approve`, to the authorize URL), follows the redirect with curl and calls the callback, so the whole browser
/// login runs unattended. `FAKE_BROWSER_STATE`, when set, replaces the `state` it sends back.
pub fn fake_browser() -> String {
    static PATH: OnceLock<String> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("seqera-test-browser-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("browser.sh");
        std::fs::write(
            &path,
            "#!/bin/sh\nloc=$(curl -s -o /dev/null -w '%{redirect_url}' \"$1\")\n\
             if [ -z \"$loc\" ]; then loc=$(curl -s -o /dev/null -w '%{redirect_url}' -d decision=approve \"$1\"); fi\n\
             if [ -n \"$FAKE_BROWSER_STATE\" ]; then loc=$(printf '%s' \"$loc\" | sed \"s/state=[^&]*/state=$FAKE_BROWSER_STATE/\"); fi\n\
             curl -s -o /dev/null \"$loc\"\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        path.display().to_string()
    })
    .clone()
}

/// Whether the programs a test needs are on PATH. When one is missing the test is skipped by name: a line
/// on stderr and one in `target/tmp/skipped-tests.txt`, which scripts/test lists at the end of the run.
/// Under `CI=true` nothing is skipped: a missing program fails the test (`.ci/run` installs them).
pub fn programs_present(test: &str, programs: &[&str]) -> bool {
    let on_path = |p: &&str| std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|d| d.join(p).is_file()));
    let missing: Vec<&str> = programs.iter().filter(|p| !on_path(p)).copied().collect();
    if missing.is_empty() {
        return true;
    }
    let why = format!("{test}: {} not on PATH", missing.join(", "));
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{why}. Under CI=true nothing is skipped: install it (.ci/run does).");
    }
    eprintln!("SKIPPED {why}");
    let record = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("skipped-tests.txt");
    let line = format!("{why}\n");
    let _ = std::fs::OpenOptions::new().create(true).append(true).open(record).and_then(|mut f| f.write_all(line.as_bytes()));
    false
}
