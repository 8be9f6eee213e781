//! Where the access token comes from, and the provider every request asks for one.
//!
//! Order: the sandbox token under `--sandbox`; else `SEQERA_ACCESS_TOKEN` > `SEQERA_TOKEN` >
//! `TOWER_ACCESS_TOKEN` (the store is not touched); else the profile's stored login; else not logged in.
//! Not built yet (issue 4): browser and device login, refresh, the keyring backend.

pub mod store;

use std::fmt;

use crate::config::env;
use crate::error::{Error, Result};
use crate::secret::Secret;

pub const TOKEN_ENV_VARS: &[&str] = &["SEQERA_ACCESS_TOKEN", "SEQERA_TOKEN", "TOWER_ACCESS_TOKEN"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    Env(&'static str),
    Sandbox,
    /// A login stored by `seqera login`, in this file.
    Stored(std::path::PathBuf),
}

impl fmt::Display for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::Env(var) => write!(f, "env {var}"),
            TokenSource::Sandbox => f.write_str("sandbox"),
            TokenSource::Stored(path) => write!(f, "login stored in {}", path.display()),
        }
    }
}

impl TokenSource {
    /// What to do when the server rejects this token.
    pub fn fix_hint(&self) -> String {
        match self {
            TokenSource::Env(var) => format!("Update or unset {var} (create a token under Your tokens in Seqera Platform)."),
            TokenSource::Sandbox => "The sandbox rejected its own token; restart the sandbox.".to_string(),
            TokenSource::Stored(_) => "Run `seqera login` again.".to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AccessToken {
    pub secret: Secret<String>,
    pub source: TokenSource,
}

/// Hands out the access token for every request, from every front end.
#[derive(Debug, Clone)]
pub struct TokenProvider {
    token: Option<AccessToken>,
}

impl TokenProvider {
    /// The first source that has a token: sandbox, env vars, then the stored login (read only when
    /// neither of the others is set).
    pub fn new(sandbox_token: Option<String>, store: &store::FileStore, profile: &str) -> Result<TokenProvider> {
        if let Some(t) = sandbox_token {
            return Ok(TokenProvider { token: Some(AccessToken { secret: Secret::new(t), source: TokenSource::Sandbox }) });
        }
        if let Some((var, v)) = env::first_of(TOKEN_ENV_VARS) {
            return Ok(TokenProvider {
                token: Some(AccessToken { secret: Secret::new(v.trim().to_string()), source: TokenSource::Env(var) }),
            });
        }
        let token =
            store.load(profile)?.map(|login| AccessToken { secret: login.access(), source: TokenSource::Stored(store.path(profile)) });
        Ok(TokenProvider { token })
    }

    /// A provider with one given token (used to check a token before it is stored).
    pub fn fixed(token: AccessToken) -> TokenProvider {
        TokenProvider { token: Some(token) }
    }

    /// Where the token would come from, without using it.
    pub fn source(&self) -> Option<&TokenSource> {
        self.token.as_ref().map(|t| &t.source)
    }

    pub async fn access_token(&self) -> Result<AccessToken> {
        self.token.clone().ok_or_else(|| {
            Error::auth("Not logged in: no access token is set and no login is stored.").with_hint(
                "Run `seqera login --with-token` and paste a personal access token, set SEQERA_ACCESS_TOKEN, or try the demo with `seqera --sandbox ...`.",
            )
        })
    }
}
