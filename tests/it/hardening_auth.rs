//! Logins that hold against races, other Platforms, hostile token endpoints and forged callbacks.

use serde_json::{Value, json};

use crate::harness::{OwnSandbox, Run, TestEnv};
use crate::scripted;

fn login_file(env: &TestEnv) -> std::path::PathBuf {
    env.dir.path().join("home/.local/state/seqera/tokens/default.json")
}

fn stored(env: &TestEnv) -> Value {
    serde_json::from_str(&std::fs::read_to_string(login_file(env)).expect("a stored login")).unwrap()
}

fn assert_no_panic(run: &Run) {
    assert!(![101, 134, -1].contains(&run.code), "a panic or a signal: {run:?}");
}

/// A `$BROWSER` script: `$loc` is where the authorize page redirects (the real callback), `$base` the
/// callback without its query, `$state` the login's state.
fn browser(env: &TestEnv, name: &str, body: &str) -> String {
    let path = env.dir.path().join(name);
    let script = format!(
        "#!/bin/sh\nloc=$(curl -s -o /dev/null -w '%{{redirect_url}}' \"$1\")\nbase=${{loc%%\\?*}}\n\
         state=$(printf '%s' \"$loc\" | sed 's/.*[?&]state=\\([^&]*\\).*/\\1/')\n{body}\n"
    );
    std::fs::write(&path, script).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path.display().to_string()
}

#[test]
fn the_callback_ignores_requests_with_a_wrong_or_missing_state_and_waits_for_the_real_one() {
    let sandbox = OwnSandbox::start(&[("SEQERA_SANDBOX_AUTO_APPROVE", "1")]);
    let env = sandbox.env();
    let b = browser(
        &env,
        "forger.sh",
        "curl -s -o /dev/null \"$base?state=forged&error=access_denied&error_description=cancelled+by+a+web+page\"\n\
         curl -s -o /dev/null \"$base?error=access_denied\"\n\
         curl -s -o /dev/null \"$base?code=stolen\"\n\
         curl -s -o /dev/null \"$loc\"",
    );
    let env = env.env("BROWSER", &b);
    let run = env.run(&["login"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stderr.contains("cancelled by a web page"), "{run:?}");
    assert_eq!(stored(&env)["kind"], "oidc");
    assert_eq!(sandbox.stats()["code_grants"], 1, "only the real code was exchanged");
}

#[test]
fn only_forged_callbacks_end_in_the_timeout_with_nothing_stored() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("FAKE_BROWSER_STATE", "forged").env("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "1500");
    let run = env.run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("timed out after 1.5 seconds"), "{run:?}");
    assert!(!login_file(&env).exists());
    assert_eq!(sandbox.stats()["code_grants"], 0, "the forged code was never exchanged");
}

#[test]
fn an_error_with_the_right_state_fails_the_login_and_its_description_is_shown_escaped() {
    let sandbox = OwnSandbox::start(&[("SEQERA_SANDBOX_AUTO_APPROVE", "1")]);
    let env = sandbox.env();
    let b = browser(
        &env,
        "refuser.sh",
        "curl -s -o /dev/null \"$base?state=$state&error=access_denied&error_description=%1B%5D0%3Bpwned%07%1B%5B2Jgone\"",
    );
    let env = env.env("BROWSER", &b);
    let run = env.run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("The login was refused: \\e]0;pwned\\x07\\e[2Jgone."), "{run:?}");
    assert!(!run.stderr.contains('\u{1b}'), "no raw escape reaches the terminal: {run:?}");
    assert!(!login_file(&env).exists());
}

#[test]
fn bad_callback_port_and_timeout_variables_are_one_line_errors() {
    let sandbox = OwnSandbox::start(&[]);
    for (var, bad) in [
        ("SEQERA_AUTH_REDIRECT_PORT", "70000"),
        ("SEQERA_AUTH_REDIRECT_PORT", "http"),
        ("SEQERA_AUTH_REDIRECT_PORT", "-1"),
        ("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "1e300"),
        ("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "-5"),
        ("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "99999999999999999999"),
    ] {
        let run = sandbox.env().env(var, bad).run(&["login"]);
        assert_no_panic(&run);
        assert_eq!(run.code, 1, "{var}={bad}: {run:?}");
        assert!(run.stderr.contains(&format!("{var}=`{bad}`")) && run.stderr.contains("Hint:"), "{run:?}");
    }
}

fn discovery_doc(issuer: &str, base: &str, token_endpoint: &str) -> Value {
    json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{base}/authorize"),
        "token_endpoint": token_endpoint,
    })
}

#[test]
fn discovery_that_names_another_issuer_stops_the_login() {
    let server = scripted::serve(|base, _| scripted::json(discovery_doc("https://evil.example", base, &format!("{base}/token"))));
    let run = TestEnv::bare().env("SEQERA_AUTH_DOMAIN", &server.url).env("SEQERA_ACCESS_TOKEN", "").run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains(&format!("names the issuer https://evil.example, not the auth domain {}", server.url)), "{run:?}");
    let server = scripted::serve(|_, _| scripted::json(json!({"authorization_endpoint": "https://a/x", "token_endpoint": "https://a/t"})));
    let run = TestEnv::bare().env("SEQERA_AUTH_DOMAIN", &server.url).run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("names no issuer"), "{run:?}");
}

#[test]
fn discovery_with_plain_http_endpoints_on_another_machine_stops_the_login() {
    let server = scripted::serve(|base, _| scripted::json(discovery_doc(base, base, "http://tokens.example.com/token")));
    let run = TestEnv::bare().env("SEQERA_AUTH_DOMAIN", &server.url).run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("token_endpoint that is not an https URL: http://tokens.example.com/token"), "{run:?}");
    assert!(server.requests().iter().all(|r| r.path.ends_with("openid-configuration")), "nothing sent to the endpoints");
}

#[test]
fn login_at_the_api_url_checks_the_issuer_the_api_url_serves() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().without("SEQERA_AUTH_DOMAIN");
    let run = env.run(&["login"]);
    assert_eq!(run.code, 0, "{run:?}");
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

/// An expired OIDC login for the scripted server's API and token endpoint, written as `seqera login` would.
fn expired_login(env: &TestEnv, base: &str) -> Vec<u8> {
    let login = json!({
        "kind": "oidc",
        "access_token": "AT-OLD-secret-1111",
        "refresh_token": "RT-OLD-secret-2222",
        "expires_at": 1,
        "api_url": base,
        "auth_domain": base,
        "user_name": "demo",
        "token_endpoint": format!("{base}/token"),
        "client_id": "seqera_ai_cli",
    });
    let path = login_file(env);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let bytes = serde_json::to_vec_pretty(&login).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    bytes
}

/// An environment pointed at `base` as Platform and issuer, with the file store.
fn env_for(base: &str) -> TestEnv {
    TestEnv::bare().env("SEQERA_PLATFORM_API_URL", base).env("SEQERA_NO_KEYCHAIN", "true")
}

/// Answers `/token` with `token_body` and the API with an empty credentials list.
fn platform_with_token_answer(token_body: &'static str) -> scripted::Server {
    scripted::serve(move |_, r| match r.path.as_str() {
        "/token" => scripted::status("200 OK", token_body),
        _ => scripted::json(json!({"credentials": []})),
    })
}

const SECRETS: &[&str] = &["AT-OLD-secret-1111", "RT-OLD-secret-2222", "AT-NEW-secret-3333", "RT-NEW-secret-4444"];

#[test]
fn a_token_response_with_expires_in_as_a_numeric_string_is_accepted() {
    let server = platform_with_token_answer(
        r#"{"access_token":"AT-NEW-secret-3333","refresh_token":"RT-NEW-secret-4444","expires_in":"3600","token_type":"Bearer"}"#,
    );
    let env = env_for(&server.url);
    expired_login(&env, &server.url);
    let run = env.run(&["credentials", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    let s = stored(&env);
    assert_eq!(s["access_token"], "AT-NEW-secret-3333");
    assert_eq!(s["refresh_token"], "RT-NEW-secret-4444");
    assert!(s["expires_at"].as_u64().unwrap() > now() + 3000, "{s}");
    let api = server.requests().into_iter().find(|r| r.path == "/credentials").expect("the API was called");
    assert_eq!(api.authorization.as_deref(), Some("Bearer AT-NEW-secret-3333"));
    let refresh = server.requests().into_iter().find(|r| r.path == "/token").unwrap();
    assert!(refresh.method == "POST" && refresh.body.contains("refresh_token=RT-OLD-secret-2222"), "{refresh:?}");
    for secret in SECRETS {
        assert!(!run.all().contains(secret), "{run:?}");
    }
}

#[test]
fn a_malformed_token_response_prints_no_token_and_leaves_the_stored_login_exactly_as_it_was() {
    const BODIES: &[&str] = &[
        r#"{"access_token":"AT-NEW-secret-3333","refresh_token":"RT-NEW-secret-4444","expires_in":"soon","token_type":"Bearer"}"#,
        r#"{"access_token":"AT-NEW-secret-3333","refresh_token":"RT-NEW-secret-4444","expires_in":-1,"token_type":"Bearer"}"#,
        r#"{"access_token":["AT-NEW-secret-3333"],"refresh_token":"RT-NEW-secret-4444","token_type":"Bearer"}"#,
        r#"{"access_token":"AT-NEW-secret-3333","refresh_token":{"v":"RT-NEW-secret-4444"},"token_type":"Bearer"}"#,
        r#"{"access_token":"AT-NEW-secret-3333","refresh_token":"RT-NEW-secret-4444""#,
        "<html><body>AT-NEW-secret-3333</body></html>",
        "",
    ];
    for body in BODIES {
        let server = platform_with_token_answer(body);
        let env = env_for(&server.url);
        let before = expired_login(&env, &server.url);
        let run = env.run(&["credentials", "list"]);
        assert_no_panic(&run);
        assert_eq!(run.code, 1, "{body}: {run:?}");
        assert!(run.stderr.contains("left exactly as it was") && run.stderr.contains("Hint:"), "{run:?}");
        assert!(!run.stderr.contains("kept; try again when the server is reachable"), "{run:?}");
        for secret in SECRETS {
            assert!(!run.all().contains(secret), "a token was printed for {body}: {run:?}");
        }
        assert_eq!(std::fs::read(login_file(&env)).unwrap(), before, "the stored login is untouched for {body}");
        assert!(server.requests().iter().all(|r| r.path != "/credentials"), "no API call with a token it could not read");
    }
}

#[test]
fn a_stored_login_is_not_sent_to_another_platform_set_later() {
    let env = TestEnv::new().without("SEQERA_ACCESS_TOKEN").env("SEQERA_NO_KEYCHAIN", "true");
    let login = env.run_with_stdin(&["login", "--with-token"], seqera::sandbox::DEMO_TOKEN);
    assert_eq!(login.code, 0, "{login:?}");
    let other = scripted::serve(|_, _| scripted::json(json!({"credentials": []})));
    let env = env.without("SEQERA_PLATFORM_API_URL").env("TOWER_API_ENDPOINT", &other.url);
    let run = env.run(&["credentials", "list"]);
    assert_eq!(run.code, 4, "{run:?}");
    let sandbox_url = &crate::harness::target().api_url;
    assert!(run.stderr.contains(&format!("is for the Platform {sandbox_url}")), "{run:?}");
    assert!(run.stderr.contains(&format!("api_url (from env TOWER_API_ENDPOINT) is {}", other.url)), "{run:?}");
    assert!(run.stderr.contains("Run `seqera login`") && run.stderr.contains("unset TOWER_API_ENDPOINT"), "{run:?}");
    assert!(other.requests().is_empty(), "nothing, and no token, reached the other URL: {:?}", other.requests());
    assert!(!run.all().contains(seqera::sandbox::DEMO_TOKEN));
    // An env token is not a stored login: it goes where api_url points.
    let run = env.run_with_env("SEQERA_ACCESS_TOKEN", "env-token-for-other", &["credentials", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(other.requests()[0].authorization.as_deref(), Some("Bearer env-token-for-other"));
}

#[test]
fn an_oidc_login_is_not_used_with_another_auth_domain() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_NO_KEYCHAIN", "true");
    assert_eq!(env.run(&["login"]).code, 0);
    let run = env.run_with_env("SEQERA_AUTH_DOMAIN", "https://login.example.com", &["credentials", "list"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains(&format!("is for the auth domain {}/oidc", sandbox.url)), "{run:?}");
    assert!(run.stderr.contains("auth_domain (from env SEQERA_AUTH_DOMAIN) is https://login.example.com"), "{run:?}");
    assert_eq!(env.run(&["credentials", "list"]).code, 0, "the login still works where it came from");
}

#[test]
fn logout_during_a_refresh_is_never_undone() {
    // The token endpoint answers slowly, so the refresh is in flight when logout runs.
    let server = scripted::serve(|_, r| match r.path.as_str() {
        "/token" => scripted::Answer {
            delay_ms: 150,
            ..scripted::status(
                "200 OK",
                r#"{"access_token":"AT-NEW-secret-3333","refresh_token":"RT-NEW-secret-4444","expires_in":3600,"token_type":"Bearer"}"#,
            )
        },
        _ => scripted::json(json!({"credentials": []})),
    });
    let env = env_for(&server.url);
    let started = std::time::Instant::now();
    for round in 0..12 {
        expired_login(&env, &server.url);
        let refresh =
            env.command(&["credentials", "list"]).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(fastrand_ms(round)));
        let logout = env.run(&["logout"]);
        assert_eq!(logout.code, 0, "{logout:?}");
        let _ = refresh.wait_with_output().unwrap();
        assert!(!login_file(&env).exists(), "round {round}: the refresh brought the login back after logout");
        let status = env.run(&["credentials", "list"]);
        assert_eq!(status.code, 4, "round {round}: still logged out: {status:?}");
    }
    assert!(started.elapsed().as_secs() < 30);
}

/// 0 to 200 ms, spread over the rounds, so logout lands before, during and after the refresh.
fn fastrand_ms(round: u64) -> u64 {
    (round * 37) % 200
}

#[test]
fn a_keyring_write_that_timed_out_never_lands_beside_the_file_fallback() {
    if !crate::harness::programs_present(
        "the keyring timeout test (hardening_auth)",
        &["dbus-run-session", "gnome-keyring-daemon", "secret-tool"],
    ) {
        return;
    }
    let env = TestEnv::new().without("SEQERA_ACCESS_TOKEN");
    // A 1 ms timeout: the write is given up on, the file is used, and the write still completes later.
    let run = env.sh("dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
         for i in 1 2 3; do echo sandbox-demo-token | SEQERA_KEYRING_TIMEOUT_MS=1 seqera login --with-token || exit 9; done; \
         sleep 0.5; echo KEYRING; secret-tool search --all service seqera-shell 2>&1; echo END; \
         seqera logout >/dev/null 2>&1; seqera status -o json'");
    assert!(run.stderr.contains("the keyring did not answer within 1 ms"), "the write timed out: {run:?}");
    let keyring = run.stdout.split("KEYRING").nth(1).and_then(|r| r.split("END").next()).unwrap_or("?");
    assert!(!keyring.contains("secret"), "the late keyring write was undone: {run:?}");
    assert!(run.stdout.contains("\"ok\":false"), "logged out: {run:?}");
}
