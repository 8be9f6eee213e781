//! Personal access tokens (`/tokens`): list, create and delete the caller's own. A created token is a
//! bearer token for the API at once (it joins `State::tokens`); a deleted one is refused (401) from the
//! next request on. Every authenticated request stamps its token's `lastUsed` (in memory; it is saved
//! with the next write, so a read does not rewrite the shared state file).
//!
//! The demo token (`sandbox-demo-token`, the one `--sandbox` uses) cannot be deleted: every `--sandbox`
//! command would stop working until `seqera sandbox reset`.
//!
//! Failure injection, for tests of `seqera tokens rotate` only (DESIGN: a knob of the emulator, not of
//! the API; nothing in the client knows of it). `POST /_sandbox/token-faults` with
//! `{"step": "create" | "use" | "delete", "name": "SUBSTRING"}` makes, for every token whose name
//! contains SUBSTRING: `create` answer 400 to `POST /tokens`; `use` answer 401 to any request made with
//! it (the rotation's proving request); `delete` answer 400 to `DELETE /tokens/{id}` of it. Matching by
//! name keeps parallel tests that share one sandbox apart. `DELETE /_sandbox/token-faults` clears them.
//! Faults live in memory only (the test's sandbox), never in the state file. The statuses are ones the
//! spec lists for these operations, so the Prism run stays valid.

use axum::extract::{Path, State as AxState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use axum::{Extension, Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use super::state::{DEMO_TOKEN, TokenEntry};
use super::{ApiError, Caller, Shared};

/// One injected failure (see the module doc).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct TokenFault {
    step: String,
    name: String,
}

pub(crate) type TokenFaults = std::sync::Mutex<Vec<TokenFault>>;

fn faulted(inner: &Shared, step: &str, name: &str) -> bool {
    inner.token_faults.lock().unwrap_or_else(|p| p.into_inner()).iter().any(|f| f.step == step && name.contains(&f.name))
}

pub(crate) fn routes() -> Router<Shared> {
    Router::new().route("/tokens", get(list).post(create)).route("/tokens/{id}", delete(remove))
}

/// The test-only knob (unauthenticated, like `/_sandbox/stats`).
pub(crate) fn admin_routes() -> Router<Shared> {
    Router::new().route("/_sandbox/token-faults", axum::routing::post(add_fault).delete(clear_faults))
}

async fn add_fault(AxState(inner): AxState<Shared>, Json(fault): Json<TokenFault>) -> Response {
    if !matches!(fault.step.as_str(), "create" | "use" | "delete") || fault.name.is_empty() {
        return ApiError::bad_request("step must be create, use or delete, and name a non-empty substring".into()).into_response();
    }
    inner.token_faults.lock().unwrap_or_else(|p| p.into_inner()).push(fault);
    StatusCode::NO_CONTENT.into_response()
}

async fn clear_faults(AxState(inner): AxState<Shared>) -> Response {
    inner.token_faults.lock().unwrap_or_else(|p| p.into_inner()).clear();
    StatusCode::NO_CONTENT.into_response()
}

/// Called by the auth layer for a known token: stamps `lastUsed`, and says whether the token may be used
/// (a `use` fault refuses it).
pub(crate) fn on_use(inner: &Shared, token: &str) -> bool {
    let mut state = inner.state();
    let Some(entry) = state.tokens.iter_mut().find(|t| t.token == token) else { return true };
    if entry.name.as_deref().is_some_and(|n| faulted(inner, "use", n)) {
        return false;
    }
    if entry.id.is_some() {
        entry.last_used = Some(now_iso());
    }
    true
}

fn now_iso() -> String {
    crate::timefmt::iso_utc(crate::platform::cache::now_secs() as i64, None)
}

/// An `AccessToken` as the spec names its fields.
fn to_json(t: &TokenEntry) -> Value {
    let mut v = json!({ "id": t.id, "name": t.name });
    if let Some(d) = &t.date_created {
        v["dateCreated"] = json!(d);
    }
    if let Some(d) = &t.last_used {
        v["lastUsed"] = json!(d);
    }
    v
}

async fn list(AxState(inner): AxState<Shared>, Extension(caller): Extension<Caller>) -> Json<Value> {
    let state = inner.state();
    let tokens: Vec<Value> = state.tokens.iter().filter(|t| t.user_id == caller.user.id && t.id.is_some()).map(to_json).collect();
    Json(json!({ "tokens": tokens }))
}

#[derive(Debug, Deserialize)]
struct CreateBody {
    name: Option<String>,
}

async fn create(AxState(inner): AxState<Shared>, Extension(caller): Extension<Caller>, Json(body): Json<CreateBody>) -> Response {
    let name = body.name.unwrap_or_default();
    if name.trim().is_empty() || name.chars().count() > 50 {
        return ApiError::bad_request("A token name must be 1 to 50 characters".into()).into_response();
    }
    if faulted(&inner, "create", &name) {
        return ApiError::bad_request(format!("Injected failure: creating token '{name}' fails")).into_response();
    }
    let mut state = inner.state();
    if state.tokens.iter().any(|t| t.user_id == caller.user.id && t.name.as_deref() == Some(name.as_str())) {
        return (StatusCode::CONFLICT, Json(json!({"message": format!("An access token with name '{name}' already exists")})))
            .into_response();
    }
    state.next_id += 1;
    let id = state.next_id;
    let secret = super::oidc::random("sbx_pat_");
    let mut entry = TokenEntry::personal(&secret, caller.user.id, id, &name);
    entry.date_created = Some(now_iso());
    let out = json!({ "accessKey": secret, "token": to_json(&entry) });
    state.tokens.push(entry);
    drop(state);
    inner.persist();
    Json(out).into_response()
}

async fn remove(AxState(inner): AxState<Shared>, Extension(caller): Extension<Caller>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return ApiError::bad_request(format!("Token ID must be a number, not '{id}'")).into_response();
    };
    let mut state = inner.state();
    let Some(pos) = state.tokens.iter().position(|t| t.user_id == caller.user.id && t.id == Some(id)) else {
        return ApiError::bad_request(format!("Unknown access token ID: {id}")).into_response();
    };
    let entry = &state.tokens[pos];
    if entry.token == DEMO_TOKEN {
        return ApiError::bad_request("The sandbox's demo token cannot be deleted: every --sandbox command uses it".into()).into_response();
    }
    if entry.name.as_deref().is_some_and(|n| faulted(&inner, "delete", n)) {
        return ApiError::bad_request(format!("Injected failure: deleting token {id} fails")).into_response();
    }
    state.tokens.remove(pos);
    drop(state);
    inner.persist();
    StatusCode::NO_CONTENT.into_response()
}
