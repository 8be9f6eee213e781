//! `seqera compute-envs list|get`: the compute environments of a workspace and the credentials each uses
//! (by name and ID), so a credential's rotation or deletion can be weighed against what depends on it.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

use super::pipelines::pick;
use crate::context::Context;
use crate::error::Result;
use crate::output::status::Topic;
use crate::output::{Column, Output, cell_text, col};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Sub,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// The compute environments of the workspace, with the credentials each uses
    #[command(visible_alias = "ls")]
    #[command(after_help = "Examples:\n  seqera compute-envs list\n  seqera -w acme/prod compute-envs list -o json --jq '.[].name'")]
    List,
    /// One compute environment by name or ID
    #[command(visible_alias = "show")]
    #[command(after_help = "Examples:\n  seqera compute-envs get prod-batch\n  seqera compute-envs get prod-batch -o json")]
    Get {
        /// Compute environment name or ID
        #[arg(value_name = "COMPUTE_ENV", add = ArgValueCandidates::new(crate::names::compute_env_candidates))]
        compute_env: String,
    },
}

pub(crate) const COLUMNS: [Column; 8] = [
    col("NAME", "name"),
    col("ID", "id"),
    col("PLATFORM", "platform"),
    col("STATUS", "status"),
    col("PRIMARY", "primary"),
    col("CREDENTIALS", "credentialsName"),
    col("CREDENTIALS ID", "credentialsId"),
    col("WORK DIR", "workDir"),
];

/// Adds `credentialsName` beside each `credentialsId` (one `GET /credentials` for all of them).
async fn name_credentials(ctx: &Context, ws: Option<i64>, items: &mut [Value]) -> Result<()> {
    let creds = ctx.platform().credentials_list(ws, None).await?;
    for item in items.iter_mut() {
        let id = cell_text(item, "credentialsId");
        if let Some(c) = creds.iter().find(|c| cell_text(c, "id") == id) {
            item["credentialsName"] = json!(cell_text(c, "name"));
        }
    }
    Ok(())
}

/// The compute environments of the workspace, remembered for completion.
pub(crate) async fn list_all(ctx: &Context, ws: Option<i64>) -> Result<Vec<Value>> {
    let list = ctx.platform().compute_envs_list(ws).await?;
    let names: Vec<String> = list.iter().map(|c| cell_text(c, "name")).collect();
    crate::names::store_kind("compute-envs", &ctx.settings.profile, ws, &names);
    Ok(list)
}

/// A compute environment named by name or ID.
pub(crate) async fn resolve(ctx: &Context, ws: Option<i64>, wanted: &str) -> Result<Value> {
    pick(&list_all(ctx, ws).await?, wanted, ("id", "name"), "compute environment", "seqera compute-envs list")
}

/// After a credential's rotation, names the compute environments that use it and how to prove them with
/// a run. Best effort: a caller who cannot list compute environments still rotated the credential.
pub(crate) async fn say_users(ctx: &Context, ws: Option<i64>, credentials_id: &str, name: &str) {
    let Ok(list) = ctx.platform().compute_envs_list(ws).await else { return };
    let users: Vec<String> =
        list.iter().filter(|c| cell_text(c, "credentialsId") == credentials_id).map(|c| cell_text(c, "name")).collect();
    let Some(first) = users.first() else { return };
    ctx.status().note(
        Topic::Credentials,
        format!(
            "`{name}` is used by compute environment {}; prove it with `seqera launch PIPELINE --compute-env {first}` and `seqera runs watch ID`.",
            users.join(", ")
        ),
    );
}

async fn run(args: Args, ctx: &Context) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    match args.command {
        Sub::List => {
            let mut items = list_all(ctx, ws).await?;
            name_credentials(ctx, ws, &mut items).await?;
            Ok(Output::rows(&COLUMNS, items))
        }
        Sub::Get { compute_env } => {
            let id = cell_text(&resolve(ctx, ws, &compute_env).await?, "id");
            let mut item = [ctx.platform().compute_env_get(ws, &id).await?];
            name_credentials(ctx, ws, &mut item).await?;
            let [item] = item;
            let fields = vec![
                col("Name", "name"),
                col("ID", "id"),
                col("Platform", "platform"),
                col("Status", "status"),
                col("Primary", "primary"),
                col("Credentials", "credentialsName"),
                col("Credentials ID", "credentialsId"),
                col("Work dir", "config.workDir"),
                col("Region", "config.region"),
                col("Created", "dateCreated"),
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
