//! `GET /service-info` (no auth) and `GET /user-info`.

use axum::{Extension, Json, Router, routing::get};

use super::{Caller, Shared};
use crate::platform::models::*;

pub(crate) const SANDBOX_VERSION: &str = "25.3.0-sandbox";
pub(crate) const SANDBOX_API_VERSION: &str = "1.187.0";

pub(crate) fn routes() -> Router<Shared> {
    Router::new().route("/service-info", get(service_info)).route("/user-info", get(user_info))
}

async fn service_info() -> Json<ServiceInfoResponse> {
    Json(ServiceInfoResponse {
        service_info: ServiceInfo {
            version: Some(SANDBOX_VERSION.into()),
            api_version: Some(SANDBOX_API_VERSION.into()),
            commit_id: Some("sandbox".into()),
            auth_types: vec!["oidc".into()],
            login_path: Some("/login".into()),
            seqera_cloud: Some(false),
            user_workspace_enabled: Some(true),
            llm_enabled: Some(true),
            seqera_ai_base_url: None,
        },
    })
}

async fn user_info(Extension(caller): Extension<Caller>) -> Json<DescribeUserResponse> {
    let u = caller.user;
    Json(DescribeUserResponse {
        user: UserResponseDto {
            id: u.id,
            user_name: u.user_name,
            email: u.email,
            first_name: Some(u.first_name),
            last_name: Some(u.last_name),
            organization: None,
            date_created: Some(super::state::SEED_DATE.into()),
            last_access: Some(super::state::SEED_DATE.into()),
        },
        need_consent: Some(false),
        default_workspace_id: None,
    })
}
