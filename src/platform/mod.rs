//! The Seqera Platform REST client: typed calls over the shared HTTP client and token provider, and the
//! one place where an HTTP status becomes an error that says what to do (401 names the token's source,
//! 403 the role needed, 404 on a workspace the numeric-ID rule).

pub(crate) mod cache;
pub mod keyspec;
pub(crate) mod models;
pub mod providers;
pub(crate) mod rawlist;
mod runs;
pub(crate) mod tokens;
pub(crate) mod workspaces;

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;

use crate::auth::{TokenProvider, TokenSource};
use crate::error::{Error, ErrorKind, Result};
use crate::http::{Http, encode_component, first_line};
use models::*;
use workspaces::Role;

#[derive(Clone, Debug)]
pub(crate) struct PlatformClient {
    http: Http,
    base: String,
    tokens: TokenProvider,
    /// How error messages name the URL's setting, e.g. `api_url (from profile default)`.
    setting: String,
    /// Print mutations (anything but GET) instead of sending them.
    dry_run: bool,
    /// The role the running command needs (`commands::roles`), named in a 403 instead of the call's own.
    needs: Option<Role>,
}

/// One request: what to send, and what the error messages need to know about it.
pub(crate) struct Call<'a> {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) query: Vec<(&'a str, String)>,
    /// The workspace the call is scoped to, sent as `workspaceId`.
    pub(crate) workspace_id: Option<i64>,
    /// The least workspace role the operation needs, named in a 403 error.
    pub(crate) role: Role,
    pub(crate) authenticated: bool,
    /// A JSON body to send.
    pub(crate) body: Option<serde_json::Value>,
}

impl<'a> Call<'a> {
    pub(crate) fn get(path: impl Into<String>) -> Call<'a> {
        Call {
            method: Method::GET,
            path: path.into(),
            query: Vec::new(),
            workspace_id: None,
            role: Role::View,
            authenticated: true,
            body: None,
        }
    }
}

impl PlatformClient {
    pub(crate) fn new(http: Http, base: &str, tokens: TokenProvider, setting: String) -> PlatformClient {
        PlatformClient { http, base: base.trim_end_matches('/').to_string(), tokens, setting, dry_run: false, needs: None }
    }

    /// Under `--dry-run`, a POST, PUT or DELETE is not sent: the call fails with `ErrorKind::DryRun`
    /// carrying the request (secrets redacted), which the script layer shows and returns as a map.
    pub(crate) fn with_dry_run(mut self, dry_run: bool) -> PlatformClient {
        self.dry_run = dry_run;
        self
    }

    /// Names `role` in every 403 this client meets: the role the command in hand needs.
    pub(crate) fn needing(mut self, role: Option<Role>) -> PlatformClient {
        self.needs = role.or(self.needs);
        self
    }

    /// The role a 403 on a call names: the call's own, or the command's when that is higher.
    fn role_for(&self, call_role: Role) -> Role {
        self.needs.map_or(call_role, |needs| needs.max(call_role))
    }

    /// Sends a call and decodes a JSON answer, mapping every failure to an `Error`.
    pub(crate) async fn json<T: DeserializeOwned>(&self, call: Call<'_>) -> Result<T> {
        let url = format!("{}{}", self.base, call.path);
        let body = self.execute(call).await?;
        serde_json::from_slice(&body).map_err(|e| self.unexpected(&url, &body, e))
    }

    /// An answer that is not the JSON a call expects.
    fn unexpected(&self, url: &str, body: &[u8], e: serde_json::Error) -> Error {
        Error::other(format!("Unexpected answer from {url}: {}.", first_line(body)))
            .caused_by(e)
            .with_hint(format!("Check that {} points at a Seqera Platform API.", self.setting))
    }

    pub(crate) async fn json_with_body<T: DeserializeOwned>(&self, call: Call<'_>, body: serde_json::Value) -> Result<T> {
        self.json(Call { body: Some(body), ..call }).await
    }

    pub(crate) async fn execute_with_body(&self, call: Call<'_>, body: serde_json::Value) -> Result<bytes::Bytes> {
        self.execute(Call { body: Some(body), ..call }).await
    }

    /// Sends a call; a non-2xx answer becomes an `Error`. Returns the body.
    pub(crate) async fn execute(&self, mut call: Call<'_>) -> Result<bytes::Bytes> {
        call.role = self.role_for(call.role);
        let url = format!("{}{}", self.base, call.path);
        let (status, body, source) = self.execute_raw(&call).await?;
        if !status.is_success() {
            return Err(status_error(status, &body, &url, &call, source.as_ref()));
        }
        Ok(body)
    }

    /// Sends a call and returns the status and body as they are, for callers that read error bodies.
    pub(crate) async fn execute_raw(&self, call: &Call<'_>) -> Result<(StatusCode, bytes::Bytes, Option<TokenSource>)> {
        let url = format!("{}{}", self.base, call.path);
        let mut query = call.query.clone();
        if let Some(ws) = call.workspace_id {
            query.push(("workspaceId", ws.to_string()));
        }
        if self.dry_run && call.method != Method::GET {
            return Err(dry_run_error(&call.method, &url, &query, call.body.as_ref()));
        }
        let mut token = if call.authenticated { Some(self.tokens.access_token().await?) } else { None };
        let mut refreshed = false;
        loop {
            let mut builder = self.http.client().request(call.method.clone(), &url).header("Accept", "application/json");
            if !query.is_empty() {
                builder = builder.query(&query);
            }
            if let Some(t) = &token {
                builder = builder.bearer_auth(t.secret.expose());
            }
            if let Some(body) = &call.body {
                builder = builder.json(body);
            }
            let request = builder.build().map_err(|e| Error::other(format!("Cannot build a request for {url}.")).caused_by(e))?;
            let resp = self.http.send(request, &self.setting).await?;
            let status = resp.status();
            // A rejected login token gets one forced refresh and one retry.
            if status == StatusCode::UNAUTHORIZED
                && !refreshed
                && self.tokens.can_refresh()
                && let Some(t) = &token
            {
                refreshed = true;
                token = Some(self.tokens.force_refresh(&t.secret).await?);
                continue;
            }
            let body = self.http.read_body(resp, &self.setting).await?;
            return Ok((status, body, token.map(|t| t.source)));
        }
    }

    /// `GET /credentials`: the list entries as the API sends them (no keys).
    pub(crate) async fn credentials_list(&self, workspace_id: Option<i64>, platform_id: Option<&str>) -> Result<Vec<serde_json::Value>> {
        let mut call = Call { workspace_id, ..Call::get("/credentials") };
        if let Some(p) = platform_id {
            call.query.push(("platformId", p.to_string()));
        }
        // A list that is not a list of objects is a broken answer, not an empty one.
        #[derive(serde::Deserialize)]
        struct List {
            #[serde(default)]
            credentials: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        }
        let resp: List = self.json(call).await?;
        Ok(resp.credentials.unwrap_or_default().into_iter().map(serde_json::Value::Object).collect())
    }

    /// `GET /credentials` as the answer came, for showing the whole list: no tree per item (see
    /// [`rawlist::RawList`]).
    pub async fn credentials_list_raw(&self, workspace_id: Option<i64>, platform_id: Option<&str>) -> Result<rawlist::RawList> {
        let mut call = Call { workspace_id, ..Call::get("/credentials") };
        if let Some(p) = platform_id {
            call.query.push(("platformId", p.to_string()));
        }
        let url = format!("{}{}", self.base, call.path);
        let body = self.execute(call).await?;
        rawlist::RawList::parse(body.clone(), "credentials").map_err(|e| self.unexpected(&url, &body, e))
    }

    /// `GET /credentials/{id}`: `{credentials, setupSnippet}`.
    pub(crate) async fn credentials_get(&self, workspace_id: Option<i64>, id: &str) -> Result<serde_json::Value> {
        self.json(Call { workspace_id, ..Call::get(format!("/credentials/{}", encode_component(id))) }).await
    }

    /// `GET /credentials/validate?name=`: `Ok` when the name is free; 409 is a Conflict error.
    pub(crate) async fn credentials_validate_name(&self, workspace_id: Option<i64>, name: &str) -> Result<()> {
        let mut call = Call { workspace_id, ..Call::get("/credentials/validate") };
        call.query.push(("name", name.to_string()));
        self.execute(call).await.map(|_| ())
    }

    /// `POST /credentials` (never retried): the new credentials ID.
    pub(crate) async fn credentials_create(
        &self,
        workspace_id: Option<i64>,
        credentials: serde_json::Value,
        use_external_id: bool,
    ) -> Result<String> {
        let mut call = Call { method: Method::POST, workspace_id, role: Role::Maintain, ..Call::get("/credentials") };
        if use_external_id {
            call.query.push(("useExternalId", "true".into()));
        }
        let body = serde_json::json!({ "credentials": credentials });
        let resp: serde_json::Value = self.json_with_body(call, body).await?;
        Ok(resp["credentialsId"].as_str().unwrap_or_default().to_string())
    }

    /// `PUT /credentials/{id}`: replaces name, keys and the rest in place (the ID is kept).
    pub(crate) async fn credentials_update(&self, workspace_id: Option<i64>, id: &str, credentials: serde_json::Value) -> Result<()> {
        let call =
            Call { method: Method::PUT, workspace_id, role: Role::Maintain, ..Call::get(format!("/credentials/{}", encode_component(id))) };
        self.execute_with_body(call, serde_json::json!({ "credentials": credentials })).await.map(|_| ())
    }

    /// `POST /credentials/{id}/validate[?force=true]`: `{status, message, transientError}`.
    pub(crate) async fn credentials_validate(&self, workspace_id: Option<i64>, id: &str, force: bool) -> Result<serde_json::Value> {
        let mut call = Call { method: Method::POST, workspace_id, ..Call::get(format!("/credentials/{}/validate", encode_component(id))) };
        if force {
            call.query.push(("force", "true".into()));
            call.role = Role::Maintain;
        }
        self.json(call).await
    }

    /// `DELETE /credentials/{id}`; with `checked`, a credential still in use gives its conflicts.
    pub(crate) async fn credentials_delete(&self, workspace_id: Option<i64>, id: &str, checked: bool) -> Result<DeleteOutcome> {
        let mut call = Call {
            method: Method::DELETE,
            workspace_id,
            role: Role::Maintain,
            ..Call::get(format!("/credentials/{}", encode_component(id)))
        };
        if checked {
            call.query.push(("checked", "true".into()));
        }
        call.role = self.role_for(call.role);
        let (status, body, source) = self.execute_raw(&call).await?;
        if status == StatusCode::CONFLICT
            && let Ok(v) = serde_json::from_slice::<serde_json::Value>(&body)
            && let Some(conflicts) = v.get("conflicts").and_then(|c| c.as_array())
        {
            return Ok(DeleteOutcome::Conflicts(conflicts.clone()));
        }
        if !status.is_success() {
            return Err(status_error(status, &body, &format!("{}{}", self.base, call.path), &call, source.as_ref()));
        }
        Ok(DeleteOutcome::Deleted)
    }

    pub(crate) async fn service_info(&self) -> Result<ServiceInfo> {
        let call = Call { authenticated: false, ..Call::get("/service-info") };
        Ok(self.json::<ServiceInfoResponse>(call).await?.service_info)
    }

    pub(crate) async fn user_info(&self) -> Result<DescribeUserResponse> {
        self.json(Call::get("/user-info")).await
    }

    pub(crate) async fn user_workspaces(&self, user_id: i64) -> Result<Vec<OrgAndWorkspaceDto>> {
        Ok(self.json::<ListWorkspacesAndOrgResponse>(Call::get(format!("/user/{user_id}/workspaces"))).await?.orgs_and_workspaces)
    }

    /// The caller and every org and workspace they belong to (one `/user-info`, one `/user/{id}/workspaces`).
    pub(crate) async fn memberships(&self) -> Result<(DescribeUserResponse, Vec<OrgAndWorkspaceDto>)> {
        let user = self.user_info().await?;
        let rows = self.user_workspaces(user.user.id).await?;
        Ok((user, rows))
    }
}

pub(crate) enum DeleteOutcome {
    Deleted,
    /// What still uses the credential (`DeleteCredentialsConflictResponse.conflicts`).
    Conflicts(Vec<serde_json::Value>),
}

/// An RFC 7807 problem body (`title`, `detail`, and a validator's `validation[].message` list, as Prism
/// sends): its messages on one line.
fn problem_details(body: &[u8]) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let title = v.get("title")?.as_str()?;
    let details: Vec<&str> = match v.get("validation").and_then(|x| x.as_array()) {
        Some(list) => list.iter().filter_map(|i| i.get("message").and_then(|m| m.as_str())).collect(),
        None => v.get("detail").and_then(|d| d.as_str()).into_iter().collect(),
    };
    Some(if details.is_empty() { title.to_string() } else { format!("{title}: {}", details.join("; ")) })
}

fn status_error(status: StatusCode, body: &[u8], url: &str, call: &Call<'_>, source: Option<&TokenSource>) -> Error {
    let server_says = serde_json::from_slice::<ErrorResponse>(body)
        .map(|e| e.message)
        .unwrap_or_else(|_| problem_details(body).unwrap_or_else(|| first_line(body)));
    let server_says = crate::sanitize::visible_line(&server_says);
    let label = format!("{} ({})", status.canonical_reason().unwrap_or("HTTP error"), status.as_u16());
    match status.as_u16() {
        401 => {
            let (who, fix) = match source {
                Some(s) => (format!("the token from {s}"), s.fix_hint()),
                None => ("the request".to_string(), "Set an access token.".to_string()),
            };
            Error::new(ErrorKind::Auth, format!("{label} from {url}: {who} is invalid or expired.")).with_hint(fix)
        }
        403 if call.workspace_id.is_none() && call.path.starts_with("/tokens") => {
            Error::new(ErrorKind::Forbidden, format!("{label} from {url}: {server_says}.")).with_hint(
                "Access tokens are your own and need no workspace role: the Platform refused this for your user. Check that the login is yours (`seqera status`).",
            )
        }
        403 => {
            let scope = match call.workspace_id {
                Some(ws) => format!("workspace {ws}"),
                None => "this workspace".to_string(),
            };
            Error::new(ErrorKind::Forbidden, format!("{label} from {url}: {server_says}."))
                .with_hint(format!("This needs the `{}` role or higher in {scope}; ask a workspace owner or admin to grant it.", call.role))
        }
        404 => {
            let e = Error::new(ErrorKind::NotFound, format!("{label} from {url}: {server_says}."));
            if call.workspace_id.is_some() {
                e.with_hint("Check the workspace: use its numeric ID (see `seqera workspace list`), not its name.")
            } else {
                e
            }
        }
        409 => Error::new(ErrorKind::Conflict, format!("{label} from {url}: {server_says}.")),
        400 => Error::new(ErrorKind::Usage, format!("{label} from {url}: {server_says}.")),
        _ => Error::other(format!("{label} from {url}: {server_says}."))
            .with_hint("The server failed; try again later, or check the service's status."),
    }
}

/// The error that stands for a mutation `--dry-run` did not send: it carries the request, secrets
/// redacted, for the front end to show.
fn dry_run_error(method: &Method, url: &str, query: &[(&str, String)], body: Option<&serde_json::Value>) -> Error {
    let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let target = if query.is_empty() { url.to_string() } else { format!("{url}?{}", query.join("&")) };
    let body = body.map(|b| redact_secrets(b.clone()).to_string());
    Error::dry_run(crate::error::DryRun { method: method.to_string(), target, body })
}

/// A copy of a request body with every secret key field (and anything named like a secret) replaced.
pub(crate) fn redact_secrets(mut v: serde_json::Value) -> serde_json::Value {
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map.iter_mut() {
                    let lower = k.to_ascii_lowercase();
                    let secret = keyspec::KEY_SPECS.iter().any(|s| s.secret && s.key == k)
                        || ["password", "secret", "token", "privatekey"].iter().any(|w| lower.contains(w));
                    if secret && !child.is_null() && !child.is_object() {
                        *child = serde_json::Value::String("<redacted>".into());
                    } else {
                        walk(child);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut v);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_error_bodies_are_reduced_to_their_first_line() {
        let call = Call::get("/x");
        let e = status_error(
            StatusCode::BAD_GATEWAY,
            b"\n<html><head><title>502 Bad Gateway</title></head>\n<body>..",
            "http://h/x",
            &call,
            None,
        );
        assert_eq!(e.message, "Bad Gateway (502) from http://h/x: <html><head><title>502 Bad Gateway</title></head>.");
    }

    #[test]
    fn control_characters_in_error_bodies_are_shown_escaped() {
        let body = br#"{"message":"bad\u001b]0;owned\u0007\u001b[2Jthing\nsecond"}"#;
        let e = status_error(StatusCode::INTERNAL_SERVER_ERROR, body, "http://h/x", &Call::get("/x"), None);
        assert_eq!(e.message, "Internal Server Error (500) from http://h/x: bad\\e]0;owned\\x07\\e[2Jthing\\nsecond.");
        let e = status_error(StatusCode::BAD_GATEWAY, b"<p>\x1b[31mred", "http://h/x", &Call::get("/x"), None);
        assert!(e.message.ends_with("<p>\\e[31mred."), "{}", e.message);
    }

    #[test]
    fn unauthorized_names_the_env_var() {
        let e = status_error(StatusCode::UNAUTHORIZED, b"", "http://h/x", &Call::get("/x"), Some(&TokenSource::Env("TOWER_ACCESS_TOKEN")));
        assert_eq!(e.kind, ErrorKind::Auth);
        assert!(e.message.contains("TOWER_ACCESS_TOKEN") && e.hint.unwrap().contains("unset TOWER_ACCESS_TOKEN"));
    }

    #[test]
    fn workspace_404_says_to_use_the_numeric_id() {
        let call = Call { workspace_id: Some(7), ..Call::get("/credentials") };
        let e = status_error(StatusCode::NOT_FOUND, br#"{"message":"nope"}"#, "http://h", &call, None);
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert!(e.hint.unwrap().contains("numeric ID"));
    }

    #[test]
    fn a_403_names_the_commands_role_when_it_is_higher_than_the_calls() {
        let http = crate::http::Http::new(std::time::Duration::from_secs(1), std::time::Duration::from_secs(1)).expect("client");
        let token = crate::auth::AccessToken { secret: crate::secret::Secret::new("t".into()), source: TokenSource::Sandbox };
        let client = PlatformClient::new(http, "http://127.0.0.1:9", TokenProvider::fixed(token), "api_url".into());
        assert_eq!(client.role_for(Role::View), Role::View);
        let client = client.needing(Some(Role::Maintain));
        assert_eq!(client.role_for(Role::View), Role::Maintain, "a lookup inside `credentials delete` names maintain");
        assert_eq!(client.needing(Some(Role::View)).role_for(Role::Maintain), Role::Maintain, "never lower than the call's");
    }

    #[test]
    fn a_forbidden_token_call_names_no_workspace_role() {
        let call = Call { role: Role::View, ..Call::get("/tokens") };
        let hint = status_error(StatusCode::FORBIDDEN, b"", "http://h", &call, None).hint.unwrap();
        assert!(hint.contains("need no workspace role") && !hint.contains("`view` role"), "{hint}");
    }

    #[test]
    fn forbidden_names_the_role() {
        let call = Call { workspace_id: Some(7), role: Role::Maintain, ..Call::get("/credentials") };
        let e = status_error(StatusCode::FORBIDDEN, b"", "http://h", &call, None);
        assert!(e.hint.unwrap().contains("`maintain` role"));
    }
}
