use crate::harness::{OwnSandbox, TestEnv, target};

fn names(run: &crate::harness::Run) -> Vec<String> {
    run.stdout.lines().map(|l| l.split('\t').nth(1).unwrap_or_default().to_string()).collect()
}

#[test]
fn without_a_workspace_the_personal_one_is_listed() {
    let run = TestEnv::new().run(&["credentials", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(names(&run), ["github-personal"]);
}

#[test]
fn workspace_flag_by_name_reaches_the_request_as_workspace_id() {
    let run = TestEnv::new().run(&["--debug", "-w", "acme/prod", "credentials", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("/credentials?workspaceId=201 -> 200"), "{run:?}");
    assert!(names(&run).contains(&"aws-prod".to_string()), "{run:?}");
}

#[test]
fn tower_workspace_id_reaches_the_request_as_workspace_id() {
    let run = TestEnv::new().env("TOWER_WORKSPACE_ID", "202").run(&["--debug", "credentials", "list", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("/credentials?workspaceId=202 -> 200"), "{run:?}");
    assert!(!run.stderr.contains("/user-info"), "a numeric ID needs no lookup: {run:?}");
    let j = run.json();
    assert_eq!(j[0]["name"], "aws-dev");
    assert_eq!(j[0]["status"], "INVALID");
}

#[test]
fn the_profile_default_workspace_is_used() {
    let env = TestEnv::new();
    env.run(&["workspace", "use", "globex/research"]);
    assert_eq!(names(&env.run(&["credentials", "list"])), ["gcp-research"]);
}

#[test]
fn list_filters_by_provider() {
    let run = TestEnv::new().run(&["-w", "201", "credentials", "list", "--provider", "github"]);
    assert_eq!(names(&run), ["github-ci"]);
    assert_eq!(TestEnv::new().run(&["credentials", "list", "--provider", "nope"]).code, 2);
}

#[test]
fn get_by_name_or_id_never_shows_secret_keys() {
    let env = TestEnv::new();
    let by_name = env.run(&["-w", "201", "credentials", "get", "aws-prod", "-o", "json"]);
    assert_eq!(by_name.code, 0, "{by_name:?}");
    let j = by_name.json();
    assert_eq!(j["keys"]["accessKey"], "AKIAPRODEXAMPLE00001");
    assert!(j["keys"].get("secretKey").is_none(), "{j}");
    let by_id = env.run(&["-w", "201", "credentials", "get", "1cz5A8cuBkB5iJliCwJCFU"]);
    assert!(by_id.stdout.contains("name\taws-prod"), "{by_id:?}");
    assert!(!by_id.all().contains("sandbox-secret"), "{by_id:?}");
}

#[test]
fn an_unknown_credential_is_not_found() {
    let run = TestEnv::new().run(&["-w", "201", "credentials", "get", "nope"]);
    assert_eq!(run.code, 5, "{run:?}");
    assert!(run.stderr.contains("No credential named or with ID `nope` in workspace 201"), "{run:?}");
}

#[test]
fn delete_in_a_pipe_without_yes_changes_nothing() {
    let env = TestEnv::new();
    let run = env.run(&["-w", "201", "credentials", "delete", "github-ci"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--yes"), "{run:?}");
    assert!(names(&env.run(&["-w", "201", "credentials", "list"])).contains(&"github-ci".to_string()));
}

const PROD_BATCH: &str = "compute-env\t3xkQ0BnMcVr2YbLhUo5Wtz\tprod-batch\t/compute-envs/3xkQ0BnMcVr2YbLhUo5Wtz\n";

#[test]
fn deleting_a_credential_in_use_is_refused_by_default_with_what_uses_it() {
    let env = TestEnv::new();
    for extra in [None, Some("--checked")] {
        let mut args = vec!["-w", "acme/prod", "credentials", "delete", "aws-prod", "--yes"];
        args.extend(extra);
        let run = env.run(&args);
        assert_eq!(run.code, 1, "{extra:?}: {run:?}");
        assert_eq!(run.stdout, PROD_BATCH, "{extra:?}");
        assert!(run.stderr.contains("is in use by compute-env prod-batch; nothing was deleted."), "{run:?}");
        assert!(run.stderr.contains("`seqera credentials delete aws-prod --force`"), "{run:?}");
    }
    assert!(names(&env.run(&["-w", "acme/prod", "credentials", "list"])).contains(&"aws-prod".to_string()));
}

#[test]
fn force_deletes_a_credential_in_use_and_lists_what_it_broke() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    let run = env.run(&["-w", "acme/prod", "credentials", "delete", "aws-prod", "--yes", "--force"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, PROD_BATCH, "what it broke, as data");
    assert!(run.stderr.contains("Deleted `aws-prod` (1cz5A8cuBkB5iJliCwJCFU)."), "{run:?}");
    assert!(run.stderr.contains("Warning: Forced while 1 thing uses it: what is listed no longer has working credentials."), "{run:?}");
    assert!(!names(&env.run(&["-w", "acme/prod", "credentials", "list"])).contains(&"aws-prod".to_string()));
    let both = env.run(&["-w", "acme/prod", "credentials", "delete", "github-ci", "--yes", "--force", "--checked"]);
    assert_eq!(both.code, 2, "--checked and --force contradict: {both:?}");
}

#[test]
fn a_script_deletes_safely_unless_forced() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    let run = env.run(&["-w", "acme/prod", "run", "-e", "credentials_delete(\"aws-prod\", #{})"]);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(run.all().contains("is in use by compute-env prod-batch") && run.all().contains("--force"), "{run:?}");
    let run = env.run(&["-w", "acme/prod", "run", "-e", "credentials_delete(\"aws-prod\", #{force: true})"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!names(&env.run(&["-w", "acme/prod", "credentials", "list"])).contains(&"aws-prod".to_string()));
}

#[test]
fn delete_with_yes_removes_the_credential() {
    let env = TestEnv::new();
    let run = env.run(&["-w", "201", "credentials", "delete", "docker-hub", "--yes"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("Deleted `docker-hub`"), "{run:?}");
    assert!(!names(&env.run(&["-w", "201", "credentials", "list"])).contains(&"docker-hub".to_string()));
}

#[test]
fn a_role_below_maintain_is_told_which_role_is_missing_before_any_request() {
    let run = TestEnv::new().run(&["--debug", "-w", "globex/research", "credentials", "delete", "gcp-research", "--yes"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("you need the `maintain` role or higher; your role there is `view`"), "{run:?}");
    assert!(!run.stderr.contains("DELETE"), "no delete was sent: {run:?}");
}

#[test]
fn the_server_also_refuses_a_mutation_below_maintain() {
    let out = std::process::Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "DELETE", "-H", "Authorization: Bearer sandbox-demo-token"])
        .arg(format!("{}/credentials/5nO6pQ7rS8tU9vW0xY1zAb?workspaceId=203", target().api_url))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "403");
}
