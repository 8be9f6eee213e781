//! Every interactive question on a real pseudo-terminal (issue 17, item 1): pickers take arrow keys and
//! type-to-filter, a dumb terminal gets a numbered list, and Ctrl-C or Esc at any question exits 130 with
//! nothing done.

use std::time::Duration;

use crate::harness::{OwnSandbox, TestEnv};
use crate::pty::{Pty, dumb, wait_exit};

const CTRL_C: &str = "\x03";
const ESC: &str = "\x1b";
const DOWN: &str = "\x1b[B";

fn current_org(env: &TestEnv) -> String {
    env.run(&["org", "-o", "json"]).json()["orgName"].as_str().unwrap_or_default().to_string()
}

#[test]
fn the_org_picker_takes_arrow_keys() {
    let env = TestEnv::new();
    let mut pty = Pty::spawn(&env, &["org", "switch"]);
    pty.wait_for("[Org] Your organizations:");
    pty.wait_for("type to filter");
    pty.send(DOWN);
    std::thread::sleep(Duration::from_millis(100));
    pty.send("\r");
    pty.wait_for("Switched to: globex");
    assert_eq!(wait_exit(&mut pty), Some(0));
    assert_eq!(current_org(&env), "globex");
}

#[test]
fn the_org_picker_filters_as_the_user_types() {
    let env = TestEnv::new();
    assert_eq!(env.run(&["org", "switch", "globex"]).code, 0);
    let mut pty = Pty::spawn(&env, &["org", "switch"]);
    pty.wait_for("type to filter");
    pty.send("acm");
    std::thread::sleep(Duration::from_millis(100));
    pty.send("\r");
    pty.wait_for("Switched to: acme");
    assert_eq!(wait_exit(&mut pty), Some(0));
    assert_eq!(current_org(&env), "acme");
}

#[test]
fn ctrl_c_and_esc_cancel_the_org_picker_with_130() {
    let env = TestEnv::new();
    assert_eq!(env.run(&["org", "switch", "acme"]).code, 0);
    for key in [CTRL_C, ESC] {
        let mut pty = Pty::spawn(&env, &["org", "switch"]);
        pty.wait_for("type to filter");
        pty.send(DOWN);
        std::thread::sleep(Duration::from_millis(100));
        pty.send(key);
        // Read up to the message before the exit: the child may be gone before its last line is read.
        pty.wait_for("Interrupted.");
        assert_eq!(wait_exit(&mut pty), Some(130), "{key:?}: {}", pty.text());
        assert_eq!(current_org(&env), "acme", "{key:?} changed nothing");
    }
}

#[test]
fn a_dumb_terminal_gets_a_numbered_picker_that_ctrl_c_cancels() {
    let env = TestEnv::new();
    assert_eq!(env.run(&["org", "switch", "acme"]).code, 0);
    let mut pty = Pty::spawn_command(dumb(&env, &["org", "switch"]));
    pty.wait_for("Enter selection (1-2), or 'q' to cancel: ");
    pty.send(CTRL_C);
    assert_eq!(wait_exit(&mut pty), Some(130), "{}", pty.text());
    assert_eq!(current_org(&env), "acme");

    let mut pty = Pty::spawn_command(dumb(&env, &["org", "switch"]));
    pty.wait_for("Enter selection (1-2)");
    pty.send("2\r");
    pty.wait_for("Switched to: globex");
    assert_eq!(wait_exit(&mut pty), Some(0));
}

fn credential_names(env: &TestEnv) -> String {
    env.run(&["-w", "acme/prod", "credentials", "list"]).stdout
}

#[test]
fn ctrl_c_and_esc_at_the_delete_confirmation_delete_nothing() {
    let env = TestEnv::new();
    let args = ["-w", "acme/prod", "credentials", "delete", "github-ci"];
    for (key, term) in [(CTRL_C, "xterm"), (ESC, "xterm"), (CTRL_C, "dumb"), ("\x1b\r", "dumb")] {
        let mut cmd = env.command(&args);
        cmd.env("TERM", term);
        let mut pty = Pty::spawn_command(cmd);
        pty.wait_for("Delete credential `github-ci`");
        std::thread::sleep(Duration::from_millis(100));
        pty.send(key);
        assert_eq!(wait_exit(&mut pty), Some(130), "{key:?} on {term}: {}", pty.text());
        assert!(credential_names(&env).contains("github-ci"), "{key:?} on {term} deleted nothing");
    }
}

#[test]
fn ctrl_c_and_esc_at_a_hidden_secret_prompt_exit_130_and_add_nothing() {
    let env = TestEnv::new();
    let args = ["-w", "acme/prod", "credentials", "add", "github", "--name", "typed-later", "--username", "me"];
    for (key, term) in [(CTRL_C, "xterm"), (ESC, "xterm"), (CTRL_C, "dumb")] {
        let mut cmd = env.command(&args);
        cmd.env("TERM", term);
        let mut pty = Pty::spawn_command(cmd);
        pty.wait_for("(input is hidden)");
        std::thread::sleep(Duration::from_millis(100));
        pty.send("half-typed");
        pty.send(key);
        assert_eq!(wait_exit(&mut pty), Some(130), "{key:?} on {term}: {}", pty.text());
        assert!(!pty.text().contains("half-typed"), "the secret was not echoed: {}", pty.text());
        assert!(!credential_names(&env).contains("typed-later"), "{key:?} on {term} added nothing");
    }
    let mut cmd = env.command(&["login", "--with-token"]);
    cmd.env("TERM", "xterm");
    let mut pty = Pty::spawn_command(cmd);
    pty.wait_for("Paste your personal access token (input is hidden)");
    pty.send(CTRL_C);
    assert_eq!(wait_exit(&mut pty), Some(130), "{}", pty.text());
}

/// `seqera ai -c` on a capable terminal: the arrow keys choose the session; Ctrl-C sends nothing.
#[test]
fn the_ai_session_picker_takes_arrow_keys_and_ctrl_c() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    assert_eq!(env.run(&["ai", "first topic"]).code, 0);
    assert_eq!(env.run(&["ai", "second topic"]).code, 0);
    let mut pty = Pty::spawn(&env, &["ai", "-c", "not sent"]);
    pty.wait_for("type to filter");
    pty.send(CTRL_C);
    assert_eq!(wait_exit(&mut pty), Some(130), "{}", pty.text());
    assert!(!pty.text().contains("You said"));

    let mut pty = Pty::spawn(&env, &["ai", "-c", "go on"]);
    pty.wait_for("type to filter");
    pty.send(DOWN);
    std::thread::sleep(Duration::from_millis(100));
    pty.send("\r");
    pty.wait_for("You said: go on");
    assert_eq!(wait_exit(&mut pty), Some(0));
    let run = env.run(&["ai", "-c", "and again"]);
    assert!(run.stderr.contains("continuing the most recent, sess-0001"), "the first session was picked: {run:?}");
}
