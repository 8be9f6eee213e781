//! Organizations and workspaces: `GET /orgs`, `/orgs/{orgId}`, `/orgs/{orgId}/workspaces` and
//! `/user/{userId}/workspaces`. Orgs and workspaces the caller is not in stay invisible (403).

use axum::extract::{Path, State as AxState};
use axum::{Extension, Json, Router, routing::get};

use super::{ApiError, Caller, Shared};
use crate::platform::models::*;
use crate::sandbox::state::{Org, State};

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/orgs", get(list_orgs))
        .route("/orgs/{org_id}", get(describe_org))
        .route("/orgs/{org_id}/workspaces", get(list_org_workspaces))
        .route("/user/{user_id}/workspaces", get(user_workspaces))
}

fn org_dto(state: &State, org: &Org, user_id: i64) -> OrganizationDbDto {
    OrganizationDbDto {
        org_id: org.id,
        name: org.name.clone(),
        full_name: Some(org.full_name.clone()),
        description: Some(org.description.clone()),
        location: None,
        website: None,
        logo_url: None,
        member_id: Some(org.id * 1000 + user_id),
        member_role: state.org_role(org, user_id),
        org_type: Some(org.org_type.clone()),
    }
}

async fn list_orgs(AxState(shared): AxState<Shared>, Extension(caller): Extension<Caller>) -> Json<ListOrganizationsResponse> {
    let state = shared.state();
    let organizations: Vec<_> = state.visible_orgs(caller.user.id).into_iter().map(|o| org_dto(&state, o, caller.user.id)).collect();
    Json(ListOrganizationsResponse { total_size: Some(organizations.len() as i32), organizations })
}

fn visible_org(state: &State, org_id: i64, user_id: i64) -> Result<Org, ApiError> {
    state.visible_orgs(user_id).into_iter().find(|o| o.id == org_id).cloned().ok_or_else(ApiError::forbidden)
}

async fn describe_org(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(org_id): Path<i64>,
) -> Result<Json<DescribeOrganizationResponse>, ApiError> {
    let state = shared.state();
    let org = visible_org(&state, org_id, caller.user.id)?;
    Ok(Json(DescribeOrganizationResponse { organization: org_dto(&state, &org, caller.user.id) }))
}

async fn list_org_workspaces(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(org_id): Path<i64>,
) -> Result<Json<ListWorkspacesResponse>, ApiError> {
    let state = shared.state();
    visible_org(&state, org_id, caller.user.id)?;
    let workspaces = state
        .visible_workspaces(caller.user.id, org_id)
        .into_iter()
        .map(|w| WorkspaceDbDto {
            id: w.id,
            name: w.name.clone(),
            full_name: Some(w.full_name.clone()),
            description: Some(w.description.clone()),
            visibility: Some(w.visibility.clone()),
        })
        .collect();
    Ok(Json(ListWorkspacesResponse { workspaces }))
}

async fn user_workspaces(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<i64>,
) -> Result<Json<ListWorkspacesAndOrgResponse>, ApiError> {
    if user_id != caller.user.id {
        return Err(ApiError::forbidden());
    }
    let state = shared.state();
    let mut rows = Vec::new();
    for org in state.visible_orgs(user_id) {
        rows.push(OrgAndWorkspaceDto {
            org_id: org.id,
            org_name: org.name.clone(),
            org_type: Some(org.org_type.clone()),
            roles: state.org_role(org, user_id).into_iter().collect(),
            ..Default::default()
        });
        for ws in state.visible_workspaces(user_id, org.id) {
            rows.push(OrgAndWorkspaceDto {
                org_id: org.id,
                org_name: org.name.clone(),
                org_type: Some(org.org_type.clone()),
                workspace_id: Some(ws.id),
                workspace_name: Some(ws.name.clone()),
                workspace_full_name: Some(ws.full_name.clone()),
                visibility: Some(ws.visibility.clone()),
                roles: state.workspace_role(ws, user_id).into_iter().collect(),
                ..Default::default()
            });
        }
    }
    Ok(Json(ListWorkspacesAndOrgResponse { orgs_and_workspaces: rows }))
}
