//! `seqera workspace ...`: the workspaces the user belongs to, with their role in each.

use clap::Subcommand;
use serde_json::Value;

use crate::context::Context;
use crate::error::Result;
use crate::output::{Output, col};
use crate::platform::workspaces::resolve_org;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// All workspaces you belong to, with your role
    #[command(visible_alias = "ls")]
    List {
        /// Only the workspaces of this organization (name or ID)
        #[arg(long, value_name = "ORG")]
        org: Option<String>,
    },
}

pub async fn run(args: Args, ctx: &mut Context) -> Result<Output> {
    match args.command {
        Sub::List { org } => list(ctx, org.as_deref()).await,
    }
}

async fn list(ctx: &Context, org: Option<&str>) -> Result<Output> {
    let (_, rows) = ctx.platform().memberships().await?;
    let org = org.map(|o| resolve_org(o, &rows)).transpose()?;
    let ws: Vec<_> = rows.iter().filter(|r| r.workspace_id.is_some() && org.as_ref().is_none_or(|o| o.id == r.org_id)).collect();
    let json = Value::Array(ws.iter().map(|r| serde_json::to_value(r).expect("models serialize")).collect());
    let items = ws.iter().map(|r| serde_json::to_value(r).expect("models serialize")).collect();
    let columns = [
        col("ORG", "orgName"),
        col("WORKSPACE", "workspaceName"),
        col("ID", "workspaceId"),
        col("ROLE", "roles"),
        col("VISIBILITY", "visibility"),
        col("FULL NAME", "workspaceFullName"),
    ];
    Ok(Output::Rows { columns: columns.to_vec(), items, json: Some(json) })
}
