//! Browser and device login, refresh and logout against the sandbox's OIDC provider, and against
//! oauth2-mock-server (a third-party OAuth 2 server) so the two cannot drift together.

use serde_json::Value;

use crate::harness::{OwnSandbox, Run, TestEnv, oauth_mock, scripted_server};

fn login_file(env: &TestEnv) -> std::path::PathBuf {
    env.dir.path().join("home/.local/state/seqera/tokens/default.json")
}

fn stored(env: &TestEnv) -> Value {
    serde_json::from_str(&std::fs::read_to_string(login_file(env)).expect("a stored login")).unwrap()
}

fn edit_stored(env: &TestEnv, f: impl FnOnce(&mut Value)) {
    let mut v = stored(env);
    f(&mut v);
    std::fs::write(login_file(env), serde_json::to_vec(&v).unwrap()).unwrap();
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

fn logged_in(sandbox: &OwnSandbox) -> TestEnv {
    let env = sandbox.env();
    let run = env.run(&["login"]);
    assert_eq!(run.code, 0, "{run:?}");
    env
}

fn assert_no_secrets(runs: &[&Run], secrets: &[String]) {
    for run in runs {
        for s in secrets.iter().filter(|s| !s.is_empty()) {
            assert!(!run.all().contains(s.as_str()), "a token leaked into output: {run:?}");
        }
    }
}

#[test]
fn browser_login_stores_a_login_and_a_later_command_makes_exactly_one_request() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env();
    let login = env.run(&["--debug", "login"]);
    assert_eq!(login.code, 0, "{login:?}");
    assert!(login.stderr.contains("[Login] ✓ Authentication successful! Logged in as demo"), "{login:?}");
    let s = stored(&env);
    assert_eq!(s["kind"], "oidc");
    assert!(s["expires_at"].as_u64().unwrap() > now() + 3000);
    let list = env.run(&["--debug", "credentials", "list"]);
    assert_eq!(list.code, 0, "{list:?}");
    let requests: Vec<&str> = list.stderr.lines().filter(|l| l.starts_with("[debug] GET") || l.starts_with("[debug] POST")).collect();
    assert_eq!(requests.len(), 1, "no discovery, no refresh: {requests:?}");
    assert_eq!(sandbox.stats()["discovery"], 1, "discovery only at login");
    assert_no_secrets(&[&login, &list], &[s["access_token"].as_str().unwrap().into(), s["refresh_token"].as_str().unwrap().into()]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(login_file(&env)).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn device_login_shows_the_code_and_polls_until_approved() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env();
    let run = env.run(&["login", "--device"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("/oidc/device and enter the code: "), "{run:?}");
    assert_eq!(sandbox.stats()["device_grants"], 2, "one pending poll, then the tokens");
    assert_eq!(stored(&env)["kind"], "oidc");
}

#[test]
fn no_callback_before_the_timeout_fails_cleanly() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("BROWSER", "true").env("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "500");
    let run = env.run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("OAuth callback timed out after 0.5 seconds"), "{run:?}");
    assert!(run.elapsed.as_secs_f64() < 4.0, "{:?}", run.elapsed);
    assert!(!login_file(&env).exists());
}

#[test]
fn a_missing_browser_prints_the_url_and_keeps_waiting() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("BROWSER", "/nonexistent/browser").env("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "300");
    let run = env.run(&["login"]);
    assert!(run.stderr.contains("Could not open a browser automatically") && run.stderr.contains("/oidc/authorize?"), "{run:?}");
    assert!(run.stderr.contains("timed out"), "it waited instead of crashing: {run:?}");
}

#[test]
fn a_pkce_verifier_the_server_rejects_fails_and_stores_nothing() {
    let sandbox = OwnSandbox::start(&[("SEQERA_SANDBOX_REJECT_PKCE", "1")]);
    let env = sandbox.env();
    let run = env.run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("invalid_grant (PKCE verification failed)"), "{run:?}");
    assert!(!login_file(&env).exists());
}

#[test]
fn discovery_that_answers_404_or_html_names_the_url() {
    let sandbox = OwnSandbox::start(&[]);
    let run = sandbox.env().env("SEQERA_AUTH_DOMAIN", &format!("{}/nope", sandbox.url)).run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.stderr.contains(&format!("OpenID discovery at {}/nope/.well-known/openid-configuration failed: 404", sandbox.url)),
        "{run:?}"
    );
    let (html, _) = scripted_server(|_, _| ("200 OK", "text/html", "<html><body>Sign in</body></html>".into()));
    let run = sandbox.env().env("SEQERA_AUTH_DOMAIN", &html).run(&["login"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("did not return a discovery document: <html><body>Sign in</body></html>"), "{run:?}");
}

#[test]
fn a_token_near_expiry_is_refreshed_once_and_the_rotated_refresh_token_is_saved() {
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    let before = stored(&env);
    edit_stored(&env, |v| v["expires_at"] = (now() + 60).into());
    let run = env.run(&["credentials", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(sandbox.stats()["refresh_grants"], 1);
    let after = stored(&env);
    assert_ne!(after["refresh_token"], before["refresh_token"], "rotated");
    assert!(after["expires_at"].as_u64().unwrap() > now() + 3000);
    assert_eq!(env.run(&["credentials", "list"]).code, 0);
    assert_eq!(sandbox.stats()["refresh_grants"], 1, "a fresh token is not refreshed again");
}

#[test]
fn a_rejected_access_token_gets_one_forced_refresh_and_one_retry() {
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    edit_stored(&env, |v| v["access_token"] = "revoked-elsewhere".into());
    let run = env.run(&["credentials", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(sandbox.stats()["refresh_grants"], 1);
}

#[test]
fn a_refresh_token_the_server_rejects_means_log_in_again_with_exit_4() {
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    edit_stored(&env, |v| {
        v["refresh_token"] = "bogus".into();
        v["expires_at"] = 0.into();
    });
    let run = env.run(&["credentials", "list"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("invalid_grant") && run.stderr.contains("Run `seqera login`"), "{run:?}");
    assert!(!login_file(&env).exists(), "only invalid_grant deletes the login");
}

#[test]
fn an_unreachable_token_endpoint_keeps_the_login() {
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    edit_stored(&env, |v| {
        v["token_endpoint"] = "http://127.0.0.1:9/token".into();
        v["expires_at"] = 0.into();
    });
    let run = env.run(&["credentials", "list"]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("could not be reached") && run.stderr.contains("stored login is kept"), "{run:?}");
    assert!(login_file(&env).exists());
}

#[test]
fn eight_processes_at_once_make_one_refresh_and_none_is_logged_out() {
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    edit_stored(&env, |v| v["expires_at"] = (now() + 10).into());
    let children: Vec<_> = (0..8)
        .map(|_| {
            env.command(&["credentials", "list"]).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped()).spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(sandbox.stats()["refresh_grants"], 1);
}

#[test]
fn logout_revokes_the_refresh_token_and_keeps_the_selection() {
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    env.run(&["org", "switch", "acme"]);
    let refresh = stored(&env)["refresh_token"].as_str().unwrap().to_string();
    let run = env.run(&["logout"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("Revoked the login"), "{run:?}");
    assert_eq!(sandbox.stats()["revocations"], 1);
    let reuse = std::process::Command::new("curl")
        .args(["-s", "-d", "grant_type=refresh_token", "-d"])
        .arg(format!("refresh_token={refresh}"))
        .arg(format!("{}/oidc/token", sandbox.url))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&reuse.stdout).contains("invalid_grant"), "a revoked refresh token stops working");
    assert!(std::fs::read_to_string(env.config_file()).unwrap().contains("organization = \"101\""));
    assert_no_secrets(&[&run], &[refresh]);
}

#[test]
fn refresh_is_single_flight_within_a_process() {
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    edit_stored(&env, |v| v["expires_at"] = (now() + 10).into());
    assert!(std::env::var("SEQERA_ACCESS_TOKEN").is_err(), "the test process must not carry a token");
    let state_dir = env.dir.path().join("home/.local/state/seqera");
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        let http = seqera::http::Http::new(std::time::Duration::from_secs(5), std::time::Duration::from_secs(10)).unwrap();
        let store = seqera::auth::store::TokenStore::new(&state_dir);
        let provider = seqera::auth::TokenProvider::new(None, &store, "default", &http, "auth_domain".into()).unwrap();
        let tasks: Vec<_> = (0..100)
            .map(|_| {
                let p = provider.clone();
                tokio::spawn(async move { p.access_token().await.map(|t| t.secret.expose().clone()) })
            })
            .collect();
        let mut tokens = std::collections::HashSet::new();
        for t in tasks {
            tokens.insert(t.await.unwrap().expect("every caller gets a token"));
        }
        assert_eq!(tokens.len(), 1, "all 100 callers share the one refreshed token");
    });
    assert_eq!(sandbox.stats()["refresh_grants"], 1);
}

#[test]
fn browser_login_refresh_and_logout_work_against_oauth2_mock_server() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_AUTH_DOMAIN", oauth_mock());
    let login = env.run(&["login"]);
    assert_eq!(login.code, 0, "{login:?}");
    let first = stored(&env);
    assert!(first["token_endpoint"].as_str().unwrap().starts_with(oauth_mock()), "{first}");
    edit_stored(&env, |v| v["expires_at"] = 0.into());
    let list = env.run(&["credentials", "list"]);
    assert_eq!(list.code, 0, "refreshed at the mock: {list:?}");
    let second = stored(&env);
    assert_ne!(second["access_token"], first["access_token"]);
    assert_ne!(second["refresh_token"], first["refresh_token"]);
    let logout = env.run(&["logout"]);
    assert!(logout.stderr.contains(&format!("Revoked the login of profile `default` at {}/revoke", oauth_mock())), "{logout:?}");
    assert!(!login_file(&env).exists());
    let secrets: Vec<String> = [&first, &second]
        .iter()
        .flat_map(|v| [v["access_token"].as_str().unwrap().to_string(), v["refresh_token"].as_str().unwrap().to_string()])
        .collect();
    assert_no_secrets(&[&login, &list, &logout], &secrets);
}

#[test]
fn tokens_create_save_over_a_browser_login_revokes_its_refresh_token() {
    // The browser login it replaces must not stay usable, forgotten, until its refresh token expires.
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    assert!(stored(&env)["refresh_token"].is_string());
    let run = env.run(&["tokens", "create", "replaces-browser", "--save"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("Revoked the browser login it replaces"), "{run:?}");
    assert_eq!(sandbox.stats()["revocations"], 1);
    assert_eq!(stored(&env)["kind"], "token");
    assert_eq!(env.run(&["credentials", "list", "-w", "acme/prod"]).code, 0);
}
