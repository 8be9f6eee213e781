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
        assert!(run.stdout.contains("credentials") && run.stdout.contains("workspace"), "{shell}");
    }
}
