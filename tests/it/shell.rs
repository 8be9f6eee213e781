//! `seqera shell` without a terminal: lines run one by one on one session, so it can be scripted.

use crate::harness::{OwnSandbox, TestEnv};

fn shell(env: &TestEnv, lines: &str) -> crate::harness::Run {
    env.run_with_stdin(&["shell"], lines)
}

#[test]
fn lines_run_in_order_with_pipes_and_redirects() {
    let env = TestEnv::new();
    let out = env.dir.path().join("creds.json");
    let run = shell(
        &env,
        &format!(
            "org list | wc -l\n-w acme/prod credentials list | grep aws\n-w acme/prod credentials list -o json > '{}'\norg list >> '{}'\n",
            out.display(),
            out.display()
        ),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0].trim(), "2", "org list | wc -l counts the TSV rows: {run:?}");
    assert!(lines[1].starts_with("1cz5A8cuBkB5iJliCwJCFU\taws-prod\taws"), "{run:?}");
    assert!(lines[1..].iter().all(|l| l.contains("\taws\t")), "only grep's lines; the redirected output is not on stdout: {run:?}");
    let written = std::fs::read_to_string(&out).unwrap();
    let json: serde_json::Value = serde_json::from_str(written.lines().next().unwrap()).unwrap();
    assert!(json.as_array().unwrap().iter().any(|c| c["name"] == "aws-prod"), "{json}");
    assert!(written.lines().nth(1).unwrap().starts_with("acme\t101"), ">> appends: {written}");
}

#[test]
fn the_first_failing_line_stops_the_shell_with_its_exit_code() {
    let env = TestEnv::new();
    let run = shell(&env, "-w acme/prod credentials get nope\norg list\n");
    assert_eq!(run.code, 5, "{run:?}");
    assert!(run.stderr.contains("No credential named or with ID `nope`"), "{run:?}");
    assert!(run.stdout.is_empty(), "no line after the failure ran: {run:?}");

    let run = env.run_with_stdin(&["shell", "--keep-going"], "-w acme/prod credentials get nope\norg list\ncredentials lst\n");
    assert_eq!(run.code, 2, "the last failure's code (a clap error): {run:?}");
    assert!(run.stdout.contains("acme\t101"), "{run:?}");
    assert!(run.stderr.contains("unrecognized subcommand 'lst'"), "{run:?}");
}

#[test]
fn rhai_lines_share_one_scope_and_continue_open_blocks() {
    let env = TestEnv::new();
    let run = shell(
        &env,
        "let names = [\"aws-prod\", \"github-ci\"].map(|n| credentials_get(n, #{workspace: \"acme/prod\"}).name);\nfn shout(s) {\n  s.to_upper()\n}\nfor n in names {\n  print(shout(n));\n}\nnames.len()\n",
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "AWS-PROD\nGITHUB-CI\n2\n");
}

#[test]
fn a_rhai_error_names_its_line_and_exits_1() {
    let env = TestEnv::new();
    let run = shell(&env, "let x = credentials_get(\"nope\", #{workspace: \"acme/prod\"});\n");
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Error: No credential named or with ID `nope` in workspace 201."), "{run:?}");
    assert!(run.stderr.contains("<line>:1:9") && run.stderr.contains("^"), "{run:?}");
    let run = shell(&env, "try { credentials_get(\"nope\") } catch (e) { print(e.kind + \" \" + e.exit_code) }\n");
    assert_eq!(run.stdout, "not_found 5\n", "{run:?}");
}

#[test]
fn slash_commands_and_exit() {
    let env = TestEnv::new();
    let run = shell(&env, "/org acme\n/org\n/help\nexit\norg list\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("Switched to: acme"), "{run:?}");
    assert!(run.stdout.contains("Slash commands:"), "{run:?}");
    assert!(!run.stdout.contains("globex"), "nothing runs after exit: {run:?}");
    let run = shell(&env, "/nope\n");
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("/nope is not a shell command"), "{run:?}");
}

#[test]
fn help_and_nested_sessions() {
    let env = TestEnv::new();
    let run = shell(&env, "credentials --help\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Usage: seqera credentials"), "{run:?}");
    let run = shell(&env, "shell\n");
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("cannot be started from inside a session"), "{run:?}");
}

/// One session: after a browser login, each line costs exactly its own API request: no discovery, no
/// refresh, no second look-up of the login.
#[test]
fn every_line_shares_one_login() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env();
    let login = env.run(&["login"]);
    assert_eq!(login.code, 0, "{login:?}");
    let before = sandbox.stats();
    let run = env.run_with_stdin(&["shell"], "-w 201 credentials list\n-w 201 credentials list | wc -l\n-w 202 credentials list\n");
    assert_eq!(run.code, 0, "{run:?}");
    let after = sandbox.stats();
    assert_eq!(after["discovery"], before["discovery"], "{before} {after}");
    assert_eq!(after["refresh_grants"], before["refresh_grants"], "{before} {after}");
    assert_eq!(after["api_requests"].as_u64().unwrap() - before["api_requests"].as_u64().unwrap(), 3, "{before} {after}");
}

/// Ctrl-C stops the line in flight (a slow request) at once and, without a terminal, the shell with 130.
#[test]
fn interrupt_drops_the_request_in_flight() {
    let sandbox = OwnSandbox::start(&[("SEQERA_SANDBOX_DELAY_MS", "10000")]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    for args in [&["shell"][..], &["run", "-e", "org_list()"][..]] {
        let mut child = env
            .command(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"org list\n").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(800));
        let sent = std::time::Instant::now();
        std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
        let out = child.wait_with_output().unwrap();
        let took = sent.elapsed();
        assert_eq!(out.status.code(), Some(130), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(took < std::time::Duration::from_secs(2), "{args:?} took {took:?} to stop");
        assert!(String::from_utf8_lossy(&out.stderr).contains("Interrupted"), "{args:?}");
    }
}

/// `clear`, `ls`, `cd`, `pwd` and `!cmd` do what a shell user expects (issue 17, item 10), where they
/// used to give "Variable not found".
#[test]
fn shell_builtins_clear_ls_cd_pwd_and_bang_work_as_in_a_shell() {
    let env = TestEnv::new().env("SHELL", "/bin/sh");
    let home = env.dir.path().join("home");
    let sub = env.dir.path().join("work dir");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(sub.join("pipeline.nf"), "").unwrap();
    let lines = format!("clear\npwd\ncd '{}'\npwd\nls\n!echo \"bang $((6*7))\"\ncd -\ncd\npwd\n", sub.display());
    let run = shell(&env, &lines);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.all().contains("Variable not found"), "{run:?}");
    let start = env.dir.path().canonicalize().unwrap();
    let sub = sub.canonicalize().unwrap();
    let expected = format!(
        "{}\n{}\npipeline.nf\nbang 42\n{}\n{}\n",
        start.display(),
        sub.display(),
        start.display(),
        home.canonicalize().unwrap().display()
    );
    assert_eq!(run.stdout, expected, "clear prints nothing in a pipe; cd - prints where it went");

    let run = env.run_with_stdin(&["shell", "--keep-going"], "cd /no/such/dir\n!exit 7\n!\ncd a b\n");
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("cd: /no/such/dir: no such directory."), "{run:?}");
    assert!(run.stderr.contains("Nothing to run after `!`"), "{run:?}");
    assert!(run.stderr.contains("cd takes one directory"), "{run:?}");
    let run = shell(&env, "!exit 7\npwd\n");
    assert_eq!((run.code, run.stdout.as_str()), (7, ""), "a failing system command stops the shell with its code: {run:?}");
    assert_eq!(shell(&env, "let x = 2;\nx != 3\n").stdout, "true\n", "Rhai's != is still Rhai");
}
