//! `seqera tokens ...`: your personal access tokens (`/tokens`; they belong to you, in no workspace).
//!
//! `create NAME` prints the new token's value once, on stdout (never in a status line, log or `--debug`
//! line); `--save` stores it as this profile's login instead. `delete` refuses the token this profile
//! uses unless `--force`. `rotate` replaces the profile's token so that the profile always has a working
//! one: create the new token, prove it with one request (`GET /user-info`), store it, and only then
//! delete the old one with the new token. The proof comes before the store, so a token that does not work
//! never replaces a working login; every failure says what exists and what the profile uses.
//!
//! Which token a profile uses: a login made by `tokens create --save` or `tokens rotate` records the
//! token's ID and name. A token's value does not tell its ID, so for a login made by `login --with-token`
//! (or a token from SEQERA_ACCESS_TOKEN & co.) seqera does not guess from `lastUsed` (another client may
//! use another token at the same moment): `rotate` asks for `--old NAME|ID`, and `delete` checks after
//! deleting whether the profile's token still works, and says so when it was the one. A browser (OIDC)
//! login has no personal access token to rotate: its access token refreshes itself.

use clap::Subcommand;
use serde_json::{Value, json};

use crate::auth::store::StoredLogin;
use crate::auth::{AccessToken, TokenProvider, TokenSource};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::status::Topic;
use crate::output::{Column, Output, col, prompt};
use crate::platform::PlatformClient;
use crate::platform::tokens::{Created, token_id, token_name};
use crate::sanitize::visible_line;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Sub,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// Your personal access tokens: id, name, created, last used (never their values)
    #[command(after_help = "Examples:\n  seqera tokens list\n  seqera tokens list -o json --jq '.[].name'")]
    #[command(visible_alias = "ls")]
    List,
    /// Create a token: its value is printed once, on stdout, and cannot be shown again (refused when
    /// run by the AI assistant's tools, AGENT=1: use --save there)
    #[command(after_help = "Examples:\n  seqera tokens create ci-nightly > token.txt\n  seqera tokens create laptop --save")]
    Create {
        /// A name for the token (1 to 50 characters, unique among your tokens)
        name: String,
        /// Store the new token as this profile's login instead of printing it (replaces the stored login)
        #[arg(long)]
        save: bool,
    },
    /// Delete a token; asks first on a terminal, and needs --yes in a pipe or script
    #[command(after_help = "Examples:\n  seqera tokens delete old-laptop\n  seqera tokens delete 1017 --yes")]
    #[command(visible_alias = "rm")]
    Delete {
        /// Token name or numeric ID (`id:N`: the ID only, when a name looks like a number)
        #[arg(value_name = "NAME|ID")]
        token: String,
        /// Delete it even when it is the token this profile uses (the profile then needs `seqera login`)
        #[arg(long)]
        force: bool,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Replace this profile's token: create a new one, prove it works, store it, then delete the old one
    ///
    /// At every step the profile keeps a working token: if a step fails, the old token stays in use and
    /// the message says what was created, deleted and stored.
    #[command(after_help = "Examples:\n  seqera tokens rotate\n  seqera tokens rotate --old ci-token --name ci-token-2026")]
    Rotate {
        /// The token this profile uses now, when seqera does not know it (a `login --with-token` login)
        #[arg(long, value_name = "NAME|ID")]
        old: Option<String>,
        /// The new token's name (default: the old name with a UTC timestamp, e.g. `ci-20261204-1830`)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
}

const COLUMNS: &[Column] = &[col("ID", "id"), col("NAME", "name"), col("CREATED", "dateCreated"), col("LAST USED", "lastUsed")];

fn record(token: Value) -> Output {
    Output::Record { fields: COLUMNS.to_vec(), item: token }
}

/// `name` (ID n) for messages; names come from the server.
fn label(token: &Value) -> String {
    format!("`{}` (ID {})", visible_line(token_name(token)), token_id(token).unwrap_or_default())
}

pub(crate) async fn run(args: Args, ctx: &mut Context) -> Result<Output> {
    match args.command {
        Sub::List => Ok(Output::rows(COLUMNS, ctx.platform().tokens_list().await?)),
        Sub::Create { name, save } => create(ctx, &name, save).await,
        Sub::Delete { token, force, yes } => delete(ctx, &token, force, yes).await,
        Sub::Rotate { old, name } => rotate(ctx, old.as_deref(), name).await,
    }
}

/// A token of the list by exact name, else by numeric ID (`id:N` for the ID only). A value that names one
/// token and numbers another, or names several, is refused: a delete must never pick the wrong one.
fn find<'a>(list: &'a [Value], wanted: &str) -> Result<&'a Value> {
    let id_only = wanted.strip_prefix("id:");
    let by_id = id_only.unwrap_or(wanted).trim().parse::<i64>().ok().and_then(|id| list.iter().find(|t| token_id(t) == Some(id)));
    let named: Vec<&Value> = if id_only.is_some() { Vec::new() } else { list.iter().filter(|t| token_name(t) == wanted).collect() };
    let ambiguous = |what: String| {
        Error::usage(format!("`{}` {what}; nothing was done.", visible_line(wanted)))
            .with_hint("Name the token by its ID alone: `id:N` (see `seqera tokens list`).")
    };
    if named.len() > 1 {
        let labels: Vec<String> = named.iter().map(|t| label(t)).collect();
        return Err(ambiguous(format!("names {} tokens: {}", named.len(), labels.join(", "))));
    }
    if let (Some(n), Some(i)) = (named.first(), by_id)
        && token_id(n) != token_id(i)
    {
        return Err(ambiguous(format!("is the name of {} and the ID of {}", label(n), label(i))));
    }
    named.first().copied().or(by_id).ok_or_else(|| {
        let names: Vec<String> = list.iter().take(10).map(label).collect();
        let yours = if names.is_empty() { "you have none".to_string() } else { format!("yours: {}", names.join(", ")) };
        Error::not_found(format!("You have no token named or numbered `{}`; {yours}.", visible_line(wanted)))
            .with_hint("See `seqera tokens list`.")
    })
}

/// A client that sends `secret` instead of the profile's token.
fn client_with(ctx: &mut Context, secret: &crate::secret::Secret<String>, what: &str) -> PlatformClient {
    let token = AccessToken { secret: secret.clone(), source: TokenSource::Stored(what.to_string()) };
    let saved = std::mem::replace(&mut ctx.tokens, TokenProvider::fixed(token));
    let client = ctx.platform();
    ctx.tokens = saved;
    client
}

async fn create(ctx: &mut Context, name: &str, save: bool) -> Result<Output> {
    if name.trim().is_empty() || name.chars().count() > 50 {
        return Err(Error::usage("A token name must be 1 to 50 characters.").with_hint("seqera tokens create ci-2026"));
    }
    if !save && crate::config::env::var("AGENT").is_some_and(|v| v == "1") {
        return Err(Error::usage(
            "Not creating a token whose value would be printed to an AI assistant (AGENT=1 is set); nothing was created.",
        )
        .with_hint(format!("Use `seqera tokens create {name} --save` to store it as this profile's login without showing it.")));
    }
    let created = ctx.platform().token_create(name).await?;
    if save {
        save_created(ctx, &created).await?;
        return Ok(record(created.token));
    }
    ctx.status().note(Topic::Login, format!("Created token {}. Copy its value now: it is not shown again.", label(&created.token)));
    let item = json!({ "accessKey": created.access_key.expose(), "token": created.token });
    let fields = vec![col("ID", "token.id"), col("NAME", "token.name"), col("TOKEN", "accessKey")];
    Ok(Output::Record { fields, item })
}

/// A browser login that `--save` replaced: its refresh token is revoked, so it does not stay usable (and
/// forgotten) until it expires.
async fn revoke_replaced(ctx: &Context, old: StoredLogin) {
    let (Some(endpoint), Some(refresh)) = (&old.revocation_endpoint, &old.refresh_token) else { return };
    let client_id = old.client_id.clone().unwrap_or_else(crate::auth::oidc::client_id);
    let domain = ctx.settings.describe(crate::config::Key::AuthDomain);
    match crate::auth::oidc::revoke(ctx.http(), endpoint, &client_id, &crate::secret::Secret::new(refresh.clone()), &domain).await {
        Ok(()) => ctx.status().say(Topic::Login, format!("Revoked the browser login it replaces at {endpoint}.")),
        Err(e) => ctx.status().warn(
            Topic::Login,
            format!("Could not revoke the browser login it replaces at {endpoint} ({}); it stays valid until it expires.", e.message),
        ),
    }
}

/// `create --save`: proves the new token, then stores it as the profile's login (with its ID and name).
async fn save_created(ctx: &mut Context, created: &Created) -> Result<()> {
    let profile = ctx.settings.profile.clone();
    let (id, name) = (token_id(&created.token), token_name(&created.token).to_string());
    let kept = |e: Error| {
        Error::other(format!(
            "Token {} was created but not stored ({}); the stored login of profile `{profile}` is unchanged.",
            label(&created.token),
            e.message.trim_end_matches('.')
        ))
        .with_hint(format!("Delete it with `seqera tokens delete id:{} --yes`, or try again.", id.unwrap_or_default()))
    };
    let fresh = client_with(ctx, &created.access_key, "the new token");
    let user = fresh.user_info().await.map_err(kept)?;
    let old = ctx.token_store.load(&profile).ok().flatten();
    let replaced = old.as_ref().map(|l| l.kind.clone());
    let login = StoredLogin {
        kind: "token".into(),
        access_token: created.access_key.expose().clone(),
        refresh_token: None,
        expires_at: None,
        api_url: ctx.settings.api_url().to_string(),
        auth_domain: None,
        user_name: user.user.user_name,
        token_endpoint: None,
        revocation_endpoint: None,
        client_id: None,
        token_id: id,
        token_name: Some(name),
        backend: Default::default(),
    };
    let login = super::auth::save_login(ctx, &profile, login, true).await.map_err(kept)?;
    let was = if replaced.as_deref() == Some("oidc") { " (it replaces the browser login)" } else { "" };
    ctx.status().done(
        Topic::Login,
        format!(
            "Created token {} and stored it as the login of profile `{profile}` in {}{was}.",
            label(&created.token),
            ctx.token_store.location(&profile, login.backend)
        ),
    );
    if let Some(old) = old {
        revoke_replaced(ctx, old).await;
    }
    if let Some((var, _)) = crate::config::env::first_of(crate::auth::TOKEN_ENV_VARS) {
        ctx.status().note(Topic::Login, format!("{var} is set and takes precedence over the stored login while it is."));
    }
    Ok(())
}

/// The ID of the token the profile's stored login uses, when it recorded one: whatever token this one
/// command runs with (an env token does not make the stored login's token free to delete).
fn recorded_id(ctx: &Context) -> Option<i64> {
    if matches!(ctx.tokens.source(), Some(TokenSource::Sandbox)) {
        return None;
    }
    ctx.token_store.load(&ctx.settings.profile).ok().flatten()?.token_id
}

async fn delete(ctx: &mut Context, wanted: &str, force: bool, yes: bool) -> Result<Output> {
    let platform = ctx.platform();
    let list = platform.tokens_list().await?;
    let token = find(&list, wanted)?.clone();
    let id = token_id(&token).ok_or_else(|| Error::other("The token list has a token without an ID."))?;
    let profile = ctx.settings.profile.clone();
    let recorded = recorded_id(ctx);
    let in_use = recorded == Some(id);
    if in_use && !force {
        return Err(Error::new(
            ErrorKind::Conflict,
            format!("{} is the token profile `{profile}` uses; nothing was deleted.", label(&token)),
        )
        .with_hint(format!(
            "Rotate it instead (`seqera tokens rotate`), or delete it anyway with `seqera tokens delete id:{id} --force` (the profile then needs `seqera login`)."
        )));
    }
    if !yes {
        if !prompt::can_prompt() {
            return Err(Error::usage(format!(
                "Not deleting token {} without confirmation: there is no terminal to ask on.",
                label(&token)
            ))
            .with_hint("Add --yes to delete without asking."));
        }
        let extra = if in_use { " It is the one this profile uses." } else { "" };
        if !prompt::confirm(&format!("Delete token {}?{extra}", label(&token)))? {
            ctx.status().say(Topic::Login, "Nothing deleted.");
            return Ok(Output::Nothing);
        }
    }
    platform.token_delete(id).await?;
    ctx.status().done(Topic::Login, format!("Deleted token {}.", label(&token)));
    if in_use {
        ctx.status()
            .warn(Topic::Login, format!("Profile `{profile}` used that token: its stored login no longer works. Run `seqera login`."));
    } else if (recorded.is_none() || !matches!(ctx.tokens.source(), Some(TokenSource::Stored(_))))
        && !matches!(ctx.tokens.source(), Some(TokenSource::Sandbox) | None)
    {
        // Which token the profile uses is not known: find out whether it was this one.
        if let Err(e) = platform.user_info().await
            && e.kind == ErrorKind::Auth
        {
            let source = ctx.tokens.source().map(|s| s.to_string()).unwrap_or_default();
            ctx.status().warn(
                Topic::Login,
                format!("That was the token this profile used (from {source}): it no longer works. {}", e.hint.unwrap_or_default()),
            );
        }
    }
    Ok(record(token))
}

/// The stored token login a rotation replaces, or why there is none to rotate.
fn rotatable_login(ctx: &Context, profile: &str) -> Result<StoredLogin> {
    let not_here = |why: String| Error::usage(why);
    match ctx.tokens.source() {
        Some(TokenSource::Env(var)) => {
            return Err(not_here(format!("The token comes from {var}, which seqera cannot change; nothing was rotated.")).with_hint(
                format!(
                    "Create a new token (`seqera tokens create NAME`), put it where {var} is set, then `seqera tokens delete` the old one."
                ),
            ));
        }
        Some(TokenSource::Sandbox) => {
            return Err(not_here("Under --sandbox every command uses the sandbox's demo token, which is not rotated.".into()).with_hint(
                "Log a profile in with a sandbox token instead: `seqera --sandbox tokens create NAME` and `seqera login --with-token` against `seqera sandbox serve`.",
            ));
        }
        _ => {}
    }
    let login = ctx.token_store.load(profile)?.ok_or_else(|| {
        Error::auth(format!("Profile `{profile}` has no stored login, so there is no token to rotate."))
            .with_hint("Log in with a personal access token: `seqera login --with-token`, or `seqera tokens create NAME --save`.")
    })?;
    if login.kind == "oidc" {
        return Err(not_here(format!(
            "Profile `{profile}` is logged in through the browser (OIDC): it has no personal access token to rotate; its access token refreshes itself."
        ))
        .with_hint("To use a personal access token instead: `seqera tokens create NAME --save`."));
    }
    Ok(login)
}

/// The token a rotation retires: `--old`, else the one the login recorded.
fn old_token(list: &[Value], old: Option<&str>, login: &StoredLogin, profile: &str) -> Result<Value> {
    if let Some(wanted) = old {
        let named = find(list, wanted)?;
        // The login knows its token: `--old` naming another would retire a token someone else uses and
        // leave this profile's old token alive and forgotten.
        if let Some(id) = login.token_id
            && token_id(named) != Some(id)
        {
            return Err(Error::usage(format!(
                "Profile `{profile}` uses token ID {id}, but --old names {}; nothing was rotated.",
                label(named)
            ))
            .with_hint("Leave out --old: seqera knows which token this profile uses."));
        }
        return Ok(named.clone());
    }
    let Some(id) = login.token_id else {
        return Err(Error::usage(format!(
            "seqera does not know which of your tokens profile `{profile}` uses (it was logged in with --with-token, and a token's value does not tell its ID)."
        ))
        .with_hint("Name it: `seqera tokens rotate --old NAME|ID` (see `seqera tokens list`; its lastUsed is recent)."));
    };
    list.iter().find(|t| token_id(t) == Some(id)).cloned().ok_or_else(|| {
        Error::not_found(format!(
            "The token profile `{profile}` recorded (ID {id}) is not among your tokens any more; nothing was rotated."
        ))
        .with_hint(
            "If the profile still works, name its token with `--old NAME|ID`; else log in again (`seqera tokens create NAME --save`).",
        )
    })
}

/// The default name of a rotated token: the old one's base, a `-`, and the UTC time to the second.
fn rotated_name(old: &str) -> String {
    let stamp: String =
        crate::timefmt::iso_utc(crate::platform::cache::now_secs() as i64, None).chars().filter(char::is_ascii_digit).collect();
    let stamp = format!("{}-{}", &stamp[..8], &stamp[8..14.min(stamp.len())]);
    let base = match old.rsplit_once('-').and_then(|(b, t)| b.rsplit_once('-').filter(|_| t.len() == 6)) {
        Some((b, d)) if d.len() == 8 && d.chars().all(|c| c.is_ascii_digit()) => b,
        _ => old,
    };
    let base: String = base.chars().take(50 - stamp.len() - 1).collect();
    format!("{base}-{stamp}")
}

/// Why rotation's create step failed. A refusal (4xx) created nothing; for anything else (a 5xx, a
/// lost connection, an answer without the token) the server may have created it. `--dry-run` passes
/// through as it is, so a script sees `dry_run`.
fn create_failed(e: Error, still: &str) -> Error {
    let why = e.message.trim_end_matches('.');
    match e.kind {
        ErrorKind::DryRun => e,
        ErrorKind::Usage | ErrorKind::Auth | ErrorKind::Forbidden | ErrorKind::NotFound | ErrorKind::Conflict => {
            Error::other(format!("No new token was created ({why}); {still}."))
                .with_hint(e.hint.unwrap_or_else(|| "Nothing changed; try again, or choose another name with --name.".into()))
        }
        _ => Error::other(format!("A new token may have been created ({why}); {still}."))
            .with_hint("Check `seqera tokens list`, and delete a new token there that you do not use; then try again."),
    }
}

async fn rotate(ctx: &mut Context, old: Option<&str>, name: Option<String>) -> Result<Output> {
    let profile = ctx.settings.profile.clone();
    let login = rotatable_login(ctx, &profile)?;
    let platform = ctx.platform();
    let list = platform.tokens_list().await?;
    let old = old_token(&list, old, &login, &profile)?;
    let old_id = token_id(&old).ok_or_else(|| Error::other("The token list has a token without an ID."))?;
    let new_name = name.unwrap_or_else(|| rotated_name(token_name(&old)));
    let still = format!("you are still using {}", label(&old));
    // 1. Create.
    let created = platform.token_create(&new_name).await.map_err(|e| create_failed(e, &still))?;
    let new_id = token_id(&created.token).expect("token_create checks the ID");
    let new = label(&created.token);
    // 2. Prove, with one request.
    let fresh = client_with(ctx, &created.access_key, "the new token");
    if let Err(e) = fresh.user_info().await {
        return Err(undo(&platform, new_id, &new, "did not work", e, &still).await);
    }
    // 3. Store, where the login lives now, with the new token's ID and name.
    if let Err(e) = store_rotated(ctx, &profile, login, &created).await {
        let still = if e.kind == ErrorKind::Conflict { "the profile keeps the login stored meanwhile".to_string() } else { still };
        return Err(undo(&platform, new_id, &new, &format!("could not be stored for profile `{profile}`"), e, &still).await);
    }
    // 4. Retire the old token, with the new one.
    if let Err(e) = fresh.token_delete(old_id).await {
        return Err(Error::other(format!(
            "The new token {new} works and profile `{profile}` now uses it, but the old token {} could not be deleted ({}).",
            label(&old),
            e.message.trim_end_matches('.')
        ))
        .with_hint(format!("Delete it with `seqera tokens delete id:{old_id} --yes` once the cause is fixed.")));
    }
    ctx.status()
        .done(Topic::Login, format!("Rotated: profile `{profile}` now uses token {new}; the old token {} is deleted.", label(&old)));
    Ok(record(created.token))
}

/// After the new token failed a step: delete it again (with the old token) and say where things are.
async fn undo(old_client: &PlatformClient, new_id: i64, new: &str, what: &str, cause: Error, still: &str) -> Error {
    let then = match old_client.token_delete(new_id).await {
        Ok(()) => "it was deleted again".to_string(),
        Err(e) => format!(
            "it could not be deleted again ({}): delete it with `seqera tokens delete id:{new_id} --yes`",
            e.message.trim_end_matches('.')
        ),
    };
    let why = match cause.kind {
        ErrorKind::Auth => "the Platform refused it: 401 Unauthorized".to_string(),
        _ => cause.message.trim_end_matches('.').to_string(),
    };
    Error::other(format!("The new token {new} was created but {what} ({why}); {then}; {still}."))
        .with_hint("Nothing else changed; try again when the cause is fixed.")
}

async fn store_rotated(ctx: &Context, profile: &str, login: StoredLogin, created: &Created) -> Result<()> {
    let lock = crate::auth::lock_profile(&ctx.token_store, profile).await?;
    // Another rotation or login may have replaced the login since this one read it: storing now would
    // leave that one's token live and forgotten, so this rotation stops (and undoes its new token).
    let now = ctx.token_store.load(profile).ok().flatten();
    if now.as_ref().map(|l| &l.access_token) != Some(&login.access_token) {
        drop(lock);
        return Err(Error::new(
            ErrorKind::Conflict,
            format!("the login of profile `{profile}` changed while rotating (another rotation or login)"),
        ));
    }
    let next = StoredLogin {
        access_token: created.access_key.expose().clone(),
        token_id: token_id(&created.token),
        token_name: Some(token_name(&created.token).to_string()),
        ..login
    };
    let saved = ctx.token_store.save(profile, &next);
    drop(lock);
    saved
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    /// A list is safe; create and rotate make a login (protected); a delete is dangerous.
    fn risk(&self) -> crate::ai::judge::Class {
        use crate::ai::judge::Class;
        match self.command {
            Sub::List => Class::Safe,
            Sub::Create { .. } | Sub::Rotate { .. } => Class::Protected,
            Sub::Delete { .. } => Class::Dangerous,
        }
    }
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
