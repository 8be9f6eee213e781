//! `seqera pipelines list|get`: the pipelines of a workspace's Launchpad, by name, ID or repository; and
//! the one resolver that turns a name or ID into an object for pipelines, compute environments and runs.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;
use serde_json::Value;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Column, Output, col};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Sub,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// The pipelines of the workspace's Launchpad
    #[command(visible_alias = "ls")]
    #[command(after_help = "Examples:\n  seqera pipelines list\n  seqera pipelines list --search rnaseq -o json")]
    List {
        /// Only pipelines whose name or repository contains this text
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
    },
    /// One pipeline by name, numeric ID or repository (`nf-core/rnaseq`)
    #[command(visible_alias = "show")]
    #[command(after_help = "Examples:\n  seqera pipelines get nf-core-rnaseq\n  seqera pipelines get nf-core/rnaseq -o json")]
    Get {
        /// Pipeline name, numeric ID, or repository
        #[arg(value_name = "PIPELINE", add = ArgValueCandidates::new(crate::names::pipeline_candidates))]
        pipeline: String,
    },
}

pub(crate) const COLUMNS: [Column; 6] = [
    col("NAME", "name"),
    col("ID", "pipelineId"),
    col("REPOSITORY", "repository"),
    col("COMPUTE ENV", "computeEnv.name"),
    col("WORKSPACE", "workspaceName"),
    col("DESCRIPTION", "description"),
];

/// The one object among `items` that `wanted` names: by `id_field` exactly, else by `name_field`, else
/// (for pipelines) by repository. None or several are errors that say what to do.
pub(crate) fn pick(items: &[Value], wanted: &str, fields: (&str, &str), what: &str, list_cmd: &str) -> Result<Value> {
    let (id_field, name_field) = fields;
    let text = |v: &Value, f: &str| crate::output::cell_text(v, f);
    let by = |f: &str| items.iter().filter(|v| text(v, f) == wanted).cloned().collect::<Vec<_>>();
    let mut found = by(id_field);
    if found.is_empty() {
        found = by(name_field);
    }
    if found.is_empty() && what == "pipeline" {
        let repo = |v: &Value| text(v, "repository").trim_end_matches('/').trim_end_matches(".git").to_string();
        found = items.iter().filter(|v| repo(v) == wanted || repo(v).ends_with(&format!("/{wanted}"))).cloned().collect();
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(Error::not_found(format!("No {what} named `{wanted}` in this workspace."))
            .with_hint(format!("List them with `{list_cmd}`; choose another workspace with -w."))),
        n => {
            let ids: Vec<String> = found.iter().map(|v| text(v, id_field)).collect();
            Err(Error::usage(format!("{n} {what}s are named `{wanted}`: {}.", ids.join(", "))).with_hint("Name one by its ID."))
        }
    }
}

/// The pipelines of the workspace, remembered for completion.
pub(crate) async fn list_all(ctx: &Context, ws: Option<i64>, search: Option<&str>) -> Result<Vec<Value>> {
    let list = ctx.platform().pipelines_list(ws, search).await?;
    if search.is_none() {
        let names: Vec<String> = list.iter().map(|p| crate::output::cell_text(p, "name")).collect();
        crate::names::store_kind("pipelines", &ctx.settings.profile, ws, &names);
    }
    Ok(list)
}

/// A pipeline named by name, ID or repository.
pub(crate) async fn resolve(ctx: &Context, ws: Option<i64>, wanted: &str) -> Result<Value> {
    let list = list_all(ctx, ws, None).await?;
    pick(&list, wanted, ("pipelineId", "name"), "pipeline", "seqera pipelines list")
}

async fn run(args: Args, ctx: &Context) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    match args.command {
        Sub::List { search } => {
            let items = list_all(ctx, ws, search.as_deref()).await?;
            Ok(Output::rows(&COLUMNS, items))
        }
        Sub::Get { pipeline } => {
            let id = resolve(ctx, ws, &pipeline).await?["pipelineId"].as_i64().unwrap_or_default();
            let item = ctx.platform().pipeline_get(ws, id).await?;
            let fields = vec![
                col("Name", "name"),
                col("ID", "pipelineId"),
                col("Repository", "repository"),
                col("Compute env", "computeEnv.name"),
                col("Workspace", "workspaceName"),
                col("Description", "description"),
                col("Visibility", "visibility"),
                col("Updated", "lastUpdated"),
                col("Owner", "userName"),
            ];
            Ok(Output::Record { fields, item })
        }
    }
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    /// Reads only.
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Safe
    }
}
