//! `seqera credentials ...`: list, get, add, update, rotate, validate and delete the credentials of a workspace (`-w`, the env vars, the profile's default, or
//! the personal workspace). Everywhere a credential is named, a name or an ID works. Secret key fields are
//! never shown: the API does not return them, and `keys` is printed without them all the same.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

use super::keyargs::KeyArgs;
pub(crate) use super::validation::VALIDATION_FIELDS;
use super::validation::{validate, verdict};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::status::Topic;
use crate::output::{Column, Kind, Output, col, prompt};
use crate::platform::DeleteOutcome;
use crate::platform::keyspec;
use crate::platform::providers::{self, strip_secrets};
use crate::platform::rawlist::string_field;
use crate::platform::workspaces::Role;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Sub,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// Credentials in the workspace: id, name, provider, status, last used, last updated
    #[command(after_help = "Examples:\n  seqera credentials list\n  seqera -w acme/prod credentials list --provider aws -o json")]
    #[command(visible_alias = "ls")]
    List {
        /// Only this provider (aws, github, google, ...)
        #[arg(long, value_name = "PROVIDER", value_parser = provider_names())]
        provider: Option<String>,
        /// Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)
        #[arg(long = "platform", value_name = "PLATFORM_ID")]
        platform_id: Option<String>,
    },
    /// One credential, whole (without its secret keys), with its setup snippet (also `show`, `describe`)
    #[command(after_help = "Examples:\n  seqera credentials get aws-prod\n  seqera credentials get aws-prod -o json")]
    #[command(aliases = ["show", "describe"])]
    Get {
        /// Credential name or ID
        #[arg(value_name = "NAME|ID", add = ArgValueCandidates::new(crate::names::credential_candidates))]
        credential: String,
    },
    /// Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt
    ///
    /// Each provider is a subcommand with only its own flags: `seqera credentials add PROVIDER --help`.
    #[command(
        visible_alias = "create",
        after_help = "Examples:\n  \
        seqera credentials add github --name github-main --username me --password-env GITHUB_TOKEN\n  \
        seqera credentials add aws --name aws-role --role-arn arn:aws:iam::123456789012:role/seqera \\\n      \
        --use-external-id\n  \
        seqera credentials add aws --help      # the flags of one provider"
    )]
    Add {
        #[command(subcommand)]
        provider: super::provider_cmds::AddProvider,
    },
    /// Change a credential in place (its ID is kept, so compute environments using it keep working)
    #[command(
        after_help = "Examples:\n  seqera credentials update github-ci --description \"CI only\"\n  seqera credentials update aws-prod --access-key AKIA... --secret-key-env NEW_SECRET"
    )]
    Update {
        /// Credential name or ID
        #[arg(value_name = "NAME|ID", add = ArgValueCandidates::new(crate::names::credential_candidates))]
        credential: String,
        /// A new description, shown with the credential
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        /// A new server URL (Git hosts)
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        #[command(flatten)]
        keys: KeyArgs,
    },
    /// Put new secret keys in place, validate them, and report the status
    #[command(
        after_help = "Examples:\n  seqera credentials rotate aws-prod --secret-key-env NEW_AWS_SECRET\n  seqera credentials rotate github-ci --password-stdin < token.txt"
    )]
    Rotate {
        /// Credential name or ID
        #[arg(value_name = "NAME|ID", add = ArgValueCandidates::new(crate::names::credential_candidates))]
        credential: String,
        #[command(flatten)]
        keys: KeyArgs,
    },
    /// Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)
    #[command(after_help = "Examples:\n  seqera credentials validate aws-prod\n  seqera credentials validate aws-prod --force")]
    Validate {
        /// Credential name or ID
        #[arg(value_name = "NAME|ID", add = ArgValueCandidates::new(crate::names::credential_candidates))]
        credential: String,
        /// Skip the provider check and mark an INVALID credential AVAILABLE again
        #[arg(long)]
        force: bool,
    },
    /// Delete a credential unless something uses it; asks first on a terminal, and needs --yes in a pipe
    /// or script
    ///
    /// What still uses the credential (compute environments, running jobs) is listed and nothing is
    /// deleted; --force deletes it anyway and lists what it broke.
    #[command(
        after_help = "Examples:\n  seqera credentials delete old-key\n  seqera credentials delete old-key --yes      # in a script\n  seqera credentials delete aws-prod --force   # even while in use"
    )]
    #[command(visible_alias = "rm")]
    Delete {
        /// Credential name or ID
        #[arg(value_name = "NAME|ID", add = ArgValueCandidates::new(crate::names::credential_candidates))]
        credential: String,
        /// Refuse when something still uses it (the default; kept for earlier scripts)
        #[arg(long, hide = true, conflicts_with = "force")]
        checked: bool,
        /// Delete even while something uses it, and list what no longer has working credentials
        #[arg(long)]
        force: bool,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
        /// tw's `--name X` / `-n X`, refused with our spelling
        #[arg(long = "name", short = 'n', hide = true, value_name = "NAME", value_parser = super::tw_credential_flag)]
        tw_name: Option<String>,
        /// tw's `--id X` / `-i X`, refused with our spelling
        #[arg(long = "id", short = 'i', hide = true, value_name = "ID", value_parser = super::tw_credential_flag)]
        tw_id: Option<String>,
    },
}

fn provider_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(providers::names())
}

pub(crate) async fn run(args: Args, ctx: &Context) -> Result<Output> {
    match args.command {
        Sub::List { provider, platform_id } => list(ctx, provider.as_deref(), platform_id.as_deref()).await,
        Sub::Get { credential } => get(ctx, &credential).await,
        Sub::Delete { credential, force, yes, .. } => delete(ctx, &credential, force, yes).await,
        Sub::Add { provider: a } => add(ctx, a.provider, &a.name, a.description, a.base_url, a.use_external_id, &a.keys).await,
        Sub::Update { credential, description, base_url, keys } => update(ctx, &credential, description, base_url, &keys).await,
        Sub::Rotate { credential, keys } => rotate(ctx, &credential, &keys).await,
        Sub::Validate { credential, force } => validate(ctx, &credential, force).await,
    }
}

/// The name rule of the seed documentation, checked before any request.
fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty() && name.len() <= 100 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("`{name}` is not a valid credential name.")).with_hint("Use 1 to 100 letters, digits, `-` or `_`."))
    }
}

async fn add(
    ctx: &Context,
    provider: &str,
    name: &str,
    description: Option<String>,
    base_url: Option<String>,
    use_external_id: bool,
    keys: &KeyArgs,
) -> Result<Output> {
    check_name(name)?;
    let mut resolved = keys.resolve(provider, true)?;
    keyspec::complete(provider, &mut resolved)?;
    if use_external_id && !keyspec::takes_external_id(provider, &resolved) {
        return Err(Error::usage("--use-external-id needs AWS role mode.").with_hint("Give --role-arn ARN (aws or seqeracompute)."));
    }
    let ws = ctx.workspace_id().await?;
    ctx.require_role(ws, Role::Maintain, "add credentials").await?;
    ctx.platform().credentials_validate_name(ws, name).await.map_err(|e| match e.kind {
        ErrorKind::Conflict => Error::new(ErrorKind::Conflict, format!("A credential named `{name}` already exists here."))
            .with_hint(format!("Choose another name, or change it with `seqera credentials update {name}`.")),
        _ => e,
    })?;
    let mut body = json!({"name": name, "provider": provider, "keys": keyspec::to_api(provider, &resolved)});
    if let Some(d) = description {
        body["description"] = json!(d);
    }
    if let Some(b) = base_url {
        body["baseUrl"] = json!(b);
    }
    let id = ctx.platform().credentials_create(ws, body, use_external_id).await?;
    ctx.status().done(Topic::Credentials, format!("Added `{name}` ({provider}, ID {id})."));
    let described = ctx.platform().credentials_get(ws, &id).await?;
    if use_external_id {
        let keys = &described["credentials"]["keys"];
        if let Some(ext) = keys["externalId"].as_str() {
            ctx.status().say(Topic::Credentials, format!("External ID: {ext}"));
        }
        if let Some(snippet) = described["setupSnippet"].as_str() {
            let role = keys["assumeRoleArn"].as_str().unwrap_or("the IAM role");
            ctx.status().say(Topic::Credentials, format!("IAM role: {role}"));
            ctx.status().say(Topic::Credentials, "Add this trust policy to the role (IAM > Roles > Trust relationships):");
            ctx.status().detail(paste_ready(snippet));
        }
    }
    Ok(record(ctx, described))
}

/// A setup snippet ready to paste: JSON indented, and any text after it on lines of its own.
pub(crate) fn paste_ready(snippet: &str) -> String {
    let mut values = serde_json::Deserializer::from_str(snippet).into_iter::<Value>();
    match values.next() {
        Some(Ok(v)) => {
            let rest = snippet[values.byte_offset()..].trim();
            let pretty = serde_json::to_string_pretty(&v).unwrap_or_else(|_| snippet.to_string());
            if rest.is_empty() { pretty } else { format!("{pretty}\n{rest}") }
        }
        _ => snippet.to_string(),
    }
}

/// One credential as a record (secrets stripped): in JSON the object itself, as `list` gives each, with
/// `setupSnippet` added when Platform has one for it.
fn record(ctx: &Context, mut resp: Value) -> Output {
    let provider = resp["credentials"]["provider"].as_str().unwrap_or_default().to_string();
    if let Some(keys) = resp.get_mut("credentials").and_then(|c| c.get_mut("keys")) {
        strip_secrets(&provider, keys);
    }
    let mut item = resp["credentials"].clone();
    if let Some(snippet) = resp["setupSnippet"].as_str() {
        item["setupSnippet"] = json!(snippet);
    }
    if ctx.renderer.format == crate::output::Format::Json || ctx.renderer.view.jq.is_some() {
        return Output::Record { fields: RECORD_FIELDS.to_vec(), item };
    }
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
    Output::Record { fields: RECORD_FIELDS.to_vec(), item }
}

pub(crate) const RECORD_FIELDS: &[crate::output::Column] = &[
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

/// PUTs the credential with `keys` merged over its stored non-secret keys. Secret fields not given are
/// left out of the body.
/// PUTs `current` (the whole credential, as `GET /credentials/{id}` gives it) with the changes merged in.
async fn put(
    ctx: &Context,
    ws: Option<i64>,
    current: Value,
    description: Option<String>,
    base_url: Option<String>,
    keys: Option<Value>,
) -> Result<Value> {
    let id = current["id"].as_str().unwrap_or_default().to_string();
    let id = id.as_str();
    let provider = current["provider"].as_str().unwrap_or_default().to_string();
    let mut merged = current["keys"].clone();
    strip_secrets(&provider, &mut merged);
    if let (Some(m), Some(Value::Object(new))) = (merged.as_object_mut(), keys) {
        for (k, v) in new {
            m.insert(k, v);
        }
    }
    let mut body = json!({"id": id, "name": current["name"], "provider": provider, "keys": merged});
    for (field, value) in [
        ("description", description.map(Value::from).or(current.get("description").cloned())),
        ("baseUrl", base_url.map(Value::from).or(current.get("baseUrl").cloned())),
    ] {
        if let Some(v) = value.filter(|v| !v.is_null()) {
            body[field] = v;
        }
    }
    ctx.platform().credentials_update(ws, id, body).await?;
    Ok(current)
}

async fn update(ctx: &Context, wanted: &str, description: Option<String>, base_url: Option<String>, keys: &KeyArgs) -> Result<Output> {
    if description.is_none() && base_url.is_none() && keys.inputs.is_empty() {
        return Err(Error::usage("Nothing to update.").with_hint("Give --description, --base-url or key flags (see --help)."));
    }
    let ws = ctx.workspace_id().await?;
    ctx.require_role(ws, Role::Maintain, "update credentials").await?;
    let cred = resolve_whole(ctx, ws, wanted).await?;
    let id = cred["id"].as_str().unwrap_or_default().to_string();
    let provider = cred["provider"].as_str().unwrap_or_default().to_string();
    let new_keys = if keys.inputs.is_empty() { None } else { Some(keyspec::to_api(&provider, &keys.resolve(&provider, false)?)) };
    put(ctx, ws, cred.clone(), description, base_url, new_keys).await?;
    ctx.status().done(Topic::Credentials, format!("Updated `{}` (ID {id}, unchanged).", cred["name"].as_str().unwrap_or_default()));
    Ok(record(ctx, ctx.platform().credentials_get(ws, &id).await?))
}

async fn rotate(ctx: &Context, wanted: &str, keys: &KeyArgs) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    ctx.require_role(ws, Role::Maintain, "rotate credentials").await?;
    let cred = resolve_whole(ctx, ws, wanted).await?;
    let id = cred["id"].as_str().unwrap_or_default().to_string();
    let name = cred["name"].as_str().unwrap_or_default().to_string();
    let provider = cred["provider"].as_str().unwrap_or_default().to_string();
    if !keys.secrets_given() {
        let flags: Vec<String> = providers::secret_fields(&provider)
            .iter()
            .map(|k| format!("--{f}-env VAR (or --{f}-file, --{f}-stdin)", f = keyspec::spec(k).flag))
            .collect();
        let hint = match flags.as_slice() {
            [] => format!("{provider} credentials have no secret keys; change the others with `seqera credentials update {name}`."),
            _ => format!("{provider} takes: {}.", flags.join("; ")),
        };
        return Err(Error::usage(format!("Rotating `{name}` needs its new secret(s).")).with_hint(hint));
    }
    let new_keys = keyspec::to_api(&provider, &keys.resolve(&provider, false)?);
    put(ctx, ws, cred, None, None, Some(new_keys)).await?;
    ctx.status().say(Topic::Credentials, format!("New keys are in place for `{name}` (ID {id}); validating..."));
    let result = ctx.platform().credentials_validate(ws, &id, false).await?;
    super::compute_envs::say_users(ctx, ws, &id, &name).await;
    // What was written, as `get` shows it, with the status the validation left.
    let written = record(ctx, ctx.platform().credentials_get(ws, &id).await?);
    Ok(match verdict(ctx, &name, &result) {
        Some(e) => Output::Failed(Box::new(written), e),
        None => written,
    })
}

pub(crate) const LIST_COLUMNS: &[crate::output::Column] = &[
    col("ID", "id"),
    col("NAME", "name"),
    // Words from a short list: whole, like names.
    Column::holding("PROVIDER", "provider", Kind::Name),
    Column::holding("STATUS", "status", Kind::Name),
    col("LAST USED", "lastUsed"),
    col("LAST UPDATED", "lastUpdated"),
];

async fn list(ctx: &Context, provider: Option<&str>, platform_id: Option<&str>) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    // Kept as the answer came: a list of thousands is shown (or handed to a script) without a tree per item.
    let mut list = ctx.platform().credentials_list_raw(ws, platform_id).await?;
    // A long-lived session (shell, script) that saw this very answer before already stored its names.
    let seen = ctx.session().long_lived && crate::names::seen_before(&ctx.settings.profile, ws, list.body());
    if platform_id.is_none() && !seen {
        let names: Vec<_> = list.items().filter_map(|c| string_field(c, "name")).collect();
        crate::names::store_credentials(&ctx.settings.profile, ws, &names);
    }
    if let Some(p) = provider {
        list.retain(|c| string_field(c, "provider").as_deref() == Some(p));
    }
    Ok(Output::List { columns: LIST_COLUMNS.to_vec(), list })
}

/// Whether `s` has the shape of a credentials ID (22 letters and digits).
fn looks_like_id(s: &str) -> bool {
    s.len() == 22 && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The whole credential (`GET /credentials/{id}`) named by ID or name. An ID is fetched directly, one
/// small request instead of the workspace's whole list (this is what makes batch rotation fast); when
/// that fails, the ID may be a name after all, so the list decides.
pub(crate) async fn resolve_whole(ctx: &Context, ws: Option<i64>, wanted: &str) -> Result<Value> {
    if looks_like_id(wanted)
        && let Ok(found) = ctx.platform().credentials_get(ws, wanted).await
        && found["credentials"]["id"] == wanted
    {
        return Ok(found["credentials"].clone());
    }
    let id = resolve(ctx, ws, wanted).await?["id"].as_str().unwrap_or_default().to_string();
    Ok(ctx.platform().credentials_get(ws, &id).await?["credentials"].clone())
}

/// A credential named by ID or name in the list of the workspace. An ambiguous name lists the IDs.
pub(crate) async fn resolve(ctx: &Context, ws: Option<i64>, wanted: &str) -> Result<Value> {
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
    Ok(record(ctx, ctx.platform().credentials_get(ws, &id).await?))
}

async fn delete(ctx: &Context, wanted: &str, force: bool, yes: bool) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    ctx.require_role(ws, Role::Maintain, "delete credentials").await?;
    let cred = resolve(ctx, ws, wanted).await?;
    let id = cred["id"].as_str().unwrap_or_default().to_string();
    let name = cred["name"].as_str().unwrap_or_default().to_string();
    if !yes {
        if !prompt::can_prompt() {
            return Err(Error::usage(format!("Not deleting `{name}` ({id}) without confirmation: there is no terminal to ask on."))
                .with_hint("Add --yes to delete without asking."));
        }
        if !prompt::confirm(&format!("Delete credential `{name}` ({id})?"))? {
            ctx.status().say(Topic::Credentials, "Nothing deleted.");
            return Ok(Output::Nothing);
        }
    }
    // Checked first, always: a credential in use is deleted only when forced, and then the user is told
    // what it broke.
    let conflicts = match ctx.platform().credentials_delete(ws, &id, true).await? {
        DeleteOutcome::Deleted => {
            ctx.status().done(Topic::Credentials, format!("Deleted `{name}` ({id})."));
            return Ok(Output::Nothing);
        }
        DeleteOutcome::Conflicts(conflicts) => conflicts,
    };
    let n = conflicts.len();
    let users = if n == 1 { "1 thing uses it".to_string() } else { format!("{n} things use it") };
    let named: Vec<String> =
        conflicts.iter().take(3).map(|c| format!("{} {}", c["type"].as_str().unwrap_or("?"), c["name"].as_str().unwrap_or("?"))).collect();
    let more = if n > 3 { format!(" and {} more", n - 3) } else { String::new() };
    let table = Output::rows(&[col("TYPE", "type"), col("ID", "id"), col("NAME", "name"), col("URL", "url")], conflicts);
    if !force {
        let err = Error::new(ErrorKind::Conflict, format!("`{name}` ({id}) is in use by {}{more}; nothing was deleted.", named.join(", ")))
            .with_hint(format!(
                "Remove or re-point what uses it, or delete it anyway with `seqera credentials delete {name} --force` (what uses it stops working)."
            ));
        return Ok(Output::Failed(Box::new(table), err));
    }
    if let DeleteOutcome::Conflicts(_) = ctx.platform().credentials_delete(ws, &id, false).await? {
        return Err(Error::other(format!("The Platform refused to delete `{name}` ({id}) even unchecked.")));
    }
    ctx.status().done(Topic::Credentials, format!("Deleted `{name}` ({id})."));
    ctx.status().warn(Topic::Credentials, format!("Forced while {users}: what is listed no longer has working credentials."));
    Ok(table)
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    /// Reads are safe, changes need approval, a delete is dangerous.
    fn risk(&self) -> crate::ai::judge::Class {
        match self.command {
            Sub::List { .. } | Sub::Get { .. } => crate::ai::judge::Class::Safe,
            Sub::Delete { .. } => crate::ai::judge::Class::Dangerous,
            _ => crate::ai::judge::Class::Other,
        }
    }
}
