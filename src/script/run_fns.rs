//! The script functions for compute environments, pipelines, launches and runs. Each runs the command a
//! user would type (`run_words`), except `runs_watch`, which polls on the session itself so it can call
//! the script's closure at every change. Signatures and doc comments are the reference
//! (`seqera run --functions`).

use rhai::plugin::*;
use rhai::{Array, FnPtr, Map};

use crate::commands::runs_watch::Watch;
use crate::error::Error;
use crate::script::functions::{text, throw, to_dynamic};
use crate::script::registry::host;

#[export_module]
pub(super) mod runs {
    use crate::error::Error;
    use crate::script::functions::{check_keys, opt_words, run_words, text, throw, typed, words, workspace_words};
    use crate::script::registry::host;
    use rhai::{Array, Dynamic, EvalAltResult, FnPtr, Map, NativeCallContext};

    /// Compute environments of the workspace in use: `id`, `name`, `platform`, `status`, `primary`,
    /// `workDir`, `credentialsId` and `credentialsName`.
    #[rhai_fn(return_raw)]
    pub fn compute_envs_list(ctx: NativeCallContext) -> Result<Array, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["compute-envs", "list"]), vec![])?)
    }

    /// Compute environments; options: `workspace` (ID or `Org/Workspace`).
    #[rhai_fn(name = "compute_envs_list", return_raw)]
    pub fn compute_envs_list_with(ctx: NativeCallContext, options: Map) -> Result<Array, Box<EvalAltResult>> {
        check_keys("compute_envs_list", &options, &["workspace"])?;
        let mut w = workspace_words(&options);
        w.extend(words(&["compute-envs", "list"]));
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }

    /// One compute environment by name or ID (`config` holds its settings).
    #[rhai_fn(return_raw)]
    pub fn compute_envs_get(ctx: NativeCallContext, compute_env: &str) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["compute-envs", "get", compute_env]), vec![])?)
    }

    /// Pipelines of the workspace's Launchpad: `pipelineId`, `name`, `repository`, `computeEnv`, ...
    #[rhai_fn(return_raw)]
    pub fn pipelines_list(ctx: NativeCallContext) -> Result<Array, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["pipelines", "list"]), vec![])?)
    }

    /// Pipelines; options: `workspace`, `search` (text in the name or repository).
    #[rhai_fn(name = "pipelines_list", return_raw)]
    pub fn pipelines_list_with(ctx: NativeCallContext, options: Map) -> Result<Array, Box<EvalAltResult>> {
        check_keys("pipelines_list", &options, &["workspace", "search"])?;
        let mut w = workspace_words(&options);
        w.extend(words(&["pipelines", "list"]));
        w.extend(opt_words(&options, &[("search", "--search")]));
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }

    /// One pipeline by name, numeric ID or repository (`nf-core/rnaseq`).
    #[rhai_fn(return_raw)]
    pub fn pipelines_get(ctx: NativeCallContext, pipeline: &str) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["pipelines", "get", pipeline]), vec![])?)
    }

    /// Launches a run: `pipeline` (name, ID, repository or URL), optional `params` (a map, or YAML/JSON
    /// text), `params_file`, `revision`, `compute_env`, `work_dir`, `name`, `workspace`. Returns
    /// `#{workflowId, launch}` (the request sent), or the held request under `--dry-run`.
    #[rhai_fn(return_raw)]
    pub fn launch(ctx: NativeCallContext, fields: Map) -> Result<Map, Box<EvalAltResult>> {
        const KNOWN: &[&str] = &["pipeline", "params", "params_file", "revision", "compute_env", "work_dir", "name", "workspace"];
        check_keys("launch", &fields, KNOWN)?;
        let pipeline = fields.get("pipeline").and_then(text).ok_or_else(|| throw(Error::usage("launch() needs `pipeline`.")))?;
        let mut w = workspace_words(&fields);
        w.extend(["launch".into(), pipeline]);
        w.extend(opt_words(
            &fields,
            &[
                ("params_file", "--params-file"),
                ("revision", "--revision"),
                ("compute_env", "--compute-env"),
                ("work_dir", "--work-dir"),
                ("name", "--name"),
            ],
        ));
        match fields.get("params") {
            Some(p) if p.is_map() => {
                let json = crate::script::functions::from_dynamic(p)?;
                w.extend(["--params".into(), json.to_string()]);
            }
            Some(p) => w.extend(text(p).map(|t| ["--params".to_string(), t]).into_iter().flatten()),
            None => {}
        }
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }

    /// The workspace's runs, newest first: each `#{workflow, progress, ...}` as the API lists them.
    #[rhai_fn(return_raw)]
    pub fn runs_list(ctx: NativeCallContext) -> Result<Array, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["runs", "list"]), vec![])?)
    }

    /// Runs; options: `workspace`, `search` (text in the run name), `max`.
    #[rhai_fn(name = "runs_list", return_raw)]
    pub fn runs_list_with(ctx: NativeCallContext, options: Map) -> Result<Array, Box<EvalAltResult>> {
        check_keys("runs_list", &options, &["workspace", "search", "max"])?;
        let mut w = workspace_words(&options);
        w.extend(words(&["runs", "list"]));
        w.extend(opt_words(&options, &[("search", "--search"), ("max", "--max")]));
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }

    /// One run by name or ID: `#{workflow, progress, ...}` (`workflow.status`: SUBMITTED, RUNNING,
    /// SUCCEEDED, FAILED or CANCELLED).
    #[rhai_fn(return_raw)]
    pub fn runs_get(ctx: NativeCallContext, run: &str) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["runs", "get", run]), vec![])?)
    }

    /// Cancels a run (a script does not ask). Returns the cancelled runs, or the held request under
    /// `--dry-run`.
    #[rhai_fn(return_raw)]
    pub fn runs_cancel(ctx: NativeCallContext, run: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["runs", "cancel", run, "--yes"]), vec![])
    }

    /// Follows runs (names or IDs) until they end, calling `on_change(change)` at each change of one
    /// (`change`: `#{id, runName, status, progress}`); a closure that returns `false` stops watching.
    /// One list request per poll, every 5 s. Returns the last state of each run.
    #[rhai_fn(return_raw)]
    pub fn runs_watch(ctx: NativeCallContext, runs: Array, on_change: FnPtr) -> Result<Array, Box<EvalAltResult>> {
        super::watch(&ctx, runs, Map::new(), on_change)
    }

    /// Follows runs; options: `workspace`, `interval` (seconds between polls, default 5).
    #[rhai_fn(name = "runs_watch", return_raw)]
    pub fn runs_watch_with(ctx: NativeCallContext, runs: Array, options: Map, on_change: FnPtr) -> Result<Array, Box<EvalAltResult>> {
        check_keys("runs_watch", &options, &["workspace", "interval"])?;
        super::watch(&ctx, runs, options, on_change)
    }
}

/// `runs_watch`: polls on the session and calls the closure at each change.
fn watch(ctx: &NativeCallContext, runs: Array, options: Map, on_change: FnPtr) -> Result<Array, Box<EvalAltResult>> {
    let runner = host(ctx).runner;
    let wanted: Vec<String> = runs.iter().filter_map(text).collect();
    if wanted.is_empty() {
        return Err(throw(Error::usage("runs_watch() needs at least one run name or ID.")));
    }
    let every = options.get("interval").and_then(|d| d.as_float().ok().or_else(|| d.as_int().ok().map(|i| i as f64))).unwrap_or(5.0);
    let mut globals = runner.session.globals.clone();
    if let Some(ws) = options.get("workspace").and_then(text) {
        globals.workspace = Some(ws);
    }
    let mut cx = runner.session.context(&globals).map_err(throw)?;
    cx.quiet = true;
    let mut w = runner.block_on(Watch::start(&cx, &wanted)).map_err(throw)?;
    loop {
        for change in w.take_changes() {
            let keep: Dynamic = on_change.call_within_context(ctx, (to_dynamic(&change)?,))?;
            if keep.as_bool().ok() == Some(false) {
                return w.rows().iter().map(to_dynamic).collect();
            }
        }
        if w.finished() {
            return w.rows().iter().map(to_dynamic).collect();
        }
        runner
            .block_on(async {
                tokio::time::sleep(std::time::Duration::from_secs_f64(every.clamp(0.1, 3600.0))).await;
                w.poll(&cx).await
            })
            .map_err(throw)?;
    }
}
