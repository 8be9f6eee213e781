use crate::harness::TestEnv;

fn rows(run: &crate::harness::Run) -> Vec<Vec<String>> {
    run.stdout.lines().map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

fn row(run: &crate::harness::Run, key: &str) -> Vec<String> {
    rows(run).into_iter().find(|r| r[0] == key).unwrap_or_else(|| panic!("no row {key}: {run:?}"))
}

#[test]
fn config_set_is_listed_with_the_profile_as_its_source() {
    let env = TestEnv::bare();
    let set = env.run(&["config", "set", "api_url", "https://tower.example.org/api"]);
    assert_eq!(set.code, 0, "{set:?}");
    assert!(set.stderr.contains("Set api_url"), "{set:?}");
    let list = env.run(&["config", "list"]);
    assert_eq!(row(&list, "api_url"), ["api_url", "https://tower.example.org/api", "profile default"]);
    // An enterprise API URL carries its own OIDC issuer.
    assert_eq!(row(&list, "auth_domain"), ["auth_domain", "https://tower.example.org/api", "derived from api_url"]);
    assert_eq!(env.run(&["config", "get", "api_url"]).stdout, "https://tower.example.org/api\n");
}

#[test]
fn another_profile_is_selected_by_flag_and_by_env() {
    let env = TestEnv::bare();
    assert_eq!(env.run(&["config", "create", "other"]).code, 0);
    assert_eq!(env.run(&["-p", "other", "config", "set", "workspace", "acme/prod"]).code, 0);
    let by_flag = env.run(&["-p", "other", "config", "list"]);
    assert_eq!(row(&by_flag, "profile"), ["profile", "other", "flag --profile"]);
    assert_eq!(row(&by_flag, "workspace"), ["workspace", "acme/prod", "profile other"]);
    let by_env = env.run_with_env("SEQERA_PROFILE", "other", &["config", "list"]);
    assert_eq!(row(&by_env, "profile"), ["profile", "other", "env SEQERA_PROFILE"]);
    let default = env.run(&["config", "list"]);
    assert_eq!(row(&default, "workspace"), ["workspace", "", "unset"]);
}

#[test]
fn env_vars_override_the_profile_and_the_first_one_wins() {
    let env = TestEnv::bare();
    env.run(&["config", "set", "api_url", "https://profile.example/api"]);
    let run = env.run_with_envs(
        &[("TOWER_API_ENDPOINT", "https://tower.example/api"), ("SEQERA_PLATFORM_API_URL", "https://seqera.example/api")],
        &["config", "list"],
    );
    assert_eq!(row(&run, "api_url"), ["api_url", "https://seqera.example/api", "env SEQERA_PLATFORM_API_URL"]);
    let run =
        env.run_with_envs(&[("TOWER_API_ENDPOINT", "https://tower.example/api"), ("SEQERA_PLATFORM_API_URL", "")], &["config", "list"]);
    assert_eq!(
        row(&run, "api_url"),
        ["api_url", "https://tower.example/api", "env TOWER_API_ENDPOINT"],
        "an empty variable counts as unset"
    );
}

#[test]
fn flags_override_env_vars() {
    let env = TestEnv::bare().env("SEQERA_OUTPUT", "csv").env("TOWER_WORKSPACE_ID", "5");
    let run = env.run(&["-o", "tsv", "-w", "7", "config", "list"]);
    assert_eq!(row(&run, "output"), ["output", "tsv", "flag --output"]);
    assert_eq!(row(&run, "workspace"), ["workspace", "7", "flag --workspace"]);
}

#[test]
fn edits_keep_comments_and_unknown_keys() {
    let env = TestEnv::bare();
    let path = env.config_file();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "# my settings\n[profiles.default]\n# prod endpoint\napi_url = \"https://a.example/api\"\nfuture_key = true\n")
        .unwrap();
    assert_eq!(env.run(&["config", "set", "workspace", "acme/dev"]).code, 0);
    assert_eq!(env.run(&["config", "unset", "api_url"]).code, 0);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("# my settings") && text.contains("future_key = true") && text.contains("workspace = \"acme/dev\""), "{text}");
    assert!(!text.contains("api_url ="), "{text}");
}

#[test]
fn malformed_config_names_file_line_and_column() {
    let env = TestEnv::bare();
    let path = env.config_file();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "[profiles.default]\napi_url = \"https://x\nworkspace = 1\n").unwrap();
    let run = env.run(&["config", "list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains(&format!("{} is not valid TOML at line 2, column", path.display())), "{run:?}");
    assert!(run.stderr.contains("Hint:"), "{run:?}");
}

#[test]
fn bad_values_and_unknown_keys_are_usage_errors() {
    let env = TestEnv::bare();
    let run = env.run(&["config", "set", "api_url", "not a url"]);
    assert_eq!(run.code, 2, "{run:?}");
    let run = env.run(&["config", "set", "colour", "red"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("Settings are: api_url"), "{run:?}");
    let run = env.run_with_env("SEQERA_PLATFORM_API_URL", "ftp://x", &["status"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Invalid api_url (from env SEQERA_PLATFORM_API_URL)"), "{run:?}");
}

#[test]
fn a_missing_profile_says_how_to_create_it() {
    let run = TestEnv::bare().run(&["-p", "nope", "config", "list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("seqera config create nope"), "{run:?}");
}

#[test]
fn profiles_can_be_listed_used_and_deleted() {
    let env = TestEnv::bare();
    env.run(&["config", "create", "staging"]);
    assert_eq!(env.run(&["config", "use", "staging"]).code, 0);
    let list = env.run(&["config", "profiles", "-o", "json"]).json();
    assert_eq!(list[1]["name"], "staging");
    assert_eq!(list[1]["active"], true);
    assert_eq!(env.run(&["config", "delete", "staging"]).code, 0);
    assert_eq!(env.run(&["config", "get", "profile"]).stdout, "default\n");
    assert_eq!(env.run(&["config", "create", "bad name"]).code, 2);
}

#[test]
#[cfg(unix)]
fn config_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::bare();
    env.run(&["config", "set", "output", "json"]);
    let mode = std::fs::metadata(env.config_file()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}
