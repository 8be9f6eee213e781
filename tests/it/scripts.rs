//! `seqera run`: the example scripts against the sandbox (and, in the Prism pass, through Prism with
//! `--errors`), dry runs, errors with carets, and the generated function reference.

use serde_json::Value;

use crate::harness::TestEnv;

fn example(name: &str) -> String {
    format!("{}/scripts/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn json(env: &TestEnv, args: &[&str]) -> Value {
    let run = env.run(args);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

/// Adds an AWS credential in a workspace and returns its ID.
fn add_aws(env: &TestEnv, workspace: &str, name: &str) -> String {
    let run = env.run_with_env(
        "SECRET",
        "old-secret",
        &[
            "-w",
            workspace,
            "credentials",
            "add",
            "aws",
            "--name",
            name,
            "--access-key",
            "AKIAOLD",
            "--secret-key-env",
            "SECRET",
            "-o",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str::<Value>(&run.stdout).unwrap()["id"].as_str().unwrap().to_string()
}

#[test]
fn rotate_credentials_rotates_every_match_across_the_org_and_prints_a_summary() {
    let env = TestEnv::new();
    let prefix = format!("rot{}-", std::process::id());
    add_aws(&env, "acme/prod", &format!("{prefix}a"));
    add_aws(&env, "acme/dev", &format!("{prefix}b"));
    let before = json(&env, &["-w", "acme/prod", "credentials", "get", &format!("{prefix}a"), "-o", "json"]);

    let run = env.run_with_envs(
        &[("NEW_AWS_ACCESS_KEY_ID", "AKIANEW"), ("NEW_AWS_SECRET_ACCESS_KEY", "new-secret-value")],
        &["run", &example("rotate-credentials.rhai"), "--", "acme", &prefix],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let rows: Vec<&str> = run.stdout.lines().collect();
    assert!(rows.contains(&format!("acme/prod\t{prefix}a\tAVAILABLE\t").as_str()), "{run:?}");
    assert!(rows.contains(&format!("acme/dev\t{prefix}b\tAVAILABLE\t").as_str()), "{run:?}");
    assert!(run.stdout.contains("2 credential(s), 0 failed"), "{run:?}");
    assert!(!run.stdout.contains("new-secret-value") && !run.stderr.contains("new-secret-value"));

    let after = json(&env, &["-w", "acme/prod", "credentials", "get", &format!("{prefix}a"), "-o", "json"]);
    assert_eq!(after["id"], before["id"], "rotated in place");
    assert_eq!(after["keys"]["accessKey"], "AKIANEW", "{after}");

    // Keys from a CSV file, one row per name; a name missing from the file fails alone.
    let csv = env.dir.path().join("keys.csv");
    std::fs::write(&csv, format!("name,accessKey,secretKey\n{prefix}a,AKIACSV,csv-secret\n")).unwrap();
    let run = env.run(&["run", &example("rotate-credentials.rhai"), "--", "acme", &prefix, csv.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains(&format!("{prefix}a\tAVAILABLE")), "{run:?}");
    assert!(run.stdout.contains(&format!("{prefix}b\tFAILED\tno new keys for {prefix}b in the CSV file")), "{run:?}");
    let after = json(&env, &["-w", "acme/prod", "credentials", "get", &format!("{prefix}a"), "-o", "json"]);
    assert_eq!(after["keys"]["accessKey"], "AKIACSV");

    for (ws, n) in [("acme/prod", "a"), ("acme/dev", "b")] {
        assert_eq!(env.run(&["-w", ws, "credentials", "delete", &format!("{prefix}{n}"), "--yes"]).code, 0);
    }
}

#[test]
fn a_dry_run_sends_no_mutation_and_redacts_secrets() {
    let env = TestEnv::new();
    // Other tests change the shared sandbox meanwhile, so look only at what this one would have changed.
    let snapshot = |env: &TestEnv| -> Vec<Value> {
        let prod = json(env, &["-w", "acme/prod", "credentials", "get", "aws-prod", "-o", "json"]);
        let dry = env.run(&["-w", "acme/prod", "credentials", "get", "dry"]);
        vec![prod, Value::from(dry.code)]
    };
    let before = snapshot(&env);
    let run = env.run_with_envs(
        &[("NEW_AWS_ACCESS_KEY_ID", "AKIADRY"), ("NEW_AWS_SECRET_ACCESS_KEY", "dry-secret-value")],
        &["run", "--dry-run", &example("rotate-credentials.rhai"), "--", "acme", "aws-prod"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("acme/prod\taws-prod\tDRY-RUN"), "{run:?}");
    assert!(run.stderr.contains("[dry-run] PUT ") && run.stderr.contains("\"secretKey\":\"<redacted>\""), "{run:?}");
    assert!(!run.stderr.contains("dry-secret-value") && !run.stdout.contains("dry-secret-value"));

    let run = env.run(&[
        "run",
        "--dry-run",
        "-e",
        "let r = credentials_add(#{workspace: \"acme/prod\", provider: \"github\", name: \"dry\", username: \"me\", password: \"pw-secret\"}); \
         credentials_delete(\"aws-prod\", #{workspace: \"acme/prod\"}); r",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("\"dry_run\":true"), "{run:?}");
    assert!(run.stderr.contains("[dry-run] POST ") && run.stderr.contains("[dry-run] DELETE "), "{run:?}");
    assert!(!run.stderr.contains("pw-secret"), "{run:?}");
    assert_eq!(snapshot(&env), before, "the sandbox's state did not change");
}

#[test]
fn audit_and_switch_orgs_run_against_the_sandbox() {
    let env = TestEnv::new();
    let run = env.run(&["run", &example("audit-credentials.rhai")]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("acme/dev\taws-dev\taws\tINVALID: The security token included in the request is invalid."), "{run:?}");
    assert!(run.stdout.lines().any(|l| l.starts_with("acme/prod\taws-prod\taws\tunused for ")), "{run:?}");
    let run = env.run(&["run", &example("audit-credentials.rhai"), "--", "100000"]);
    assert_eq!(run.stdout.lines().count(), 1, "only the INVALID one is younger than 100000 days: {run:?}");

    assert_eq!(env.run(&["org", "switch", "globex"]).code, 0);
    let run = env.run(&["run", &example("switch-orgs.rhai"), "--", "credentials", "list", "--provider", "aws"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("acme\tacme/prod\t") && run.stdout.contains("globex\tglobex/research\t0 item(s)"), "{run:?}");
    let org = env.run(&["org", "show", "-o", "json"]);
    assert!(org.stdout.contains("\"orgName\":\"globex\""), "the selection is restored: {org:?}");
}

#[test]
fn a_script_error_points_at_its_line_and_exits_1() {
    let env = TestEnv::new();
    let path = env.dir.path().join("bad.rhai");
    std::fs::write(&path, "let a = 1;\n// a comment\nlet c = credentials_get(\"missing-one\");\n").unwrap();
    let run = env.run(&["run", path.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Error: No credential named or with ID `missing-one`"), "{run:?}");
    assert!(run.stderr.contains("bad.rhai:3:9"), "{run:?}");
    assert!(run.stderr.contains("3 | let c = credentials_get(\"missing-one\");\n  |         ^"), "{run:?}");

    std::fs::write(&path, "fn f() {\n  let x = ;\n}\n").unwrap();
    let run = env.run(&["run", path.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Syntax error") && run.stderr.contains("bad.rhai:2:"), "{run:?}");

    let run = env.run(&["run", "-e", "credentials_list(#{provder: \"aws\"})"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("credentials_list() takes no option `provder`"), "{run:?}");

    let run = env.run(&["run", "-e", "loop { }"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Too many operations"), "{run:?}");
}

#[test]
fn parallel_keeps_order_and_per_item_errors() {
    let env = TestEnv::new();
    let run = env.run(&[
        "run",
        "-e",
        "let r = parallel([\"aws-prod\", \"nope\", \"github-ci\"], |n| credentials_get(n, #{workspace: \"acme/prod\"}).name, #{limit: 3}); \
         r.map(|x| if x.ok { x.value } else { x.error.kind })",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.trim(), "[\"aws-prod\",\"not_found\",\"github-ci\"]");
    let run = env.run(&["run", "-e", "parallel([1], |x| x, #{limit: 0})"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("limit must be 1 to 64"), "{run:?}");
}

#[test]
fn scripts_see_args_env_and_stdin_secrets() {
    let env = TestEnv::new();
    let path = env.dir.path().join("args.rhai");
    std::fs::write(
        &path,
        "print(ARGS);\nprint(env(\"GREETING\"));\nprint(read_secret(\"token\").len());\nprint(env(\"UNSET_ONE\") == ());\n",
    )
    .unwrap();
    let mut cmd = env.command(&["run", path.to_str().unwrap(), "--", "a", "b c"]);
    cmd.env("GREETING", "hello");
    let out = cmd
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            std::io::Write::write_all(&mut c.stdin.take().unwrap(), b"s3cret\n")?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[\"a\", \"b c\"]\nhello\n6\ntrue\n");
}

/// docs/scripting-functions.md is what `seqera run --functions` prints; regenerate it with
/// `seqera run --functions > docs/scripting-functions.md`.
#[test]
fn the_function_reference_in_the_repo_is_current() {
    let env = TestEnv::bare();
    let run = env.run(&["run", "--functions"]);
    assert_eq!(run.code, 0, "{run:?}");
    let kept = std::fs::read_to_string(format!("{}/docs/scripting-functions.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(kept == run.stdout, "docs/scripting-functions.md is stale: regenerate it with `seqera run --functions`");
    // Signatures come from the Rust functions' types: what returns nothing says no `->`, and what may
    // return `()` says `Dynamic`.
    for f in [
        "`credentials_rotate(credential: String, keys: Map) -> Map`",
        "parallel(",
        "`org_switch(name: String)`",
        "`org_current() -> Dynamic`",
    ] {
        assert!(run.stdout.contains(f), "{f} in {}", run.stdout);
    }
}
