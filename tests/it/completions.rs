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
fn the_binary_completes_commands_and_cached_names_for_bash_zsh_and_fish() {
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
    // zsh's script passes `$words` with the index of the word under the cursor, as bash's does, and
    // reads `value:description` lines.
    let zsh = |words: &[&str]| {
        let index = (words.len() - 1).to_string();
        let mut args = vec!["--"];
        args.extend_from_slice(words);
        env.run_with_envs(&[("COMPLETE", "zsh"), ("_CLAP_COMPLETE_INDEX", &index), ("_CLAP_IFS", "\n")], &args)
    };
    let values = |run: &crate::harness::Run| run.stdout.lines().map(|l| l.split(':').next().unwrap().to_string()).collect::<Vec<_>>();
    let run = zsh(&["seqera", "credentials", "get", "aw"]);
    assert_eq!(values(&run), vec!["aws-prod"], "{run:?}");
    let run = zsh(&["seqera", "org", "switch", "gl"]);
    assert_eq!(values(&run), vec!["globex"], "{run:?}");
    let run = zsh(&["seqera", "credentials", "l"]);
    assert_eq!(values(&run), vec!["list"], "{run:?}");
}

/// The scripts kept in completions/, sourced by a real bash, zsh and fish and called as each calls them
/// on Tab, find the binary on PATH and complete commands, enum values and cached names. (zsh's
/// completion widgets need a terminal, so `compdef` and `_describe` are stood in for by functions that
/// print what they are given; the script's own logic runs as written.) `.ci/run` installs zsh and fish.
#[test]
fn the_kept_scripts_complete_through_the_binary_in_bash_zsh_and_fish() {
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_seqera")).parent().unwrap().display().to_string();
    let env = crate::harness::TestEnv::new()
        .env("SEQERA_WORKSPACE_ID", "201")
        .env("PATH", &format!("{bin_dir}:{}", std::env::var("PATH").unwrap_or_default()));
    assert_eq!(env.run(&["credentials", "list"]).code, 0, "fills the name cache");
    let dir = format!("{}/completions", env!("CARGO_MANIFEST_DIR"));
    let run = |shell: &str, args: &[&str]| {
        let out = match env.command_of(shell, args).output() {
            Ok(out) => out,
            Err(e) => panic!("{shell} is needed for this test ({e}); .ci/run installs it (Debian package `{shell}`)"),
        };
        assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr));
        // Values only (zsh and fish add `:description` or a tab and a description).
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| l.split(['\t', ':']).next().unwrap().trim().to_string())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
    };
    let bash = |line: &str| {
        let program = format!(
            "source '{dir}/seqera.bash'\nCOMP_WORDS=({line})\nCOMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))\nCOMP_TYPE=9\n\
             _clap_complete_seqera seqera \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
             printf '%s\\n' \"${{COMPREPLY[@]}}\""
        );
        run("bash", &["-c", &program])
    };
    let zsh = |line: &str| {
        let program = format!(
            "compdef() {{ : }}\n_describe() {{ print -rl -- \"${{(@P)3}}\" }}\nsource '{dir}/seqera.zsh'\n\
             words=({line})\nCURRENT=${{#words}}\n_clap_dynamic_completer_seqera"
        );
        run("zsh", &["-f", "-c", &program])
    };
    let fish = |line: &str| run("fish", &["--no-config", "-c", &format!("source '{dir}/seqera.fish'; complete -C '{line}'")]);
    for (name, complete) in [("bash", &bash as &dyn Fn(&str) -> Vec<String>), ("zsh", &zsh), ("fish", &fish)] {
        if !crate::harness::programs_present(&format!("completion scripts in {name}"), &[name]) {
            continue;
        }
        let quote = |w: &str| if name == "fish" { format!("{w} ") } else { format!("{w} ''") };
        assert_eq!(complete("seqera creden"), vec!["credentials"], "{name}");
        assert_eq!(complete("seqera credentials get aws-"), vec!["aws-prod"], "{name}");
        assert_eq!(complete("seqera credentials list --provider goo"), vec!["google"], "{name}");
        let mut all = complete(&quote("seqera credentials get"));
        all.retain(|c| !c.starts_with('-'));
        assert_eq!(all, vec!["aws-prod", "github-ci", "docker-hub"], "{name}: an empty word lists the names");
    }
}

/// `-p NAME` on the line completes from that profile's names, and `-p` itself completes profiles.
#[test]
fn a_profile_on_the_line_completes_from_that_profiles_names() {
    let env = crate::harness::TestEnv::new();
    assert_eq!(env.run(&["config", "create", "other"]).code, 0);
    assert_eq!(env.run(&["workspace", "use", "acme/prod"]).code, 0);
    assert_eq!(env.run(&["-p", "other", "workspace", "use", "globex/research"]).code, 0);
    assert_eq!(env.run(&["credentials", "list"]).code, 0);
    assert_eq!(env.run(&["-p", "other", "credentials", "list"]).code, 0);
    let values = |words: &[&str]| {
        let index = (words.len() - 1).to_string();
        let mut args = vec!["--"];
        args.extend_from_slice(words);
        let run = env.run_with_envs(&[("COMPLETE", "bash"), ("_CLAP_COMPLETE_INDEX", &index), ("_CLAP_IFS", "\n")], &args);
        run.stdout.lines().filter(|l| !l.starts_with('-')).map(str::to_string).collect::<Vec<_>>()
    };
    assert_eq!(values(&["seqera", "credentials", "get", ""]), vec!["aws-prod", "github-ci", "docker-hub"]);
    assert_eq!(values(&["seqera", "-p", "other", "credentials", "get", ""]), vec!["gcp-research"]);
    assert_eq!(values(&["seqera", "credentials", "get", "--profile=other", ""]), vec!["gcp-research"]);
    let mut profiles = values(&["seqera", "-p", ""]);
    profiles.sort();
    assert_eq!(profiles, vec!["default", "other"]);
}

/// `seqera ai -s <Tab>` offers the sessions this profile used, newest first, described by the question
/// that started them (in zsh and fish, which show descriptions).
#[test]
fn ai_session_ids_complete_with_their_first_question() {
    let env = crate::harness::TestEnv::new();
    assert_eq!(env.run(&["ai", "what is in acme?"]).code, 0);
    assert_eq!(env.run(&["ai", "second one"]).code, 0);
    let zsh =
        env.run_with_envs(&[("COMPLETE", "zsh"), ("_CLAP_COMPLETE_INDEX", "3"), ("_CLAP_IFS", "\n")], &["--", "seqera", "ai", "-s", ""]);
    let lines: Vec<&str> = zsh.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{zsh:?}");
    assert!(lines[0].ends_with(":second one") && lines[1].ends_with(":what is in acme?"), "{zsh:?}");
    let id = lines[1].split(':').next().unwrap();
    let run = env.run(&["ai", "-s", id, "go on"]);
    assert_eq!(run.stdout, "You said: go on\n", "{run:?}");
}

/// Tab after `credentials add PROVIDER --` offers that provider's flags and no other's; Tab after
/// `credentials ` offers the everyday subcommands first (issue 17, items 5 and 8).
#[test]
fn tab_offers_only_the_providers_own_flags_and_subcommands_in_a_useful_order() {
    use seqera::platform::keyspec::{all_key_flags, key_flags};
    let env = crate::harness::TestEnv::new();
    let bash = |words: &[&str]| {
        let index = (words.len() - 1).to_string();
        let mut args = vec!["--"];
        args.extend_from_slice(words);
        let run = env.run_with_envs(&[("COMPLETE", "bash"), ("_CLAP_COMPLETE_INDEX", &index), ("_CLAP_IFS", "\n")], &args);
        run.stdout.lines().map(str::to_string).collect::<Vec<_>>()
    };
    for provider in seqera::platform::providers::names() {
        let offered = bash(&["seqera", "credentials", "add", provider, "--"]);
        let own = key_flags(provider);
        assert!(own.iter().all(|f| offered.contains(f)), "{provider}: {own:?} in {offered:?}");
        let foreign: Vec<String> = all_key_flags().into_iter().filter(|f| !own.contains(f) && offered.contains(f)).collect();
        assert!(foreign.is_empty(), "{provider}: offers {foreign:?}");
        assert!(offered.contains(&"--name".to_string()), "{provider}: {offered:?}");
    }
    let subs = bash(&["seqera", "credentials", ""]);
    let at = |name: &str| subs.iter().position(|s| s == name).unwrap_or_else(|| panic!("{name} in {subs:?}"));
    assert!(at("list") < at("get") && at("get") < at("add") && at("add") < at("delete"), "{subs:?}");
    assert!(!subs.iter().any(|s| s == "describe" || s == "show"), "the name is offered, not an alias: {subs:?}");
    let top = bash(&["seqera", "st"]);
    assert_eq!(top, vec!["status"], "not `info`");
}
