//! Credentials: list, describe and delete (checked deletes conflict with compute environments that use
//! the credential). Write-only key fields are never returned; list entries carry no keys at all.
//! Mutations need the `maintain` role or higher in the workspace.

use axum::extract::{Path, Query, State as AxState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json, Router, routing::get};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiError, Caller, Shared};
use crate::platform::providers::strip_secrets;
use crate::platform::workspaces::role_at_least;
use crate::sandbox::state::{Credential, State};

pub fn routes() -> Router<Shared> {
    Router::new().route("/credentials", get(list)).route("/credentials/{id}", get(describe).delete(delete))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Scope {
    workspace_id: Option<i64>,
    platform_id: Option<String>,
    checked: Option<bool>,
}

/// The caller's role in the workspace, or 403 when they are not in it.
fn role(state: &State, scope: &Scope, caller: &Caller) -> Result<String, ApiError> {
    state.role_in(scope.workspace_id, caller.user.id).ok_or_else(ApiError::forbidden)
}

fn visible<'a>(state: &'a State, scope: &Scope, caller: &Caller) -> impl Iterator<Item = &'a Credential> {
    let ws = scope.workspace_id;
    let user = caller.user.id;
    state.credentials.iter().filter(move |c| c.workspace_id == ws && (ws.is_some() || c.owner == user))
}

/// Which providers a compute platform can use (`platformId`).
fn usable_on(platform: &str, provider: &str) -> bool {
    let cloud = match platform.split('-').next().unwrap_or_default() {
        "aws" | "eks" => "aws",
        "google" | "gke" => "google",
        "azure" => "azure",
        "k8s" => "k8s",
        "seqeracompute" => "seqeracompute",
        _ => return matches!(provider, "ssh" | "tw-agent"),
    };
    provider.starts_with(cloud)
}

pub fn to_json(c: &Credential, with_keys: bool) -> Value {
    let mut v = json!({
        "id": c.id,
        "name": c.name,
        "provider": c.provider,
        "status": c.status,
        "deleted": false,
        "dateCreated": c.date_created,
        "lastUpdated": c.last_updated,
    });
    for (field, value) in [
        ("description", &c.description),
        ("baseUrl", &c.base_url),
        ("category", &c.category),
        ("lastUsed", &c.last_used),
        ("message", &c.message),
    ] {
        if let Some(value) = value {
            v[field] = json!(value);
        }
    }
    if with_keys {
        let mut keys = c.keys.clone();
        strip_secrets(&c.provider, &mut keys);
        v["keys"] = keys;
    }
    v
}

async fn list(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let state = shared.state.lock().expect("sandbox state lock");
    role(&state, &scope, &caller)?;
    let creds: Vec<Value> = visible(&state, &scope, &caller)
        .filter(|c| scope.platform_id.as_deref().is_none_or(|p| usable_on(p, &c.provider)))
        .map(|c| to_json(c, false))
        .collect();
    Ok(Json(json!({ "credentials": creds })))
}

async fn describe(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let state = shared.state.lock().expect("sandbox state lock");
    role(&state, &scope, &caller)?;
    let c = visible(&state, &scope, &caller)
        .find(|c| c.id == id)
        .ok_or_else(|| ApiError::bad_request(format!("Unknown credentials ID: {id}")))?;
    Ok(Json(json!({ "credentials": to_json(c, true) })))
}

async fn delete(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Response {
    let mut state = shared.state.lock().expect("sandbox state lock");
    let role = match role(&state, &scope, &caller) {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    if !visible(&state, &scope, &caller).any(|c| c.id == id) {
        return ApiError::bad_request(format!("Unknown credentials ID: {id}")).into_response();
    }
    if !role_at_least(&role, "maintain") {
        return ApiError::forbidden().into_response();
    }
    if scope.checked == Some(true) {
        let conflicts: Vec<Value> = state
            .compute_envs
            .iter()
            .filter(|ce| ce.credentials_id == id)
            .map(|ce| json!({"id": ce.id, "name": ce.name, "type": "compute-env", "url": format!("/compute-envs/{}", ce.id)}))
            .collect();
        if !conflicts.is_empty() {
            return (StatusCode::CONFLICT, Json(json!({"credentialsId": id, "conflicts": conflicts}))).into_response();
        }
    }
    state.credentials.retain(|c| c.id != id);
    state.compute_envs.retain(|ce| ce.credentials_id != id);
    shared.persist(&state);
    StatusCode::NO_CONTENT.into_response()
}
