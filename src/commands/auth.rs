//! `seqera login` and `seqera logout`.
//!
//! `login` opens the browser on the Platform's OIDC login (PKCE, loopback callback); `--device` shows a
//! code to enter elsewhere; `--with-token` reads a personal access token from stdin (a no-echo prompt on a terminal), checks
//! it with `GET /user-info`, and only then stores it. After a login the organization selection is kept when
//! still valid, chosen when there is one org, asked for on a terminal, or left for `seqera org switch`.
//! `logout` revokes the refresh token when the server offers revocation, deletes the stored login and keeps
//! the selection.

use std::io::IsTerminal;

use crate::auth::store::StoredLogin;
use crate::auth::{AccessToken, TokenProvider, TokenSource};
use crate::auth::{callback, oidc};
use crate::config::Key;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::status::Topic;
use crate::output::{Output, prompt};
use crate::platform::workspaces::{orgs, resolve_org};
use crate::secret::Secret;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  seqera login                       # in the browser\n  seqera login --device              # over SSH: a code to enter elsewhere\n  seqera login --with-token < token.txt"
)]
pub(crate) struct LoginArgs {
    /// Read a personal access token from stdin (create one under "Your tokens" in Seqera Platform)
    #[arg(long, conflicts_with_all = ["device", "no_browser"])]
    pub(crate) with_token: bool,
    /// Log in from another device: show a code to enter at a URL (SSH sessions, headless machines)
    #[arg(long, conflicts_with = "no_browser")]
    pub(crate) device: bool,
    /// Print the login URL instead of opening a browser
    #[arg(long)]
    pub(crate) no_browser: bool,
    /// Store the login in a file (0600) instead of the OS keyring (also: SEQERA_NO_KEYCHAIN=true;
    /// `--headless` is the official CLI's name for it)
    #[arg(long, visible_alias = "headless")]
    pub(crate) insecure_storage: bool,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  seqera logout\n  seqera logout --all\n  seqera -p staging logout")]
pub(crate) struct LogoutArgs {
    /// Log out of every profile
    #[arg(long)]
    pub(crate) all: bool,
}

fn read_token() -> Result<Secret<String>> {
    let token = if std::io::stdin().is_terminal() {
        crate::output::prompt::secret("Paste your personal access token")?
    } else {
        // Capped, UTF-8 and not blank, like every secret read from stdin.
        super::keyargs::read_secret(std::io::stdin().lock(), "stdin for --with-token")
            .map_err(|e| e.with_hint("Pipe the token alone: `seqera login --with-token < token.txt`."))?
    };
    let token = token.trim().to_string();
    if token.is_empty() {
        return Err(Error::usage("No token was given on stdin.").with_hint("Pipe it in: `seqera login --with-token < token.txt`."));
    }
    if token.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::usage("The token has spaces, line breaks or control characters in it.")
            .with_hint("Paste the token alone: `seqera login --with-token < token.txt`."));
    }
    Ok(Secret::new(token))
}

pub(crate) async fn login(args: LoginArgs, ctx: &mut Context) -> Result<Output> {
    ctx.status().say(Topic::Login, "Starting Seqera CLI authentication...");
    if !args.with_token
        && let Some((var, _)) = crate::config::env::first_of(crate::auth::TOKEN_ENV_VARS)
    {
        ctx.status()
            .say(Topic::Login, format!("Using access token from {var} environment variable (it takes precedence, so no OAuth login)."));
        choose_org_after_login(ctx).await?;
        return Ok(Output::Nothing);
    }
    if !args.with_token {
        let setting = ctx.settings.describe(Key::AuthDomain);
        let allow_http = ctx.settings.get(Key::AllowHttp).value.as_deref().is_some_and(crate::config::keys::truthy);
        let discovery = oidc::discover(ctx.http(), ctx.settings.auth_domain(), &setting, allow_http).await?;
        let tokens = if args.device {
            device(ctx, &discovery, &setting).await?
        } else {
            browser(ctx, &discovery, &setting, args.no_browser).await?
        };
        return store_oidc_login(ctx, &discovery, tokens, !args.insecure_storage).await;
    }
    let secret = read_token()?;
    let profile = ctx.settings.profile.clone();
    ctx.tokens = TokenProvider::fixed(AccessToken { secret: secret.clone(), source: TokenSource::Stored("the token given".into()) });
    let user = ctx.platform().user_info().await.map_err(|e| match e.kind {
        ErrorKind::Auth => Error::auth(format!("{} rejected the token; nothing was stored.", ctx.settings.api_url()))
            .with_hint(format!("Check the token, and that it belongs to {}.", ctx.settings.describe(Key::ApiUrl))),
        _ => Error { message: format!("{} Nothing was stored.", e.message), ..e },
    })?;
    let login = StoredLogin {
        kind: "token".into(),
        access_token: secret.expose().clone(),
        refresh_token: None,
        expires_at: None,
        api_url: ctx.settings.api_url().to_string(),
        auth_domain: None,
        user_name: user.user.user_name.clone(),
        token_endpoint: None,
        revocation_endpoint: None,
        client_id: None,
        token_id: None,
        token_name: None,
        backend: Default::default(),
    };
    finish_login(ctx, &profile, login, &user.user.email, !args.insecure_storage).await
}

/// A remote session cannot receive the loopback callback from a local browser.
fn remote_session() -> bool {
    ["SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY", "CURSOR_REMOTE", "REMOTE_CONTAINERS"].iter().any(|v| crate::config::env::var(v).is_some())
}

/// Runs `$BROWSER URL` (first entry of a `:` list), else `xdg-open URL`, without waiting for it.
fn open_browser(url: &str) -> std::result::Result<(), String> {
    let command =
        crate::config::env::var("BROWSER").and_then(|b| b.split(':').next().map(str::to_string)).unwrap_or_else(|| "xdg-open".into());
    let words = shell_words::split(&command).map_err(|e| format!("cannot parse BROWSER: {e}"))?;
    let (program, args) = words.split_first().ok_or("BROWSER is empty")?;
    let mut child = std::process::Command::new(program)
        .args(args)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

async fn browser(ctx: &Context, d: &oidc::Discovery, setting: &str, no_browser: bool) -> Result<oidc::Tokens> {
    let wait = callback::timeout()?;
    let listener = callback::bind().await?;
    let port = listener.local_addr().map_err(|e| Error::other(format!("Cannot read the callback port: {e}.")))?.port();
    let flow = oidc::BrowserLogin::new(d, port)?;
    let auto_open = !no_browser && crate::config::env::var("SEQERA_BROWSER_AUTO_OPEN").is_none_or(|v| v != "false");
    if auto_open {
        match open_browser(&flow.authorize_url) {
            Ok(()) => ctx.status().say(Topic::Login, "Opening browser for login. If your browser doesn't open, visit:"),
            Err(why) => {
                ctx.status().say(Topic::Login, format!("Could not open a browser automatically ({why}). Open this URL in any browser:"))
            }
        }
    } else {
        ctx.status().say(Topic::Login, "Browser auto-open disabled. Open this URL in any browser to continue:");
    }
    ctx.status().detail(&flow.authorize_url);
    ctx.status().say(
        Topic::Login,
        format!("Waiting for the OAuth callback on {} (timeout in {}s; cancel with Ctrl-C)", flow.redirect_uri, wait.as_secs()),
    );
    let remote_hint = remote_session().then(|| {
        format!(
            "This is a remote session: a browser elsewhere cannot reach 127.0.0.1:{port} here. Forward the port \
             (`ssh -L {port}:127.0.0.1:{port} HOST`) and open the URL on your machine, run `seqera login --device`, \
             or use a personal access token (`seqera login --with-token`)."
        )
    });
    if let Some(h) = &remote_hint {
        ctx.status().note(Topic::Login, h);
    }
    let code = callback::wait_for_code(listener, flow.state(), wait, remote_hint).await?;
    flow.exchange(ctx.http(), code, setting).await
}

async fn device(ctx: &Context, d: &oidc::Discovery, setting: &str) -> Result<oidc::Tokens> {
    oidc::device_login(ctx.http(), d, setting, |details| {
        let status = ctx.status();
        status.say(
            Topic::Login,
            format!("To log in, open {} and enter the code: {}", details.verification_uri().as_str(), details.user_code().secret()),
        );
        if let Some(complete) = details.verification_uri_complete() {
            status.say(Topic::Login, format!("Or open {}", complete.secret()));
        }
        status.say(Topic::Login, format!("Waiting for approval (the code expires in {}s)...", details.expires_in().as_secs()));
    })
    .await
}

/// Saves a new login (keyring first unless told otherwise) and announces a file fallback, once, here.
pub(crate) async fn save_login(ctx: &Context, profile: &str, login: StoredLogin, allow_keyring: bool) -> Result<StoredLogin> {
    // Under the profile's lock, so a refresh or logout running now is ordered before or after this login.
    let lock = crate::auth::lock_profile(&ctx.token_store, profile).await?;
    let (login, fallback) = ctx.token_store.save_new(profile, login, allow_keyring)?;
    drop(lock);
    if let Some(why) = fallback {
        ctx.status().warn(
            Topic::Login,
            format!(
                "The OS keyring is not usable ({why}); the login is stored in {} (mode 0600) instead. Set SEQERA_NO_KEYCHAIN=true to skip the keyring.",
                ctx.token_store.location(profile, login.backend)
            ),
        );
    }
    ctx.drop_memberships();
    Ok(login)
}

async fn store_oidc_login(ctx: &mut Context, d: &oidc::Discovery, tokens: oidc::Tokens, allow_keyring: bool) -> Result<Output> {
    let profile = ctx.settings.profile.clone();
    ctx.tokens = TokenProvider::fixed(AccessToken { secret: tokens.access.clone(), source: TokenSource::Stored("the new login".into()) });
    let user = ctx.platform().user_info().await.map_err(|e| Error { message: format!("{} Nothing was stored.", e.message), ..e })?;
    let login = StoredLogin {
        kind: "oidc".into(),
        access_token: tokens.access.expose().clone(),
        refresh_token: tokens.refresh.map(|r| r.expose().clone()),
        expires_at: tokens.expires_in.map(|d| crate::platform::cache::now_secs().saturating_add(d.as_secs())),
        api_url: ctx.settings.api_url().to_string(),
        auth_domain: Some(ctx.settings.auth_domain().to_string()),
        user_name: user.user.user_name.clone(),
        token_endpoint: Some(d.token_endpoint.clone()),
        revocation_endpoint: d.revocation_endpoint.clone(),
        client_id: Some(oidc::client_id()),
        token_id: None,
        token_name: None,
        backend: Default::default(),
    };
    finish_login(ctx, &profile, login, &user.user.email, allow_keyring).await
}

/// The end of every login, whichever way it came: store it, say so once, then settle the organization.
async fn finish_login(ctx: &mut Context, profile: &str, login: StoredLogin, email: &str, allow_keyring: bool) -> Result<Output> {
    let user_name = login.user_name.clone();
    let login = save_login(ctx, profile, login, allow_keyring).await?;
    ctx.status().done(Topic::Login, format!("Authentication successful! Logged in as {user_name} <{email}>."));
    ctx.status().say(Topic::Login, format!("Login stored in {} (profile `{profile}`).", ctx.token_store.location(profile, login.backend)));
    if let Some((var, _)) = crate::config::env::first_of(crate::auth::TOKEN_ENV_VARS) {
        ctx.status().note(Topic::Login, format!("{var} is set and takes precedence over the stored login while it is."));
    }
    choose_org_after_login(ctx).await?;
    Ok(Output::Nothing)
}

/// Keeps a still-valid selection; otherwise picks the only org, asks on a terminal, or says what to do.
async fn choose_org_after_login(ctx: &mut Context) -> Result<()> {
    let m = ctx.memberships().await?;
    let all = orgs(&m.rows);
    let profile = ctx.settings.profile.clone();
    if let Some(current) = ctx.file.get(&profile, Key::Organization) {
        match resolve_org(&current, &m.rows) {
            Ok(org) => {
                ctx.status().done(Topic::Login, format!("Organization: {} (kept from before).", org.name));
                return Ok(());
            }
            Err(_) => {
                ctx.file.unset(&profile, Key::Organization);
                ctx.file.unset(&profile, Key::Workspace);
                ctx.file.save()?;
                ctx.status()
                    .say(Topic::Login, "The organization selected before is not one of yours with this login; the selection was cleared.");
            }
        }
    }
    let org = match all.len() {
        0 => {
            ctx.status().warn(Topic::Login, "No organizations found. You may need to be invited to one.");
            return Ok(());
        }
        1 => all[0].clone(),
        n if !prompt::can_prompt() => {
            ctx.status().say(Topic::Login, format!("You are a member of {n} organizations. Choose one with `seqera org switch NAME`."));
            return Ok(());
        }
        _ => {
            let labels: Vec<String> = all.iter().map(|o| o.name.clone()).collect();
            match prompt::pick(&Topic::Login.title("You are a member of multiple organizations:"), &labels)? {
                Some(i) => all[i].clone(),
                None => {
                    ctx.status().say(Topic::Login, "No organization selected; choose one later with `seqera org switch`.");
                    return Ok(());
                }
            }
        }
    };
    super::org::select(ctx, &org).await?;
    ctx.status().done(Topic::Login, format!("Organization set: {}", org.name));
    Ok(())
}

pub(crate) async fn logout(args: LogoutArgs, ctx: &mut Context) -> Result<Output> {
    let profiles = if args.all { ctx.token_store.profiles() } else { vec![ctx.settings.profile.clone()] };
    let mut removed = Vec::new();
    for p in &profiles {
        // The refresh lock: a refresh running now finishes first and its write-back is deleted here; one
        // that starts later finds no login. Either way the login does not come back.
        let lock = crate::auth::lock_profile(&ctx.token_store, p).await?;
        if let Ok(Some(login)) = ctx.token_store.load(p)
            && let (Some(endpoint), Some(refresh)) = (&login.revocation_endpoint, &login.refresh_token)
        {
            let client_id = login.client_id.clone().unwrap_or_else(oidc::client_id);
            match oidc::revoke(ctx.http(), endpoint, &client_id, &Secret::new(refresh.clone()), &ctx.settings.describe(Key::AuthDomain))
                .await
            {
                Ok(()) => ctx.status().say(Topic::Logout, format!("Revoked the login of profile `{p}` at {endpoint}.")),
                Err(e) => ctx.status().warn(
                    Topic::Logout,
                    format!("Could not revoke the login at {endpoint} ({}); it is deleted here all the same.", e.message),
                ),
            }
        }
        if ctx.token_store.delete(p)? {
            removed.push(p.clone());
        }
        drop(lock);
    }
    ctx.drop_memberships();
    if removed.is_empty() {
        ctx.status().say(Topic::Logout, "Not logged in; nothing to do.");
    } else {
        ctx.status().done(
            Topic::Logout,
            format!("Logged out of profile(s): {}. Your organization and workspace selection is kept.", removed.join(", ")),
        );
        ctx.status().say(Topic::Logout, "To authenticate again, run: seqera login");
    }
    if let Some((var, _)) = crate::config::env::first_of(crate::auth::TOKEN_ENV_VARS) {
        ctx.status().note(Topic::Logout, format!("{var} is still set and still provides a token."));
    }
    Ok(Output::Nothing)
}

impl super::Group for LoginArgs {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        login(self, ctx).await
    }
    /// A login replaces the profile's stored one: protected.
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Protected
    }
}

impl super::Group for LogoutArgs {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        logout(self, ctx).await
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Dangerous
    }
}
