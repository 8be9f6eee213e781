//! Compute environments, pipelines, launch and runs on the sandbox: JSON with the API's field names,
//! launch defaults and overrides, roles, cancel, and `runs watch` (its exit code, and one list request per
//! poll however many runs it follows).

use crate::harness::{OwnSandbox, Run, TestEnv};

const DEMO: &str = seqera::sandbox::DEMO_TOKEN;

/// A sandbox of this test's own whose runs take `run_ms`, and an environment logged in to it.
fn own(run_ms: &str) -> (OwnSandbox, TestEnv) {
    let sandbox = OwnSandbox::start(&[("SEQERA_SANDBOX_RUN_MS", run_ms)]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", DEMO);
    (sandbox, env)
}

fn launched(run: &Run) -> String {
    assert_eq!(run.code, 0, "{run:?}");
    run.json()["workflowId"].as_str().expect("workflowId").to_string()
}

fn json_lines(run: &Run) -> Vec<serde_json::Value> {
    run.stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}\n{run:?}"))).collect()
}

#[test]
fn compute_envs_show_the_credentials_each_uses_by_name_and_id() {
    let env = TestEnv::new();
    let list = env.run(&["-w", "acme/prod", "compute-envs", "list", "-o", "json"]);
    assert_eq!(list.code, 0, "{list:?}");
    let ce = list.json().as_array().unwrap().iter().find(|c| c["name"] == "prod-batch").cloned().expect("prod-batch listed");
    assert_eq!(ce["id"], "3xkQ0BnMcVr2YbLhUo5Wtz");
    assert_eq!(ce["platform"], "aws-batch");
    assert_eq!(ce["credentialsId"], "1cz5A8cuBkB5iJliCwJCFU");
    assert_eq!(ce["credentialsName"], "aws-prod");
    assert_eq!(ce["primary"], true);
    for wanted in ["prod-batch", "3xkQ0BnMcVr2YbLhUo5Wtz"] {
        let get = env.run(&["-w", "acme/prod", "compute-envs", "get", wanted, "-o", "json"]);
        assert_eq!(get.code, 0, "{get:?}");
        let v = get.json();
        assert_eq!((v["id"].as_str(), v["credentialsName"].as_str()), (Some("3xkQ0BnMcVr2YbLhUo5Wtz"), Some("aws-prod")), "{v}");
        assert_eq!(v["config"]["workDir"], "s3://acme-prod-work");
    }
    let table = env.run(&["-w", "acme/prod", "compute-envs", "list"]);
    assert!(table.stdout.contains("prod-batch\t3xkQ0BnMcVr2YbLhUo5Wtz\taws-batch\tAVAILABLE\ttrue\taws-prod\t"), "{table:?}");
    let missing = env.run(&["-w", "acme/prod", "compute-envs", "get", "nope"]);
    assert_eq!(missing.code, 5, "{missing:?}");
    assert!(missing.stderr.contains("No compute environment named `nope`"), "{missing:?}");
}

#[test]
fn pipelines_are_found_by_name_id_or_repository() {
    let env = TestEnv::new();
    let list = env.run(&["-w", "acme/prod", "pipelines", "list", "-o", "json"]);
    assert_eq!(list.code, 0, "{list:?}");
    let names: Vec<String> = list.json().as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap_or_default().to_string()).collect();
    assert!(names.iter().any(|n| n == "nf-core-rnaseq") && names.iter().any(|n| n == "nf-core-hello"), "{names:?}");
    for wanted in ["nf-core-rnaseq", "301", "nf-core/rnaseq", "https://github.com/nf-core/rnaseq"] {
        let get = env.run(&["-w", "acme/prod", "pipelines", "get", wanted, "-o", "json"]);
        assert_eq!(get.code, 0, "{wanted}: {get:?}");
        assert_eq!(get.json()["pipelineId"], 301, "{wanted}");
        assert_eq!(get.json()["repository"], "https://github.com/nf-core/rnaseq");
    }
}

#[test]
fn launch_starts_from_the_pipeline_defaults_and_flags_override_them() {
    let env = TestEnv::new();
    let run = env.run(&["-w", "acme/prod", "launch", "nf-core-rnaseq", "--revision", "dev", "--work-dir", "s3://elsewhere", "-o", "json"]);
    let id = launched(&run);
    let launch = &run.json()["launch"];
    assert_eq!(launch["pipeline"], "https://github.com/nf-core/rnaseq");
    assert_eq!(launch["revision"], "dev", "the flag wins over the default 3.14.0");
    assert_eq!(launch["workDir"], "s3://elsewhere");
    assert_eq!(launch["computeEnvId"], "3xkQ0BnMcVr2YbLhUo5Wtz", "the pipeline's compute environment");
    assert!(launch["paramsText"].as_str().unwrap_or_default().contains("input: s3://acme-data/samplesheet.csv"), "{launch}");
    assert!(run.stderr.contains(&format!("seqera runs watch {id}")), "{run:?}");
    let get = env.run(&["-w", "acme/prod", "runs", "get", &id, "-o", "json"]);
    assert_eq!(get.code, 0, "{get:?}");
    let w = &get.json()["workflow"];
    assert_eq!((w["id"].as_str(), w["revision"].as_str(), w["workDir"].as_str()), (Some(id.as_str()), Some("dev"), Some("s3://elsewhere")));
    assert!(["SUBMITTED", "RUNNING"].contains(&w["status"].as_str().unwrap_or_default()), "{w}");
    assert!(get.json()["progress"]["workflowProgress"]["pending"].is_number(), "{}", get.stdout);
    let by_name = env.run(&["-w", "acme/prod", "runs", "get", w["runName"].as_str().unwrap(), "-o", "json"]);
    assert_eq!(by_name.json()["workflow"]["id"], id.as_str(), "{by_name:?}");
    let list = env.run(&["-w", "acme/prod", "runs", "list", "-o", "json"]);
    assert!(list.json().as_array().unwrap().iter().any(|e| e["workflow"]["id"] == id.as_str()), "{list:?}");
}

#[test]
fn params_come_from_a_yaml_or_json_file_and_bad_json_is_refused_before_sending() {
    let env = TestEnv::new();
    let yaml = env.dir.path().join("params.yaml");
    std::fs::write(&yaml, "input: s3://mine/samples.csv\nsave_all: true\n").unwrap();
    let run = env.run(&["-w", "acme/prod", "launch", "nf-core-hello", "--params-file", yaml.to_str().unwrap(), "-o", "json"]);
    launched(&run);
    assert_eq!(run.json()["launch"]["paramsText"], "input: s3://mine/samples.csv\nsave_all: true\n");
    let bad = env.dir.path().join("params.json");
    std::fs::write(&bad, "{\"input\": ").unwrap();
    let run = env.run(&["--debug", "-w", "acme/prod", "launch", "nf-core-hello", "--params-file", bad.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("are not valid JSON"), "{run:?}");
    assert!(!run.stderr.contains("POST"), "nothing was sent: {run:?}");
}

#[test]
fn a_url_launches_on_the_primary_compute_env() {
    let env = TestEnv::new();
    let run = env.run(&["-w", "acme/dev", "launch", "https://github.com/nf-core/demo", "-o", "json"]);
    launched(&run);
    assert_eq!(run.json()["launch"]["computeEnvId"], "5Hn3JkLm7QwErTyUiOp1As", "dev-batch, acme/dev's primary");
    assert_eq!(run.json()["launch"]["workDir"], "s3://acme-dev-work");
}

#[test]
fn a_viewer_reads_runs_but_launch_and_cancel_answer_403_naming_maintain() {
    let env = TestEnv::new().env("SEQERA_ACCESS_TOKEN", "sandbox-viewer-token");
    for read in [&["runs", "list"][..], &["pipelines", "list"], &["compute-envs", "list"]] {
        let mut args = vec!["-w", "201"];
        args.extend(read);
        let run = env.run(&args);
        assert_eq!(run.code, 0, "{read:?}: {run:?}");
    }
    let run = env.run(&["-w", "201", "launch", "nf-core-hello"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("`maintain` role"), "{run:?}");
    let id = launched(&TestEnv::new().run(&["-w", "201", "launch", "nf-core-hello", "-o", "json"]));
    let run = env.run(&["-w", "201", "runs", "cancel", &id, "--yes"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("`maintain` role"), "{run:?}");
}

#[test]
fn cancel_is_confirmed_and_the_run_ends_cancelled() {
    let env = TestEnv::new();
    let id = launched(&env.run(&["-w", "acme/prod", "launch", "nf-core-hello", "-o", "json"]));
    let refused = env.run(&["-w", "acme/prod", "runs", "cancel", &id]);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(refused.stderr.contains("--yes"), "{refused:?}");
    let run = env.run(&["-w", "acme/prod", "runs", "cancel", &id, "--yes", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()[0]["workflowId"], id.as_str());
    let get = env.run(&["-w", "acme/prod", "runs", "get", &id, "-o", "json"]);
    assert_eq!(get.json()["workflow"]["status"], "CANCELLED", "{get:?}");
    let watch = env.run(&["-w", "acme/prod", "runs", "watch", &id]);
    assert_eq!(watch.code, 1, "a cancelled run is not a success: {watch:?}");
    assert_eq!(json_lines(&watch)[0]["status"], "CANCELLED");
}

#[test]
fn launch_then_watch_exits_0_when_the_run_succeeds_and_1_when_it_fails() {
    let (_sandbox, env) = own("1500");
    let ok = launched(&env.run(&["-w", "acme/prod", "launch", "nf-core-hello", "-o", "json"]));
    let watch = env.run(&["-w", "acme/prod", "runs", "watch", &ok, "--interval", "0.2"]);
    assert_eq!(watch.code, 0, "{watch:?}");
    let lines = json_lines(&watch);
    let statuses: Vec<&str> = lines.iter().map(|l| l["status"].as_str().unwrap_or_default()).collect();
    assert_eq!(statuses.first(), Some(&"SUBMITTED"), "{statuses:?}");
    assert!(statuses.contains(&"RUNNING"), "{statuses:?}");
    assert_eq!(statuses.last(), Some(&"SUCCEEDED"), "{statuses:?}");
    assert_eq!(lines.last().unwrap()["progress"]["succeeded"], 10);
    assert!(watch.stderr.contains("The run succeeded."), "{watch:?}");

    let bad = launched(&env.run(&["-w", "acme/prod", "launch", "sandbox-fails", "-o", "json"]));
    let watch = env.run(&["-w", "acme/prod", "runs", "watch", &ok, &bad, "--interval", "0.2"]);
    assert_eq!(watch.code, 1, "{watch:?}");
    let last = json_lines(&watch).into_iter().rev().find(|l| l["id"] == bad.as_str()).unwrap();
    assert_eq!((last["status"].as_str(), last["progress"]["failed"].as_i64()), (Some("FAILED"), Some(1)));
    assert!(watch.stderr.contains("1 of 2 runs did not succeed: ") && watch.stderr.contains(&format!("({bad}) FAILED")), "{watch:?}");
}

#[test]
fn watching_200_runs_makes_one_list_request_per_poll() {
    let (sandbox, env) = own("2500");
    let script = "for i in 0..200 { print(launch(#{pipeline: \"nf-core-hello\"}).workflowId); }";
    let run = env.run(&["-w", "acme/prod", "run", "-e", script]);
    assert_eq!(run.code, 0, "{run:?}");
    let ids: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(ids.len(), 200, "{run:?}");
    let before = sandbox.stats();
    let mut args = vec!["-w", "acme/prod", "runs", "watch", "--interval", "0.5"];
    args.extend(&ids);
    let watch = env.run(&args);
    assert_eq!(watch.code, 0, "{watch:?}");
    let after = sandbox.stats();
    let lists = after["workflow_lists"].as_u64().unwrap() - before["workflow_lists"].as_u64().unwrap();
    let gets = after["workflow_gets"].as_u64().unwrap() - before["workflow_gets"].as_u64().unwrap();
    let polls = (watch.elapsed.as_secs_f64() / 0.5).ceil() as u64 + 1;
    assert_eq!(gets, 0, "no run was asked for alone");
    assert!(lists >= 2 && lists <= polls, "{lists} list requests in {polls} polls at most");
    let done: std::collections::HashSet<String> =
        json_lines(&watch).iter().filter(|l| l["status"] == "SUCCEEDED").map(|l| l["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(done.len(), 200, "every run was seen to succeed");
}

#[test]
fn the_launch_and_wait_example_exits_with_the_run() {
    let (_sandbox, env) = own("1200");
    let script = format!("{}/scripts/examples/launch-and-wait.rhai", env!("CARGO_MANIFEST_DIR"));
    let env = env.env("LAUNCH_AND_WAIT_INTERVAL", "0.2");
    let ok = env.run(&["-w", "acme/prod", "run", &script, "--", "nf-core-hello", "prod-batch"]);
    assert_eq!(ok.code, 0, "{ok:?}");
    assert!(ok.stdout.contains(" SUCCEEDED 10 done") && ok.stdout.contains("succeeded"), "{ok:?}");
    let bad = env.run(&["-w", "acme/prod", "run", &script, "--", "sandbox-fails"]);
    assert_eq!(bad.code, 1, "{bad:?}");
    assert!(bad.stdout.contains("ended FAILED"), "{bad:?}");
    let dry = env.run(&["-w", "acme/prod", "run", "--dry-run", &script, "--", "nf-core-hello"]);
    assert_eq!(dry.code, 0, "{dry:?}");
    assert!(dry.stdout.contains("dry run: would send POST"), "{dry:?}");
}

#[test]
fn script_functions_list_get_and_cancel_runs() {
    let env = TestEnv::new();
    let script = r#"
        let ce = compute_envs_list().filter(|c| c.name == "prod-batch")[0];
        let p = pipelines_get("nf-core-hello");
        let id = launch(#{pipeline: p.name, params: #{greeting: "hi"}}).workflowId;
        let r = runs_get(id);
        runs_cancel(id);
        print(`${ce.credentialsName} ${p.pipelineId} ${r.workflow.id == id} ${runs_get(id).workflow.status}`);
        print(runs_list(#{search: r.workflow.runName})[0].workflow.id == id);
    "#;
    let run = env.run(&["-w", "acme/prod", "run", "-e", script]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "aws-prod 302 true CANCELLED\ntrue\n", "{run:?}");
}

#[test]
fn in_the_shell_ctrl_c_stops_watching_at_once_and_the_run_goes_on() {
    use crate::pty::Pty;
    use std::time::Duration;
    let (sandbox, env) = own("4000");
    let id = launched(&env.run(&["-w", "acme/prod", "launch", "nf-core-hello", "-o", "json"]));
    let mut pty = Pty::spawn(&env, &["-w", "acme/prod", "shell"]);
    pty.wait_for("> ");
    pty.send(&format!("runs watch {id} --interval 0.2\r"));
    pty.wait_for_nth("nf-core/hello", 2, Duration::from_secs(5));
    let before = sandbox.stats()["workflow_lists"].as_u64().unwrap();
    pty.send("\x03");
    let took = pty.wait_for("Error: Interrupted.");
    assert!(took < Duration::from_secs(2), "took {took:?}");
    pty.wait_for_nth("> ", 2, Duration::from_secs(5));
    std::thread::sleep(Duration::from_millis(600));
    let after = sandbox.stats()["workflow_lists"].as_u64().unwrap();
    assert!(after - before <= 1, "watching stopped: {} list requests after Ctrl-C", after - before);
    pty.send(&format!("runs get {id} -o json\r"));
    pty.wait_for("\"workflow\"");
    // A shell line's pipe gets the changes (one row each) when the watch ends.
    pty.send(&format!("runs watch {id} --interval 0.2 | grep -c SUCCEEDED | sed 's/^/succeeded-rows: /'\r"));
    pty.wait_for_nth("succeeded-rows: 1", 1, Duration::from_secs(10));
    assert_eq!(pty.finish(), Some(0));
    let status = env.run(&["-w", "acme/prod", "runs", "get", &id, "-o", "json"]).json()["workflow"]["status"].clone();
    assert!(status == "RUNNING" || status == "SUCCEEDED", "no cancel was sent: {status}");

    // One-shot on a terminal: a table redrawn in place until the run ends.
    let mut pty = Pty::spawn(&env, &["-w", "acme/prod", "runs", "watch", &id, "--interval", "0.2"]);
    pty.wait_for_nth("SUCCEEDED", 1, Duration::from_secs(10));
    let start = std::time::Instant::now();
    let code = loop {
        if let Some(s) = pty.child.try_wait().unwrap() {
            break s.code();
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{}", pty.text());
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(code, Some(0), "{}", pty.text());
    assert!(pty.text().contains("STATUS") && !pty.text().contains("{\"id\""), "a table, not JSON lines: {}", pty.text());
}

#[test]
fn pipeline_run_and_compute_env_names_complete_from_the_cache() {
    let env = TestEnv::new().env("SEQERA_WORKSPACE_ID", "201");
    launched(&env.run(&["launch", "nf-core-hello", "--name", "completion-check-run", "-o", "json"]));
    for fill in [&["pipelines", "list"][..], &["compute-envs", "list"], &["runs", "list"]] {
        assert_eq!(env.run(fill).code, 0, "{fill:?}");
    }
    let bash = |words: &[&str]| {
        let index = (words.len() - 1).to_string();
        let mut args = vec!["--"];
        args.extend_from_slice(words);
        env.run_with_envs(&[("COMPLETE", "bash"), ("_CLAP_COMPLETE_INDEX", &index), ("_CLAP_IFS", "\n")], &args).stdout
    };
    assert_eq!(bash(&["seqera", "pipelines", "get", "nf-core-h"]).trim(), "nf-core-hello");
    assert_eq!(bash(&["seqera", "launch", "nf-core-hello", "--compute-env", "prod-"]).trim(), "prod-batch");
    assert_eq!(bash(&["seqera", "runs", "watch", "completion-check"]).trim(), "completion-check-run");
    assert_eq!(bash(&["seqera", "compute-envs", "get", "prod"]).trim(), "prod-batch");
    assert_eq!(bash(&["seqera", "-w", "202", "compute-envs", "get", "dev"]).trim(), "", "acme/dev's names are not cached yet");
}

#[test]
fn rotating_a_credential_names_the_compute_envs_that_use_it() {
    let (_sandbox, env) = own("1000");
    let run = env.run_with_env(
        "NEW_SECRET",
        "rotated-secret-value",
        &["-w", "acme/prod", "credentials", "rotate", "aws-prod", "--secret-key-env", "NEW_SECRET"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains(
            "`aws-prod` is used by compute environment prod-batch; prove it with `seqera launch PIPELINE --compute-env prod-batch`"
        ),
        "{run:?}"
    );
    assert!(!run.all().contains("rotated-secret-value"));
    let unused = env.run_with_env("NEW", "x", &["-w", "acme/prod", "credentials", "rotate", "github-ci", "--password-env", "NEW"]);
    assert_eq!(unused.code, 0, "{unused:?}");
    assert!(!unused.stderr.contains("compute environment"), "{unused:?}");
}

#[test]
fn sandbox_serve_sets_how_long_runs_take() {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_seqera"));
    cmd.args(["sandbox", "serve", "--port", "0", "--ephemeral", "--run-seconds", "0.4"]).env_clear();
    let (mut child, url) = crate::harness::spawn_sandbox(cmd);
    let env = TestEnv::bare().env("SEQERA_PLATFORM_API_URL", &url).env("SEQERA_ACCESS_TOKEN", DEMO);
    let id = launched(&env.run(&["-w", "acme/prod", "launch", "nf-core-hello", "-o", "json"]));
    std::thread::sleep(std::time::Duration::from_millis(600));
    let get = env.run(&["-w", "acme/prod", "runs", "get", &id, "-o", "json"]);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(get.json()["workflow"]["status"], "SUCCEEDED", "{get:?}");
    let bad = TestEnv::bare().run(&["sandbox", "serve", "--run-seconds", "0"]);
    assert_eq!(bad.code, 2, "{bad:?}");
}
