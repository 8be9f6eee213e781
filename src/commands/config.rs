//! `seqera config ...`: show every effective setting with its source, change settings in the active
//! profile, and manage profiles. Edits keep the user's comments and unknown keys (toml_edit).

use clap::Subcommand;
use serde_json::{Value, json};

use crate::config::file::check_profile_name;
use crate::config::{DEFAULT_PROFILE, Key, Source, keys};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::status::Topic;
use crate::output::{Output, col};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Sub,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// Every effective setting, its value and where it comes from (flag, env var, profile, default)
    #[command(after_help = "Examples:\n  seqera config list\n  seqera -p staging config list -o json")]
    #[command(visible_alias = "ls")]
    List,
    /// Print the effective value of one setting
    #[command(after_help = "Examples:\n  seqera config get api_url\n  seqera config get workspace")]
    Get {
        /// Setting name (see `seqera config list`)
        key: String,
    },
    /// Set a value in the active profile
    #[command(after_help = "Examples:\n  seqera config set api_url https://seqera.example.com/api\n  seqera config set output json")]
    Set {
        /// Setting name (see `seqera config list`)
        key: String,
        /// The new value
        value: String,
    },
    /// Remove a value from the active profile
    #[command(after_help = "Examples:\n  seqera config unset workspace")]
    Unset {
        /// Setting name
        key: String,
    },
    /// List profiles; the active one is marked
    #[command(after_help = "Examples:\n  seqera config profiles")]
    Profiles,
    /// Make a profile the default for later commands
    #[command(after_help = "Examples:\n  seqera config use staging")]
    Use {
        /// Profile name
        name: String,
    },
    /// Create a profile, optionally copying another one's settings
    #[command(after_help = "Examples:\n  seqera config create staging\n  seqera config create enterprise --from default")]
    Create {
        /// Profile name: letters, digits, `-` or `_`
        name: String,
        /// Copy the settings of this profile
        #[arg(long, value_name = "PROFILE")]
        from: Option<String>,
    },
    /// Delete a profile and its settings
    #[command(after_help = "Examples:\n  seqera config delete staging")]
    Delete {
        /// Profile name
        name: String,
    },
}

pub(crate) fn run(args: Args, ctx: &mut Context) -> Result<Output> {
    match args.command {
        Sub::List => Ok(list(ctx)),
        Sub::Get { key } => get(ctx, &key),
        Sub::Set { key, value } => set(ctx, &key, &value),
        Sub::Unset { key } => unset(ctx, &key),
        Sub::Profiles => Ok(profiles(ctx)),
        Sub::Use { name } => use_profile(ctx, &name),
        Sub::Create { name, from } => create(ctx, &name, from.as_deref()),
        Sub::Delete { name } => delete(ctx, &name),
    }
}

fn list(ctx: &Context) -> Output {
    let s = &ctx.settings;
    let mut items = vec![json!({"key": "profile", "value": s.profile, "source": s.profile_source.to_string()})];
    for (key, resolved) in s.iter() {
        let source = if resolved.value.is_none() { "unset".to_string() } else { resolved.source.to_string() };
        items.push(json!({"key": key.name, "value": resolved.value, "source": source}));
    }
    Output::rows(LIST_COLUMNS, items)
}

pub(crate) const LIST_COLUMNS: &[crate::output::Column] = &[col("KEY", "key"), col("VALUE", "value"), col("SOURCE", "source")];
pub(crate) const PROFILE_COLUMNS: &[crate::output::Column] = &[col("NAME", "name"), col("ACTIVE", "active"), col("API_URL", "api_url")];

fn get(ctx: &Context, key: &str) -> Result<Output> {
    if key == "profile" {
        return Ok(Output::Value(ctx.settings.profile.clone()));
    }
    let key = Key::parse(key)?;
    match &ctx.settings.get(key).value {
        Some(v) => Ok(Output::Value(v.clone())),
        None => Err(Error::not_found(format!("`{key}` is not set in profile `{}`.", ctx.settings.profile))
            .with_hint(format!("Set it with `seqera config set {key} VALUE`."))),
    }
}

/// After a change, say so when something stronger than the profile still decides the value.
fn note_override(ctx: &Context, key: Key) {
    let source = &ctx.settings.get(key).source;
    if matches!(source, Source::Env(_) | Source::Flag(_) | Source::Sandbox) {
        ctx.status().note(Topic::Config, format!("{source} overrides this value for now."));
    }
}

fn set(ctx: &mut Context, key: &str, value: &str) -> Result<Output> {
    let key = Key::parse(key)?;
    (key.def().check)(value)
        .map_err(|e| Error::usage(format!("Invalid value for {key}: {}", e.message)).with_hint(e.hint.unwrap_or_default()))?;
    let allow_http = ctx.settings.get(Key::AllowHttp).value.as_deref().is_some_and(keys::truthy);
    if matches!(key, Key::ApiUrl | Key::AuthDomain | Key::AiBackendUrl) && keys::is_remote_http(value) && !allow_http {
        return Err(Error::usage(format!("{key} {value} is plain http to another machine: the login token would travel unencrypted."))
            .with_hint("Use an https URL, or for a lab install first run `seqera config set allow_http true`."));
    }
    let profile = ctx.settings.profile.clone();
    ctx.file.set(&profile, key, value);
    ctx.file.save()?;
    ctx.status().done(Topic::Config, format!("Set {key} = {value} in profile `{profile}` ({}).", ctx.file.path.display()));
    note_override(ctx, key);
    Ok(Output::Nothing)
}

fn unset(ctx: &mut Context, key: &str) -> Result<Output> {
    let key = Key::parse(key)?;
    let profile = ctx.settings.profile.clone();
    if ctx.file.unset(&profile, key) {
        ctx.file.save()?;
        ctx.status().done(Topic::Config, format!("Removed {key} from profile `{profile}`."));
    } else {
        ctx.status().say(Topic::Config, format!("{key} was not set in profile `{profile}`; nothing to do."));
    }
    Ok(Output::Nothing)
}

fn profiles(ctx: &Context) -> Output {
    let mut names = ctx.file.profile_names();
    if !names.iter().any(|n| n == DEFAULT_PROFILE) {
        names.insert(0, DEFAULT_PROFILE.to_string());
    }
    let items: Vec<Value> = names
        .into_iter()
        .map(|n| {
            let active = n == ctx.settings.profile;
            json!({"name": n, "active": active, "api_url": ctx.file.get(&n, Key::ApiUrl)})
        })
        .collect();
    let mut out = Output::rows(PROFILE_COLUMNS, items);
    if let Output::Rows { items, .. } = &mut out
        && ctx.renderer.format == crate::output::Format::Table
    {
        for item in items.iter_mut() {
            item["active"] = json!(if item["active"] == json!(true) { "*" } else { "" });
        }
    }
    out
}

fn use_profile(ctx: &mut Context, name: &str) -> Result<Output> {
    check_profile_name(name)?;
    if name != DEFAULT_PROFILE && !ctx.file.has_profile(name) {
        return Err(
            Error::not_found(format!("There is no profile `{name}`.")).with_hint(format!("Create it with `seqera config create {name}`."))
        );
    }
    ctx.file.set_default_profile(name);
    ctx.file.save()?;
    ctx.status().done(Topic::Config, format!("Profile `{name}` is now the default."));
    if let Some(var) = crate::config::env::var("SEQERA_PROFILE") {
        ctx.status().note(Topic::Config, format!("SEQERA_PROFILE={var} still overrides it in this shell."));
    }
    Ok(Output::Nothing)
}

fn create(ctx: &mut Context, name: &str, from: Option<&str>) -> Result<Output> {
    check_profile_name(name)?;
    if ctx.file.has_profile(name) {
        return Err(Error::new(ErrorKind::Conflict, format!("The profile `{name}` already exists.")));
    }
    ctx.file.create_profile(name);
    if let Some(from) = from {
        if from != DEFAULT_PROFILE && !ctx.file.has_profile(from) {
            return Err(Error::not_found(format!("There is no profile `{from}` to copy.")));
        }
        for key in keys::KEYS {
            if let Some(v) = ctx.file.get(from, key.key) {
                ctx.file.set(name, key.key, &v);
            }
        }
    }
    ctx.file.save()?;
    ctx.status().done(
        Topic::Config,
        format!("Created profile `{name}`. Use it with `seqera -p {name} ...` or make it the default with `seqera config use {name}`."),
    );
    Ok(Output::Nothing)
}

fn delete(ctx: &mut Context, name: &str) -> Result<Output> {
    check_profile_name(name)?;
    if !ctx.file.delete_profile(name) {
        return Err(Error::not_found(format!("There is no profile `{name}`.")));
    }
    ctx.file.save()?;
    ctx.status().done(Topic::Config, format!("Deleted profile `{name}`."));
    Ok(Output::Nothing)
}

/// Whether the command only reads settings (for judging an assistant's tool call).
pub(crate) fn is_read_only(args: &Args) -> bool {
    matches!(args.command, Sub::List | Sub::Get { .. } | Sub::Profiles)
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx)
    }
    /// Reads are safe; a change to seqera's own settings is protected.
    fn risk(&self) -> crate::ai::judge::Class {
        if is_read_only(self) { crate::ai::judge::Class::Safe } else { crate::ai::judge::Class::Protected }
    }
}
