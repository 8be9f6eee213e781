//! `seqera tokens`: list, create (shown once, or `--save`d as the login), delete (refuses the token in
//! use), and rotate with a failure injected at each step (the sandbox's `/_sandbox/token-faults`): the
//! profile always ends with a working token, and the old one is deleted only after the new one worked.
//! Each test names its tokens uniquely, since the tests share one sandbox (and its demo user).

use crate::harness::{Run, TestEnv, target};

/// A unique token name for one test.
fn unique(tag: &str) -> String {
    format!("t{}-{tag}-{}", std::process::id(), fastrand_suffix())
}

fn fastrand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos() as u64;
    nanos % 100_000 + N.fetch_add(1, Ordering::SeqCst) * 100_000
}

/// Makes a step of the sandbox's `/tokens` fail for tokens whose name contains `name`.
fn inject(step: &str, name: &str) {
    let out = std::process::Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H", "content-type: application/json", "-d"])
        .arg(format!(r#"{{"step":"{step}","name":"{name}"}}"#))
        .arg(format!("{}/_sandbox/token-faults", target().sandbox_url))
        .output()
        .expect("curl runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "204", "the fault was not taken");
}

/// An environment whose profile is logged in with a new token `name` (made with the demo token and
/// `--save`), and no token in the environment: every later command uses the stored login.
fn logged_in(name: &str) -> TestEnv {
    let env = TestEnv::new().env("SEQERA_NO_KEYCHAIN", "true");
    let run = env.run(&["tokens", "create", name, "--save", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["name"], name, "{run:?}");
    assert!(run.json().get("accessKey").is_none(), "--save prints no token value: {run:?}");
    env.without("SEQERA_ACCESS_TOKEN")
}

fn tokens(env: &TestEnv) -> Vec<serde_json::Value> {
    let run = env.run(&["tokens", "list", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    run.json().as_array().expect("a JSON array").clone()
}

fn has(list: &[serde_json::Value], name: &str) -> bool {
    list.iter().any(|t| t["name"] == name)
}

/// A real request with the profile's stored token.
fn works(env: &TestEnv) -> Run {
    let run = env.run(&["credentials", "list", "-o", "json"]);
    assert_eq!(run.code, 0, "the profile has no working token: {run:?}");
    run
}

fn stored_login(env: &TestEnv) -> serde_json::Value {
    let path = env.dir.path().join("home/.local/state/seqera/tokens/default.json");
    serde_json::from_slice(&std::fs::read(&path).expect("the stored login")).expect("JSON")
}

#[test]
fn create_shows_the_value_once_on_stdout_and_list_and_delete_use_the_api_fields() {
    let env = TestEnv::new();
    let name = unique("plain");
    let run = env.run(&["--debug", "tokens", "create", &name, "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let created = run.json();
    let key = created["accessKey"].as_str().expect("accessKey").to_string();
    assert!(created["token"]["id"].is_i64() && created["token"]["name"] == name.as_str(), "{created}");
    assert!(!run.stderr.contains(&key), "the value is never on stderr or in --debug: {run:?}");
    assert!(run.stderr.contains("[debug] POST"), "--debug was on: {run:?}");
    let list = tokens(&env);
    let entry = list.iter().find(|t| t["name"] == name.as_str()).expect("listed");
    for field in ["id", "name", "dateCreated"] {
        assert!(entry.get(field).is_some(), "{field} missing: {entry}");
    }
    assert!(!serde_json::to_string(&list).unwrap().contains(&key), "a list never shows a value");
    // The new token works as a bearer token at once.
    let with_new = TestEnv::new().env("SEQERA_ACCESS_TOKEN", &key);
    assert_eq!(with_new.run(&["credentials", "list"]).code, 0);
    // Deleting needs --yes without a terminal; then it is refused (401).
    let refused = env.run(&["tokens", "delete", &name]);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(refused.stderr.contains("--yes"), "{refused:?}");
    let deleted = env.run(&["tokens", "delete", &name, "--yes", "-o", "json"]);
    assert_eq!(deleted.code, 0, "{deleted:?}");
    assert_eq!(deleted.json()["name"], name.as_str(), "a delete returns the token it deleted");
    assert!(!has(&tokens(&env), &name));
    let after = with_new.run(&["credentials", "list"]);
    assert_eq!(after.code, 4, "a deleted token is refused: {after:?}");
}

#[test]
fn delete_refuses_the_token_the_profile_uses_unless_forced() {
    let name = unique("inuse");
    let env = logged_in(&name);
    let run = env.run(&["tokens", "delete", &name, "--yes"]);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("is the token profile `default` uses; nothing was deleted"), "{run:?}");
    assert!(run.stderr.contains("--force"), "{run:?}");
    works(&env);
    let forced = env.run(&["tokens", "delete", &name, "--yes", "--force"]);
    assert_eq!(forced.code, 0, "{forced:?}");
    assert!(forced.stderr.contains("no longer works"), "{forced:?}");
    assert_eq!(env.run(&["credentials", "list"]).code, 4);
}

#[test]
fn an_env_token_does_not_hide_that_the_stored_login_uses_the_token_being_deleted() {
    // The stored login uses `name`; a token in the environment is in use for this one command. Deleting the
    // stored login's token is still refused without --force: the next command without the env var needs it.
    let name = unique("envhide");
    let with_env = logged_in(&name).env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    let run = with_env.run(&["tokens", "delete", &name, "--yes"]);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("nothing was deleted"), "{run:?}");
    assert!(has(&tokens(&with_env), &name), "the stored login's token was deleted");
    works(&with_env.without("SEQERA_ACCESS_TOKEN"));
}

#[test]
fn rotate_old_must_be_the_token_the_login_recorded() {
    // Another client's token must not be retired in place of this profile's.
    let theirs = unique("theirs");
    let made = TestEnv::new().run(&["tokens", "create", &theirs, "-o", "json"]);
    assert_eq!(made.code, 0, "{made:?}");
    let mine = unique("mine");
    let env = logged_in(&mine);
    let run = env.run(&["tokens", "rotate", "--old", &theirs, "--name", &unique("mine2")]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("nothing was rotated"), "{run:?}");
    let list = tokens(&env);
    assert!(has(&list, &theirs) && has(&list, &mine), "{list:?}");
    assert_eq!(stored_login(&env)["token_name"], mine.as_str());
    works(&env);
}

#[test]
fn two_rotations_at_once_leave_one_working_login_and_no_forgotten_token() {
    let base = unique("race");
    let env = logged_in(&base);
    let (a, b) = (format!("{base}-a"), format!("{base}-b"));
    let runs: Vec<Run> = std::thread::scope(|s| {
        let ta = s.spawn(|| env.run(&["tokens", "rotate", "--name", &a]));
        let tb = s.spawn(|| env.run(&["tokens", "rotate", "--name", &b]));
        vec![ta.join().unwrap(), tb.join().unwrap()]
    });
    works(&env);
    let stored = stored_login(&env)["token_name"].as_str().unwrap().to_string();
    // A success names the token it stored: the one stored now, or one a later rotation retired (the two ran
    // one after the other).
    let live = tokens(&env);
    for run in runs.iter().filter(|r| r.code == 0) {
        let named = run.stderr.split("now uses token `").nth(1).and_then(|r| r.split('`').next()).expect("names a token");
        assert!(named == stored || !has(&live, named), "a success names a token that is neither stored nor retired: {runs:?}");
    }
    // Every token of this test still there is the stored one, or one a message says to delete.
    for t in tokens(&env).iter().filter(|t| t["name"].as_str().is_some_and(|n| n.starts_with(&base))) {
        let name = t["name"].as_str().unwrap();
        let id = t["id"].to_string();
        let told = runs.iter().any(|r| r.stderr.contains(&format!("seqera tokens delete id:{id}")));
        assert!(name == stored || told, "token `{name}` is live and forgotten: {runs:?}");
    }
}

#[test]
fn rotate_replaces_the_token_then_deletes_the_old_one() {
    let old = unique("rot");
    let env = logged_in(&old);
    let new = format!("{old}-new");
    let run = env.run(&["--debug", "tokens", "rotate", "--name", &new, "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["name"], new.as_str(), "rotate returns the new token: {run:?}");
    assert!(run.json().get("accessKey").is_none(), "{run:?}");
    let login = stored_login(&env);
    assert_eq!(login["token_name"], new.as_str());
    let value = login["access_token"].as_str().unwrap();
    assert!(!run.all().contains(value), "the new value is never shown: {run:?}");
    let list = tokens(&env);
    assert!(has(&list, &new) && !has(&list, &old), "{list:?}");
    works(&env);
    // Without --name, the name is the old one with a time stamp; rotating again works from the record.
    let again = env.run(&["tokens", "rotate", "-o", "json"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert!(again.json()["name"].as_str().unwrap().starts_with(&format!("{old}-new-")), "{again:?}");
    works(&env);
}

#[test]
fn rotate_with_a_failed_create_keeps_the_old_token() {
    let old = unique("fcreate");
    let env = logged_in(&old);
    let new = format!("{old}-x");
    inject("create", &new);
    let run = env.run(&["tokens", "rotate", "--name", &new]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("No new token was created"), "{run:?}");
    assert!(run.stderr.contains(&format!("you are still using `{old}`")), "{run:?}");
    assert!(has(&tokens(&env), &old));
    assert_eq!(stored_login(&env)["token_name"], old.as_str());
    works(&env);
}

#[test]
fn rotate_with_a_new_token_that_does_not_work_deletes_it_and_keeps_the_old_one() {
    let old = unique("fuse");
    let env = logged_in(&old);
    let new = format!("{old}-x");
    inject("use", &new);
    let run = env.run(&["tokens", "rotate", "--name", &new]);
    assert_eq!(run.code, 1, "{run:?}");
    let says = format!("The new token `{new}`");
    assert!(run.stderr.contains(&says) && run.stderr.contains("did not work"), "{run:?}");
    assert!(run.stderr.contains("it was deleted again") && run.stderr.contains(&format!("you are still using `{old}`")), "{run:?}");
    let list = tokens(&env);
    assert!(has(&list, &old) && !has(&list, &new), "the old one is kept, the new one deleted: {list:?}");
    assert_eq!(stored_login(&env)["token_name"], old.as_str());
    works(&env);
}

#[test]
fn rotate_with_a_failed_delete_of_the_old_token_uses_the_new_one_and_says_so() {
    let old = unique("fdel");
    let env = logged_in(&old);
    let new = unique("fdel-new");
    inject("delete", &old);
    let run = env.run(&["tokens", "rotate", "--name", &new]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains(&format!("The new token `{new}`")) && run.stderr.contains("now uses it"), "{run:?}");
    assert!(run.stderr.contains(&format!("the old token `{old}`")) && run.stderr.contains("could not be deleted"), "{run:?}");
    let list = tokens(&env);
    assert!(has(&list, &old) && has(&list, &new), "{list:?}");
    assert_eq!(stored_login(&env)["token_name"], new.as_str());
    works(&env);
}

#[test]
fn rotate_of_a_with_token_login_needs_old_and_refuses_env_tokens() {
    let name = unique("wt");
    let made = TestEnv::new().run(&["tokens", "create", &name, "-o", "json"]);
    let key = made.json()["accessKey"].as_str().unwrap().to_string();
    let env = TestEnv::new().env("SEQERA_NO_KEYCHAIN", "true").without("SEQERA_ACCESS_TOKEN");
    assert_eq!(env.run_with_stdin(&["login", "--with-token"], &key).code, 0);
    let run = env.run(&["tokens", "rotate"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--old NAME|ID"), "{run:?}");
    let rotated = env.run(&["tokens", "rotate", "--old", &name, "-o", "json"]);
    assert_eq!(rotated.code, 0, "{rotated:?}");
    assert!(!has(&tokens(&env), &name));
    works(&env);
    let from_env = TestEnv::new().run(&["tokens", "rotate"]);
    assert_eq!(from_env.code, 2, "{from_env:?}");
    assert!(from_env.stderr.contains("SEQERA_ACCESS_TOKEN"), "{from_env:?}");
}

#[test]
fn a_403_names_the_role_the_command_needs() {
    // The demo user is not in workspace 204 (initech/secret), and only a viewer in 203.
    let env = TestEnv::new();
    let run = env.run(&["credentials", "list", "-w", "204"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("403") && run.stderr.contains("`view` role"), "{run:?}");
    let run = env.run(&["credentials", "delete", "aws-prod", "-w", "203", "--yes"]);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("`maintain` role"), "{run:?}");
    let help = env.run(&["credentials", "rotate", "--help"]);
    assert!(help.stdout.contains("Needs role: maintain"), "{help:?}");
    let help = env.run(&["tokens", "rotate", "--help"]);
    assert!(help.stdout.contains("Needs role: none"), "{help:?}");
}

#[test]
fn deleting_the_token_of_a_with_token_login_says_it_was_the_one_in_use() {
    let name = unique("wtdel");
    let made = TestEnv::new().run(&["tokens", "create", &name, "-o", "json"]);
    let key = made.json()["accessKey"].as_str().unwrap().to_string();
    let env = TestEnv::new().env("SEQERA_NO_KEYCHAIN", "true").without("SEQERA_ACCESS_TOKEN");
    assert_eq!(env.run_with_stdin(&["login", "--with-token"], &key).code, 0);
    // seqera cannot know beforehand (no recorded ID), so it deletes and then checks.
    let run = env.run(&["tokens", "delete", &name, "--yes"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("That was the token this profile used"), "{run:?}");
    assert!(!run.all().contains(&key), "{run:?}");
}

#[test]
fn the_shell_keeps_working_after_a_rotation_on_one_of_its_lines() {
    let old = unique("shell");
    let env = logged_in(&old);
    let new = format!("{old}-new");
    let run = env.run_with_stdin(&["shell"], &format!("tokens rotate --name {new}\ncredentials list -o json\ntokens list -o json\n"));
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains(&new) && !run.stdout.contains(&format!("\"{old}\"")), "{run:?}");
    works(&env);
}

#[test]
fn delete_asks_on_a_terminal_and_a_no_deletes_nothing() {
    use crate::pty::{Pty, wait_exit};
    let env = TestEnv::new();
    let name = unique("ask");
    assert_eq!(env.run(&["tokens", "create", &name]).code, 0);
    let mut pty = Pty::spawn(&env, &["tokens", "delete", &name]);
    pty.wait_for(&format!("Delete token `{name}`"));
    std::thread::sleep(std::time::Duration::from_millis(100));
    pty.send("n\r");
    pty.wait_for("Nothing deleted");
    assert_eq!(wait_exit(&mut pty), Some(0), "{}", pty.text());
    assert!(has(&tokens(&env), &name));
    let mut pty = Pty::spawn(&env, &["tokens", "delete", &name]);
    pty.wait_for(&format!("Delete token `{name}`"));
    std::thread::sleep(std::time::Duration::from_millis(100));
    pty.send("y\r");
    pty.wait_for("Deleted token");
    assert_eq!(wait_exit(&mut pty), Some(0), "{}", pty.text());
    assert!(!has(&tokens(&env), &name));
}

#[test]
fn a_create_answered_with_a_broken_body_never_shows_the_value_and_says_it_may_exist() {
    let server = crate::scripted::serve(|_, r| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/tokens") => crate::scripted::status("200 OK", r#"{"accessKey":"T-NEW-SECRET-VALUE","token":{"id":"#),
        _ => crate::scripted::status("404 Not Found", r#"{"message":"no"}"#),
    });
    let env = TestEnv::bare().env("SEQERA_PLATFORM_API_URL", &server.url).env("SEQERA_ACCESS_TOKEN", "tok-abc");
    let run = env.run(&["tokens", "create", "leaky"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(!run.all().contains("T-NEW-SECRET"), "the token's value is never shown: {run:?}");
    assert!(run.stderr.contains("may have been created") && run.stderr.contains("seqera tokens list"), "{run:?}");
}

#[test]
fn rotate_under_dry_run_in_a_script_is_a_dry_run_not_a_failure() {
    let old = unique("dry");
    let env = logged_in(&old);
    let script = format!("{}/scripts/examples/rotate-platform-token.rhai", env!("CARGO_MANIFEST_DIR"));
    let run = env.run(&["run", "--dry-run", &script]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("dry run: nothing was rotated"), "{run:?}");
    assert!(has(&tokens(&env), &old));
    assert_eq!(stored_login(&env)["token_name"], old.as_str());
}

#[test]
fn create_run_by_the_assistant_refuses_to_print_the_value_and_points_to_save() {
    let name = unique("agent");
    let env = TestEnv::new().env("SEQERA_NO_KEYCHAIN", "true").env("AGENT", "1");
    let run = env.run(&["tokens", "create", &name]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("AI assistant") && run.stderr.contains("--save"), "{run:?}");
    assert!(!has(&tokens(&env), &name), "nothing was created");
    let saved = env.run(&["tokens", "create", &name, "--save", "-o", "json"]);
    assert_eq!(saved.code, 0, "--save still works: {saved:?}");
    assert!(saved.json().get("accessKey").is_none(), "{saved:?}");
}
