//! Where the access token comes from, and the one provider every request from every front end asks.
//!
//! Order: the sandbox token under `--sandbox`; else `SEQERA_ACCESS_TOKEN` > `SEQERA_TOKEN` >
//! `TOWER_ACCESS_TOKEN` (no OIDC traffic, the store is not touched); else the profile's stored login.
//!
//! An OIDC login is refreshed when less than 5 minutes remain, and once more on a 401. Refreshes are
//! single-flight: within a process a mutex makes concurrent callers wait for one refresh; across
//! processes a file lock wraps re-read, refresh-if-still-stale and write-back, so parallel runs never
//! spend the same rotating refresh token twice. The rotated refresh token is saved before the new
//! access token is used. Only `invalid_grant` deletes the stored login.
//! Not built yet: the OS keyring backend (the file store is used).

pub mod callback;
pub(crate) mod keyring_store;
pub(crate) mod oidc;
pub mod store;

use std::fmt;
use std::sync::Arc;

use crate::config::env;
use crate::error::{Error, ErrorKind, Result};
use crate::http::Http;
use crate::secret::Secret;
use store::{StoredLogin, TokenStore};

pub(crate) const TOKEN_ENV_VARS: &[&str] = &["SEQERA_ACCESS_TOKEN", "SEQERA_TOKEN", "TOWER_ACCESS_TOKEN"];
/// Refresh when fewer seconds than this remain.
pub(crate) const REFRESH_BEFORE_SECS: u64 = 300;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TokenSource {
    Env(&'static str),
    Sandbox,
    /// A login stored by `seqera login`, at this location (a file path, or the OS keyring entry).
    Stored(String),
}

impl fmt::Display for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::Env(var) => write!(f, "env {var}"),
            TokenSource::Sandbox => f.write_str("sandbox"),
            TokenSource::Stored(location) => write!(f, "login stored in {location}"),
        }
    }
}

impl TokenSource {
    /// What to do when the server rejects this token.
    pub(crate) fn fix_hint(&self) -> String {
        match self {
            TokenSource::Env(var) => {
                format!("Update or unset {var} (create a token under Your tokens in Seqera Platform), or run `seqera login`.")
            }
            TokenSource::Sandbox => "The sandbox rejected its own token; restart the sandbox.".to_string(),
            TokenSource::Stored(_) => "Run `seqera login` again.".to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AccessToken {
    pub secret: Secret<String>,
    pub(crate) source: TokenSource,
}

/// Whether two URLs name the same place (scheme, host and port case- and default-insensitively; a trailing
/// slash does not count).
fn same_url(a: &str, b: &str) -> bool {
    let norm = |u: &str| {
        let u = u.trim().trim_end_matches('/');
        reqwest::Url::parse(u).map(|p| p.as_str().trim_end_matches('/').to_string()).unwrap_or_else(|_| u.to_string())
    };
    norm(a) == norm(b)
}

fn now() -> u64 {
    crate::timefmt::now_secs()
}

fn is_fresh(login: &StoredLogin) -> bool {
    login.expires_at.is_none_or(|e| e > now() + REFRESH_BEFORE_SECS)
}

struct Stored {
    store: TokenStore,
    profile: String,
    /// Where the login lives, for messages.
    location: String,
    http: Http,
    setting: String,
    login: tokio::sync::Mutex<StoredLogin>,
}

/// Hands out the access token for every request, from every front end.
#[derive(Clone)]
pub struct TokenProvider {
    fixed: Option<AccessToken>,
    stored: Option<Arc<Stored>>,
    /// Why the stored login must not be used here (it is for another Platform): every use fails with it.
    refused: Option<Error>,
}

impl fmt::Debug for TokenProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenProvider").field("source", &self.source()).finish()
    }
}

impl TokenProvider {
    /// The first source that has a token: sandbox, env vars, then the stored login (read only when
    /// neither of the others is set). `setting` names the auth domain for error messages.
    pub fn new(sandbox_token: Option<String>, store: &TokenStore, profile: &str, http: &Http, setting: String) -> Result<TokenProvider> {
        if let Some(t) = sandbox_token {
            return Ok(TokenProvider::fixed(AccessToken { secret: Secret::new(t), source: TokenSource::Sandbox }));
        }
        if let Some((var, v)) = env::first_of(TOKEN_ENV_VARS) {
            let token = v.trim();
            // Such a token cannot go into a header; say so before a request is built (the value is not shown).
            if token.chars().any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii()) {
                let e = Error::auth(format!("The token in {var} has spaces, control characters or non-ASCII characters in it."))
                    .with_hint(format!("Set {var} to the token alone, or unset it and run `seqera login`."));
                return Ok(TokenProvider { fixed: None, stored: None, refused: Some(e) });
            }
            return Ok(TokenProvider::fixed(AccessToken { secret: Secret::new(token.to_string()), source: TokenSource::Env(var) }));
        }
        let stored = store.load(profile)?.map(|login| {
            Arc::new(Stored {
                store: store.clone(),
                profile: profile.to_string(),
                location: store.location(profile, login.backend),
                http: http.clone(),
                setting,
                login: tokio::sync::Mutex::new(login),
            })
        });
        Ok(TokenProvider { fixed: None, stored, refused: None })
    }

    /// A provider with one given token (used to check a token before it is stored).
    pub(crate) fn fixed(token: AccessToken) -> TokenProvider {
        TokenProvider { fixed: Some(token), stored: None, refused: None }
    }

    /// Binds a stored login to the Platform it came from: when `api_url` or `auth_domain` (described by
    /// `api_setting` / `auth_setting` for the message) is not the login's, every use of the token fails
    /// and nothing is sent. Env and sandbox tokens are not stored logins and are not bound.
    pub(crate) fn bound_to(mut self, api_url: &str, api_setting: &str, auth_domain: &str, auth_setting: &str) -> TokenProvider {
        let Some(s) = &self.stored else { return self };
        let login = s.login.try_lock().map(|l| (l.api_url.clone(), l.auth_domain.clone()));
        let Ok((login_api, login_auth)) = login else { return self };
        let mismatch = if !same_url(&login_api, api_url) {
            Some(("Platform", login_api, api_url, api_setting))
        } else {
            login_auth.filter(|a| !same_url(a, auth_domain)).map(|a| ("auth domain", a, auth_domain, auth_setting))
        };
        if let Some((what, theirs, here, setting)) = mismatch {
            let undo = match setting.split("(from env ").nth(1) {
                Some(var) => format!("unset {}", var.trim_end_matches(')')),
                None => format!("set {} back to {theirs}", setting.split(" (").next().unwrap_or(setting)),
            };
            self.refused = Some(
                Error::auth(format!(
                    "The login stored for profile `{}` is for the {what} {theirs}, but {setting} is {here}; its token is not sent there.",
                    s.profile
                ))
                .with_hint(format!(
                    "Run `seqera login` to log in for {here} (this replaces the stored login), use a profile that is logged in there (`seqera -p NAME ...`), or {undo}."
                )),
            );
        }
        self
    }

    /// Where the token comes from, without using it.
    pub(crate) fn source(&self) -> Option<TokenSource> {
        match (&self.fixed, &self.stored) {
            (Some(t), _) => Some(t.source.clone()),
            (None, Some(s)) => Some(TokenSource::Stored(s.location.clone())),
            _ => None,
        }
    }

    /// Whether a rejected token can be refreshed (an OIDC login with a refresh token).
    pub(crate) fn can_refresh(&self) -> bool {
        self.stored.is_some()
    }

    pub async fn access_token(&self) -> Result<AccessToken> {
        if let Some(t) = &self.fixed {
            return Ok(t.clone());
        }
        if let Some(e) = &self.refused {
            return Err(e.clone());
        }
        let Some(s) = &self.stored else {
            return Err(Error::auth("Not logged in: no access token is set and no login is stored.").with_hint(
                "Run `seqera login` (or `seqera login --with-token` with a personal access token), set SEQERA_ACCESS_TOKEN, or try the demo with `seqera --sandbox ...`.",
            ));
        };
        let mut login = s.login.lock().await;
        if !is_fresh(&login) {
            refresh_locked(s, &mut login, None).await?;
        }
        Ok(AccessToken { secret: login.access(), source: TokenSource::Stored(s.location.clone()) })
    }

    /// After a 401 with `rejected`: refresh once (unless someone already did) and hand out the new token.
    pub(crate) async fn force_refresh(&self, rejected: &Secret<String>) -> Result<AccessToken> {
        if let Some(e) = &self.refused {
            return Err(e.clone());
        }
        let Some(s) = &self.stored else { return Err(Error::auth("The token was rejected and cannot be refreshed.")) };
        let mut login = s.login.lock().await;
        if &login.access() == rejected {
            refresh_locked(s, &mut login, Some(rejected)).await?;
        }
        Ok(AccessToken { secret: login.access(), source: TokenSource::Stored(s.location.clone()) })
    }
}

/// Refreshes under the cross-process lock. `rejected`: the token a server refused (forces a refresh
/// even when it looks fresh, unless the stored one is already a different token).
/// Takes the profile's cross-process lock, which orders login, refresh and logout of one profile.
pub(crate) async fn lock_profile(store: &TokenStore, profile: &str) -> Result<std::fs::File> {
    let (store, profile) = (store.clone(), profile.to_string());
    tokio::task::spawn_blocking(move || store.lock(&profile).map_err(|e| (store.path(&profile), e)))
        .await
        .map_err(|e| Error::other("The login lock task failed.").caused_by(e))?
        .map_err(|(path, e)| Error::other(format!("Cannot take the login lock beside {}: {e}.", path.display())))
}

async fn refresh_locked(s: &Stored, login: &mut StoredLogin, rejected: Option<&Secret<String>>) -> Result<()> {
    let lock = lock_profile(&s.store, &s.profile).await?;
    let Some(on_disk) = s.store.load(&s.profile)? else {
        return Err(Error::auth("You were logged out: the stored login is gone.").with_hint("Run `seqera login`."));
    };
    let someone_else_refreshed = on_disk.access_token != login.access_token;
    *login = on_disk;
    let needed = match rejected {
        Some(bad) => &login.access() == bad,
        None => !is_fresh(login),
    };
    if !needed || (someone_else_refreshed && is_fresh(login)) {
        drop(lock);
        return Ok(());
    }
    let (Some(refresh_token), Some(endpoint)) = (login.refresh_token.clone(), login.token_endpoint.clone()) else {
        return Err(Error::auth("The stored token has expired and cannot be refreshed.").with_hint("Run `seqera login`."));
    };
    let client_id = login.client_id.clone().unwrap_or_else(oidc::client_id);
    match oidc::refresh(&s.http, &endpoint, &client_id, &Secret::new(refresh_token.clone()), &s.setting).await {
        Ok(t) => {
            let mut next = login.clone();
            next.access_token = t.access.expose().clone();
            next.refresh_token = Some(t.refresh.map(|r| r.expose().clone()).unwrap_or(refresh_token));
            next.expires_at = t.expires_in.map(|d| now().saturating_add(d.as_secs()));
            // The rotated refresh token is on disk before the new access token is used.
            s.store.save(&s.profile, &next)?;
            *login = next;
            drop(lock);
            Ok(())
        }
        Err(e) if e.kind == ErrorKind::Auth => {
            s.store.delete(&s.profile)?;
            drop(lock);
            Err(Error::auth(format!("Your login has expired or was revoked: {}", e.message)).with_hint("Run `seqera login`."))
        }
        Err(e) if e.kind == ErrorKind::Network => {
            drop(lock);
            Err(Error { message: format!("{} The stored login is kept; try again when the server is reachable.", e.message), ..e })
        }
        Err(e) => {
            drop(lock);
            Err(Error {
                message: format!("{} The stored login was left exactly as it was.", e.message),
                hint: Some(
                    "Try again; if it keeps failing (the server may have replaced the stored refresh token), run `seqera login`.".into(),
                ),
                ..e
            })
        }
    }
}
