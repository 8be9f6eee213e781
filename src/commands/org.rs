//! `seqera org ...`: the current organization, the ones the user belongs to, and switching between them.
//! The selection lives in the profile (`organization = "101" # acme`), survives logout and re-login, and
//! is checked against the memberships whenever it is used.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

use crate::config::Key;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::status::Topic;
use crate::output::{Output, col, prompt};
use crate::platform::workspaces::{OrgRef, orgs, resolve_org};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Option<Sub>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// The selected organization (the default; also `info`, `current`)
    #[command(after_help = "Examples:\n  seqera org\n  seqera org show -o json")]
    #[command(aliases = ["info", "current"])]
    Show,
    /// All organizations you belong to, with your role; the selected one is marked
    #[command(after_help = "Examples:\n  seqera org list\n  seqera org list -o json")]
    #[command(visible_alias = "ls")]
    List,
    /// Select an organization by name or ID, or pick from a list on a terminal (also `select`, `change`)
    #[command(after_help = "Examples:\n  seqera org switch acme\n  seqera org switch          # pick from a list on a terminal")]
    #[command(aliases = ["select", "change"])]
    Switch {
        /// Organization name or numeric ID
        #[arg(value_parser = super::named_org, add = ArgValueCandidates::new(crate::names::org_candidates))]
        org: Option<String>,
    },
    /// Forget the selected organization (and workspace)
    #[command(after_help = "Examples:\n  seqera org clear")]
    #[command(visible_alias = "reset")]
    Clear,
}

pub(crate) async fn run(args: Args, ctx: &mut Context) -> Result<Output> {
    match args.command.unwrap_or(Sub::Show) {
        Sub::Show => show(ctx).await,
        Sub::List => list(ctx).await,
        Sub::Switch { org } => switch(ctx, org.as_deref()).await,
        Sub::Clear => clear(ctx),
    }
}

fn org_row(rows: &[crate::platform::models::OrgAndWorkspaceDto], org_id: i64) -> Value {
    let row = rows.iter().find(|r| r.org_id == org_id && r.workspace_id.is_none()).cloned().unwrap_or_default();
    serde_json::to_value(row).expect("models serialize")
}

async fn show(ctx: &Context) -> Result<Output> {
    let m = ctx.memberships().await?;
    let all = orgs(&m.rows);
    let Some(org) = ctx.selected_org().await? else {
        ctx.status().say(Topic::Org, "No organization selected.");
        if !all.is_empty() {
            ctx.status()
                .say(Topic::Org, format!("You are a member of {} organization(s). Run `seqera org switch` to choose one.", all.len()));
        }
        return Ok(Output::Record { fields: Vec::new(), item: Value::Null });
    };
    if all.len() > 1 {
        ctx.status().say(Topic::Org, format!("You are a member of {} organizations. Run `seqera org switch` to change.", all.len()));
    }
    Ok(Output::Record { fields: SHOW_FIELDS.to_vec(), item: org_row(&m.rows, org.id) })
}

async fn list(ctx: &Context) -> Result<Output> {
    let m = ctx.memberships().await?;
    let selected = ctx.selected_org().await.ok().flatten();
    let rows: Vec<_> = m.rows.iter().filter(|r| r.workspace_id.is_none()).collect();
    if rows.is_empty() {
        ctx.status().say(Topic::Org, "No organizations found. Ask an organization owner to invite you.");
    }
    let json = Value::Array(rows.iter().map(|r| serde_json::to_value(r).expect("models serialize")).collect());
    let items = rows
        .iter()
        .map(|r| {
            let mut v = serde_json::to_value(r).expect("models serialize");
            let current = selected.as_ref().is_some_and(|s| s.id == r.org_id);
            v["current"] = json!(if current { "*" } else { "" });
            v
        })
        .collect();
    Ok(Output::Rows { columns: LIST_COLUMNS.to_vec(), items, json: Some(json) })
}

pub(crate) const SHOW_FIELDS: &[crate::output::Column] =
    &[col("Name", "orgName"), col("ID", "orgId"), col("Role", "roles"), col("Type", "orgType")];
pub(crate) const LIST_COLUMNS: &[crate::output::Column] =
    &[col("NAME", "orgName"), col("ID", "orgId"), col("ROLE", "roles"), col("TYPE", "orgType"), col("CURRENT", "current")];

/// Records the organization in the profile; a selected workspace in another org is cleared.
pub(crate) async fn select(ctx: &mut Context, org: &OrgRef) -> Result<()> {
    let profile = ctx.settings.profile.clone();
    ctx.file.set_with_note(&profile, Key::Organization, &org.id.to_string(), &org.name);
    if let Some(ws) = ctx.file.get(&profile, Key::Workspace) {
        let m = ctx.memberships().await?;
        let keep = crate::platform::workspaces::resolve_workspace(&ws, &m.rows, Some(org)).is_ok_and(|w| w.org_id == org.id);
        if !keep {
            ctx.file.unset(&profile, Key::Workspace);
            ctx.status().say(Topic::Org, format!("The selected workspace is not in {}; it was cleared.", org.name));
        }
    }
    ctx.file.save()?;
    ctx.drop_memberships();
    Ok(())
}

async fn switch(ctx: &mut Context, wanted: Option<&str>) -> Result<Output> {
    let m = ctx.memberships().await?;
    let all = orgs(&m.rows);
    let org = match (wanted, all.len()) {
        (Some(w), _) => resolve_org(w, &m.rows)?,
        (None, 0) => {
            return Err(Error::not_found("You are not a member of any organization, so there is none to switch to.")
                .with_hint("Ask an organization owner to invite you."));
        }
        (None, 1) => {
            ctx.status().say(Topic::Org, "This is your only organization.");
            all[0].clone()
        }
        (None, _) if !prompt::can_prompt() => {
            return Err(Error::usage("Name the organization to switch to: there is no terminal to ask on.")
                .with_hint("Run `seqera org switch NAME` (names: `seqera org list`)."));
        }
        (None, _) => {
            let current = ctx.selected_org().await.ok().flatten();
            let labels: Vec<String> = all
                .iter()
                .map(|o| {
                    let role =
                        m.rows.iter().find(|r| r.org_id == o.id && r.workspace_id.is_none()).map(|r| r.roles.join(",")).unwrap_or_default();
                    let mark = if current.as_ref().is_some_and(|c| c.id == o.id) { " ← current" } else { "" };
                    format!("{} ({role}){mark}", o.name)
                })
                .collect();
            match prompt::pick(&Topic::Org.title("Your organizations:"), &labels)? {
                Some(i) => all[i].clone(),
                None => {
                    ctx.status().say(Topic::Org, "Switch cancelled.");
                    return Ok(Output::Nothing);
                }
            }
        }
    };
    select(ctx, &org).await?;
    ctx.status().done(Topic::Org, format!("Switched to: {}", org.name));
    Ok(Output::Nothing)
}

fn clear(ctx: &mut Context) -> Result<Output> {
    let profile = ctx.settings.profile.clone();
    let had_org = ctx.file.unset(&profile, Key::Organization);
    let had_ws = ctx.file.unset(&profile, Key::Workspace);
    ctx.file.save()?;
    ctx.drop_memberships();
    match (had_org, had_ws) {
        (_, true) => ctx.status().done(Topic::Org, "Organization and workspace selection cleared."),
        (true, false) => ctx.status().done(Topic::Org, "Organization selection cleared."),
        (false, false) => ctx.status().say(Topic::Org, "No organization was selected; nothing to clear."),
    }
    Ok(Output::Nothing)
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    /// Reads are safe; a switch or clear changes the profile's selection (protected).
    fn risk(&self) -> crate::ai::judge::Class {
        match self.command {
            None | Some(Sub::Show | Sub::List) => crate::ai::judge::Class::Safe,
            _ => crate::ai::judge::Class::Protected,
        }
    }
}
