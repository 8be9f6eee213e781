//! `seqera ai` against the sandbox's scripted assistant: streaming, local tools under the approval rules,
//! a dropped stream resumed with the cursor, sessions, JSONL outputs, the shell and scripts.

use serde_json::Value;

use crate::harness::{OwnSandbox, TestEnv};

fn ai_env(sandbox: &OwnSandbox) -> TestEnv {
    sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN).env("SEQERA_AI_RETRY_BASE_MS", "20")
}

/// A stored login (not a token variable): the `seqera` commands a tool runs see no token variables, so
/// they use the stored login as any other program of the user's would.
pub fn logged_in(sandbox: &OwnSandbox) -> TestEnv {
    let env = sandbox.env().env("SEQERA_NO_KEYCHAIN", "true").env("SEQERA_AI_RETRY_BASE_MS", "20");
    let login = env.run_with_stdin(&["login", "--with-token"], seqera::sandbox::DEMO_TOKEN);
    assert_eq!(login.code, 0, "{login:?}");
    env
}

#[test]
fn a_headless_question_streams_its_answer_and_logs_events() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let events = env.dir.path().join("logs/events.jsonl");
    let run = env.run(&["ai", "hello there, think about it", "--show-thinking", "--events-path", events.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "You said: hello there, think about it\n");
    assert!(run.stderr.contains("[thinking] The user wants an echo."), "{run:?}");
    let lines: Vec<Value> = std::fs::read_to_string(&events).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let types: Vec<&str> = lines.iter().map(|l| l["type"].as_str().unwrap()).collect();
    assert_eq!(types.first(), Some(&"run.started"));
    assert_eq!(types.last(), Some(&"run.complete"));
    assert!(types.contains(&"event.thinking") && types.contains(&"event.text"), "{types:?}");
    assert!(lines.iter().all(|l| l["timestamp"].as_str().is_some_and(|t| t.ends_with('Z'))));
    assert_eq!(lines.last().unwrap()["data"]["status"], "success");
}

#[test]
fn a_read_only_tool_call_runs_and_its_result_goes_back() {
    let sandbox = OwnSandbox::start(&[]);
    let env = logged_in(&sandbox);
    let run = env.run(&["ai", "list my credentials", "--show-tools"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Here is what `seqera credentials list` gave:\n0aB1cD2eF3gH4iJ5kL6mNo\tgithub-personal"), "{run:?}");
    assert!(run.stderr.contains("[tool] execute_bash_local"), "{run:?}");
}

#[test]
fn in_a_pipe_a_call_that_needs_approval_is_rejected_and_nothing_runs() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    for mode in ["basic", "default", "full"] {
        let run = env.run(&["ai", "please delete credential github-personal", "--approval-mode", mode]);
        assert_eq!(run.code, 1, "{mode}: {run:?}");
        assert!(run.stderr.contains("needs approval in") && run.stderr.contains("no terminal to ask on"), "{run:?}");
        assert!(run.stdout.contains("did not succeed (exit 1): Operation blocked"), "the assistant was told: {run:?}");
    }
    let list = env.run(&["credentials", "list"]);
    assert!(list.stdout.contains("github-personal"), "nothing ran: {list:?}");

    // An edit inside the directory: asked in basic mode, run in default mode.
    let run = env.run(&["ai", "write a note", "--approval-mode", "basic"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(!env.dir.path().join("note.txt").exists());
    let run = env.run(&["ai", "write a note"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(std::fs::read_to_string(env.dir.path().join("note.txt")).unwrap(), "written by the assistant\n");
    let run = env.run_with_env("SEQERA_APPROVAL_MODE", "basic", &["ai", "write a note"]);
    assert_eq!(run.code, 1, "the approval_mode setting applies: {run:?}");
}

#[test]
fn a_dropped_stream_resumes_with_the_cursor_and_no_text_twice() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let run = env.run(&["--debug", "ai", "[drop] one two three four five six seven eight nine ten"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "You said: one two three four five six seven eight nine ten\n");
    assert!(run.stderr.contains("reconnecting") && run.stderr.contains("cursor Some(2)"), "{}", run.stderr);

    let run = env.run(&["ai", "[hang] this never ends properly"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("event stream ended 6 times before the answer was complete"), "{run:?}");
    assert!(run.stdout.ends_with('\n'), "{run:?}");
}

#[test]
fn backend_errors_are_said_and_exit_1() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let run = env.run(&["ai", "[429] hi"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Error: You have used all the sandbox's AI credits for today."), "{run:?}");
    let run = env.run(&["ai", "[500] hi"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Failed to send the message: 500"), "{run:?}");
}

#[test]
fn sessions_continue_with_c_and_s_and_in_the_shell_and_scripts() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let first = env.run(&["ai", "first question", "--sub-agent"]);
    assert_eq!(first.code, 0, "{first:?}");
    let lines: Vec<Value> = first.stdout.lines().map(|l| serde_json::from_str(l).expect("JSONL")).collect();
    assert!(lines.iter().all(|l| l["v"] == 1));
    let session = lines[0]["data"]["session_id"].as_str().unwrap().to_string();
    assert_eq!(lines.last().unwrap()["type"], "complete");

    let run = env.run(&["ai", "-c", "second question"]);
    assert_eq!(run.stdout, "You said: second question\n", "the replayed history is not shown again: {run:?}");
    assert!(!run.stderr.contains("starting a new one"), "{run:?}");
    let run = env.run(&["ai", "--session", &session, "third"]);
    assert_eq!(run.stdout, "You said: third\n", "{run:?}");

    let run = env.run_with_stdin(&["shell"], "ai one\n/ai two\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "You said: one\nYou said: two\n");
    assert!(run.stderr.contains("To resume: seqera ai --session sess-"), "leaving says how to resume: {run:?}");
    // /clear starts the next turn on a new session; /credits shows the credits.
    let run = env.run_with_stdin(&["shell"], "ai --sub-agent one\nai --sub-agent two\n/clear\nai --sub-agent three\n/credits\n");
    assert_eq!(run.code, 0, "{run:?}");
    let sessions: Vec<String> = run
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["type"] == "run_started")
        .map(|v| v["data"]["session_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sessions.len(), 3, "{run:?}");
    assert!(sessions[0] == sessions[1] && sessions[1] != sessions[2], "{sessions:?}");
    assert!(run.stdout.contains("tokens\t"), "{run:?}");
    let run = env.run(&["run", "-e", "ai(\"alpha\") + \"|\" + ai(\"beta\")"]);
    assert_eq!(run.stdout.trim(), "You said: alpha|You said: beta", "{run:?}");
}

/// Starts `seqera ai ARGS`, reads its stdout until `until` shows, then sends `signal`; returns the exit
/// code, all of stdout and stderr.
fn signal_mid_answer(env: &TestEnv, args: &[&str], until: &str, signal: &str) -> (Option<i32>, String, String) {
    use std::io::Read;
    let mut child = env.command(args).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 256];
    while !String::from_utf8_lossy(&seen).contains(until) {
        let n = stdout.read(&mut buf).unwrap();
        assert!(n > 0, "the answer ended before {until:?}: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&buf[..n]);
    }
    std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    stdout.read_to_end(&mut seen).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&seen).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn ctrl_c_expires_the_session_and_says_how_to_resume() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let (code, stdout, stderr) = signal_mid_answer(&env, &["ai", "[slow] a b c d e f g h i j k l m n o p q r s t"], "You said: a", "-INT");
    assert_eq!(code, Some(130), "{stderr}");
    assert!(stderr.contains("Session: sess-0001\nTo resume: seqera ai --session sess-0001"), "{stderr}");
    assert!(stdout.starts_with("You said: a") && !stdout.contains(" t"), "stopped mid-answer: {stdout}");
    // It was expired, so `-c` finds it.
    let run = env.run(&["ai", "-c", "go on"]);
    assert_eq!(run.stdout, "You said: go on\n", "{run:?}");

    // SIGTERM does the same, and a sub-agent's stream ends with `interrupted {}`.
    let (code, stdout, stderr) =
        signal_mid_answer(&env, &["ai", "--sub-agent", "[slow] a b c d e f g h i j k l m n o p q r s t"], "\"type\":\"text\"", "-TERM");
    assert_eq!(code, Some(130), "{stderr}");
    assert!(stderr.contains("To resume: seqera ai --session sess-0002"), "{stderr}");
    let lines: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("JSONL")).collect();
    assert_eq!(lines.first().unwrap()["type"], "run_started");
    assert_eq!(lines.last().unwrap()["type"], "interrupted", "{lines:?}");
    assert_eq!(lines.last().unwrap()["data"], serde_json::json!({}));
}

/// The session body carries the project (fact sheet D3): git branch, changes and commits, skills, docs,
/// memory and instructions; the sandbox's assistant says back what it was told.
#[test]
fn the_session_tells_the_assistant_about_the_project() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let d = env.dir.path();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git").arg("-C").arg(d).args(args).output().expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q", "-b", "trunk"]);
    std::fs::write(d.join("main.nf"), "workflow {}\n").unwrap();
    git(&["add", "main.nf"]);
    git(&["-c", "user.name=Ada", "-c", "user.email=ada@example.org", "commit", "-qm", "First pipeline"]);
    std::fs::write(d.join("main.nf"), "workflow { hello() }\n").unwrap();
    for (path, text) in [
        (".seqera/skills/rotate/SKILL.md", "---\nname: rotate-keys\ndescription: Rotate AWS keys\n---\nSteps...\n"),
        (".seqera/docs/runbook.md", "# Runbook\n"),
        (".seqera/memory/decisions.md", "We use Wave.\n"),
        ("AGENTS.md", "Use nf-core style.\n"),
    ] {
        std::fs::create_dir_all(d.join(path).parent().unwrap()).unwrap();
        std::fs::write(d.join(path), text).unwrap();
    }
    let run = env.run(&["ai", "describe this project"]);
    assert_eq!(run.code, 0, "{run:?}");
    let out = &run.stdout;
    assert!(out.contains("Git: branch trunk, ") && out.contains("main.nf") && out.contains("last commit \"First pipeline\""), "{out}");
    assert!(out.contains(&format!("Pipeline: {}", d.join("main.nf").display())), "{out}");
    assert!(out.contains("Skills: rotate-keys\nDocs: 1; memory: 1\nInstructions: Use nf-core style."), "{out}");
}

/// `--plan` sends the message in plan mode and blocks commands and file changes on the client.
#[test]
fn plan_mode_blocks_commands_and_writes_here() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let run = env.run(&["ai", "--plan", "what would you do?"]);
    assert_eq!(run.stdout, "You said (plan mode): what would you do?\n", "{run:?}");
    let run = env.run(&["ai", "--plan", "--approval-mode", "full", "write a note"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("did not succeed (exit 1): Blocked: write_file_local is not available in plan mode"), "{run:?}");
    assert!(!env.dir.path().join("note.txt").exists());
    let run = env.run(&["ai", "--plan", "list my credentials"]);
    assert!(run.stdout.contains("Blocked: execute_bash_local is not available in plan mode"), "{run:?}");
    std::fs::write(env.dir.path().join("notes.md"), "kept\n").unwrap();
    let run = env.run(&["ai", "--plan", "read notes.md"]);
    assert!(run.stdout.contains("kept"), "reading is allowed: {run:?}");
}

/// `seqera ai --credits` reads `/v1/cli/credits` for the selected organization: an org pool, or credits
/// managed by the organization with an included allowance; tokens count what the sessions used.
#[test]
fn credits_show_the_org_pool_or_the_included_allowance() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    assert_eq!(env.run(&["org", "switch", "acme"]).code, 0);
    let run = env.run(&["ai", "--credits"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("organization\tacme (pro)\nmetering\torg\norgCredits\t12.5 of 100 used (12%), until 2027-01-31\n"),
        "{run:?}"
    );
    assert!(run.stdout.contains("tokens\t0 in, 0 out"), "{run:?}");

    assert_eq!(env.run(&["ai", "hello"]).code, 0);
    let json: Value = serde_json::from_str(&env.run(&["ai", "--credits", "-o", "json"]).stdout).unwrap();
    assert!(json["input_tokens"].as_u64().unwrap() > 0 && json["output_tokens"].as_u64().unwrap() > 0, "{json}");
    assert!(json["org_credits"]["consumed"].as_f64().unwrap() > 12.5, "{json}");

    assert_eq!(env.run(&["org", "switch", "globex"]).code, 0);
    let run = env.run(&["ai", "--credits"]);
    assert!(run.stdout.contains("orgCredits\tmanaged by your organization\nincluded\t"), "{run:?}");
    let run = env.run(&["ai", "--credits", "and a question"]);
    assert_eq!(run.code, 2, "{run:?}");
}

/// In the shell, later turns remember what earlier ones read: a file read in one `ai` line may be
/// rewritten in the next (the read-before-write rule holds per session, not per line).
#[test]
fn shell_turns_remember_the_files_read_in_the_session() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let note = env.dir.path().join("note.txt");
    std::fs::write(&note, "old\n").unwrap();
    let run = env.run(&["ai", "write a note"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("must be read with read_file_local before modifying it"), "{run:?}");
    assert_eq!(std::fs::read_to_string(&note).unwrap(), "old\n");

    let run = env.run_with_stdin(&["shell"], "ai read note.txt\nai write a note\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Here is what `write note.txt` gave"), "{run:?}");
    assert_eq!(std::fs::read_to_string(&note).unwrap(), "written by the assistant\n");
}

/// `/approval MODE` in the shell sets the mode of the turns that follow; a turn's own flag still wins.
#[test]
fn the_shell_sets_the_approval_mode_for_its_session() {
    let sandbox = OwnSandbox::start(&[]);
    let env = ai_env(&sandbox);
    let run = env.run_with_stdin(&["shell"], "/approval\n/approval basic\n/approval\nai --approval-mode default write a note\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("default (default)\nbasic (set with /approval)\n"), "{run:?}");
    assert!(env.dir.path().join("note.txt").exists(), "the flag wins over /approval");
    std::fs::remove_file(env.dir.path().join("note.txt")).unwrap();
    let run = env.run_with_stdin(&["shell"], "/approval basic\n/clear\nai write a note\n");
    assert_eq!(run.code, 1, "basic mode asks for an edit, and there is no terminal: {run:?}");
    assert!(run.stderr.contains("needs approval in basic mode"), "the mode outlives /clear: {run:?}");
    assert!(!env.dir.path().join("note.txt").exists());
    let run = env.run_with_stdin(&["shell"], "/approval sometimes\n");
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("Use /approval basic, default or full."), "{run:?}");
}

#[test]
fn a_missing_question_is_a_usage_error_that_shows_how_to_ask() {
    let env = TestEnv::bare();
    let run = env.run(&["ai"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("seqera ai needs a question.") && run.stderr.contains("seqera shell"), "{run:?}");
    let run = env.run(&["ai", "  "]);
    assert_eq!(run.code, 2, "{run:?}");
}
