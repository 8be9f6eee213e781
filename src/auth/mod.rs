//! Where the access token comes from, and the provider every request asks for one.
//!
//! Order: the sandbox token under `--sandbox`; else `SEQERA_ACCESS_TOKEN` > `SEQERA_TOKEN` >
//! `TOWER_ACCESS_TOKEN` (no OIDC traffic, no keyring); else not logged in.
//! Stored logins (keyring / file) and refresh are not built yet (issue 4).

use std::fmt;

use crate::config::env;
use crate::error::{Error, Result};
use crate::secret::Secret;

pub const TOKEN_ENV_VARS: &[&str] = &["SEQERA_ACCESS_TOKEN", "SEQERA_TOKEN", "TOWER_ACCESS_TOKEN"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    Env(&'static str),
    Sandbox,
}

impl fmt::Display for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::Env(var) => write!(f, "env {var}"),
            TokenSource::Sandbox => f.write_str("sandbox"),
        }
    }
}

impl TokenSource {
    /// What to do when the server rejects this token.
    pub fn fix_hint(&self) -> String {
        match self {
            TokenSource::Env(var) => format!("Update or unset {var} (create a token under Your tokens in Seqera Platform)."),
            TokenSource::Sandbox => "The sandbox rejected its own token; restart the sandbox.".to_string(),
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
    pub fn new(sandbox_token: Option<String>) -> TokenProvider {
        let token = match sandbox_token {
            Some(t) => Some(AccessToken { secret: Secret::new(t), source: TokenSource::Sandbox }),
            None => env::first_of(TOKEN_ENV_VARS)
                .map(|(var, v)| AccessToken { secret: Secret::new(v.trim().to_string()), source: TokenSource::Env(var) }),
        };
        TokenProvider { token }
    }

    /// Where the token would come from, without using it.
    pub fn source(&self) -> Option<&TokenSource> {
        self.token.as_ref().map(|t| &t.source)
    }

    pub async fn access_token(&self) -> Result<AccessToken> {
        self.token.clone().ok_or_else(|| {
            Error::auth("Not logged in: no access token is set.").with_hint(
                "Set SEQERA_ACCESS_TOKEN (or TOWER_ACCESS_TOKEN) to a personal access token, or try the demo with `seqera --sandbox ...`.",
            )
        })
    }
}
