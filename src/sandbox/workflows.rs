//! Runs (`/workflow`): launch, list, describe, progress and cancel. A run's status and task counts come
//! from the clock (see `runs_state`). Launching and cancelling need the `maintain` role; reading needs any
//! role in the workspace.

use axum::extract::{Path, Query, State as AxState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json, Router, routing::get, routing::post};
use serde::Deserialize;
use serde_json::{Value, json};

use super::pipelines::Scope;
use super::runs_state::{Phase, Run, asks_to_fail, now_ms};
use super::state::State;
use super::{ApiError, Caller, Shared, caller_role, maintainer};

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/workflow", get(list))
        .route("/workflow/launch", post(launch))
        .route("/workflow/{id}", get(describe))
        .route("/workflow/{id}/progress", get(progress))
        .route("/workflow/{id}/cancel", post(cancel))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListQuery {
    workspace_id: Option<i64>,
    max: Option<usize>,
    offset: Option<usize>,
    search: Option<String>,
}

fn iso(ms: u64) -> String {
    crate::timefmt::iso_utc((ms / 1000) as i64, Some((ms % 1000) as u32))
}

/// `WorkflowDbDto` for a run at a phase.
fn workflow_json(state: &State, r: &Run, p: &Phase) -> Value {
    let user = state.users.iter().find(|u| u.id == r.owner).map(|u| u.user_name.clone()).unwrap_or_default();
    let project = r.repository.trim_end_matches('/').trim_start_matches("https://github.com/").to_string();
    let mut v = json!({
        "id": r.id,
        "runName": r.run_name,
        "projectName": project,
        "repository": r.repository,
        "status": p.status,
        "submit": iso(r.submit_ms),
        "dateCreated": iso(r.submit_ms),
        "lastUpdated": iso(p.end_ms.or(p.start_ms).unwrap_or(r.submit_ms)),
        "userName": user,
        "ownerId": r.owner,
        "workDir": r.work_dir,
        "sessionId": r.session_id,
        "commandLine": format!("nextflow run '{}' -name {} -with-tower", r.repository, r.run_name),
        "configFiles": [],
        "profile": r.config_profiles.join(","),
        "resume": false,
        "deleted": false,
    });
    if let Some(rev) = &r.revision {
        v["revision"] = json!(rev);
    }
    if let Some(start) = p.start_ms {
        v["start"] = json!(iso(start));
    }
    if let Some(end) = p.end_ms {
        v["complete"] = json!(iso(end));
        v["duration"] = json!(end - r.submit_ms);
        v["success"] = json!(p.status == "SUCCEEDED");
        v["exitStatus"] = json!(if p.status == "SUCCEEDED" { 0 } else { 1 });
        if p.status == "FAILED" {
            v["errorMessage"] = json!("Process `SANDBOX_TASK` terminated with an error exit status (1)");
        }
    }
    v
}

/// A load record (`WorkflowLoad` / `ProcessLoad`): the task counts, and zeros for the resource fields.
fn load(p: &Phase) -> Value {
    let mut v = json!({
        "pending": p.pending, "submitted": 0, "running": p.running, "succeeded": p.succeeded, "failed": p.failed,
        "aborted": p.aborted, "cached": 0, "ignored": 0, "retries": 0,
    });
    for zero in [
        "cpuLoad",
        "cpuTime",
        "cpus",
        "invCtxSwitch",
        "loadCpus",
        "loadMemory",
        "loadTasks",
        "memoryReq",
        "memoryRss",
        "peakCpus",
        "peakMemory",
        "peakTasks",
        "readBytes",
        "volCtxSwitch",
        "writeBytes",
    ] {
        v[zero] = json!(0);
    }
    v["loadTasks"] = json!(p.running);
    v
}

/// `ProgressData`: the run's counts, and one process that holds them all.
fn progress_json(p: &Phase) -> Value {
    let mut process = load(p);
    process["process"] = json!("SANDBOX_TASK");
    json!({ "workflowProgress": load(p), "processesProgress": [process], "totalProcesses": 1 })
}

/// The fields a list element and a description share: the run, its progress and where it is.
fn described(state: &State, r: &Run, now: u64) -> Value {
    let p = r.phase(now);
    let mut v = json!({ "workflow": workflow_json(state, r, &p), "progress": progress_json(&p), "labels": [], "optimized": false });
    if let Some(ws) = state.workspaces.iter().find(|w| Some(w.id) == r.workspace_id) {
        v["workspaceId"] = json!(ws.id);
        v["workspaceName"] = json!(ws.name);
        if let Some(org) = state.orgs.iter().find(|o| o.id == ws.org_id) {
            v["orgId"] = json!(org.id);
            v["orgName"] = json!(org.name);
        }
    }
    if let Some(pid) = r.pipeline_id {
        v["pipelineInfo"] = json!({ "id": pid });
    }
    v
}

fn visible<'a>(state: &'a State, ws: Option<i64>, caller: &Caller) -> impl DoubleEndedIterator<Item = &'a Run> {
    let owner = caller.user.id;
    state.runs.iter().filter(move |r| r.workspace_id == ws && (ws.is_some() || r.owner == owner))
}

async fn list(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    let mut state = shared.state();
    state.stats.workflow_lists += 1;
    caller_role(&state, q.workspace_id, &caller)?;
    let now = now_ms();
    let search = q.search.as_deref().map(str::to_ascii_lowercase).filter(|s| !s.is_empty());
    // Newest first, as the Platform lists them.
    let matching: Vec<&Run> = visible(&state, q.workspace_id, &caller)
        .rev()
        .filter(|r| search.as_deref().is_none_or(|s| r.run_name.to_ascii_lowercase().contains(s) || r.id.to_ascii_lowercase() == s))
        .collect();
    let total = matching.len();
    let (offset, max) = (q.offset.unwrap_or(0), q.max.unwrap_or(50).min(1000));
    let page: Vec<Value> = matching.iter().skip(offset).take(max).map(|r| described(&state, r, now)).collect();
    let has_more = offset + page.len() < total;
    Ok(Json(json!({ "workflows": page, "totalSize": total, "hasMore": has_more })))
}

fn find<'a>(state: &'a State, ws: Option<i64>, id: &str, caller: &Caller) -> Result<&'a Run, ApiError> {
    visible(state, ws, caller).find(|r| r.id == id).ok_or_else(|| ApiError::bad_request(format!("Unknown workflow ID: {id}")))
}

async fn describe(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let mut state = shared.state();
    state.stats.workflow_gets += 1;
    caller_role(&state, scope.workspace_id, &caller)?;
    let r = find(&state, scope.workspace_id, &id, &caller)?;
    let mut v = described(&state, r, now_ms());
    if let Some(ce) = state.compute_envs.iter().find(|c| c.id == r.compute_env_id) {
        v["platform"] = json!({ "id": ce.platform, "name": ce.platform });
    }
    Ok(Json(v))
}

async fn progress(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Result<Json<Value>, ApiError> {
    let state = shared.state();
    caller_role(&state, scope.workspace_id, &caller)?;
    let r = find(&state, scope.workspace_id, &id, &caller)?;
    Ok(Json(json!({ "progress": progress_json(&r.phase(now_ms())) })))
}

async fn cancel(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(scope): Query<Scope>,
) -> Response {
    let mut state = shared.state();
    if let Err(e) = maintainer(&state, scope.workspace_id, &caller) {
        return e.into_response();
    }
    let now = now_ms();
    let owner = caller.user.id;
    let Some(run) = state
        .runs
        .iter_mut()
        .find(|r| r.id == id && r.workspace_id == scope.workspace_id && (scope.workspace_id.is_some() || r.owner == owner))
    else {
        return ApiError::bad_request(format!("Unknown workflow ID: {id}")).into_response();
    };
    let status = run.phase(now).status;
    if !matches!(status, "SUBMITTED" | "RUNNING") {
        return ApiError::bad_request(format!("Workflow {id} has already ended ({status}) and cannot be cancelled")).into_response();
    }
    run.cancelled_ms = Some(now);
    shared.persist();
    StatusCode::NO_CONTENT.into_response()
}

#[derive(Debug, Deserialize)]
struct LaunchBody {
    launch: Value,
}

/// A new workflow ID: 14 letters and digits, like the Platform's.
fn new_run_id(state: &mut State) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    state.next_id += 1;
    let mut rng = fastrand::Rng::with_seed(state.next_id as u64 * 104_729);
    (0..14).map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char).collect()
}

/// A run name as the Platform makes them: an adjective and a scientist.
fn random_name(n: i64) -> String {
    const ADJ: [&str; 8] = ["happy", "serene", "jolly", "sharp", "brave", "nostalgic", "elated", "curious"];
    const WHO: [&str; 8] = ["curie", "darwin", "franklin", "mendel", "turing", "hopper", "mcclintock", "sanger"];
    let n = n as usize;
    format!("{}_{}", ADJ[n % ADJ.len()], WHO[(n * 3 + n / ADJ.len()) % WHO.len()])
}

async fn launch(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Query(scope): Query<Scope>,
    Json(body): Json<LaunchBody>,
) -> Response {
    let mut state = shared.state();
    if let Err(e) = maintainer(&state, scope.workspace_id, &caller) {
        return e.into_response();
    }
    let l = &body.launch;
    let text = |k: &str| l.get(k).and_then(Value::as_str).map(str::to_string).filter(|s| !s.is_empty());
    let Some(repository) = text("pipeline") else {
        return ApiError::bad_request("Missing pipeline repository (launch.pipeline)".into()).into_response();
    };
    let Some(ce_id) = text("computeEnvId") else {
        return ApiError::bad_request("Missing compute environment (launch.computeEnvId)".into()).into_response();
    };
    let Some(ce) = state.compute_envs.iter().find(|c| c.id == ce_id && c.workspace_id == scope.workspace_id).cloned() else {
        return ApiError::bad_request(format!("Unknown compute environment ID: {ce_id}")).into_response();
    };
    let params_text = text("paramsText");
    let pipeline_id = state.pipelines.iter().find(|p| p.workspace_id == scope.workspace_id && p.repository == repository).map(|p| p.id);
    let id = new_run_id(&mut state);
    let run = Run {
        run_name: text("runName").unwrap_or_else(|| random_name(state.next_id)),
        id: id.clone(),
        workspace_id: scope.workspace_id,
        owner: caller.user.id,
        pipeline_id,
        repository,
        revision: text("revision"),
        compute_env_id: ce.id.clone(),
        work_dir: text("workDir").unwrap_or(ce.work_dir),
        fail: params_text.as_deref().is_some_and(asks_to_fail),
        params_text,
        config_profiles: l
            .get("configProfiles")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(str::to_string))
            .collect(),
        session_id: format!("{:08x}-sbx0-4000-8000-{:012x}", state.next_id, state.next_id),
        submit_ms: now_ms(),
        duration_ms: shared.run_ms,
        cancelled_ms: None,
        tasks: 10,
    };
    state.runs.push(run);
    shared.persist();
    Json(json!({ "workflowId": id })).into_response()
}
