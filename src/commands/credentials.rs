//! `seqera credentials ...`: the credentials of a workspace (`-w`, the env vars, the profile's default, or
//! the personal workspace). Everywhere a credential is named, a name or an ID works. Secret key fields are
//! never shown: the API does not return them, and `keys` is printed without them all the same.

use clap::Subcommand;
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Output, col, prompt};
use crate::platform::DeleteOutcome;
use crate::platform::providers::{PROVIDERS, strip_secrets};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// Credentials in the workspace: id, name, provider, status, last used, last updated
    #[command(visible_alias = "ls")]
    List {
        /// Only this provider (aws, github, google, ...)
        #[arg(long, value_name = "PROVIDER", value_parser = provider_names())]
        provider: Option<String>,
        /// Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)
        #[arg(long = "platform", value_name = "PLATFORM_ID")]
        platform_id: Option<String>,
    },
    /// One credential, whole (without its secret keys), with its setup snippet when there is one
    #[command(visible_aliases = ["show", "describe"])]
    Get {
        /// Credential name or ID
        #[arg(value_name = "NAME|ID")]
        credential: String,
    },
    /// Delete a credential; asks first on a terminal, and needs --yes in a pipe or script
    #[command(visible_alias = "rm")]
    Delete {
        /// Credential name or ID
        #[arg(value_name = "NAME|ID")]
        credential: String,
        /// Refuse when something (a compute environment, running jobs) still uses it, and show what
        #[arg(long)]
        checked: bool,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

fn provider_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(PROVIDERS.iter().map(|(p, _)| *p))
}

pub async fn run(args: Args, ctx: &mut Context) -> Result<Output> {
    match args.command {
        Sub::List { provider, platform_id } => list(ctx, provider.as_deref(), platform_id.as_deref()).await,
        Sub::Get { credential } => get(ctx, &credential).await,
        Sub::Delete { credential, checked, yes } => delete(ctx, &credential, checked, yes).await,
    }
}

const LIST_COLUMNS: &[crate::output::Column] = &[
    col("ID", "id"),
    col("NAME", "name"),
    col("PROVIDER", "provider"),
    col("STATUS", "status"),
    col("LAST USED", "lastUsed"),
    col("LAST UPDATED", "lastUpdated"),
];

async fn list(ctx: &Context, provider: Option<&str>, platform_id: Option<&str>) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    let mut creds = ctx.platform().credentials_list(ws, platform_id).await?;
    if let Some(p) = provider {
        creds.retain(|c| c["provider"] == p);
    }
    Ok(Output::rows(LIST_COLUMNS, creds))
}

/// A credential named by ID or name in the list of the workspace. An ambiguous name lists the IDs.
pub async fn resolve(ctx: &Context, ws: Option<i64>, wanted: &str) -> Result<Value> {
    let creds = ctx.platform().credentials_list(ws, None).await?;
    if let Some(c) = creds.iter().find(|c| c["id"] == wanted) {
        return Ok(c.clone());
    }
    let named: Vec<&Value> = creds.iter().filter(|c| c["name"] == wanted).collect();
    let place = match ws {
        Some(id) => format!("workspace {id}"),
        None => "your personal workspace".to_string(),
    };
    match named.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Error::not_found(format!("No credential named or with ID `{wanted}` in {place}."))
            .with_hint("List them with `seqera credentials list`; choose another workspace with -w.")),
        many => {
            let ids: Vec<String> = many.iter().map(|c| c["id"].as_str().unwrap_or_default().to_string()).collect();
            Err(Error::usage(format!("{} credentials in {place} are named `{wanted}`: {}.", many.len(), ids.join(", ")))
                .with_hint("Name one by its ID."))
        }
    }
}

async fn get(ctx: &Context, wanted: &str) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    let id = resolve(ctx, ws, wanted).await?["id"].as_str().unwrap_or_default().to_string();
    let mut resp = ctx.platform().credentials_get(ws, &id).await?;
    let provider = resp["credentials"]["provider"].as_str().unwrap_or_default().to_string();
    if let Some(keys) = resp.get_mut("credentials").and_then(|c| c.get_mut("keys")) {
        strip_secrets(&provider, keys);
    }
    if ctx.renderer.format == crate::output::Format::Json {
        return Ok(Output::Record { fields: Vec::new(), item: resp });
    }
    let mut item = resp["credentials"].clone();
    let keys: Vec<String> = item["keys"]
        .as_object()
        .map(|o| {
            o.iter()
                .filter(|(k, _)| *k != "discriminator")
                .map(|(k, v)| format!("{k}={}", v.as_str().map(str::to_string).unwrap_or(v.to_string())))
                .collect()
        })
        .unwrap_or_default();
    item["keysSummary"] = json!(keys.join(" "));
    if let Some(snippet) = resp["setupSnippet"].as_str() {
        item["setupSnippet"] = json!(snippet);
    }
    let fields = vec![
        col("ID", "id"),
        col("Name", "name"),
        col("Provider", "provider"),
        col("Status", "status"),
        col("Message", "message"),
        col("Category", "category"),
        col("Base URL", "baseUrl"),
        col("Description", "description"),
        col("Keys", "keysSummary"),
        col("Created", "dateCreated"),
        col("Updated", "lastUpdated"),
        col("Last used", "lastUsed"),
        col("Setup snippet", "setupSnippet"),
    ];
    Ok(Output::Record { fields, item })
}

async fn delete(ctx: &Context, wanted: &str, checked: bool, yes: bool) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    ctx.require_role(ws, "maintain", "delete credentials").await?;
    let cred = resolve(ctx, ws, wanted).await?;
    let id = cred["id"].as_str().unwrap_or_default().to_string();
    let name = cred["name"].as_str().unwrap_or_default().to_string();
    if !yes {
        if !prompt::can_prompt() {
            return Err(Error::usage(format!("Not deleting `{name}` ({id}) without confirmation: there is no terminal to ask on."))
                .with_hint("Add --yes to delete without asking."));
        }
        if !prompt::confirm(&format!("Delete credential `{name}` ({id})?"))? {
            ctx.say("[Credentials] Nothing deleted.");
            return Ok(Output::Nothing);
        }
    }
    match ctx.platform().credentials_delete(ws, &id, checked).await? {
        DeleteOutcome::Deleted => {
            ctx.say(&format!("[Credentials] {} Deleted `{name}` ({id}).", ctx.stderr.ok("✓")));
            Ok(Output::Nothing)
        }
        DeleteOutcome::Conflicts(conflicts) => {
            let table = Output::rows(&[col("TYPE", "type"), col("ID", "id"), col("NAME", "name"), col("URL", "url")], conflicts);
            let err = Error::new(ErrorKind::Conflict, format!("`{name}` ({id}) is still in use; nothing was deleted."))
                .with_hint("Remove or re-point what uses it, or delete without --checked.");
            Ok(Output::Failed(Box::new(table), err))
        }
    }
}
