use crate::harness::{TestEnv, scripted_server, target};

#[test]
fn unauthorized_exits_4_and_names_the_token_variable() {
    let run = TestEnv::new().env("SEQERA_ACCESS_TOKEN", "wrong-token-value").run(&["org", "list"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.stderr.contains("Unauthorized (401)") && run.stderr.contains("the token from env SEQERA_ACCESS_TOKEN is invalid"),
        "{run:?}"
    );
    assert!(run.stderr.contains("Hint: Update or unset SEQERA_ACCESS_TOKEN"), "{run:?}");
    assert!(!run.all().contains("wrong-token-value"), "{run:?}");
}

#[test]
fn no_token_at_all_exits_4_with_a_way_forward() {
    let run = TestEnv::new().without("SEQERA_ACCESS_TOKEN").run(&["org", "list"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("Not logged in") && run.stderr.contains("SEQERA_ACCESS_TOKEN"), "{run:?}");
}

#[test]
fn connection_refused_exits_3_and_names_the_setting() {
    let run = TestEnv::new().env("TOWER_API_ENDPOINT", "http://127.0.0.1:9").without("SEQERA_PLATFORM_API_URL").run(&["org", "list"]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("Cannot reach http://127.0.0.1:9/user-info: connection refused."), "{run:?}");
    assert!(run.stderr.contains("api_url (from env TOWER_API_ENDPOINT)"), "{run:?}");
}

#[test]
fn a_slow_server_times_out_with_the_url_and_the_setting() {
    let run =
        TestEnv::bare().env("SEQERA_SANDBOX_DELAY_MS", "5000").env("SEQERA_REQUEST_TIMEOUT", "0.3").run(&["--sandbox", "org", "list"]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("Timed out after 0.3s waiting for http://127.0.0.1:"), "{run:?}");
    assert!(run.stderr.contains("request_timeout"), "{run:?}");
    assert!(run.elapsed.as_secs_f64() < 3.0, "timeouts are not retried: {:?}", run.elapsed);
}

#[test]
fn an_html_error_page_is_reported_as_status_and_first_line() {
    let (url, _) = scripted_server(|_, _| {
        ("502 Bad Gateway", "text/html", "\n<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>\n".into())
    });
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["org", "list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Bad Gateway (502) from"), "{run:?}");
    assert!(run.stderr.contains("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"), "{run:?}");
    assert!(!run.stderr.contains("panicked"), "{run:?}");
}

#[test]
fn a_non_json_success_body_is_an_error_not_a_panic() {
    let (url, _) = scripted_server(|_, _| ("200 OK", "text/html", "<html>login page</html>".into()));
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["org", "list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Unexpected answer from") && run.stderr.contains("<html>login page</html>"), "{run:?}");
}

#[test]
fn transient_503s_are_retried_up_to_three_attempts() {
    let (url, seen) = scripted_server(|path, nth| match (path, nth) {
        (_, 1 | 2) => ("503 Service Unavailable", "text/plain", "busy".into()),
        ("/service-info", _) => ("200 OK", "application/json", r#"{"serviceInfo":{"version":"x","apiVersion":"1.187.0"}}"#.into()),
        _ => ("401 Unauthorized", "application/json", r#"{"message":"Unauthorized"}"#.into()),
    });
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["status", "-o", "json"]);
    assert_eq!(run.json()["platform"]["status"], "ok", "{run:?}");
    let hits = seen.lock().unwrap().iter().filter(|p| *p == "/service-info").count();
    assert_eq!(hits, 3);
}

#[test]
fn persistent_503s_give_up_after_three_attempts() {
    let (url, seen) = scripted_server(|_, _| ("503 Service Unavailable", "text/plain", "down for maintenance".into()));
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["org", "list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Service Unavailable (503)") && run.stderr.contains("down for maintenance"), "{run:?}");
    assert_eq!(seen.lock().unwrap().len(), 3);
}

#[test]
fn too_many_requests_honours_retry_after() {
    let (url, seen) = scripted_server(|path, nth| match (path, nth) {
        (_, 1) => ("429 Too Many Requests", "application/json", r#"{"message":"slow down"}"#.into()),
        _ => ("200 OK", "application/json", r#"{"serviceInfo":{"version":"x","apiVersion":"1.187.0"}}"#.into()),
    });
    let run = TestEnv::new()
        .env("SEQERA_PLATFORM_API_URL", &url)
        .env("SEQERA_AI_BACKEND_URL", "http://127.0.0.1:9")
        .run(&["status", "-o", "json"]);
    assert_eq!(run.json()["platform"]["status"], "ok", "{run:?}");
    assert!(run.elapsed.as_secs_f64() >= 1.0, "waited for Retry-After: {:?}", run.elapsed);
    assert_eq!(seen.lock().unwrap().iter().filter(|p| *p == "/service-info").count(), 2);
}

#[test]
fn usage_errors_exit_2() {
    let run = TestEnv::bare().run(&["org", "frobnicate"]);
    assert_eq!(run.code, 2, "{run:?}");
    let run = TestEnv::bare().run(&["-o", "yaml", "config", "list"]);
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn unknown_org_filter_is_not_found_with_suggestions() {
    let run = TestEnv::new().run(&["workspace", "list", "--org", "acm"]);
    assert_eq!(run.code, 5, "{run:?}");
    assert!(run.stderr.contains("Did you mean acme?"), "{run:?}");
}

/// In the Prism run this proves the proxy is really in the path: a request that breaks the spec (a
/// non-numeric userId) is answered by Prism with 422 and the violation. Directly, the sandbox refuses it too.
#[test]
fn the_target_rejects_requests_that_break_the_spec() {
    let t = target();
    let client = std::process::Command::new("curl")
        .args(["-s", "-o", "-", "-w", "\n%{http_code}", "-H", "Authorization: Bearer sandbox-demo-token"])
        .arg(format!("{}/user/not-a-number/workspaces", t.api_url))
        .output()
        .expect("curl runs");
    let out = String::from_utf8_lossy(&client.stdout);
    let code = out.lines().last().unwrap_or_default();
    if t.via_prism {
        assert_eq!(code, "422", "Prism must reject the request: {out}");
        assert!(out.to_ascii_lowercase().contains("userid"), "{out}");
    } else {
        assert_eq!(code, "400", "{out}");
    }
}
