//! Credentials: list, describe and delete (checked deletes conflict with compute environments that use
//! the credential). Write-only key fields are never returned; list entries carry no keys at all.
//! Mutations need the `maintain` role or higher in the workspace.

use axum::extract::{Path, Query, State as AxState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json, Router, routing::get};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiError, Caller, Shared, caller_role, maintainer};
use crate::platform::providers::strip_secrets;
use crate::platform::workspaces::{Role, role_at_least};
use crate::sandbox::state::{Credential, State};

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/credentials", get(list).post(create))
        .route("/credentials/validate", get(validate_name))
        .route("/credentials/{id}", get(describe).delete(delete).put(update))
        .route("/credentials/{id}/validate", axum::routing::post(validate))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Scope {
    workspace_id: Option<i64>,
    platform_id: Option<String>,
    checked: Option<bool>,
    use_external_id: Option<bool>,
    force: Option<bool>,
    name: Option<String>,
}

/// The name rule of the seed documentation: 1 to 100 letters, digits, `-` or `_`.
fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 100 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn now_iso() -> String {
    crate::timefmt::iso_utc(crate::platform::cache::now_secs() as i64, None)
}

fn writable(state: &State, scope: &Scope, caller: &Caller) -> Result<(), ApiError> {
    maintainer(state, scope.workspace_id, caller)
}

#[derive(Debug, Deserialize)]
struct Body {
    credentials: Value,
}

/// The sandbox's provider probe: a secret containing "invalid" is rejected, "unreachable" is a transient
/// provider error, anything else is accepted.
fn probe(c: &Credential) -> (&'static str, Option<String>, bool) {
    let text = c.keys.to_string();
    if text.contains("unreachable") {
        (if c.status == "INVALID" { "INVALID" } else { "AVAILABLE" }, Some("The provider could not be reached.".into()), true)
    } else if text.contains("invalid") {
        ("INVALID", Some("The provider rejected these credentials.".into()), false)
    } else {
        ("AVAILABLE", None, false)
    }
}

fn snippet(c: &Credential) -> Option<String> {
    let external = c.keys.get("externalId")?.as_str()?;
    // The trust policy alone, compact as a server may send it; the role it is for is in the keys.
    Some(format!(
        "{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Principal\":{{\"AWS\":\"arn:aws:iam::000000000000:root\"}},\"Action\":\"sts:AssumeRole\",\"Condition\":{{\"StringEquals\":{{\"sts:ExternalId\":\"{external}\"}}}}}}]}}"
    ))
}

async fn create(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Query(scope): Query<Scope>,
    Json(body): Json<Body>,
) -> Response {
    let mut state = shared.state();
    if let Err(e) = writable(&state, &scope, &caller) {
        return e.into_response();
    }
    let c = &body.credentials;
    let name = c["name"].as_str().unwrap_or_default().to_string();
    let provider = c["provider"].as_str().unwrap_or_default().to_string();
    if !valid_name(&name) {
        return ApiError::bad_request(format!("Invalid credentials name: '{name}'")).into_response();
    }
    if crate::platform::providers::find(&provider).is_none() {
        return ApiError::bad_request(format!("Unknown provider: '{provider}'")).into_response();
    }
    if visible(&state, &scope, &caller).any(|x| x.name == name) {
        return (StatusCode::CONFLICT, Json(json!({"message": format!("Credentials with name '{name}' already exist")}))).into_response();
    }
    let mut keys = c.get("keys").cloned().unwrap_or_else(|| json!({}));
    if !keys.is_object() {
        return ApiError::bad_request("credentials.keys must be an object".into()).into_response();
    }
    if scope.use_external_id == Some(true) {
        if keys.get("assumeRoleArn").is_none() {
            return ApiError::bad_request("An external ID needs an IAM role (assumeRoleArn)".into()).into_response();
        }
        keys["externalId"] = json!(format!("sbx-ext-{}", state.next_id + 1));
    }
    let id = state.new_credentials_id();
    let now = now_iso();
    let mut cred = Credential {
        id: id.clone(),
        workspace_id: scope.workspace_id,
        owner: caller.user.id,
        name,
        provider,
        description: c["description"].as_str().map(str::to_string),
        base_url: c["baseUrl"].as_str().map(str::to_string),
        category: c["category"].as_str().map(str::to_string),
        keys,
        status: "AVAILABLE".into(),
        message: None,
        date_created: now.clone(),
        last_updated: now,
        last_used: None,
    };
    let (status, message, transient) = probe(&cred);
    if !transient {
        cred.status = status.into();
        cred.message = message;
    }
    state.credentials.push(cred);
    shared.persist();
    Json(json!({ "credentialsId": id })).into_response()
}

async fn validate_name(AxState(shared): AxState<Shared>, Extension(caller): Extension<Caller>, Query(scope): Query<Scope>) -> Response {
    let state = shared.state();
    if let Err(e) = caller_role(&state, scope.workspace_id, &caller) {
        return e.into_response();
    }
    let name = scope.name.clone().unwrap_or_default();
    if !valid_name(&name) {
        return ApiError::bad_request(format!("Invalid credentials name: '{name}'")).into_response();
    }
    if visible(&state, &scope, &caller).any(|c| c.name == name) {
        return (StatusCode::CONFLICT, Json(json!({"message": format!("Credentials with name '{name}' already exist")}))).into_response();
    }
    StatusCode::NO_CONTENT.into_response()
}

async fn update(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
    Json(body): Json<Body>,
) -> Response {
    let mut state = shared.state();
    if let Err(e) = writable(&state, &scope, &caller) {
        return e.into_response();
    }
    let Some(cred) = find_mut(&mut state, &id, &scope, &caller) else {
        return ApiError::bad_request(format!("Unknown credentials ID: {id}")).into_response();
    };
    let c = &body.credentials;
    if c["provider"].as_str().is_some_and(|p| p != cred.provider) {
        return ApiError::bad_request("The provider of credentials cannot change".into()).into_response();
    }
    match c.get("keys") {
        None | Some(Value::Null) => {}
        Some(Value::Object(keys)) => {
            if !cred.keys.is_object() {
                cred.keys = json!({});
            }
            if let Some(stored) = cred.keys.as_object_mut() {
                stored.extend(keys.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        }
        Some(_) => return ApiError::bad_request("credentials.keys must be an object".into()).into_response(),
    }
    if let Some(d) = c["description"].as_str() {
        cred.description = Some(d.to_string());
    }
    if let Some(b) = c["baseUrl"].as_str() {
        cred.base_url = Some(b.to_string());
    }
    cred.last_updated = now_iso();
    shared.persist();
    StatusCode::NO_CONTENT.into_response()
}

async fn validate(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Response {
    let mut state = shared.state();
    if let Err(e) = caller_role(&state, scope.workspace_id, &caller) {
        return e.into_response();
    }
    let Some(cred) = find_mut(&mut state, &id, &scope, &caller) else {
        return (StatusCode::NOT_FOUND, Json(json!({"message": format!("Unknown credentials ID: {id}")}))).into_response();
    };
    if scope.force == Some(true) {
        if cred.status != "INVALID" {
            return (StatusCode::CONFLICT, Json(json!({"message": "Only INVALID credentials can be forced back to AVAILABLE"})))
                .into_response();
        }
        cred.status = "AVAILABLE".into();
        cred.message = None;
    } else {
        let (status, message, transient) = probe(cred);
        if transient {
            let (status, message) = (cred.status.clone(), message);
            shared.persist();
            return Json(json!({"status": status, "message": message, "transientError": true})).into_response();
        }
        cred.status = status.into();
        cred.message = message;
    }
    let out = json!({"status": cred.status, "message": cred.message, "transientError": false});
    shared.persist();
    Json(out).into_response()
}

/// Whether a credential belongs to the workspace in scope (the personal one: the caller's own).
fn in_scope(c: &Credential, scope: &Scope, caller: &Caller) -> bool {
    c.workspace_id == scope.workspace_id && (scope.workspace_id.is_some() || c.owner == caller.user.id)
}

fn visible<'a>(state: &'a State, scope: &'a Scope, caller: &'a Caller) -> impl Iterator<Item = &'a Credential> {
    state.credentials.iter().filter(move |c| in_scope(c, scope, caller))
}

fn find_mut<'a>(state: &'a mut State, id: &str, scope: &Scope, caller: &Caller) -> Option<&'a mut Credential> {
    state.credentials.iter_mut().find(|c| c.id == id && in_scope(c, scope, caller))
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

pub(crate) fn to_json(c: &Credential, with_keys: bool) -> Value {
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
    let state = shared.state();
    caller_role(&state, scope.workspace_id, &caller)?;
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
    let state = shared.state();
    caller_role(&state, scope.workspace_id, &caller)?;
    let c = visible(&state, &scope, &caller)
        .find(|c| c.id == id)
        .ok_or_else(|| ApiError::bad_request(format!("Unknown credentials ID: {id}")))?;
    let mut out = json!({ "credentials": to_json(c, true) });
    if let Some(snippet) = snippet(c) {
        out["setupSnippet"] = json!(snippet);
    }
    Ok(Json(out))
}

async fn delete(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Response {
    let mut state = shared.state();
    let role = match caller_role(&state, scope.workspace_id, &caller) {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    if !visible(&state, &scope, &caller).any(|c| c.id == id) {
        return ApiError::bad_request(format!("Unknown credentials ID: {id}")).into_response();
    }
    if !role_at_least(&role, Role::Maintain) {
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
    shared.persist();
    StatusCode::NO_CONTENT.into_response()
}
