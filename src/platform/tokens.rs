//! Personal access tokens (`/tokens`, tag `tokens` in the spec): the caller's own, with no workspace.
//! The objects are kept as the API sent them (`AccessToken`: `id`, `name`, `dateCreated`, `lastUsed`),
//! so `-o json` shows the API's field names; only what the client needs is read out of them.

use reqwest::Method;
use serde_json::{Value, json};

use super::{Call, PlatformClient};
use crate::error::{Error, Result};
use crate::secret::Secret;

/// What `POST /tokens` answers (`CreateAccessTokenResponse`): the secret, shown once, and the token.
pub(crate) struct Created {
    pub(crate) access_key: Secret<String>,
    /// The `AccessToken` object.
    pub(crate) token: Value,
}

/// A token's numeric ID, from an `AccessToken` object.
pub(crate) fn token_id(token: &Value) -> Option<i64> {
    token.get("id").and_then(Value::as_i64)
}

pub(crate) fn token_name(token: &Value) -> &str {
    token.get("name").and_then(Value::as_str).unwrap_or_default()
}

impl PlatformClient {
    /// `GET /tokens`: the caller's tokens (never their secrets).
    pub(crate) async fn tokens_list(&self) -> Result<Vec<Value>> {
        #[derive(serde::Deserialize)]
        struct List {
            #[serde(default)]
            tokens: Option<Vec<serde_json::Map<String, Value>>>,
        }
        let list: List = self.json(Call::get("/tokens")).await?;
        Ok(list.tokens.unwrap_or_default().into_iter().map(Value::Object).collect())
    }

    /// `POST /tokens {name}` (never retried). The answer holds the new token's value, so it is decoded
    /// here and never quoted in an error (the shared decoder puts the body's first line in its message).
    pub(crate) async fn token_create(&self, name: &str) -> Result<Created> {
        let call = Call { method: Method::POST, ..Call::get("/tokens") };
        let url = format!("{}/tokens", self.base);
        let body = self.execute_with_body(call, json!({ "name": name })).await?;
        let mut resp: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let key = resp.get_mut("accessKey").map(Value::take);
        let token = resp.get_mut("token").map(Value::take).unwrap_or(Value::Null);
        match (key, token_id(&token)) {
            (Some(Value::String(key)), Some(_)) if !key.is_empty() => Ok(Created { access_key: Secret::new(key), token }),
            _ => Err(Error::other(format!(
                "Unexpected answer from {url}: not the new token's value and ID; the token may have been created."
            ))
            .with_hint("Check `seqera tokens list`, and delete the token there if it was created.")),
        }
    }

    /// `DELETE /tokens/{id}`.
    pub(crate) async fn token_delete(&self, id: i64) -> Result<()> {
        let call = Call { method: Method::DELETE, ..Call::get(format!("/tokens/{id}")) };
        self.execute(call).await.map(drop)
    }
}
