use crate::harness::TestEnv;

#[test]
fn switch_by_name_and_by_id_then_clear() {
    let env = TestEnv::new();
    let run = env.run(&["org", "switch", "globex"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("[Org] ✓ Switched to: globex"), "{run:?}");
    assert_eq!(env.run(&["org", "-o", "json"]).json()["orgName"], "globex");
    assert_eq!(env.run(&["org", "list"]).stdout, "acme\t101\tmember\tpro\t\nglobex\t102\tcollaborator\tacademic\t*\n");
    assert_eq!(env.run(&["org", "select", "101"]).code, 0);
    assert_eq!(env.run(&["org", "current", "-o", "json"]).json()["orgId"], 101);
    let run = env.run(&["org", "reset"]);
    assert!(run.stderr.contains("cleared"), "{run:?}");
    let run = env.run(&["org", "show", "-o", "json"]);
    assert_eq!(run.stdout, "null\n", "{run:?}");
    assert!(run.stderr.contains("No organization selected"), "{run:?}");
}

#[test]
fn switch_without_a_name_in_a_pipe_is_a_usage_error_with_a_hint() {
    let run = TestEnv::new().run(&["org", "switch"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("Hint: Run `seqera org switch NAME`"), "{run:?}");
}

#[test]
fn an_unknown_org_suggests_the_closest() {
    let run = TestEnv::new().run(&["org", "switch", "acne"]);
    assert_eq!(run.code, 5, "{run:?}");
    assert!(run.stderr.contains("Did you mean acme?"), "{run:?}");
}

#[test]
fn orgs_the_user_is_not_in_stay_invisible() {
    let env = TestEnv::new();
    assert!(!env.run(&["org", "list"]).stdout.contains("initech"));
    assert_eq!(env.run(&["org", "switch", "initech"]).code, 5);
    assert!(!env.run(&["workspace", "list"]).stdout.contains("secret"));
}

#[test]
fn workspace_use_records_the_workspace_and_its_org() {
    let env = TestEnv::new();
    let run = env.run(&["workspace", "use", "acme/dev"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("Using acme/dev (ID 202, your role: admin)"), "{run:?}");
    let text = std::fs::read_to_string(env.config_file()).unwrap();
    assert!(text.contains("workspace = \"202\" # acme/dev") && text.contains("organization = \"101\" # acme"), "{text}");
    let show = env.run(&["workspace", "show", "-o", "json"]).json();
    assert_eq!(show["workspaceId"], 202);
    assert_eq!(show["source"], "profile default");
    assert_eq!(env.run(&["workspace", "list"]).stdout.lines().nth(1).unwrap(), "acme\tdev\t202\tadmin\tPRIVATE\tDevelopment\t*");
    let status = env.run(&["status", "-o", "json"]).json();
    assert_eq!(status["organization"]["orgName"], "acme");
    assert_eq!(status["workspace"]["workspaceName"], "dev");
}

#[test]
fn a_bare_workspace_name_resolves_in_the_selected_org() {
    let env = TestEnv::new();
    env.run(&["org", "switch", "globex"]);
    let run = env.run(&["workspace", "use", "prod"]);
    assert_eq!(run.code, 5, "prod is not in globex: {run:?}");
    assert!(run.stderr.contains("No workspace `prod` in organization `globex`"), "{run:?}");
    assert_eq!(env.run(&["workspace", "use", "research"]).code, 0);
}

#[test]
fn switching_org_clears_a_workspace_from_another_org() {
    let env = TestEnv::new();
    env.run(&["workspace", "use", "203"]);
    let run = env.run(&["org", "switch", "acme"]);
    assert!(run.stderr.contains("not in acme; it was cleared"), "{run:?}");
    assert_eq!(env.run(&["workspace", "show", "-o", "json"]).stdout, "null\n");
}

#[test]
fn workspace_clear_goes_back_to_the_personal_workspace() {
    let env = TestEnv::new();
    env.run(&["workspace", "use", "acme/prod"]);
    assert_eq!(env.run(&["workspace", "clear"]).code, 0);
    assert!(env.run(&["workspace"]).stderr.contains("personal workspace"));
    assert_eq!(env.run(&["org", "-o", "json"]).json()["orgName"], "acme", "the org stays selected");
}

#[test]
fn the_selection_is_per_profile() {
    let env = TestEnv::new();
    env.run(&["config", "create", "other"]);
    env.run(&["org", "switch", "acme"]);
    env.run(&["-p", "other", "org", "switch", "globex"]);
    assert_eq!(env.run(&["org", "-o", "json"]).json()["orgName"], "acme");
    assert_eq!(env.run(&["-p", "other", "org", "-o", "json"]).json()["orgName"], "globex");
}

#[test]
fn names_are_cached_and_the_cache_is_dropped_on_switch() {
    let env = TestEnv::new();
    let first = env.run(&["--debug", "workspace", "list"]);
    assert!(first.stderr.contains("/user-info -> 200"), "{first:?}");
    let second = env.run(&["--debug", "workspace", "list"]);
    assert!(!second.stderr.contains("[debug] GET"), "served from the cache: {second:?}");
    env.run(&["org", "switch", "acme"]);
    let third = env.run(&["--debug", "workspace", "list"]);
    assert!(third.stderr.contains("/user-info -> 200"), "the switch dropped the cache: {third:?}");
}
