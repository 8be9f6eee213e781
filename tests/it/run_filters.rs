//! `--jq` and `--fields` on the commands of runs, pipelines, compute environments and tokens: the same
//! filters as on every other command, with the API's field names (dotted where the API nests them).

use crate::harness::OwnSandbox;

#[test]
fn jq_and_fields_work_on_compute_envs_pipelines_launch_runs_and_tokens() {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    let ws = ["-w", "acme/prod"];
    let run_ok = |args: &[&str]| {
        let run = env.run(&[&ws[..], args].concat());
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
        run.stdout
    };
    assert_eq!(run_ok(&["compute-envs", "list", "--jq", ".[].name"]), "prod-batch\n");
    assert_eq!(run_ok(&["compute-envs", "get", "prod-batch", "--jq", ".name"]), "prod-batch\n");
    assert_eq!(run_ok(&["compute-envs", "list", "--fields", "name,platform"]), "prod-batch\taws-batch\n");
    assert_eq!(run_ok(&["pipelines", "list", "--jq", ".[].name"]), "nf-core-rnaseq\nnf-core-hello\nsandbox-fails\n");
    assert_eq!(run_ok(&["pipelines", "get", "nf-core-hello", "--jq", ".repository"]), "https://github.com/nf-core/hello\n");
    assert_eq!(
        run_ok(&["pipelines", "list", "--fields", "name,repository", "-o", "csv", "--no-header"]),
        "nf-core-rnaseq,https://github.com/nf-core/rnaseq\nnf-core-hello,https://github.com/nf-core/hello\nsandbox-fails,https://github.com/seqera-sandbox/fails\n"
    );
    // A write gives the object it wrote: the launch answer, whose workflowId the run commands take.
    let id = run_ok(&["launch", "nf-core-hello", "--jq", ".workflowId"]).trim().to_string();
    assert!(!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()), "{id:?}");
    assert_eq!(run_ok(&["runs", "get", &id, "--jq", ".workflow.id"]), format!("{id}\n"));
    assert_eq!(run_ok(&["runs", "list", "--jq", ".[].workflow.id"]), format!("{id}\n"));
    let csv = run_ok(&["runs", "list", "--fields", "id,status", "-o", "csv"]);
    assert!(csv.starts_with("workflow.id,workflow.status\n"), "CSV heads its columns with the API fields: {csv}");
    assert!(csv.contains(&id), "{csv}");
    let json = env.run(&[&ws[..], &["runs", "list", "--fields", "name,status", "-o", "json"]].concat()).json();
    assert!(json[0]["workflow.runName"].is_string() && json[0]["workflow.status"].is_string(), "{json}");
    let tokens = env.run(&["tokens", "list", "--jq", ".[].name"]);
    assert_eq!(tokens.stdout, "sandbox-demo\n", "{tokens:?}");
    let unknown = env.run(&[&ws[..], &["runs", "list", "--fields", "nosuch"]].concat());
    assert_eq!(unknown.code, 2, "{unknown:?}");
    assert!(unknown.stderr.contains("`nosuch` is not a field here"), "{unknown:?}");
}
