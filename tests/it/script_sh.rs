//! `sh()` in scripts (no shell between, timeouts kill the process group, missing programs, `--dry-run`)
//! and the example scripts that use it and the token functions: `rotate-aws-end-to-end.rhai` with a fake
//! `aws` on PATH that records its calls, and `rotate-platform-token.rhai`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::{TestEnv, spawn_sandbox};

fn example(name: &str) -> String {
    format!("{}/scripts/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A fake `aws` in `dir/bin` that appends its arguments to `dir/aws.log`, answers list-access-keys with
/// the keys in `$FAKE_AWS_KEYS` (space-separated) and create-access-key with a key whose secret is
/// `$FAKE_AWS_SECRET` (a secret with "invalid" in it fails validation).
fn fake_aws(dir: &Path) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = dir.join("aws.log");
    let script = r#"#!/bin/sh
echo "$*" >> 'LOG'
case "$2" in
  list-access-keys) sep=''; printf '{"AccessKeyMetadata":['
    for k in $FAKE_AWS_KEYS; do printf '%s{"UserName":"%s","AccessKeyId":"%s","Status":"Active"}' "$sep" "$4" "$k"; sep=','; done
    printf ']}\n' ;;
  create-access-key) printf '{"AccessKey":{"UserName":"%s","AccessKeyId":"AKIANEW%s","Status":"Active","SecretAccessKey":"%s"}}\n' "$4" "$$" "${FAKE_AWS_SECRET:-new-secret}" ;;
  delete-access-key) ;;
  *) echo "unexpected: $*" >&2; exit 2 ;;
esac
"#
    .replace("LOG", &log.display().to_string());
    let path = bin.join("aws");
    std::fs::write(&path, script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

fn aws_log(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("aws.log")).map(|s| s.lines().map(str::to_string).collect()).unwrap_or_default()
}

fn with_fake_aws(env: TestEnv) -> TestEnv {
    let bin = fake_aws(env.dir.path());
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    env.env("PATH", &path)
}

fn add_aws(env: &TestEnv, workspace: &str, name: &str, access_key: &str) {
    let run = env.run_with_env(
        "SECRET",
        "old-secret",
        &["-w", workspace, "credentials", "add", "aws", "--name", name, "--access-key", access_key, "--secret-key-env", "SECRET"],
    );
    assert_eq!(run.code, 0, "{run:?}");
}

fn access_key(env: &TestEnv, workspace: &str, name: &str) -> String {
    let run = env.run(&["-w", workspace, "credentials", "get", name, "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    run.json()["keys"]["accessKey"].as_str().unwrap().to_string()
}

#[test]
fn sh_runs_a_program_without_a_shell_and_returns_code_stdout_stderr() {
    let env = TestEnv::new();
    let run = env.run(&[
        "run",
        "-e",
        r#"let a = sh("echo", ["$HOME", "*", "a b"]); let b = sh("sh", ["-c", "cat; echo oops >&2; exit 3"], #{stdin: "in", env: #{X: "1"}});
           let c = sh("sh", ["-c", "printf %s \"$X${SEQERA_ACCESS_TOKEN}\""], #{env: #{X: "x"}}); json([a, b, c])"#,
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = run.json();
    assert_eq!(v[0]["stdout"], "$HOME * a b\n", "no globbing or expansion: {v}");
    assert_eq!((v[1]["code"].as_i64(), v[1]["stdout"].as_str(), v[1]["stderr"].as_str()), (Some(3), Some("in"), Some("oops\n")));
    assert_eq!(v[2]["stdout"], "x", "the Platform token is not passed on: {v}");
}

#[test]
fn sh_timeouts_kill_the_process_group_and_missing_programs_are_clear_errors() {
    let env = TestEnv::new();
    let marker = env.dir.path().join("child-alive");
    let script = format!(
        r#"try {{ sh("sh", ["-c", "(sleep 2; touch '{}') & sleep 30"], #{{timeout: 0.5}}) }} catch (e) {{ print(e.message) }}
           sh("no-such-program-xyz", [])"#,
        marker.display()
    );
    let run = env.run(&["run", "-e", &script]);
    assert!(run.elapsed.as_secs() < 10, "the timeout stopped it: {run:?}");
    assert!(run.stdout.contains("did not finish within 0.5 s"), "{run:?}");
    assert_eq!(run.code, 1, "an uncaught script error: {run:?}");
    assert!(run.stderr.contains("no program `no-such-program-xyz` was found"), "{run:?}");
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert!(!marker.exists(), "the background child was killed with its group");
}

#[test]
fn a_huge_timeout_is_a_script_error_not_a_panic() {
    let run = TestEnv::new().run(&["run", "-e", r#"try { sh("true", [], #{timeout: 1e30}) } catch (e) { print(e.message) }"#]);
    assert_eq!(run.code, 0, "caught like any script error: {run:?}");
    assert!(run.stdout.contains("`timeout` must be a positive number of seconds"), "{run:?}");
}

#[test]
fn rotate_aws_end_to_end_puts_the_new_key_everywhere_then_deletes_the_old_one() {
    let old = format!("AKIAOLD{}", std::process::id());
    let env = with_fake_aws(TestEnv::new()).env("FAKE_AWS_KEYS", &format!("{old} AKIAUNUSED1"));
    let prefix = format!("e2e{}-", std::process::id());
    let foreign = format!("AKIAFOREIGN{}", std::process::id());
    add_aws(&env, "acme/prod", &format!("{prefix}a"), &old);
    add_aws(&env, "acme/dev", &format!("{prefix}b"), &old);
    add_aws(&env, "acme/dev", &format!("{prefix}other"), &foreign);
    let run = env.run(&["run", &example("rotate-aws-end-to-end.rhai"), "--", "ci-user", "acme", &prefix]);
    assert_eq!(run.code, 0, "{run:?}");
    let calls = aws_log(env.dir.path());
    assert_eq!(calls.len(), 3, "{calls:?}");
    assert_eq!(calls[0], "iam list-access-keys --user-name ci-user --output json");
    assert_eq!(calls[1], "iam create-access-key --user-name ci-user --output json");
    assert_eq!(calls[2], format!("iam delete-access-key --user-name ci-user --access-key-id {old}"));
    let new = access_key(&env, "acme/prod", &format!("{prefix}a"));
    assert!(new.starts_with("AKIANEW"), "{new}");
    assert_eq!(access_key(&env, "acme/dev", &format!("{prefix}b")), new);
    assert_eq!(access_key(&env, "acme/dev", &format!("{prefix}other")), foreign, "another IAM user's credential is left alone");
    assert!(run.stdout.contains(&format!("skipped acme/dev/{prefix}other: its key {foreign} is not one of ci-user's")), "{run:?}");
    assert!(!run.all().contains("new-secret"), "the secret is never shown: {run:?}");
    for (ws, n) in [("acme/prod", "a"), ("acme/dev", "b"), ("acme/dev", "other")] {
        assert_eq!(env.run(&["-w", ws, "credentials", "delete", &format!("{prefix}{n}"), "--yes"]).code, 0);
    }
}

#[test]
fn rotate_aws_end_to_end_stops_and_keeps_the_old_key_when_validation_fails() {
    let old = format!("AKIAOLDBAD{}", std::process::id());
    let env = with_fake_aws(TestEnv::new()).env("FAKE_AWS_SECRET", "new-invalid-secret").env("FAKE_AWS_KEYS", &old);
    let prefix = format!("e2ebad{}-", std::process::id());
    add_aws(&env, "acme/prod", &format!("{prefix}a"), &old);
    let run = env.run(&["run", &example("rotate-aws-end-to-end.rhai"), "--", "ci-user", "acme", &prefix]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("did not validate") && run.stdout.contains("were NOT deleted"), "{run:?}");
    let calls = aws_log(env.dir.path());
    assert_eq!(calls.len(), 2, "listed, created, never deleted: {calls:?}");
    assert!(calls[1].starts_with("iam create-access-key"));
    assert_eq!(env.run(&["-w", "acme/prod", "credentials", "delete", &format!("{prefix}a"), "--yes"]).code, 0);
}

/// A sandbox process of this test's own, so its write counter sees only this test.
fn own_sandbox() -> (std::process::Child, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_seqera"));
    cmd.args(["sandbox", "serve", "--port", "0", "--ephemeral"]).env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
    spawn_sandbox(cmd)
}

fn writes(url: &str) -> (u64, u64) {
    let out = std::process::Command::new("curl").arg("-s").arg(format!("{url}/_sandbox/stats")).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    (v["api_writes"].as_u64().unwrap(), v["api_requests"].as_u64().unwrap())
}

#[test]
fn a_dry_run_of_the_end_to_end_rotation_runs_no_program_and_sends_no_write() {
    let (mut child, url) = own_sandbox();
    let env = with_fake_aws(TestEnv::bare().env("SEQERA_PLATFORM_API_URL", &url).env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN));
    let (writes_before, requests_before) = writes(&url);
    let run = env.run(&["run", "--dry-run", &example("rotate-aws-end-to-end.rhai"), "--", "ci-user", "acme", "aws-"]);
    let (writes_after, requests_after) = writes(&url);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(aws_log(env.dir.path()).is_empty(), "no program ran");
    assert_eq!(writes_after, writes_before, "no write was sent: {run:?}");
    assert!(requests_after > requests_before, "it did read: {run:?}");
    assert!(run.stderr.contains("[dry-run] sh: aws iam create-access-key --user-name ci-user"), "{run:?}");
    assert!(
        run.stderr.contains("[dry-run] sh: aws iam delete-access-key --user-name ci-user --access-key-id AKIAPRODEXAMPLE00001"),
        "{run:?}"
    );
    assert!(run.stderr.contains("[dry-run] PUT "), "{run:?}");
    assert!(run.stdout.contains("dry run: nothing was changed"), "{run:?}");
}

#[test]
fn rotate_platform_token_example_rotates_the_profiles_token() {
    let name = format!("ex{}-tok", std::process::id());
    let env = TestEnv::new().env("SEQERA_NO_KEYCHAIN", "true");
    assert_eq!(env.run(&["tokens", "create", &name, "--save"]).code, 0);
    let env = env.without("SEQERA_ACCESS_TOKEN");
    let run = env.run(&["run", &example("rotate-platform-token.rhai"), "--", &name, &format!("{name}-2")]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains(&format!("this profile now uses token {name}-2")), "{run:?}");
    let list = env.run(&["tokens", "list", "-o", "json"]);
    assert_eq!(list.code, 0, "the profile works after: {list:?}");
    let names: Vec<String> = list.json().as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap().to_string()).collect();
    assert!(names.contains(&format!("{name}-2")) && !names.contains(&name), "{names:?}");
}
