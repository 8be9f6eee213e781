//! The official `seqera` 1.12 CLI's commands and flags work unchanged, and `tw` spellings that cannot
//! work here fail with ours named (issue 17, item 9).

use crate::harness::{OwnSandbox, TestEnv};
use crate::pty::{Pty, wait_exit};

#[test]
fn version_prints_what_dash_dash_version_prints_without_config() {
    let env = TestEnv::new();
    let by_command = env.run(&["version"]);
    let by_flag = env.run(&["--version"]);
    assert_eq!(by_command.code, 0, "{by_command:?}");
    assert_eq!(by_command.stdout, format!("seqera {}\n", env!("CARGO_PKG_VERSION")));
    assert_eq!(by_command.stdout, by_flag.stdout);
    std::fs::create_dir_all(env.config_file().parent().unwrap()).unwrap();
    std::fs::write(env.config_file(), "not = [valid").unwrap();
    assert_eq!(env.run(&["version"]).stdout, by_flag.stdout, "a broken config does not stop it");
}

#[test]
fn ai_headless_answers_in_a_pipe_and_asks_nothing_on_a_terminal() {
    let sandbox = OwnSandbox::start(&[]);
    let env = crate::ai::logged_in(&sandbox);
    let run = env.run(&["ai", "--headless", "hello there"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "You said: hello there\n");

    let mut pty = Pty::spawn(&env, &["ai", "--headless", "please delete credential github-personal"]);
    assert_eq!(wait_exit(&mut pty), Some(1), "{}", pty.text());
    assert!(!pty.text().contains("Choice [1/2/3]"), "no approval prompt: {}", pty.text());
    assert!(env.run(&["credentials", "list"]).stdout.contains("github-personal"), "the call did not run");

    // As the official CLI: a headless run without a question exits 1 with the usage lines.
    let run = env.run(&["ai", "--headless"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("seqera ai needs a question."), "{run:?}");
    assert!(run.stderr.contains("seqera ai --headless \"your question here\""), "{run:?}");
}

/// Headless `ai` uses the file store only, as the official CLI does (fact sheet A10): a file login works
/// without any keyring, and a login kept in the keyring is named with the way out instead of a keyring wait.
#[test]
fn ai_headless_uses_the_file_store_and_never_the_keyring() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().without("SEQERA_ACCESS_TOKEN").env("SEQERA_KEYRING_TIMEOUT_MS", "5000");
    let login = env.run_with_stdin(&["login", "--with-token", "--headless"], seqera::sandbox::DEMO_TOKEN);
    assert_eq!(login.code, 0, "{login:?}");
    let run = env.run(&["ai", "--headless", "hello there"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "You said: hello there\n"), "{run:?}");

    let tokens = env.dir.path().join("home/.local/state/seqera/tokens/default.json");
    let pointer = r#"{"backend":"keyring","kind":"token","api_url":"http://127.0.0.1:1","user_name":"me"}"#;
    std::fs::write(&tokens, pointer).unwrap();
    let run = env.run(&["ai", "--headless", "hello there"]);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("a headless run uses only the file store"), "{run:?}");
    assert!(run.stderr.contains("seqera login --headless"), "{run:?}");
    assert!(run.elapsed < std::time::Duration::from_secs(4), "the keyring was not waited on: {run:?}");
}

#[test]
fn login_headless_stores_the_login_in_the_file_like_insecure_storage() {
    // The test HOME's keyring is unusable: a keyring login would warn and fall back.
    let env = TestEnv::new().without("SEQERA_ACCESS_TOKEN");
    let run = env.run_with_stdin(&["login", "--with-token", "--headless"], "sandbox-demo-token");
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stderr.contains("Warning"), "the keyring was not tried: {run:?}");
    assert!(env.dir.path().join("home/.local/state/seqera/tokens/default.json").exists(), "{run:?}");
    assert!(env.run(&["login", "--help"]).stdout.contains("--headless"));
}

#[test]
fn the_official_org_aliases_work() {
    let env = TestEnv::new();
    for show in ["show", "info", "current"] {
        let run = env.run(&["org", show, "-o", "json"]);
        assert_eq!(run.code, 0, "org {show}: {run:?}");
    }
    for (switch, to) in [("switch", "acme"), ("select", "globex"), ("change", "acme")] {
        let run = env.run(&["org", switch, to]);
        assert!(run.stderr.contains(&format!("Switched to: {to}")), "org {switch}: {run:?}");
    }
    for clear in ["clear", "reset"] {
        let run = env.run(&["org", clear]);
        assert_eq!(run.code, 0, "org {clear}: {run:?}");
        assert_eq!(env.run(&["org", "-o", "json"]).stdout, "null\n", "org {clear}");
        assert_eq!(env.run(&["org", "switch", "acme"]).code, 0);
    }
    assert!(env.run(&["org", "list"]).stdout.contains("globex"));
}

#[test]
fn tw_dash_o_org_is_refused_with_our_spelling() {
    let run = TestEnv::new().run(&["-o", "acme", "credentials", "list"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("`acme` is not an output format: -o/--output takes table, tsv, csv or json."), "{run:?}");
    assert!(run.stderr.contains("`seqera org switch acme`") && run.stderr.contains("`-w acme/WORKSPACE`"), "{run:?}");
    assert_eq!(TestEnv::new().run(&["-o", "json", "org"]).code, 0, "the formats still parse");
    let typo = TestEnv::new().run(&["-o", "jsno", "org"]);
    assert!(typo.stderr.contains("Did you mean `-o json`?") && !typo.stderr.contains("tw's"), "a typo is not taken for an org: {typo:?}");
}

#[test]
fn tw_credentials_delete_by_flag_is_refused_with_our_spelling() {
    let env = TestEnv::new();
    for args in [["--name", "aws-prod"], ["-n", "aws-prod"], ["--id", "aws-prod"], ["-i", "aws-prod"]] {
        let run = env.run(&["-w", "acme/prod", "credentials", "delete", args[0], args[1], "--yes"]);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains("tw's spelling") && run.stderr.contains("`seqera credentials delete aws-prod`"), "{run:?}");
    }
    assert!(env.run(&["-w", "acme/prod", "credentials", "list"]).stdout.contains("aws-prod"), "nothing was deleted");
}

#[test]
fn tw_secrets_on_argv_are_refused_with_the_flags_to_use() {
    let run = TestEnv::new().run(&["credentials", "add", "github", "--name", "x", "--username", "me", "--password", "hunter2"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--password VALUE is refused"), "{run:?}");
    assert!(run.stderr.contains("--password-env VAR, --password-file PATH or --password-stdin"), "{run:?}");
    assert!(!run.all().contains("hunter2"), "the secret is not echoed: {run:?}");
}

/// Help that matches the command (issue 17, item 8): `-V/--version` only at the top, and login's summary
/// says a bare `seqera login` opens the browser.
#[test]
fn version_is_offered_only_at_the_top_and_login_says_it_opens_the_browser() {
    let env = TestEnv::new();
    assert!(env.run(&["--help"]).stdout.contains("-V, --version"));
    for args in [&["credentials", "--help"][..], &["credentials", "list", "--help"], &["org", "switch", "--help"], &["login", "--help"]] {
        let run = env.run(args);
        assert!(!run.stdout.contains("--version"), "{args:?}: {run:?}");
    }
    let top = env.run(&["--help"]).stdout;
    let login = top.lines().find(|l| l.trim_start().starts_with("login")).unwrap_or_default().to_string();
    assert!(login.contains("Log in through the browser"), "{login}");
}

/// Every command in docs/migrating.md's "ours" column parses in our clap tree (the words up to its first
/// placeholder, with `--help`), and the README links the page.
#[test]
fn every_command_in_the_migration_guide_parses() {
    let root = env!("CARGO_MANIFEST_DIR");
    let guide = std::fs::read_to_string(format!("{root}/docs/migrating.md")).unwrap();
    assert!(std::fs::read_to_string(format!("{root}/README.md")).unwrap().contains("docs/migrating.md"));
    let env = TestEnv::new();
    let mut checked = 0;
    for row in guide.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| tw |")) {
        let ours = row.trim_end_matches('|').rsplit('|').next().unwrap();
        for command in ours.split('`').skip(1).step_by(2).filter(|c| c.starts_with("seqera ")) {
            let words: Vec<&str> = command.split_whitespace().skip(1).collect();
            let run = env.run(&[&words[..], &["--help"]].concat());
            assert_eq!(run.code, 0, "`{command}` from docs/migrating.md does not parse: {run:?}");
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked}");
}
