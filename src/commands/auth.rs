//! `seqera login` and `seqera logout`.
//!
//! `login --with-token` reads a personal access token from stdin (a no-echo prompt on a terminal), checks
//! it with `GET /user-info`, and only then stores it. After a login the organization selection is kept when
//! still valid, chosen when there is one org, asked for on a terminal, or left for `seqera org switch`.
//! `logout` deletes the stored login and keeps the selection. Browser and device login are not built yet.

use std::io::{IsTerminal, Read};

use crate::auth::store::StoredLogin;
use crate::auth::{AccessToken, TokenProvider, TokenSource};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Output, prompt};
use crate::platform::workspaces::{orgs, resolve_org};
use crate::secret::Secret;

#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Read a personal access token from stdin (create one under "Your tokens" in Seqera Platform)
    #[arg(long)]
    pub with_token: bool,
}

#[derive(Debug, clap::Args)]
pub struct LogoutArgs {
    /// Log out of every profile
    #[arg(long)]
    pub all: bool,
}

fn read_token() -> Result<Secret<String>> {
    let token = if std::io::stdin().is_terminal() {
        rpassword::prompt_password("Paste your personal access token (input is hidden): ")
            .map_err(|e| Error::other(format!("Cannot read the token: {e}.")))?
    } else {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| Error::other(format!("Cannot read the token from stdin: {e}.")))?;
        s
    };
    let token = token.trim().to_string();
    if token.is_empty() {
        return Err(Error::usage("No token was given on stdin.").with_hint("Pipe it in: `seqera login --with-token < token.txt`."));
    }
    if token.chars().any(char::is_whitespace) {
        return Err(Error::usage("The token has spaces or line breaks in it; paste the token alone."));
    }
    Ok(Secret::new(token))
}

pub async fn login(args: LoginArgs, ctx: &mut Context) -> Result<Output> {
    if !args.with_token {
        return Err(Error::usage("Browser and device login are not built yet.")
            .with_hint("Use `seqera login --with-token` with a personal access token, or set SEQERA_ACCESS_TOKEN."));
    }
    ctx.say("[Login] Starting Seqera CLI authentication...");
    let secret = read_token()?;
    let profile = ctx.settings.profile.clone();
    let path = ctx.token_store.path(&profile);
    ctx.tokens = TokenProvider::fixed(AccessToken { secret: secret.clone(), source: TokenSource::Stored(path.clone()) });
    let user = ctx.platform().user_info().await.map_err(|e| match e.kind {
        ErrorKind::Auth => Error::auth(format!("{} rejected the token; nothing was stored.", ctx.settings.api_url()))
            .with_hint(format!("Check the token, and that it belongs to {}.", ctx.settings.describe("api_url"))),
        _ => Error { message: format!("{} Nothing was stored.", e.message), ..e },
    })?;
    let login = StoredLogin {
        kind: "token".into(),
        access_token: secret.expose().clone(),
        refresh_token: None,
        expires_at: None,
        api_url: ctx.settings.api_url().to_string(),
        user_name: user.user.user_name.clone(),
    };
    ctx.token_store.save(&profile, &login)?;
    ctx.drop_memberships();
    ctx.say(&format!(
        "[Login] {} Authentication successful! Logged in as {} <{}>.",
        ctx.stderr.ok("✓"),
        user.user.user_name,
        user.user.email
    ));
    ctx.say(&format!("[Login] Token stored in {} (profile `{profile}`).", path.display()));
    if let Some((var, _)) = crate::config::env::first_of(crate::auth::TOKEN_ENV_VARS) {
        ctx.say(&format!("{} {var} is set and takes precedence over the stored login while it is.", ctx.stderr.warn("Note:")));
    }
    choose_org_after_login(ctx).await?;
    Ok(Output::Nothing)
}

/// Keeps a still-valid selection; otherwise picks the only org, asks on a terminal, or says what to do.
async fn choose_org_after_login(ctx: &mut Context) -> Result<()> {
    let m = ctx.memberships().await?;
    let all = orgs(&m.rows);
    let profile = ctx.settings.profile.clone();
    if let Some(current) = ctx.file.get(&profile, "organization") {
        match resolve_org(&current, &m.rows) {
            Ok(org) => {
                ctx.say(&format!("[Login] {} Organization: {} (kept from before).", ctx.stderr.ok("✓"), org.name));
                return Ok(());
            }
            Err(_) => {
                ctx.file.unset(&profile, "organization");
                ctx.file.unset(&profile, "workspace");
                ctx.file.save()?;
                ctx.say("[Login] The organization selected before is not one of yours with this login; the selection was cleared.");
            }
        }
    }
    let org = match all.len() {
        0 => {
            ctx.say(&format!("{} No organizations found. You may need to be invited to one.", ctx.stderr.warn("⚠")));
            return Ok(());
        }
        1 => all[0].clone(),
        n if !prompt::can_prompt() => {
            ctx.say(&format!("[Login] You are a member of {n} organizations. Choose one with `seqera org switch NAME`."));
            return Ok(());
        }
        _ => {
            let labels: Vec<String> = all.iter().map(|o| o.name.clone()).collect();
            match prompt::pick("[Login] You are a member of multiple organizations:", &labels)? {
                Some(i) => all[i].clone(),
                None => {
                    ctx.say("[Login] No organization selected; choose one later with `seqera org switch`.");
                    return Ok(());
                }
            }
        }
    };
    super::org::select(ctx, &org).await?;
    ctx.say(&format!("[Login] {} Organization set: {}", ctx.stderr.ok("✓"), org.name));
    Ok(())
}

pub async fn logout(args: LogoutArgs, ctx: &mut Context) -> Result<Output> {
    let profiles = if args.all { ctx.token_store.profiles() } else { vec![ctx.settings.profile.clone()] };
    let mut removed = Vec::new();
    for p in &profiles {
        if ctx.token_store.delete(p)? {
            removed.push(p.clone());
        }
    }
    ctx.drop_memberships();
    if removed.is_empty() {
        ctx.say("[Logout] Not logged in; nothing to do.");
    } else {
        ctx.say(&format!(
            "[Logout] {} Logged out of profile(s): {}. Your organization and workspace selection is kept.",
            ctx.stderr.ok("✓"),
            removed.join(", ")
        ));
        ctx.say("[Logout] To authenticate again, run: seqera login --with-token");
    }
    if let Some((var, _)) = crate::config::env::first_of(crate::auth::TOKEN_ENV_VARS) {
        ctx.say(&format!("{} {var} is still set and still provides a token.", ctx.stderr.warn("Note:")));
    }
    Ok(Output::Nothing)
}
