//! `seqera org ...`: the organizations the user belongs to, with their role in each.

use clap::Subcommand;
use serde_json::Value;

use crate::context::Context;
use crate::error::Result;
use crate::output::{Output, col};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// All organizations you belong to, with your role; the selected one is marked
    #[command(visible_alias = "ls")]
    List,
}

pub async fn run(args: Args, ctx: &mut Context) -> Result<Output> {
    match args.command {
        Sub::List => list(ctx).await,
    }
}

async fn list(ctx: &Context) -> Result<Output> {
    let (_, rows) = ctx.platform().memberships().await?;
    let selected = ctx.settings.get("organization").value.clone();
    let orgs: Vec<_> = rows.iter().filter(|r| r.workspace_id.is_none()).collect();
    let json = Value::Array(orgs.iter().map(|r| serde_json::to_value(r).expect("models serialize")).collect());
    let items = orgs
        .iter()
        .map(|r| {
            let mut v = serde_json::to_value(r).expect("models serialize");
            let is_current = selected.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(&r.org_name) || s == r.org_id.to_string());
            v["current"] = Value::String(if is_current { "*".into() } else { String::new() });
            v
        })
        .collect();
    let columns = [col("NAME", "orgName"), col("ID", "orgId"), col("ROLE", "roles"), col("TYPE", "orgType"), col("CURRENT", "current")];
    Ok(Output::Rows { columns: columns.to_vec(), items, json: Some(json) })
}
