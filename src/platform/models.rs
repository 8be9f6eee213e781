//! Platform API shapes, with the field names of shared/reference/seqera-api.yml. Optional fields are
//! omitted rather than sent as `null`: the spec marks few fields nullable, and Prism holds us to that.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ServiceInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) api_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) commit_id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) auth_types: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) login_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) seqera_cloud: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) user_workspace_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) llm_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) seqera_ai_base_url: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ServiceInfoResponse {
    pub(crate) service_info: ServiceInfo,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UserResponseDto {
    pub(crate) id: i64,
    pub(crate) user_name: String,
    #[serde(default)]
    pub(crate) email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) date_created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last_access: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DescribeUserResponse {
    pub(crate) user: UserResponseDto,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) need_consent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) default_workspace_id: Option<i64>,
}

/// One row of `GET /user/{userId}/workspaces`: an org (workspace fields absent) or a workspace in it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub(crate) struct OrgAndWorkspaceDto {
    pub(crate) org_id: i64,
    pub(crate) org_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) org_logo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) org_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) workspace_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) workspace_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) workspace_full_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) visibility: Option<String>,
    #[serde(default)]
    pub(crate) roles: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ListWorkspacesAndOrgResponse {
    pub(crate) orgs_and_workspaces: Vec<OrgAndWorkspaceDto>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub(crate) struct OrganizationDbDto {
    pub(crate) org_id: i64,
    pub(crate) name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) full_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) logo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) member_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) member_role: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub(crate) org_type: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ListOrganizationsResponse {
    pub(crate) organizations: Vec<OrganizationDbDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) total_size: Option<i32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DescribeOrganizationResponse {
    pub(crate) organization: OrganizationDbDto,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub(crate) struct WorkspaceDbDto {
    pub(crate) id: i64,
    pub(crate) name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) full_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) visibility: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ListWorkspacesResponse {
    pub(crate) workspaces: Vec<WorkspaceDbDto>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ErrorResponse {
    pub(crate) message: String,
}
