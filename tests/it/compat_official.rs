//! Every command and flag the official `seqera` 1.12 CLI documents (the fact sheet's sections A–D), one
//! test each, named after it, run against the sandbox (issue 17, item 9). What cannot be supported
//! honestly says so and names our equivalent. `version`, `ai --headless`, `login --headless`, the `org`
//! aliases and the tw spellings are in compat.rs.

use crate::harness::{OwnSandbox, TestEnv};

fn login_file(env: &TestEnv) -> std::path::PathBuf {
    env.dir.path().join("home/.local/state/seqera/tokens/default.json")
}

#[test]
fn official_login_opens_the_browser_and_stores_the_login() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_NO_KEYCHAIN", "true");
    let run = env.run(&["login"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("Authentication successful"), "{run:?}");
    assert!(login_file(&env).exists());
    assert_eq!(env.run(&["org", "list"]).code, 0, "the login is used");
}

#[test]
fn official_login_no_browser_prints_the_url_instead() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "300");
    let run = env.run(&["login", "--no-browser"]);
    assert!(run.stderr.contains("/oidc/authorize?"), "the URL is printed: {run:?}");
    assert!(run.stderr.contains("timed out") && run.code != 0, "no browser was opened, so nobody logged in: {run:?}");
}

#[test]
fn official_login_headless_keeps_the_login_in_the_file_store() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env();
    let run = env.run(&["login", "--headless"]);
    assert_eq!(run.code, 0, "{run:?}");
    let stored = std::fs::read_to_string(login_file(&env)).unwrap();
    assert!(!stored.contains("\"keyring\"") && stored.contains("access_token"), "in the file, not the keyring");
}

#[test]
fn official_logout_forgets_the_login_and_exits_0_even_when_logged_out() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_NO_KEYCHAIN", "true");
    assert_eq!(env.run(&["login"]).code, 0);
    let run = env.run(&["logout"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!login_file(&env).exists(), "{run:?}");
    assert_eq!(env.run(&["logout"]).code, 0, "already logged out is fine");
    assert_eq!(env.run(&["org", "list"]).code, 4, "no login any more");
}

#[test]
fn official_info_reports_user_platform_and_ai_backend() {
    let env = TestEnv::new();
    let run = env.run(&["info"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, env.run(&["status"]).stdout, "`info` is `status`");
    assert!(run.all().contains("demo") || run.all().contains("Platform"), "{run:?}");
}

#[test]
fn official_info_dash_o_json_and_console() {
    let env = TestEnv::new();
    let json = env.run(&["info", "-o", "json"]);
    assert_eq!(json.code, 0, "{json:?}");
    json.json();
    let console = env.run(&["info", "-o", "console"]);
    assert_eq!(console.code, 0, "`console` is the official name of our table: {console:?}");
    assert_eq!(console.stdout, env.run(&["info", "-o", "table"]).stdout);
}

#[test]
fn official_org_verbose_and_debug_flags() {
    for flag in ["-v", "--verbose", "--debug"] {
        let run = TestEnv::new().run(&["org", "list", flag]);
        assert_eq!(run.code, 0, "{flag}: {run:?}");
        assert!(run.stdout.contains("acme"), "{flag}: {run:?}");
        assert!(run.stderr.contains("[debug] GET"), "{flag} logs the requests: {run:?}");
    }
}

#[test]
fn official_ai_flags_show_thinking_tools_events_path_sub_agent_session_continue_approval_mode() {
    let sandbox = OwnSandbox::start(&[]);
    let env = crate::ai::logged_in(&sandbox);
    let events = env.dir.path().join("ev/events.jsonl");
    let run = env.run(&[
        "ai",
        "--show-thinking",
        "--show-tools",
        "--show-tool-results",
        "--approval-mode",
        "basic",
        "--events-path",
        events.to_str().unwrap(),
        "hello, think about it",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("[thinking]"), "{run:?}");
    assert!(std::fs::read_to_string(&events).unwrap().contains("\"run.complete\""), "--events-path wrote the events");
    let sub = env.run(&["ai", "--sub-agent", "first"]);
    let first: serde_json::Value = serde_json::from_str(sub.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["v"], 1, "{sub:?}");
    let session = first["data"]["session_id"].as_str().unwrap().to_string();
    assert_eq!(env.run(&["ai", "-s", &session, "again"]).stdout, "You said: again\n");
    assert_eq!(env.run(&["ai", "--session", &session, "more"]).stdout, "You said: more\n");
    assert_eq!(env.run(&["ai", "-c", "next"]).stdout, "You said: next\n");
    assert_eq!(env.run(&["ai", "--continue", "last"]).stdout, "You said: last\n");
}

#[test]
fn official_env_vars_access_tokens_in_their_order() {
    let env = TestEnv::new().without("SEQERA_ACCESS_TOKEN");
    for var in ["SEQERA_ACCESS_TOKEN", "SEQERA_TOKEN", "TOWER_ACCESS_TOKEN"] {
        let run = env.run_with_env(var, seqera::sandbox::DEMO_TOKEN, &["org", "list"]);
        assert_eq!(run.code, 0, "{var}: {run:?}");
    }
    let first_wins =
        env.run_with_envs(&[("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN), ("TOWER_ACCESS_TOKEN", "wrong")], &["org", "list"]);
    assert_eq!(first_wins.code, 0, "SEQERA_ACCESS_TOKEN is used before TOWER_ACCESS_TOKEN: {first_wins:?}");
    assert_eq!(env.run(&["org", "list"]).code, 4, "no token, no login");
}

#[test]
fn official_env_vars_urls_and_no_keychain() {
    let sandbox = OwnSandbox::start(&[]);
    // SEQERA_PLATFORM_API_URL, SEQERA_AI_BACKEND_URL and SEQERA_AUTH_DOMAIN point every call at the sandbox.
    let env = sandbox.env().env("SEQERA_NO_KEYCHAIN", "true");
    let run = env.run(&["login"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!std::fs::read_to_string(login_file(&env)).unwrap().contains("\"keyring\""), "SEQERA_NO_KEYCHAIN: the file store");
    let ai = env.run(&["ai", "--headless", "hi"]);
    assert_eq!(ai.stdout, "You said: hi\n", "SEQERA_AI_BACKEND_URL: {ai:?}");
    let wrong = env.run_with_env("SEQERA_PLATFORM_API_URL", "http://127.0.0.1:9", &["org", "list"]);
    assert_ne!(wrong.code, 0, "the API URL is the variable's: {wrong:?}");
}

#[test]
fn official_completion_prints_the_bash_script() {
    let env = TestEnv::new();
    let run = env.run(&["completion"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, env.run(&["completions", "bash"]).stdout);
}

#[test]
fn official_update_and_skill_say_what_to_use_instead() {
    let env = TestEnv::new();
    let run = env.run(&["update"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("official CLI's self-update") && run.stderr.contains("Reinstall"), "{run:?}");
    for args in [&["skill"][..], &["skill", "install"], &["skill", "check"]] {
        let run = env.run(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains("seqera ai --headless"), "{args:?}: {run:?}");
    }
    assert!(!env.run(&["--help"]).stdout.contains("skill"), "kept out of the help");
}
