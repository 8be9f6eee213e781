//! The Co-Scientist AI backend client (fact sheet, section D): the reachability probe `seqera status` uses,
//! sessions, messages, the SSE event stream, tool results and expiry. `turn` drives one question through
//! the stream; `tools` runs what the assistant asks for; `approval` decides what may run unasked.

pub mod approval;
pub(crate) mod context;
pub mod judge;
pub(crate) mod project;
pub(crate) mod sink;
pub mod sse;
pub(crate) mod tools;
pub(crate) mod turn;

use serde::{Deserialize, Serialize};

use std::time::Duration;

use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;

use crate::auth::TokenProvider;
use crate::error::{Error, ErrorKind, Result};
use crate::http::Http;

/// The client version the backend is told (`X-Client-Version`).
pub(crate) const CLIENT_VERSION: &str = concat!("seqera-shell/", env!("CARGO_PKG_VERSION"));

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct BackendInfo {
    #[serde(default)]
    pub(crate) version: Option<String>,
    #[serde(default)]
    pub(crate) platform_url: Option<String>,
}

#[derive(Clone, Debug)]
pub(crate) struct AiClient {
    http: Http,
    base: String,
    tokens: TokenProvider,
    setting: String,
}

impl AiClient {
    pub(crate) fn new(http: Http, base: &str, tokens: TokenProvider, setting: String) -> AiClient {
        AiClient { http, base: base.trim_end_matches('/').to_string(), tokens, setting }
    }

    pub(crate) fn base_url(&self) -> &str {
        &self.base
    }

    /// Where the backend URL came from (`ai_backend_url (from env SEQERA_AI_BACKEND_URL)`), for hints.
    pub(crate) fn setting(&self) -> &str {
        &self.setting
    }

    /// `GET {backend}/`: is the backend up, and which version.
    pub(crate) async fn backend_info(&self) -> Result<BackendInfo> {
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
        let body = self.http.read_body(resp, &self.setting).await?;
        serde_json::from_slice(&body)
            .map_err(|e| Error::other(format!("Unexpected answer from {url}.")).caused_by(e).with_hint(format!("Check {}.", self.setting)))
    }

    async fn request(&self, method: Method, path: &str) -> Result<RequestBuilder> {
        let token = self.tokens.access_token().await?;
        Ok(self.request_with(method, path, &token))
    }

    fn request_with(&self, method: Method, path: &str, token: &crate::auth::AccessToken) -> RequestBuilder {
        self.http
            .client()
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token.secret.expose())
            .header("X-Client-Version", CLIENT_VERSION)
            .header("Accept", "application/json")
    }

    /// Sends a call, retrying network errors and 5xx (3 attempts, waiting 1 s then 2 s, as the official
    /// client does); a 401 gets one forced token refresh. Returns the answer whatever its status. Unlike
    /// `Http::send` this retries POSTs too: the backend's protocol expects it (a 500 on a message is sent
    /// three times by the official client), so a session or message call can reach the backend twice.
    async fn call(&self, method: Method, path: &str, body: Option<&Value>) -> Result<Response> {
        let url = format!("{}{path}", self.base);
        let base_delay = retry_base();
        let mut refreshed = false;
        let mut attempt = 1;
        loop {
            let token = self.tokens.access_token().await?;
            let mut builder = self.request_with(method.clone(), path, &token);
            if let Some(b) = body {
                builder = builder.json(b);
            }
            let sent = builder.send().await;
            match sent {
                Ok(resp) if resp.status() == StatusCode::UNAUTHORIZED && !refreshed => {
                    refreshed = true;
                    self.tokens.force_refresh(&token.secret).await?;
                    continue;
                }
                Ok(resp) if resp.status().is_server_error() && attempt < 3 => {}
                Ok(resp) => return Ok(resp),
                Err(e) if attempt < 3 => crate::http::debug(|| format!("AI backend: {url}: {e}; retrying")),
                Err(e) => return Err(crate::http::transport_error(&e, &url, &self.setting, self.http.request_timeout)),
            }
            tokio::time::sleep(base_delay * attempt).await;
            attempt += 1;
        }
    }

    async fn checked(&self, method: Method, path: &str, body: Option<&Value>, what: &str) -> Result<Value> {
        let resp = self.call(method, path, body).await?;
        let status = resp.status();
        let text = String::from_utf8_lossy(&self.http.read_body(resp, &self.setting).await?).into_owned();
        if status.is_success() {
            return Ok(serde_json::from_str(&text).unwrap_or(Value::Null));
        }
        Err(self.status_error(status, &text, what))
    }

    fn status_error(&self, status: StatusCode, body: &str, what: &str) -> Error {
        let detail = serde_json::from_str::<Value>(body).ok().and_then(|v| v["detail"].as_str().map(str::to_string));
        match status {
            StatusCode::TOO_MANY_REQUESTS => Error::other(
                detail.unwrap_or_else(|| "You have reached your AI usage limit. Request more credits from your organization.".into()),
            )
            .with_hint("The AI backend answered 429 (usage limit)."),
            StatusCode::UNAUTHORIZED => Error::new(ErrorKind::Auth, format!("The AI backend refused the token ({what})."))
                .with_hint("Log in again with `seqera login`."),
            StatusCode::FORBIDDEN => {
                Error::new(ErrorKind::Forbidden, format!("The AI backend refused to {what}: {}", detail.unwrap_or_default()))
            }
            StatusCode::NOT_FOUND => Error::not_found(format!("The AI backend does not know that session ({what}).")),
            _ => Error::other(format!("Failed to {what}: {status} {}", detail.unwrap_or_else(|| body.chars().take(200).collect())))
                .with_hint(format!("Try again later; if it keeps failing, check {}.", self.setting)),
        }
    }

    /// `POST /v1/cli/sessions`: the new session's ID.
    pub(crate) async fn create_session(&self, body: &Value) -> Result<String> {
        let v = self.checked(Method::POST, "/v1/cli/sessions", Some(body), "create a session").await?;
        v["session_id"].as_str().or_else(|| v["id"].as_str()).map(str::to_string).ok_or_else(|| {
            Error::other("The AI backend created a session but gave no session_id.")
                .with_hint(format!("Check {}: it should be a Seqera AI backend.", self.setting))
        })
    }

    /// `POST /v1/cli/sessions/{id}/messages`.
    pub(crate) async fn send_message(&self, session: &str, body: &Value) -> Result<()> {
        self.checked(Method::POST, &format!("/v1/cli/sessions/{session}/messages"), Some(body), "send the message").await.map(|_| ())
    }

    /// `GET /v1/cli/sessions/{id}/events[?cursor=N]`: the open SSE response (status checked).
    pub(crate) async fn open_events(&self, session: &str, cursor: Option<u64>) -> Result<Response> {
        let path = match cursor {
            Some(c) => format!("/v1/cli/sessions/{session}/events?cursor={c}"),
            None => format!("/v1/cli/sessions/{session}/events"),
        };
        let url = format!("{}{path}", self.base);
        let resp = self
            .request(Method::GET, &path)
            .await?
            .header("Accept", "text/event-stream")
            .header("X-Client-Explicit-Cancel", "1")
            .timeout(Duration::from_secs(24 * 3600))
            .send()
            .await
            .map_err(|e| crate::http::transport_error(&e, &url, &self.setting, self.http.request_timeout))?;
        if !resp.status().is_success() {
            let status = resp.status();
            let body = self.http.read_body(resp, &self.setting).await.unwrap_or_default();
            return Err(self.status_error(status, &String::from_utf8_lossy(&body), "open the event stream"));
        }
        Ok(resp)
    }

    /// `POST /v1/cli/sessions/{id}/tool-results`.
    pub(crate) async fn tool_result(&self, session: &str, request_id: &str, out: &tools::ToolOutput) -> Result<()> {
        let body = serde_json::json!({"request_id": request_id, "result": {"stdout": out.stdout, "stderr": out.stderr, "exit_code": out.exit_code}});
        self.checked(Method::POST, &format!("/v1/cli/sessions/{session}/tool-results"), Some(&body), "send a tool result").await.map(|_| ())
    }

    /// `POST /v1/cli/sessions/{id}/expire`, best effort within 2 s.
    pub(crate) async fn expire(&self, session: &str) {
        let path = format!("/v1/cli/sessions/{session}/expire");
        if let Ok(b) = self.request(Method::POST, &path).await {
            let _ = b.timeout(Duration::from_secs(2)).send().await;
        }
    }

    /// `GET /v1/cli/credits[?org_id=N]`: what the user (and the organization) may still spend.
    pub(crate) async fn credits(&self, org_id: Option<&str>) -> Result<Value> {
        let path = match org_id {
            Some(id) => format!("/v1/cli/credits?org_id={}", crate::http::encode_component(id)),
            None => "/v1/cli/credits".to_string(),
        };
        self.checked(Method::GET, &path, None, "read the credits").await
    }

    /// `GET /v1/cli/sessions?limit=N&cwd=...&status=expired`: the sessions to continue, newest first.
    pub(crate) async fn expired_sessions(&self, cwd: &str) -> Result<Vec<Value>> {
        let path = format!("/v1/cli/sessions?limit=10&cwd={}&status=expired", crate::http::encode_component(cwd));
        let v = self.checked(Method::GET, &path, None, "list sessions").await?;
        Ok(v["sessions"].as_array().cloned().unwrap_or_default())
    }
}

/// The first retry delay (1 s; `SEQERA_AI_RETRY_BASE_MS` changes it, for tests).
pub(crate) fn retry_base() -> Duration {
    crate::config::env::var("SEQERA_AI_RETRY_BASE_MS")
        .and_then(|v| v.parse().ok())
        .map(Duration::from_millis)
        .unwrap_or(Duration::from_secs(1))
}
