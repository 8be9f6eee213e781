use crate::harness::TestEnv;

/// Starts `seqera sandbox serve --port 0 [ARGS]` and returns the child and its URL.
fn serve(env: &TestEnv, extra: &[&str]) -> (std::process::Child, String) {
    let mut args = vec!["sandbox", "serve", "--port", "0"];
    args.extend_from_slice(extra);
    crate::harness::spawn_sandbox(env.command(&args))
}

#[test]
fn serve_binds_loopback_and_answers_with_the_demo_data() {
    let env = TestEnv::bare();
    let (mut child, url) = serve(&env, &[]);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let run =
        env.run_with_envs(&[("SEQERA_PLATFORM_API_URL", &url), ("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN)], &["org", "list"]);
    child.kill().ok();
    assert_eq!(run.stdout.lines().count(), 2, "{run:?}");
}

#[test]
fn state_file_is_written_and_read_back_across_restarts() {
    let env = TestEnv::bare();
    let state = env.dir.path().join("sandbox-state.json");
    let state_arg = state.display().to_string();
    let (mut child, _) = serve(&env, &["--state", &state_arg]);
    child.kill().ok();
    child.wait().ok();
    let saved = std::fs::read_to_string(&state).expect("state saved at start");
    assert!(saved.contains("\"globex\""), "{saved}");
    std::fs::write(&state, saved.replace("\"globex\"", "\"globex-renamed\"")).unwrap();
    let (mut child, url) = serve(&env, &["--state", &state_arg]);
    let run = env.run_with_envs(
        &[("SEQERA_PLATFORM_API_URL", &url), ("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN)],
        &["org", "list", "-o", "json"],
    );
    assert_eq!(run.json()[1]["orgName"], "globex-renamed", "{run:?}");

    // Mutations are saved in the background, and at the latest when the sandbox is stopped.
    let add = env.run_with_envs(
        &[("SEQERA_PLATFORM_API_URL", &url), ("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN), ("S", "x")],
        &["-w", "202", "credentials", "add", "github", "--name", "saved-on-stop", "--username", "u", "--password-env", "S"],
    );
    assert_eq!(add.code, 0, "{add:?}");
    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "SIGTERM stops the sandbox cleanly");
    assert!(std::fs::read_to_string(&state).unwrap().contains("saved-on-stop"));
}

#[test]
fn the_sandbox_requires_a_bearer_token_except_for_service_info() {
    let env = TestEnv::new().without("SEQERA_ACCESS_TOKEN").env("SEQERA_ACCESS_TOKEN", "nope");
    let run = env.run(&["status", "-o", "json"]);
    let j = run.json();
    assert_eq!(j["platform"]["status"], "ok", "{run:?}");
    assert_eq!(j["user"]["status"], "fail", "{run:?}");
}

#[test]
fn debug_logs_requests_without_the_token() {
    let run = TestEnv::new().run(&["--debug", "org", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("[debug] GET ") && run.stderr.contains("/user-info -> 200"), "{run:?}");
    assert!(!run.all().contains(seqera::sandbox::DEMO_TOKEN), "{run:?}");
}
