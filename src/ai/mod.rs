//! The Co-Scientist AI backend client. So far only the reachability probe that `seqera status` uses
//! (`GET /` answers `{version, platform_url}`); sessions and the SSE stream come with the AI issue.

use serde::{Deserialize, Serialize};

use crate::auth::TokenProvider;
use crate::error::{Error, Result};
use crate::http::Http;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BackendInfo {
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub platform_url: Option<String>,
}

#[derive(Clone, Debug)]
pub struct AiClient {
    http: Http,
    base: String,
    tokens: TokenProvider,
    setting: String,
}

impl AiClient {
    pub fn new(http: Http, base: &str, tokens: TokenProvider, setting: String) -> AiClient {
        AiClient { http, base: base.trim_end_matches('/').to_string(), tokens, setting }
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// `GET {backend}/`: is the backend up, and which version.
    pub async fn backend_info(&self) -> Result<BackendInfo> {
        let url = format!("{}/", self.base);
        let mut builder = self.http.client().get(&url).header("Accept", "application/json");
        if let Ok(token) = self.tokens.access_token().await {
            builder = builder.bearer_auth(token.secret.expose());
        }
        let request = builder.build().map_err(|e| Error::other(format!("Cannot build a request for {url}.")).caused_by(e))?;
        let resp = self.http.send(request, &self.setting).await?;
        let status = resp.status();
        if !status.is_success() {
            return Err(Error::other(format!("{} from {url}.", status)).with_hint(format!("Check {}.", self.setting)));
        }
        resp.json()
            .await
            .map_err(|e| Error::other(format!("Unexpected answer from {url}.")).caused_by(e).with_hint(format!("Check {}.", self.setting)))
    }
}
