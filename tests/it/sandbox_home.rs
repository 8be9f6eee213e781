//! The sandbox is a place of its own: `--sandbox` runs never read or write the user's profiles, logins,
//! keyring entry, completion cache or history, and they share one sandbox whose data lasts between runs
//! (safely, when runs overlap) until `seqera sandbox reset`.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::harness::{TestEnv, fake_browser};

/// A scratch HOME holding a user's own setup: a profile, a file login, completion caches and history.
fn user_home() -> TestEnv {
    let env =
        TestEnv::bare().env("BROWSER", &fake_browser()).env("SEQERA_AUTH_REDIRECT_PORT", "0").env("GH_DEMO", "ghp_sandbox_demo_value");
    let home = env.dir.path().join("home");
    let files = [
        (".config/seqera/config.toml", "# mine\n[profiles.default]\norganization = \"999\" # mine\nworkspace = \"12345\"\n"),
        (
            ".local/state/seqera/tokens/default.json",
            "{\"kind\":\"token\",\"access_token\":\"users-own-token\",\"api_url\":\"https://api.example.org\",\"user_name\":\"me\"}",
        ),
        (".local/state/seqera/history", "credentials list\n"),
        (".cache/seqera/profiles/default/memberships.json", "users own memberships\n"),
        (".cache/seqera/profiles/default/credentials-12345.json", "[\"users-own-cred\"]\n"),
        (".cache/seqera/profiles/default/ai-sessions.json", "users own sessions\n"),
    ];
    for (path, text) in files {
        let path = home.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(path, text).expect("write");
    }
    env
}

/// Every file under HOME outside the sandbox's directory, with its bytes.
fn users_files(env: &TestEnv) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let rel = path.strip_prefix(root).expect("under root").display().to_string();
            if rel == ".local/state/seqera/sandbox" {
                continue;
            }
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                out.insert(rel, std::fs::read(&path).expect("read"));
            }
        }
    }
    let root = env.dir.path().join("home");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

fn ok(env: &TestEnv, args: &[&str]) -> crate::harness::Run {
    let run = env.run(args);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run
}

#[test]
fn sandbox_runs_leave_the_users_files_byte_for_byte() {
    let env = user_home();
    let before = users_files(&env);
    ok(&env, &["--sandbox", "org", "switch", "globex"]);
    ok(&env, &["--sandbox", "workspace", "use", "acme/prod"]);
    let login = env.run_with_stdin(&["--sandbox", "login", "--with-token"], seqera::sandbox::DEMO_TOKEN);
    assert_eq!(login.code, 0, "{login:?}");
    ok(&env, &["--sandbox", "login"]);
    ok(&env, &["--sandbox", "credentials", "add", "github", "--name", "iso-gh", "--username", "u", "--password-env", "GH_DEMO"]);
    ok(&env, &["--sandbox", "credentials", "list"]);
    ok(&env, &["--sandbox", "ai", "list my credentials"]);
    let shell = env.run_with_stdin(&["--sandbox", "shell"], "org switch acme\ncredentials list\nai list my credentials\n");
    assert_eq!(shell.code, 0, "{shell:?}");
    let tab = env.run_with_envs(
        &[("COMPLETE", "bash"), ("_CLAP_COMPLETE_INDEX", "4"), ("_CLAP_IFS", "\n")],
        &["--", "seqera", "--sandbox", "credentials", "get", "iso"],
    );
    assert_eq!(tab.stdout.trim(), "iso-gh", "Tab completes the sandbox's names: {tab:?}");
    let user_tab = env.run_with_envs(
        &[("COMPLETE", "bash"), ("_CLAP_COMPLETE_INDEX", "3"), ("_CLAP_IFS", "\n")],
        &["--", "seqera", "credentials", "get", ""],
    );
    assert_eq!(user_tab.stdout.lines().next(), Some("users-own-cred"), "and the user's Tab still completes the user's: {user_tab:?}");
    interactive_shell_with_tab(&env);
    ok(&env, &["--sandbox", "logout"]);
    assert_eq!(users_files(&env), before, "the user's config, login, caches and history are as they were");
    let sandbox = std::fs::read_to_string(env.dir.path().join("home/.local/state/seqera/sandbox/config/config.toml")).expect("config");
    assert!(sandbox.contains("workspace"), "the sandbox keeps its own selection: {sandbox}");
}

/// `seqera --sandbox shell` on a terminal: the prompt says sandbox, Tab completes, history is the sandbox's.
fn interactive_shell_with_tab(env: &TestEnv) {
    let mut pty = crate::pty::Pty::spawn_command(env.command(&["--sandbox", "shell"]));
    let wait = |pty: &crate::pty::Pty, needle: &str| {
        let start = Instant::now();
        while !pty.text().contains(needle) {
            assert!(start.elapsed() < Duration::from_secs(10), "no {needle:?} in:\n{}", pty.text());
            std::thread::sleep(Duration::from_millis(10));
        }
    };
    wait(&pty, "seqera(sandbox)");
    pty.send("credentials get iso\t");
    wait(&pty, "credentials get iso-gh");
    pty.send("\r");
    wait(&pty, "username=u");
    // Ctrl-D at the next prompt (typed while the command runs, the terminal's line discipline takes it).
    let start = Instant::now();
    while !pty.text().split("username=u").nth(1).is_some_and(|rest| rest.trim_end().ends_with('>')) {
        assert!(start.elapsed() < Duration::from_secs(10), "no prompt after the command:\n{}", pty.text());
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(50));
    pty.send("\x04");
    assert_eq!(crate::pty::wait_exit(&mut pty), Some(0));
    let history = std::fs::read_to_string(env.dir.path().join("home/.local/state/seqera/sandbox/state/history")).unwrap_or_default();
    assert!(history.contains("credentials get iso-gh"), "the sandbox has a history of its own: {history:?}");
}

#[test]
fn the_sandbox_keeps_its_data_between_runs_until_reset() {
    let env = user_home();
    let add = |name: &str| {
        env.run(&["--sandbox", "credentials", "add", "github", "--name", name, "--username", "u", "--password-env", "GH_DEMO"])
    };
    assert_eq!(add("kept").code, 0);
    let get = ok(&env, &["--sandbox", "credentials", "get", "kept", "-o", "json"]);
    assert_eq!(get.json()["name"], "kept", "{get:?}");
    let runs: Vec<_> = (0..8)
        .map(|i| {
            let name = format!("parallel-{i}");
            let args = ["--sandbox", "credentials", "add", "github", "--name", &name, "--username", "u", "--password-env", "GH_DEMO"];
            env.command(&args).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped()).spawn().expect("spawns")
        })
        .collect();
    for child in runs {
        let out = child.wait_with_output().expect("waits");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let list = ok(&env, &["--sandbox", "credentials", "list", "-o", "json"]);
    let names: Vec<String> = list.json().as_array().expect("array").iter().filter_map(|c| c["name"].as_str().map(str::to_string)).collect();
    for i in 0..8 {
        assert!(names.contains(&format!("parallel-{i}")), "all 8 parallel adds are kept: {names:?}");
    }
    assert!(names.contains(&"kept".to_string()), "{names:?}");
    ok(&env, &["sandbox", "reset"]);
    let list = ok(&env, &["--sandbox", "credentials", "list", "-o", "json"]);
    assert!(!list.stdout.contains("parallel-") && !list.stdout.contains("\"kept\""), "reset removed them: {list:?}");
    assert!(list.stdout.contains("github-personal"), "and put the demo data back: {list:?}");
}

#[test]
fn sandbox_serve_shares_the_data_of_sandbox_runs_unless_ephemeral() {
    let env = TestEnv::bare().env("GH_DEMO", "ghp_sandbox_demo_value");
    ok(&env, &["--sandbox", "credentials", "add", "github", "--name", "from-a-run", "--username", "u", "--password-env", "GH_DEMO"]);
    for (extra, expect) in [(None, true), (Some("--ephemeral"), false)] {
        let mut args = vec!["sandbox", "serve", "--port", "0"];
        args.extend(extra);
        let (mut child, url) = crate::harness::spawn_sandbox(env.command(&args));
        let run = env.run_with_envs(
            &[("SEQERA_PLATFORM_API_URL", &url), ("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN)],
            &["credentials", "list"],
        );
        child.kill().ok();
        child.wait().ok();
        assert_eq!(run.stdout.contains("from-a-run"), expect, "{extra:?}: {run:?}");
    }
}

#[test]
fn sandbox_status_says_what_to_try_next_at_once() {
    let run = ok(&TestEnv::bare(), &["--sandbox", "status"]);
    assert!(run.stderr.contains("This is the sandbox") && run.stderr.contains("Try next:"), "{run:?}");
    assert!(run.stderr.contains("Try it"), "it points at the README's tour: {run:?}");
    assert!(run.elapsed < Duration::from_secs(1), "{:?}", run.elapsed);
}

/// With a real keyring (gnome-keyring in a private D-Bus session): the user's keyring login is the same
/// entry, byte for byte, after a sandbox login and logout.
#[test]
fn sandbox_logins_never_touch_the_users_keyring_entry() {
    if !crate::harness::programs_present(
        "the sandbox keyring test (sandbox_home)",
        &["dbus-run-session", "gnome-keyring-daemon", "secret-tool"],
    ) {
        return;
    }
    let env = TestEnv::new().without("SEQERA_ACCESS_TOKEN");
    let run = env.sh("dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
         echo sandbox-viewer-token | seqera login --with-token >/dev/null 2>&1 || exit 9; \
         echo BEFORE; secret-tool lookup service seqera-shell username default; echo; \
         echo sandbox-demo-token | seqera --sandbox login --with-token >/dev/null 2>&1 || exit 8; \
         seqera --sandbox logout >/dev/null 2>&1 || exit 7; \
         echo AFTER; secret-tool lookup service seqera-shell username default; echo; echo END'");
    assert_eq!(run.code, 0, "{run:?}");
    let between = |a: &str, b: &str| run.stdout.split(a).nth(1).and_then(|r| r.split(b).next()).unwrap_or_default().to_string();
    let (before, after) = (between("BEFORE", "AFTER"), between("AFTER", "END"));
    assert!(before.contains("sandbox-viewer-token"), "the user's login is in the keyring: {run:?}");
    assert_eq!(before, after, "the user's keyring entry is unchanged");
}
