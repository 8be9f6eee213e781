//! Compute environments and pipelines: list and describe, and a pipeline's launch defaults
//! (`GET /pipelines/{id}/launch`). Reading needs any role in the workspace; without one the answer is 403.

use axum::extract::{Path, Query, State as AxState};
use axum::{Extension, Json, Router, routing::get};
use serde::Deserialize;
use serde_json::{Value, json};

use super::runs_state::Pipeline;
use super::state::{ComputeEnv, SEED_DATE, State};
use super::{ApiError, Caller, Shared, caller_role};

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/compute-envs", get(list_compute_envs))
        .route("/compute-envs/{id}", get(describe_compute_env))
        .route("/pipelines", get(list_pipelines))
        .route("/pipelines/{id}", get(describe_pipeline))
        .route("/pipelines/{id}/launch", get(describe_launch))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Scope {
    pub(crate) workspace_id: Option<i64>,
    search: Option<String>,
    status: Option<String>,
}

fn workspace_name(state: &State, id: Option<i64>) -> Option<String> {
    state.workspaces.iter().find(|w| Some(w.id) == id).map(|w| w.name.clone())
}

fn org_of(state: &State, ws: Option<i64>) -> Option<(i64, String)> {
    let w = state.workspaces.iter().find(|w| Some(w.id) == ws)?;
    state.orgs.iter().find(|o| o.id == w.org_id).map(|o| (o.id, o.name.clone()))
}

/// A compute environment as a list entry (`ListComputeEnvsResponse.Entry`).
fn ce_entry(state: &State, ce: &ComputeEnv) -> Value {
    let mut v = json!({
        "id": ce.id,
        "name": ce.name,
        "platform": ce.platform,
        "status": ce.status,
        "primary": ce.primary,
        "workDir": ce.work_dir,
        "credentialsId": ce.credentials_id,
        "visibility": "SHARED",
    });
    if let Some(region) = &ce.region {
        v["region"] = json!(region);
    }
    if let Some(name) = workspace_name(state, ce.workspace_id) {
        v["workspaceName"] = json!(name);
    }
    v
}

/// A compute environment described (`ComputeEnvResponseDto`), its settings under `config`.
pub(crate) fn ce_full(state: &State, ce: &ComputeEnv) -> Value {
    let mut config = json!({ "discriminator": ce.platform, "workDir": ce.work_dir });
    if let Some(region) = &ce.region {
        let key = if ce.platform.starts_with("google") { "location" } else { "region" };
        config[key] = json!(region);
    }
    let mut v = json!({
        "id": ce.id,
        "name": ce.name,
        "platform": ce.platform,
        "status": ce.status,
        "primary": ce.primary,
        "credentialsId": ce.credentials_id,
        "config": config,
        "dateCreated": if ce.date_created.is_empty() { SEED_DATE } else { &ce.date_created },
        "lastUpdated": if ce.date_created.is_empty() { SEED_DATE } else { &ce.date_created },
        "deleted": false,
    });
    if let Some(ws) = ce.workspace_id {
        v["workspaceId"] = json!(ws);
    }
    if let Some((org, _)) = org_of(state, ce.workspace_id) {
        v["orgId"] = json!(org);
    }
    v
}

fn in_workspace(state: &State, ws: Option<i64>) -> impl Iterator<Item = &ComputeEnv> {
    state.compute_envs.iter().filter(move |c| c.workspace_id == ws)
}

async fn list_compute_envs(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let state = shared.state();
    caller_role(&state, scope.workspace_id, &caller)?;
    let list: Vec<Value> = in_workspace(&state, scope.workspace_id)
        .filter(|c| scope.status.as_deref().is_none_or(|s| s.eq_ignore_ascii_case(&c.status)))
        .map(|c| ce_entry(&state, c))
        .collect();
    Ok(Json(json!({ "computeEnvs": list })))
}

async fn describe_compute_env(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let state = shared.state();
    caller_role(&state, scope.workspace_id, &caller)?;
    let ce = in_workspace(&state, scope.workspace_id)
        .find(|c| c.id == id)
        .ok_or_else(|| ApiError::bad_request(format!("Unknown compute environment ID: {id}")))?;
    Ok(Json(json!({ "computeEnv": ce_full(&state, ce) })))
}

fn pipeline_json(state: &State, p: &Pipeline) -> Value {
    let mut v = json!({
        "pipelineId": p.id,
        "name": p.name,
        "description": p.description,
        "repository": p.repository,
        "userId": 1,
        "userName": "demo",
        "userFirstName": "Demo",
        "userLastName": "User",
        "visibility": "SHARED",
        "deleted": false,
        "lastUpdated": SEED_DATE,
    });
    if let Some(ws) = p.workspace_id {
        v["workspaceId"] = json!(ws);
    }
    if let Some(name) = workspace_name(state, p.workspace_id) {
        v["workspaceName"] = json!(name);
    }
    if let Some((id, name)) = org_of(state, p.workspace_id) {
        v["orgId"] = json!(id);
        v["orgName"] = json!(name);
    }
    if let Some(ce) = p.compute_env_id.as_ref().and_then(|id| state.compute_envs.iter().find(|c| &c.id == id)) {
        v["computeEnv"] = json!({"id": ce.id, "name": ce.name, "platform": ce.platform, "region": ce.region.clone().unwrap_or_default()});
    }
    v
}

pub(crate) fn find_pipeline<'a>(state: &'a State, ws: Option<i64>, id: &str) -> Result<&'a Pipeline, ApiError> {
    let numeric: Option<i64> = id.parse().ok();
    state
        .pipelines
        .iter()
        .find(|p| p.workspace_id == ws && Some(p.id) == numeric)
        .ok_or_else(|| ApiError::bad_request(format!("Unknown pipeline ID: {id}")))
}

async fn list_pipelines(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let state = shared.state();
    caller_role(&state, scope.workspace_id, &caller)?;
    let search = scope.search.as_deref().map(str::to_ascii_lowercase);
    let list: Vec<Value> = state
        .pipelines
        .iter()
        .filter(|p| p.workspace_id == scope.workspace_id)
        .filter(|p| search.as_deref().is_none_or(|s| p.name.to_ascii_lowercase().contains(s) || p.repository.contains(s)))
        .map(|p| pipeline_json(&state, p))
        .collect();
    Ok(Json(json!({ "pipelines": list, "totalSize": list.len() })))
}

async fn describe_pipeline(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let state = shared.state();
    caller_role(&state, scope.workspace_id, &caller)?;
    let p = find_pipeline(&state, scope.workspace_id, &id)?;
    Ok(Json(json!({ "pipeline": pipeline_json(&state, p) })))
}

/// `GET /pipelines/{id}/launch`: what a launch of the pipeline starts from (`LaunchDbDto`).
async fn describe_launch(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let state = shared.state();
    caller_role(&state, scope.workspace_id, &caller)?;
    let p = find_pipeline(&state, scope.workspace_id, &id)?;
    let ce = p
        .compute_env_id
        .as_ref()
        .and_then(|id| state.compute_envs.iter().find(|c| &c.id == id))
        .or_else(|| in_workspace(&state, scope.workspace_id).find(|c| c.primary));
    let mut launch = json!({
        "id": format!("launch{}", p.id),
        "pipeline": p.repository,
        "configProfiles": p.config_profiles,
        "dateCreated": SEED_DATE,
        "lastUpdated": SEED_DATE,
        "pullLatest": false,
        "resume": false,
        "stubRun": false,
    });
    if let Some(ws) = p.workspace_id {
        launch["workspaceId"] = json!(ws);
    }
    if let Some(r) = &p.revision {
        launch["revision"] = json!(r);
    }
    if let Some(t) = &p.params_text {
        launch["paramsText"] = json!(t);
    }
    if let Some(ce) = ce {
        launch["workDir"] = json!(p.work_dir.clone().unwrap_or_else(|| ce.work_dir.clone()));
        launch["computeEnv"] = ce_full(&state, ce);
    }
    Ok(Json(json!({ "launch": launch })))
}
