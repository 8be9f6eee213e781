/// The scripts in completions/ are what `seqera completions SHELL` prints; regenerate them with
/// `for s in bash zsh fish elvish; do seqera completions $s > completions/seqera.$s; done` (and
/// `seqera completions powershell > completions/seqera.ps1`).
#[test]
fn completion_scripts_in_the_repo_are_current() {
    let env = crate::harness::TestEnv::bare().env("SEQERA_PLATFORM_API_URL", "not a url");
    for (shell, file) in
        [("bash", "seqera.bash"), ("zsh", "seqera.zsh"), ("fish", "seqera.fish"), ("elvish", "seqera.elvish"), ("powershell", "seqera.ps1")]
    {
        let run = env.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {run:?}");
        let kept = std::fs::read_to_string(format!("{}/completions/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert!(kept == run.stdout, "completions/{file} is stale: regenerate it with `seqera completions {shell}`");
        assert!(run.stdout.contains("COMPLETE") && run.stdout.contains("seqera"), "{shell}: the script calls the binary");
    }
}

/// The scripts ask the binary, which completes the clap tree and the names in the cache files that
/// commands leave behind (no request is made while completing).
#[test]
fn the_binary_completes_commands_and_cached_names_for_bash_and_fish() {
    let env = crate::harness::TestEnv::new().env("SEQERA_WORKSPACE_ID", "201");
    assert_eq!(env.run(&["org", "list"]).code, 0);
    assert_eq!(env.run(&["credentials", "list"]).code, 0);
    let bash = |words: &[&str]| {
        let index = (words.len() - 1).to_string();
        let mut args = vec!["--"];
        args.extend_from_slice(words);
        env.run_with_envs(&[("COMPLETE", "bash"), ("_CLAP_COMPLETE_INDEX", &index), ("_CLAP_IFS", "\n")], &args)
    };
    let run = bash(&["seqera", "cred"]);
    assert_eq!(run.stdout.lines().collect::<Vec<_>>(), vec!["credentials"], "{run:?}");
    let run = bash(&["seqera", "org", "switch", ""]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines.contains(&"acme") && lines.contains(&"globex"), "{run:?}");
    let run = bash(&["seqera", "credentials", "get", "aw"]);
    assert_eq!(run.stdout.trim(), "aws-prod", "{run:?}");
    let run = bash(&["seqera", "-w", "acme/p"]);
    assert_eq!(run.stdout.trim(), "acme/prod", "{run:?}");
    let fish = env.run_with_envs(&[("COMPLETE", "fish")], &["--", "seqera", "workspace", "use", "glob"]);
    assert!(fish.stdout.starts_with("globex/research"), "{fish:?}");
}
