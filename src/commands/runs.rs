//! `seqera runs list|get|cancel|watch`: the runs (workflows) of a workspace, by run name or ID. `watch`
//! follows runs to their end with one list request per poll, and exits 0 only when every run succeeded.

use std::time::Duration;

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

use super::runs_watch::{Watch, with_tasks};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::live::Live;
use crate::output::status::Topic;
use crate::output::{Column, Output, cell_text, col, prompt};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Sub,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// The workspace's runs, newest first
    #[command(visible_alias = "ls")]
    #[command(after_help = "Examples:\n  seqera runs list\n  seqera runs list --search rnaseq --max 10 -o json")]
    List {
        /// Only runs whose name contains this text
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// At most this many runs
        #[arg(long, value_name = "N", default_value_t = 50)]
        max: usize,
    },
    /// One run by name or ID, with its task progress
    #[command(visible_alias = "show")]
    #[command(after_help = "Examples:\n  seqera runs get 1a2b3c4d5e6f\n  seqera runs get my-run -o json")]
    Get {
        /// Run name or ID
        #[arg(value_name = "RUN", add = ArgValueCandidates::new(crate::names::run_candidates))]
        run: String,
    },
    /// Cancel runs; asks first on a terminal, and needs --yes in a pipe
    #[command(after_help = "Examples:\n  seqera runs cancel my-run\n  seqera runs cancel 1a2b3c4d5e6f 7g8h9i0j1k2l --yes")]
    Cancel {
        /// Run names or IDs
        #[arg(value_name = "RUN", required = true, add = ArgValueCandidates::new(crate::names::run_candidates))]
        runs: Vec<String>,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Follow runs until they end: a live table on a terminal, one JSON line per change in a pipe (a shell
    /// line's `| cmd` gets the changes when they end); exits 0 when every run succeeded, 1 when any failed or
    /// was cancelled (Ctrl-C stops watching, not the runs)
    #[command(
        after_help = "Examples:\n  seqera runs watch my-run\n  seqera runs watch 1a2b3c4d5e6f 7g8h9i0j1k2l --interval 10 | jq .status\n  seqera launch nf-core-hello -o json --jq .workflowId | xargs seqera runs watch"
    )]
    Watch {
        /// Run names or IDs
        #[arg(value_name = "RUN", required = true, add = ArgValueCandidates::new(crate::names::run_candidates))]
        runs: Vec<String>,
        /// Seconds between polls
        #[arg(long, value_name = "SECONDS", default_value_t = 5.0, value_parser = interval)]
        interval: f64,
    },
}

fn interval(v: &str) -> std::result::Result<f64, String> {
    match v.parse::<f64>() {
        Ok(s) if (0.1..=3600.0).contains(&s) => Ok(s),
        _ => Err("the interval is a number of seconds from 0.1 to 3600".into()),
    }
}

pub(crate) const LIST_COLUMNS: [Column; 7] = [
    col("ID", "workflow.id"),
    col("NAME", "workflow.runName"),
    col("STATUS", "workflow.status"),
    col("PIPELINE", "workflow.projectName"),
    col("SUBMITTED", "workflow.submit"),
    col("SUCCEEDED", "progress.workflowProgress.succeeded"),
    col("FAILED", "progress.workflowProgress.failed"),
];

const WATCH_COLUMNS: [Column; 6] = [
    col("ID", "id"),
    col("NAME", "runName"),
    col("PIPELINE", "projectName"),
    col("STATUS", "status"),
    col("TASKS", "tasks"),
    col("RUNNING", "progress.running"),
];

/// The newest runs of the workspace (enough to hold `at_least` more than the usual page), remembered
/// for completion.
pub(crate) async fn list_page(ctx: &Context, ws: Option<i64>, at_least: usize) -> Result<Vec<Value>> {
    let max = (at_least + 100).clamp(100, 1000);
    let mut page = ctx.platform().workflows_list(ws, max, None).await?;
    let items = match page.get_mut("workflows").map(Value::take) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    };
    let mut names: Vec<String> = items.iter().map(|e| cell_text(e, "workflow.runName")).collect();
    names.truncate(200);
    crate::names::store_kind("runs", &ctx.settings.profile, ws, &names);
    Ok(items)
}

async fn resolve(ctx: &Context, ws: Option<i64>, wanted: &str) -> Result<Value> {
    let list = list_page(ctx, ws, 0).await?;
    match super::pipelines::pick(&list, wanted, ("workflow.id", "workflow.runName"), "run", "seqera runs list") {
        Err(e) if e.kind == crate::error::ErrorKind::NotFound => ctx.platform().workflow_get(ws, wanted).await.map_err(|_| e),
        found => found,
    }
}

async fn get(ctx: &Context, ws: Option<i64>, wanted: &str) -> Result<Output> {
    let id = cell_text(&resolve(ctx, ws, wanted).await?, "workflow.id");
    let item = ctx.platform().workflow_get(ws, &id).await?;
    let mut fields: Vec<Column> = vec![col("ID", "workflow.id"), col("Name", "workflow.runName"), col("Status", "workflow.status")];
    fields.extend([
        col("Pipeline", "workflow.repository"),
        col("Revision", "workflow.revision"),
        col("Work dir", "workflow.workDir"),
        col("Submitted", "workflow.submit"),
        col("Started", "workflow.start"),
        col("Completed", "workflow.complete"),
        col("Pending", "progress.workflowProgress.pending"),
        col("Running", "progress.workflowProgress.running"),
        col("Succeeded", "progress.workflowProgress.succeeded"),
        col("Failed", "progress.workflowProgress.failed"),
        col("Error", "workflow.errorMessage"),
    ]);
    Ok(Output::Record { fields, item })
}

async fn cancel(ctx: &Context, ws: Option<i64>, wanted: &[String], yes: bool) -> Result<Output> {
    let mut runs = Vec::new();
    for w in wanted {
        runs.push(resolve(ctx, ws, w).await?);
    }
    let named: Vec<String> =
        runs.iter().map(|r| format!("{} ({})", cell_text(r, "workflow.runName"), cell_text(r, "workflow.id"))).collect();
    if !yes {
        if !prompt::can_prompt() {
            return Err(Error::usage(format!("Not cancelling {} without confirmation: there is no terminal to ask on.", named.join(", ")))
                .with_hint("Add --yes to cancel without asking."));
        }
        if !prompt::confirm(&format!("Cancel {}?", named.join(", ")))? {
            ctx.status().say(Topic::Runs, "Nothing cancelled.");
            return Ok(Output::Nothing);
        }
    }
    let mut done = Vec::new();
    for (r, name) in runs.iter().zip(&named) {
        let id = cell_text(r, "workflow.id");
        ctx.platform().workflow_cancel(ws, &id).await?;
        ctx.status().done(Topic::Runs, format!("Cancelled {name}."));
        done.push(json!({ "workflowId": id, "runName": r["workflow"]["runName"] }));
    }
    Ok(Output::rows(&[col("ID", "workflowId"), col("NAME", "runName")], done))
}

async fn watch(ctx: &Context, wanted: &[String], every: f64) -> Result<Output> {
    let mut w = Watch::start(ctx, wanted).await?;
    let mut live = Live::new(&ctx.renderer);
    loop {
        let changes = w.take_changes();
        if !changes.is_empty() || live.is_table() {
            let rows: Vec<Value> = w.rows().iter().map(with_tasks).collect();
            live.show(&WATCH_COLUMNS, &rows, &changes)?;
        }
        if w.finished() {
            break;
        }
        tokio::time::sleep(Duration::from_secs_f64(every)).await;
        w.poll(ctx).await?;
    }
    let shown = match live.kept() {
        Some(changes) => Output::Rows { columns: WATCH_COLUMNS.to_vec(), json: Some(Value::Array(changes.clone())), items: changes },
        None => Output::Nothing,
    };
    match w.verdict() {
        Ok(()) => {
            let n = w.rows().len();
            ctx.status().done(Topic::Runs, if n == 1 { "The run succeeded.".to_string() } else { format!("All {n} runs succeeded.") });
            Ok(shown)
        }
        Err(e) => Ok(Output::Failed(Box::new(shown), e)),
    }
}

async fn run(args: Args, ctx: &Context) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    match args.command {
        Sub::List { search, max } => {
            let page = ctx.platform().workflows_list(ws, max, search.as_deref()).await?;
            let items = page["workflows"].as_array().cloned().unwrap_or_default();
            if search.is_none() {
                let names: Vec<String> = items.iter().map(|e| cell_text(e, "workflow.runName")).collect();
                crate::names::store_kind("runs", &ctx.settings.profile, ws, &names);
            }
            Ok(Output::rows(&LIST_COLUMNS, items))
        }
        Sub::Get { run } => get(ctx, ws, &run).await,
        Sub::Cancel { runs, yes } => cancel(ctx, ws, &runs, yes).await,
        Sub::Watch { runs, interval } => watch(ctx, &runs, interval).await,
    }
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    /// Reads and watching are safe; cancelling needs approval.
    fn risk(&self) -> crate::ai::judge::Class {
        match self.command {
            Sub::Cancel { .. } => crate::ai::judge::Class::Other,
            _ => crate::ai::judge::Class::Safe,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ai::judge::Class;
    use crate::commands::seqera_risk;

    fn risk(line: &str) -> Class {
        seqera_risk(&line.split(' ').map(str::to_string).collect::<Vec<_>>())
    }

    #[test]
    fn reads_and_watching_are_safe_and_launch_and_cancel_need_approval() {
        for safe in ["runs list", "runs get x", "runs watch x y", "pipelines list", "pipelines get x", "compute-envs list", "ce get x"] {
            assert_eq!(risk(safe), Class::Safe, "{safe}");
        }
        for asks in ["launch nf-core-hello", "runs cancel x --yes", "-w 201 launch https://github.com/x/y"] {
            assert_eq!(risk(asks), Class::Other, "{asks}");
        }
    }
}
