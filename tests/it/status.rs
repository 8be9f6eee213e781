use crate::harness::{TestEnv, target};

#[test]
fn status_passes_every_check_against_the_target() {
    let run = TestEnv::new().run(&["status"]);
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{run:?}");
    for (line, check) in lines.iter().zip(["platform", "user", "organization", "workspace", "ai_backend"]) {
        assert!(line.starts_with(&format!("{check}\tok\t")), "{line}");
    }
}

#[test]
fn status_json_uses_api_field_names_and_names_the_token_source() {
    let run = TestEnv::new().run(&["status", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let j = run.json();
    assert_eq!(j["ok"], true);
    assert_eq!(j["platform"]["apiVersion"], "1.187.0");
    assert_eq!(j["platform"]["url"], target().api_url.as_str());
    assert_eq!(j["user"]["userName"], "demo");
    assert_eq!(j["user"]["tokenSource"], "env SEQERA_ACCESS_TOKEN");
    assert_eq!(j["aiBackend"]["status"], "ok");
}

#[test]
fn info_is_an_alias_of_status() {
    assert_eq!(TestEnv::new().run(&["info", "-o", "json"]).json()["ok"], true);
}

#[test]
fn sandbox_flag_needs_no_account_or_config() {
    let run = TestEnv::bare().run(&["--sandbox", "status", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let j = run.json();
    assert_eq!(j["user"]["tokenSource"], "sandbox");
    assert!(j["platform"]["url"].as_str().unwrap().starts_with("http://127.0.0.1:"));
}

#[test]
fn closed_port_fails_within_two_seconds_and_names_the_url() {
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", "http://127.0.0.1:9").run(&["status"]);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(run.elapsed.as_secs_f64() < 2.0, "took {:?}", run.elapsed);
    assert!(run.stdout.contains("Cannot reach http://127.0.0.1:9/service-info: connection refused"), "{run:?}");
    assert!(run.stderr.contains("Status check failed: platform"), "{run:?}");
}

#[test]
fn rejected_token_fails_the_user_check_and_names_the_env_var() {
    let run = TestEnv::new().without("SEQERA_ACCESS_TOKEN").env("TOWER_ACCESS_TOKEN", "not-a-valid-token").run(&["status", "-o", "json"]);
    assert_eq!(run.code, 1, "{run:?}");
    let j = run.json();
    assert_eq!(j["user"]["status"], "fail");
    assert!(j["user"]["error"].as_str().unwrap().contains("token from env TOWER_ACCESS_TOKEN is invalid"), "{j}");
    assert!(!run.all().contains("not-a-valid-token"), "the token must never be printed: {run:?}");
}

#[test]
fn selected_workspace_is_resolved_and_shown_with_its_role() {
    let run = TestEnv::new().env("TOWER_WORKSPACE_ID", "201").run(&["status", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let ws = &run.json()["workspace"];
    assert_eq!(ws["workspaceName"], "prod");
    assert_eq!(ws["roles"][0], "maintain");
    assert_eq!(ws["source"], "env TOWER_WORKSPACE_ID");
}

#[test]
fn unknown_workspace_fails_the_workspace_check() {
    let run = TestEnv::new().run(&["-w", "acme/prd", "status"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("workspace\tfail\tNo workspace `prd` in organization `acme`"), "{run:?}");
}

#[test]
fn api_version_below_the_minimum_is_a_warning() {
    let run = TestEnv::new().env("SEQERA_PLATFORM_MIN_API_VERSION", "1.200.0").run(&["status", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["platform"]["status"], "warn");
}
