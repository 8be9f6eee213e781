//! Hostile or broken input from the user's side: unreadable shell lines, empty names, oversized secrets.

use crate::harness::TestEnv;

fn run_with_bytes(env: &TestEnv, args: &[&str], stdin: &[u8]) -> crate::harness::Run {
    use std::io::Write;
    use std::process::Stdio;
    let started = std::time::Instant::now();
    let mut child = env.command(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn seqera");
    let mut stdin_pipe = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin_pipe.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("seqera runs");
    let _ = writer.join();
    crate::harness::Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
        elapsed: started.elapsed(),
    }
}

#[test]
fn shell_reports_an_invalid_utf8_line_by_number_and_fails() {
    let env = TestEnv::new();
    let run = run_with_bytes(&env, &["shell"], b"org list\n\xff\xfe broken\norg list -o json\n");
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("Line 2 of the input is not valid UTF-8") && run.stderr.contains("Hint:"), "{run:?}");
    assert!(run.stdout.contains("acme") && !run.stdout.contains("\"orgName\""), "stops at the bad line: {run:?}");
}

#[test]
fn shell_keep_going_runs_the_lines_after_an_invalid_utf8_line_and_still_fails() {
    let env = TestEnv::new();
    let run = run_with_bytes(&env, &["shell", "--keep-going"], b"\xc3\x28 bad\norg list -o json\n");
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("Line 1 of the input is not valid UTF-8"), "{run:?}");
    assert!(run.stdout.contains("\"orgName\""), "the next line ran: {run:?}");
}

#[test]
fn empty_workspace_flag_is_a_usage_error_not_the_default() {
    let env = TestEnv::new();
    for ws in ["", "  "] {
        let run = env.run(&["-w", ws, "credentials", "list"]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains("empty workspace is refused") && run.stdout.is_empty(), "{run:?}");
    }
    let run = env.run(&["workspace", "list", "--org", ""]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("empty organization is refused"), "{run:?}");
    let run = env.run(&["org", "switch", ""]);
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn empty_workspace_in_a_script_is_a_usage_error_not_the_default() {
    let env = TestEnv::new();
    let run = env.run(&["run", "-e", r#"credentials_list(#{workspace: ""})"#]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("empty workspace is refused") && run.stdout.is_empty(), "{run:?}");
    let run = env.run(&["run", "-e", r#"let k = "ran"; try { credentials_list(#{workspace: ""}); } catch (e) { k = e.kind; } k"#]);
    assert_eq!(run.stdout.trim(), "usage", "{run:?}");
}
