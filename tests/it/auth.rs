use crate::harness::TestEnv;

fn logged_out() -> TestEnv {
    TestEnv::new().without("SEQERA_ACCESS_TOKEN")
}

fn token_file(env: &TestEnv) -> std::path::PathBuf {
    env.dir.path().join("home/.local/state/seqera/tokens/default.json")
}

#[test]
fn login_with_token_checks_then_stores_it_privately() {
    let env = logged_out();
    let run = env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("[Login] ✓ Authentication successful! Logged in as demo"), "{run:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = token_file(&env);
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
    }
    let status = env.run(&["status", "-o", "json"]).json();
    assert!(status["user"]["tokenSource"].as_str().unwrap().starts_with("login stored in "), "{status}");
}

#[test]
fn a_rejected_token_is_not_stored() {
    let env = logged_out();
    let run = env.run_with_stdin(&["login", "--with-token"], "not-a-token\n");
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("rejected the token; nothing was stored"), "{run:?}");
    assert!(!token_file(&env).exists());
    assert!(!run.all().contains("not-a-token"), "{run:?}");
}

#[test]
fn an_empty_token_is_a_usage_error() {
    let run = logged_out().run_with_stdin(&["login", "--with-token"], "\n");
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn a_relogin_keeps_a_still_valid_selection() {
    let env = logged_out();
    env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token");
    assert_eq!(env.run(&["workspace", "use", "globex/research"]).code, 0);
    assert_eq!(env.run(&["logout"]).code, 0);
    let run = env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token");
    assert!(run.stderr.contains("Organization: globex (kept from before)"), "{run:?}");
    assert_eq!(env.run(&["workspace", "show", "-o", "json"]).json()["workspaceId"], 203);
}

#[test]
fn a_login_as_someone_not_in_the_selected_org_clears_it() {
    let env = logged_out();
    env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token");
    env.run(&["org", "switch", "globex"]);
    let run = env.run_with_stdin(&["login", "--with-token"], "sandbox-viewer-token");
    assert!(run.stderr.contains("selection was cleared"), "{run:?}");
    assert!(run.stderr.contains("Organization set: acme"), "the viewer's only org is chosen: {run:?}");
}

#[test]
fn logout_keeps_the_selection_and_exits_0_when_already_logged_out() {
    let env = logged_out();
    env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token");
    env.run(&["org", "switch", "acme"]);
    let run = env.run(&["logout"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!token_file(&env).exists());
    assert!(std::fs::read_to_string(env.config_file()).unwrap().contains("organization = \"101\""));
    let again = env.run(&["logout"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert!(again.stderr.contains("Not logged in; nothing to do"), "{again:?}");
    let after = env.run(&["org", "list"]);
    assert_eq!(after.code, 4, "{after:?}");
    assert!(after.stderr.contains("seqera login --with-token"), "{after:?}");
}

#[test]
fn an_env_token_wins_over_the_stored_login() {
    let env = logged_out();
    env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token");
    let run = env.run_with_env("TOWER_ACCESS_TOKEN", "sandbox-viewer-token", &["status", "-o", "json"]);
    assert_eq!(run.json()["user"]["userName"], "viewer");
}

#[test]
fn logout_all_removes_every_profile_login() {
    let env = logged_out();
    env.run(&["config", "create", "two"]);
    env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token");
    env.run_with_stdin(&["-p", "two", "login", "--with-token"], "sandbox-viewer-token");
    let run = env.run(&["logout", "--all"]);
    assert!(run.stderr.contains("default") && run.stderr.contains("two"), "{run:?}");
    assert_eq!(env.run(&["-p", "two", "org", "list"]).code, 4);
}

#[test]
fn the_os_keyring_keeps_the_login_across_processes() {
    if !crate::harness::programs_present("the OS keyring test (auth)", &["dbus-run-session", "gnome-keyring-daemon"]) {
        return;
    }
    let env = logged_out();
    let run = env.sh("dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
         echo sandbox-demo-token | seqera login --with-token && cat \"$HOME/.local/state/seqera/tokens/default.json\" && echo && \
         seqera status -o json && seqera logout && seqera status -o json'");
    let lines: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with('{')).collect();
    assert!(!run.stderr.contains("keyring is not usable"), "{run:?}");
    assert!(run.stdout.contains("\"backend\": \"keyring\""), "the file only points at the keyring: {run:?}");
    assert!(!run.stdout.contains("sandbox-demo-token"), "no secret in the file or output: {run:?}");
    let status: serde_json::Value = serde_json::from_str(lines.iter().find(|l| l.contains("\"profile\"")).unwrap()).unwrap();
    assert_eq!(status["user"]["tokenSource"], "login stored in the OS keyring (seqera-shell/default)", "{run:?}");
    assert_eq!(status["user"]["userName"], "demo");
    assert!(lines.last().unwrap().contains("\"ok\":false"), "logout removed the keyring entry: {run:?}");
}

#[test]
fn a_keyring_that_fails_falls_back_to_the_file_with_one_warning() {
    let env = logged_out();
    let run = env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token");
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr.matches("Warning: The OS keyring is not usable").count(), 1, "{run:?}");
    assert!(token_file(&env).exists());
    let later = env.run(&["status"]);
    assert_eq!(later.code, 0, "{later:?}");
    assert!(!later.stderr.contains("keyring"), "the fallback is announced at login only: {later:?}");
}

#[test]
fn no_keychain_and_insecure_storage_use_the_file_without_a_warning() {
    let env = logged_out().env("SEQERA_NO_KEYCHAIN", "true");
    let run = env.run_with_stdin(&["login", "--with-token"], "sandbox-demo-token");
    assert!(!run.stderr.contains("Warning"), "{run:?}");
    assert!(token_file(&env).exists());
    let env = logged_out();
    let run = env.run_with_stdin(&["login", "--with-token", "--insecure-storage"], "sandbox-demo-token");
    assert!(!run.stderr.contains("Warning"), "{run:?}");
    assert!(token_file(&env).exists());
}
