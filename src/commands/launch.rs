//! `seqera launch PIPELINE|URL`: start a run of a Launchpad pipeline (from its launch defaults,
//! `GET /pipelines/{id}/launch`) or of a repository URL (on the workspace's primary compute environment),
//! with flags that override the defaults. Prints the new run's ID; `seqera runs watch ID` follows it.

use std::path::PathBuf;

use clap_complete::engine::ArgValueCandidates;
use serde_json::{Map, Value, json};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::status::Topic;
use crate::output::{Output, cell_text, col};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  seqera launch nf-core-rnaseq\n  seqera launch nf-core/rnaseq --revision 3.14.0 --params-file params.yaml --compute-env prod-batch\n  seqera launch https://github.com/nextflow-io/hello --work-dir s3://bucket/work"
)]
pub(crate) struct Args {
    /// A Launchpad pipeline (name, numeric ID or repository such as nf-core/rnaseq), or a repository URL
    #[arg(value_name = "PIPELINE|URL", add = ArgValueCandidates::new(crate::names::pipeline_candidates))]
    pub(crate) pipeline: String,
    /// Pipeline parameters from a YAML or JSON file (replaces the pipeline's default parameters)
    #[arg(long, value_name = "FILE", conflicts_with = "params")]
    pub(crate) params_file: Option<PathBuf>,
    /// Pipeline parameters as JSON or YAML text (replaces the pipeline's default parameters)
    #[arg(long, value_name = "TEXT")]
    pub(crate) params: Option<String>,
    /// Git revision: a branch, tag or commit
    #[arg(long, short = 'r', value_name = "REVISION")]
    pub(crate) revision: Option<String>,
    /// Compute environment (name or ID); default: the pipeline's, or the workspace's primary one
    #[arg(long, short = 'c', value_name = "COMPUTE_ENV", add = ArgValueCandidates::new(crate::names::compute_env_candidates))]
    pub(crate) compute_env: Option<String>,
    /// Work directory; default: the pipeline's, or the compute environment's
    #[arg(long, value_name = "DIR")]
    pub(crate) work_dir: Option<String>,
    /// A name for the run; default: one the Platform makes up
    #[arg(long, value_name = "RUN_NAME")]
    pub(crate) name: Option<String>,
}

/// The fields of a pipeline's launch defaults (`LaunchDbDto`) that a launch request
/// (`WorkflowLaunchRequest`) takes.
const CARRIED: [&str; 20] = [
    "pipeline",
    "revision",
    "workDir",
    "paramsText",
    "configProfiles",
    "configText",
    "preRunScript",
    "postRunScript",
    "mainScript",
    "entryName",
    "schemaName",
    "pullLatest",
    "stubRun",
    "towerConfig",
    "userSecrets",
    "workspaceSecrets",
    "headJobCpus",
    "headJobMemoryMb",
    "nextflowVersion",
    "launchContainer",
];

fn is_url(s: &str) -> bool {
    s.contains("://") || s.starts_with("git@")
}

/// The params text from `--params` or `--params-file`: YAML or JSON as the Platform takes it. A `.json`
/// file (or text starting with `{`) must be valid JSON; YAML is checked by the Platform.
fn params_text(args: &Args) -> Result<Option<String>> {
    let (text, from) = match (&args.params, &args.params_file) {
        (Some(t), _) => (t.clone(), "--params".to_string()),
        (None, Some(path)) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| Error::usage(format!("Cannot read the params file {}: {e}.", path.display())))?;
            (text, path.display().to_string())
        }
        (None, None) => return Ok(None),
    };
    let json_file = args.params_file.as_ref().is_some_and(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")));
    if json_file || text.trim_start().starts_with('{') {
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(_)) => {}
            Ok(_) => return Err(Error::usage(format!("The params in {from} must be an object of name: value pairs."))),
            Err(e) => return Err(Error::usage(format!("The params in {from} are not valid JSON: {e}."))),
        }
    }
    Ok(Some(text))
}

/// The launch request: the pipeline's defaults (or a bare URL on the primary compute environment), then
/// the flags. Returns the request and the compute environment's name.
async fn request(ctx: &Context, ws: Option<i64>, args: &Args) -> Result<(Map<String, Value>, String)> {
    let mut launch = Map::new();
    let mut ce_id = None;
    if is_url(&args.pipeline) {
        launch.insert("pipeline".into(), json!(args.pipeline));
    } else {
        let pipeline = super::pipelines::resolve(ctx, ws, &args.pipeline).await?;
        let defaults = ctx.platform().pipeline_launch(ws, pipeline["pipelineId"].as_i64().unwrap_or_default()).await?;
        for key in CARRIED {
            if let Some(v) = defaults.get(key).filter(|v| !v.is_null()) {
                launch.insert(key.into(), v.clone());
            }
        }
        ce_id = defaults.pointer("/computeEnv/id").and_then(Value::as_str).map(str::to_string);
    }
    let envs = super::compute_envs::list_all(ctx, ws).await?;
    let ce = match (&args.compute_env, ce_id) {
        (Some(wanted), _) => super::pipelines::pick(&envs, wanted, ("id", "name"), "compute environment", "seqera compute-envs list")?,
        (None, Some(id)) => envs.iter().find(|c| cell_text(c, "id") == id).cloned().unwrap_or_else(|| json!({"id": id})),
        (None, None) => envs.iter().find(|c| c["primary"] == json!(true)).cloned().ok_or_else(|| {
            Error::usage("This workspace has no primary compute environment to launch on.")
                .with_hint("Name one with --compute-env (see `seqera compute-envs list`).")
        })?,
    };
    launch.insert("computeEnvId".into(), json!(cell_text(&ce, "id")));
    if !launch.contains_key("workDir") {
        launch.insert("workDir".into(), ce["workDir"].clone());
    }
    for (key, value) in [("revision", &args.revision), ("workDir", &args.work_dir), ("runName", &args.name)] {
        if let Some(v) = value {
            launch.insert(key.into(), json!(v));
        }
    }
    if let Some(text) = params_text(args)? {
        launch.insert("paramsText".into(), json!(text));
    }
    Ok((launch, cell_text(&ce, "name")))
}

async fn run(args: Args, ctx: &Context) -> Result<Output> {
    params_text(&args)?;
    let ws = ctx.workspace_id().await?;
    let (launch, ce_name) = request(ctx, ws, &args).await?;
    let id = ctx.platform().workflow_launch(ws, Value::Object(launch.clone())).await?;
    let what = cell_text(&Value::Object(launch.clone()), "pipeline");
    let on = if ce_name.is_empty() { String::new() } else { format!(" on {ce_name}") };
    ctx.status().done(Topic::Runs, format!("Launched {what}{on}: run {id}. Follow it with `seqera runs watch {id}`."));
    let item = json!({ "workflowId": id, "launch": launch });
    let fields = vec![
        col("Run ID", "workflowId"),
        col("Pipeline", "launch.pipeline"),
        col("Revision", "launch.revision"),
        col("Run name", "launch.runName"),
        col("Compute env", "launch.computeEnvId"),
        col("Work dir", "launch.workDir"),
    ];
    Ok(Output::Record { fields, item })
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    /// Starts a run (spends compute): needs approval.
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Other
    }
}
