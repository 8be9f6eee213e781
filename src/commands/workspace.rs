//! `seqera workspace ...`: list the workspaces the user belongs to, and choose the profile's default one.
//! Every workspace-scoped command also takes `-w ID|Org/Workspace`, `SEQERA_WORKSPACE_ID` or
//! `TOWER_WORKSPACE_ID`; without any, requests go to the personal workspace.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

use crate::config::Key;
use crate::context::Context;
use crate::error::Result;
use crate::output::status::Topic;
use crate::output::{Output, col};
use crate::platform::workspaces::{OrgRef, resolve_org};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Option<Sub>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// The workspace commands use now, and where that choice comes from (the default; also `info`, `current`)
    #[command(after_help = "Examples:\n  seqera workspace\n  seqera workspace show -o json")]
    #[command(aliases = ["info", "current"])]
    Show,
    /// All workspaces you belong to, with your role; the one in use is marked
    #[command(after_help = "Examples:\n  seqera workspace list\n  seqera workspace list --org acme")]
    #[command(visible_alias = "ls")]
    List {
        /// Only the workspaces of this organization (name or ID)
        #[arg(long, value_name = "ORG", value_parser = super::named_org, add = ArgValueCandidates::new(crate::names::org_candidates))]
        org: Option<String>,
    },
    /// Make a workspace the profile's default: numeric ID, Org/Workspace, or a name in the selected org
    /// (also `switch`, `select`)
    #[command(after_help = "Examples:\n  seqera workspace use acme/prod\n  seqera workspace use 201")]
    #[command(aliases = ["switch", "select"])]
    Use {
        /// Workspace ID, Org/Workspace, or a workspace name in the selected organization
        #[arg(value_name = "WORKSPACE", value_parser = super::named_workspace, add = ArgValueCandidates::new(crate::names::workspace_candidates))]
        target: String,
    },
    /// Go back to the personal workspace
    #[command(after_help = "Examples:\n  seqera workspace clear")]
    #[command(visible_alias = "reset")]
    Clear,
}

pub(crate) async fn run(args: Args, ctx: &mut Context) -> Result<Output> {
    match args.command.unwrap_or(Sub::Show) {
        Sub::Show => show(ctx).await,
        Sub::List { org } => list(ctx, org.as_deref()).await,
        Sub::Use { target } => use_workspace(ctx, &target).await,
        Sub::Clear => clear(ctx),
    }
}

fn ws_row(rows: &[crate::platform::models::OrgAndWorkspaceDto], id: i64) -> Value {
    serde_json::to_value(rows.iter().find(|r| r.workspace_id == Some(id)).cloned().unwrap_or_default()).expect("models serialize")
}

async fn show(ctx: &Context) -> Result<Output> {
    let setting = ctx.settings.get(Key::Workspace).clone();
    let Some(wanted) = setting.value else {
        ctx.status().say(Topic::Workspace, "Using your personal workspace. Choose another with `seqera workspace use ORG/WORKSPACE`.");
        return Ok(Output::Record { fields: Vec::new(), item: Value::Null });
    };
    let ws = ctx.resolve_workspace(&wanted).await?;
    let m = ctx.memberships().await?;
    let mut item = ws_row(&m.rows, ws.id);
    item["source"] = json!(setting.source.to_string());
    Ok(Output::Record { fields: SHOW_FIELDS.to_vec(), item })
}

async fn list(ctx: &Context, org: Option<&str>) -> Result<Output> {
    let m = ctx.memberships().await?;
    let org: Option<OrgRef> = org.map(|o| resolve_org(o, &m.rows)).transpose()?;
    let current = match ctx.settings.get(Key::Workspace).value.as_deref() {
        Some(_) => ctx.workspace_id().await.ok().flatten(),
        None => None,
    };
    let rows: Vec<_> = m.rows.iter().filter(|r| r.workspace_id.is_some() && org.as_ref().is_none_or(|o| o.id == r.org_id)).collect();
    let json = Value::Array(rows.iter().map(|r| serde_json::to_value(r).expect("models serialize")).collect());
    let items = rows
        .iter()
        .map(|r| {
            let mut v = serde_json::to_value(r).expect("models serialize");
            v["current"] = json!(if r.workspace_id.is_some() && r.workspace_id == current { "*" } else { "" });
            v
        })
        .collect();
    Ok(Output::Rows { columns: LIST_COLUMNS.to_vec(), items, json: Some(json) })
}

pub(crate) const SHOW_FIELDS: &[crate::output::Column] = &[
    col("Workspace", "workspaceName"),
    col("ID", "workspaceId"),
    col("Organization", "orgName"),
    col("Role", "roles"),
    col("Visibility", "visibility"),
    col("Full name", "workspaceFullName"),
    col("Source", "source"),
];
pub(crate) const LIST_COLUMNS: &[crate::output::Column] = &[
    col("ORG", "orgName"),
    col("WORKSPACE", "workspaceName"),
    col("ID", "workspaceId"),
    col("ROLE", "roles"),
    col("VISIBILITY", "visibility"),
    col("FULL NAME", "workspaceFullName"),
    col("CURRENT", "current"),
];

async fn use_workspace(ctx: &mut Context, wanted: &str) -> Result<Output> {
    let ws = ctx.resolve_workspace(wanted).await?;
    let profile = ctx.settings.profile.clone();
    ctx.file.set_with_note(&profile, Key::Workspace, &ws.id.to_string(), &ws.path());
    ctx.file.set_with_note(&profile, Key::Organization, &ws.org_id.to_string(), &ws.org_name);
    ctx.file.save()?;
    ctx.drop_memberships();
    ctx.status().done(Topic::Workspace, format!("Using {} (ID {}, your role: {}).", ws.path(), ws.id, ws.roles.join(",")));
    let source = &ctx.settings.get(Key::Workspace).source;
    if matches!(source, crate::config::Source::Env(_) | crate::config::Source::Flag(_)) {
        ctx.status().note(Topic::Workspace, format!("{source} overrides the profile's workspace for now."));
    }
    Ok(Output::Nothing)
}

fn clear(ctx: &mut Context) -> Result<Output> {
    let profile = ctx.settings.profile.clone();
    let had = ctx.file.unset(&profile, Key::Workspace);
    ctx.file.save()?;
    ctx.drop_memberships();
    if had {
        ctx.status().done(Topic::Workspace, "Back to your personal workspace.");
    } else {
        ctx.status().say(Topic::Workspace, "No workspace was selected; using your personal workspace.");
    }
    Ok(Output::Nothing)
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    /// Reads are safe; `use` and `clear` change the profile's selection (protected).
    fn risk(&self) -> crate::ai::judge::Class {
        match self.command {
            None | Some(Sub::Show | Sub::List { .. }) => crate::ai::judge::Class::Safe,
            _ => crate::ai::judge::Class::Protected,
        }
    }
}
