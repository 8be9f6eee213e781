//! Snapshots of whole runs: the exit code, stdout and stderr of each command's main paths, in a pipe and
//! with `-o json`, against a sandbox of the run's own (`--sandbox` in a scratch HOME, so other tests'
//! changes never show). A changed message, a stray line or a line on the wrong stream changes a
//! snapshot; `cargo insta review` (or `INSTA_UPDATE=always cargo test snapshots`) accepts the new text.
//!
//! What differs between runs is redacted: the scratch directory, the sandbox's port, timestamps, the
//! login URL's query (state, PKCE) and the AI turn's random `run_id`.
//! Everything else (IDs, session names) the sandbox makes deterministically.

use crate::harness::{OwnSandbox, Run, TestEnv};

/// A scratch HOME with its own sandbox: no token, no keyring, a GitHub secret to add credentials with.
fn sandbox_home() -> TestEnv {
    TestEnv::bare().env("SEQERA_NO_KEYCHAIN", "true").env("GH_DEMO", "ghp_snapshot_secret").env("GH_NEW", "ghp_rotated_secret")
}

/// Runs `seqera --sandbox ARGS` (stdout and stderr are pipes) and renders the run for a snapshot.
fn run(env: &TestEnv, args: &[&str]) -> String {
    run_with_stdin(env, args, "")
}

fn run_with_stdin(env: &TestEnv, args: &[&str], stdin: &str) -> String {
    let mut full = vec!["--sandbox"];
    full.extend_from_slice(args);
    render(env, &full, &env.run_with_stdin(&full, stdin))
}

/// Runs `seqera ARGS` as given (for a sandbox process of the test's own, not `--sandbox`).
fn run_plain(env: &TestEnv, args: &[&str]) -> String {
    render(env, args, &env.run(args))
}

fn render(env: &TestEnv, args: &[&str], run: &Run) -> String {
    let text = format!("$ seqera {}\nexit: {}\n--- stdout\n{}--- stderr\n{}", shell_words::join(args), run.code, run.stdout, run.stderr);
    redact(&text, &env.dir.path().display().to_string())
}

/// The scratch directory, the port after `127.0.0.1:`, timestamps and UUIDs, replaced by placeholders.
fn redact(text: &str, scratch: &str) -> String {
    let text = text.replace(scratch, "[TMP]");
    let text = replace_after(&text, "127.0.0.1:", |c| c.is_ascii_digit(), "[PORT]");
    // The login URL carries a fresh state and PKCE challenge.
    let text = replace_after(&text, "/authorize?", |c| !c.is_whitespace(), "[QUERY]");
    redact_shapes(&text)
}

/// Replaces the run of characters matching `keep` that follows each `marker`.
fn replace_after(text: &str, marker: &str, keep: fn(char) -> bool, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(marker) {
        let after = at + marker.len();
        out.push_str(&rest[..after]);
        let tail = &rest[after..];
        let len = tail.find(|c: char| !keep(c)).unwrap_or(tail.len());
        if len > 0 {
            out.push_str(with);
        }
        rest = &tail[len..];
    }
    out.push_str(rest);
    out
}

/// Where `shape` matches at `i` (`d` a digit, `h` a lowercase hex digit, anything else itself): its length.
fn shape_at(chars: &[char], i: usize, shape: &str) -> Option<usize> {
    let n = shape.chars().count();
    let fits = chars.len() >= i + n
        && shape.chars().zip(&chars[i..]).all(|(s, &c)| match s {
            'd' => c.is_ascii_digit(),
            'h' => c.is_ascii_digit() || ('a'..='f').contains(&c),
            _ => s == c,
        });
    fits.then_some(n)
}

/// An ISO timestamp at `i` (`2024-05-06T12:00:00Z`, with optional fraction and offset): its length.
fn timestamp_at(chars: &[char], i: usize) -> Option<usize> {
    let mut end = i + shape_at(chars, i, "dddd-dd-ddTdd:dd:dd")?;
    if chars.get(end) == Some(&'.') {
        end += 1 + chars[end + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    }
    if chars.get(end) == Some(&'Z') {
        end += 1;
    } else if shape_at(chars, end + 1, "dd:dd").is_some() && matches!(chars[end], '+' | '-') {
        end += 6;
    }
    Some(end - i)
}

/// Timestamps become `[TIME]` and UUIDs (a turn's `run_id`) `[UUID]`.
fn redact_shapes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(n) = timestamp_at(&chars, i) {
            out.push_str("[TIME]");
            i += n;
        } else if let Some(n) = shape_at(&chars, i, "hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh") {
            out.push_str("[UUID]");
            i += n;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn redaction_replaces_what_differs_between_runs() {
    let text = "at /tmp/x1/home on http://127.0.0.1:41861/ai, made 2026-01-02T03:04:05.678Z and 2024-05-06T12:00:00+02:00 \
                in run bda7dccc-7f33-4080-a644-37be75f862d5.";
    assert_eq!(redact(text, "/tmp/x1"), "at [TMP]/home on http://127.0.0.1:[PORT]/ai, made [TIME] and [TIME] in run [UUID].");
}

#[test]
fn status() {
    let env = sandbox_home();
    insta::assert_snapshot!("status", run(&env, &["status"]));
    insta::assert_snapshot!("status_json", run(&env, &["status", "-o", "json"]));
}

#[test]
fn org_list_switch_show_clear() {
    let env = sandbox_home();
    insta::assert_snapshot!("org_show_none_selected", run(&env, &["org", "show"]));
    insta::assert_snapshot!("org_list", run(&env, &["org", "list"]));
    insta::assert_snapshot!("org_list_json", run(&env, &["org", "list", "-o", "json"]));
    insta::assert_snapshot!("org_switch", run(&env, &["org", "switch", "globex"]));
    insta::assert_snapshot!("org_switch_unknown", run(&env, &["org", "switch", "initech"]));
    insta::assert_snapshot!("org_switch_no_terminal", run(&env, &["org", "switch"]));
    insta::assert_snapshot!("org_show", run(&env, &["org", "show"]));
    insta::assert_snapshot!("org_show_json", run(&env, &["org", "show", "-o", "json"]));
    insta::assert_snapshot!("org_list_after_switch", run(&env, &["org", "list"]));
    insta::assert_snapshot!("org_clear", run(&env, &["org", "clear"]));
    insta::assert_snapshot!("org_clear_again", run(&env, &["org", "clear"]));
}

#[test]
fn workspace_list_use_show() {
    let env = sandbox_home();
    insta::assert_snapshot!("workspace_show_personal", run(&env, &["workspace", "show"]));
    insta::assert_snapshot!("workspace_list", run(&env, &["workspace", "list"]));
    insta::assert_snapshot!("workspace_list_json", run(&env, &["workspace", "list", "-o", "json"]));
    insta::assert_snapshot!("workspace_use", run(&env, &["workspace", "use", "acme/prod"]));
    insta::assert_snapshot!("workspace_use_unknown", run(&env, &["workspace", "use", "acme/nope"]));
    insta::assert_snapshot!("workspace_show", run(&env, &["workspace", "show"]));
    insta::assert_snapshot!("workspace_show_json", run(&env, &["workspace", "show", "-o", "json"]));
    insta::assert_snapshot!("workspace_list_after_use", run(&env, &["workspace", "list", "--org", "acme"]));
}

#[test]
fn credentials_list_get_validate() {
    let env = sandbox_home();
    insta::assert_snapshot!("credentials_list_personal", run(&env, &["credentials", "list"]));
    insta::assert_snapshot!("credentials_list", run(&env, &["-w", "acme/prod", "credentials", "list"]));
    insta::assert_snapshot!("credentials_list_json", run(&env, &["-w", "acme/prod", "credentials", "list", "-o", "json"]));
    insta::assert_snapshot!("credentials_get", run(&env, &["-w", "acme/prod", "credentials", "get", "aws-prod"]));
    insta::assert_snapshot!("credentials_get_json", run(&env, &["-w", "acme/prod", "credentials", "get", "aws-prod", "-o", "json"]));
    insta::assert_snapshot!("credentials_get_unknown", run(&env, &["-w", "acme/prod", "credentials", "get", "nope"]));
    insta::assert_snapshot!("credentials_validate", run(&env, &["-w", "acme/prod", "credentials", "validate", "aws-prod"]));
    insta::assert_snapshot!(
        "credentials_validate_json",
        run(&env, &["-w", "acme/prod", "credentials", "validate", "aws-prod", "-o", "json"])
    );
    insta::assert_snapshot!("credentials_validate_invalid", run(&env, &["-w", "acme/dev", "credentials", "validate", "aws-dev"]));
}

#[test]
fn credentials_add_update_rotate_delete() {
    let env = sandbox_home();
    let add = ["-w", "acme/dev", "credentials", "add", "github", "--name", "snap-gh", "--username", "u", "--password-env", "GH_DEMO"];
    insta::assert_snapshot!("credentials_add", run(&env, &add));
    insta::assert_snapshot!("credentials_add_again", run(&env, &add));
    let add_json = [
        "-w",
        "acme/dev",
        "-o",
        "json",
        "credentials",
        "add",
        "github",
        "--name",
        "snap-gh2",
        "--username",
        "u",
        "--password-env",
        "GH_DEMO",
    ];
    insta::assert_snapshot!("credentials_add_json", run(&env, &add_json));
    insta::assert_snapshot!(
        "credentials_update",
        run(&env, &["-w", "acme/dev", "credentials", "update", "snap-gh", "--description", "For snapshots"])
    );
    insta::assert_snapshot!(
        "credentials_update_json",
        run(&env, &["-w", "acme/dev", "-o", "json", "credentials", "update", "snap-gh", "--description", "Again"])
    );
    insta::assert_snapshot!("credentials_update_nothing", run(&env, &["-w", "acme/dev", "credentials", "update", "snap-gh"]));
    insta::assert_snapshot!(
        "credentials_rotate",
        run(&env, &["-w", "acme/dev", "credentials", "rotate", "snap-gh", "--password-env", "GH_NEW"])
    );
    insta::assert_snapshot!(
        "credentials_rotate_json",
        run(&env, &["-w", "acme/dev", "-o", "json", "credentials", "rotate", "snap-gh", "--password-env", "GH_NEW"])
    );
    insta::assert_snapshot!("credentials_delete_unconfirmed", run(&env, &["-w", "acme/dev", "credentials", "delete", "snap-gh"]));
    insta::assert_snapshot!("credentials_delete", run(&env, &["-w", "acme/dev", "credentials", "delete", "snap-gh", "--yes"]));
    insta::assert_snapshot!("credentials_list_after_changes", run(&env, &["-w", "acme/dev", "credentials", "list"]));
    insta::assert_snapshot!(
        "credentials_add_read_only",
        run(
            &env,
            &["-w", "globex/research", "credentials", "add", "github", "--name", "x", "--username", "u", "--password-env", "GH_DEMO"]
        )
    );
}

#[test]
fn config_list_get_set() {
    let env = sandbox_home();
    insta::assert_snapshot!("config_list", run(&env, &["config", "list"]));
    insta::assert_snapshot!("config_list_json", run(&env, &["config", "list", "-o", "json"]));
    insta::assert_snapshot!("config_set", run(&env, &["config", "set", "request_timeout", "42"]));
    insta::assert_snapshot!("config_set_invalid", run(&env, &["config", "set", "request_timeout", "soon"]));
    insta::assert_snapshot!("config_set_unknown_key", run(&env, &["config", "set", "colour", "red"]));
    insta::assert_snapshot!("config_get", run(&env, &["config", "get", "request_timeout"]));
    insta::assert_snapshot!("config_get_json", run(&env, &["config", "get", "request_timeout", "-o", "json"]));
    insta::assert_snapshot!("config_get_unset", run(&env, &["config", "get", "workspace"]));
    insta::assert_snapshot!("config_list_after_set", run(&env, &["config", "list"]));
}

#[test]
fn login_with_token_and_logout() {
    let env = sandbox_home();
    insta::assert_snapshot!("logout_not_logged_in", run(&env, &["logout"]));
    insta::assert_snapshot!("login_with_token", run_with_stdin(&env, &["login", "--with-token"], seqera::sandbox::DEMO_TOKEN));
    insta::assert_snapshot!("login_with_token_again", run_with_stdin(&env, &["login", "--with-token"], seqera::sandbox::DEMO_TOKEN));
    insta::assert_snapshot!("login_with_bad_token", run_with_stdin(&env, &["login", "--with-token"], "not-a-token"));
    insta::assert_snapshot!("login_with_no_token", run_with_stdin(&env, &["login", "--with-token"], ""));
    insta::assert_snapshot!("logout", run(&env, &["logout"]));
}

#[test]
fn run_expression() {
    let env = sandbox_home();
    insta::assert_snapshot!("run_e_list", run(&env, &["run", "-e", r#"credentials_list(#{workspace: "acme/dev"}).map(|c| c.name)"#]));
    insta::assert_snapshot!("run_e_json", run(&env, &["-o", "json", "run", "-e", r#"org_list().map(|o| o.orgName)"#]));
    insta::assert_snapshot!("run_e_error", run(&env, &["run", "-e", r#"credentials_get("nope", #{workspace: "acme/dev"})"#]));
    insta::assert_snapshot!("run_e_syntax_error", run(&env, &["run", "-e", "1 +"]));
}

#[test]
fn ai_hello() {
    let env = sandbox_home();
    insta::assert_snapshot!("ai_hello", run(&env, &["ai", "hello"]));
    insta::assert_snapshot!("ai_hello_sub_agent", run(&env, &["ai", "--sub-agent", "hello"]));
}

#[test]
fn login_in_the_browser_and_logout() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_NO_KEYCHAIN", "true");
    insta::assert_snapshot!("login_browser", run_plain(&env, &["login"]));
    insta::assert_snapshot!("login_browser_status", run_plain(&env, &["status"]));
    insta::assert_snapshot!("logout_revokes", run_plain(&env, &["logout"]));
    insta::assert_snapshot!(
        "login_no_browser_env_token",
        run_plain(&env.env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN), &["login"])
    );
}

#[test]
fn compute_envs_pipelines_launch_and_runs() {
    let env = sandbox_home();
    fn with<'a>(more: &[&'a str]) -> Vec<&'a str> {
        [&["-w", "acme/prod"][..], more].concat()
    }
    insta::assert_snapshot!("compute_envs_list", run(&env, &with(&["compute-envs", "list"])));
    insta::assert_snapshot!("compute_envs_get_json", run(&env, &with(&["-o", "json", "compute-envs", "get", "prod-batch"])));
    insta::assert_snapshot!("pipelines_list", run(&env, &with(&["pipelines", "list"])));
    insta::assert_snapshot!("pipelines_get", run(&env, &with(&["pipelines", "get", "nf-core/rnaseq"])));
    insta::assert_snapshot!("launch", run(&env, &with(&["launch", "nf-core-hello", "--name", "snap-run"])));
    insta::assert_snapshot!("launch_unknown", run(&env, &with(&["launch", "no-such-pipeline"])));
    insta::assert_snapshot!("runs_cancel_unconfirmed", run(&env, &with(&["runs", "cancel", "snap-run"])));
    insta::assert_snapshot!("runs_cancel", run(&env, &with(&["runs", "cancel", "snap-run", "--yes"])));
    insta::assert_snapshot!("runs_watch_cancelled", run(&env, &with(&["runs", "watch", "snap-run"])));
    insta::assert_snapshot!("runs_watch_unknown", run(&env, &with(&["runs", "watch", "no-such-run"])));
}
