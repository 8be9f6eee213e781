//! Compute environments, pipelines and runs (`/compute-envs`, `/pipelines`, `/workflow`): the calls as the
//! API has them; values stay JSON with the API's field names, since the commands show them as they came.

use reqwest::Method;
use serde_json::{Value, json};

use super::workspaces::Role;
use super::{Call, PlatformClient};
use crate::error::Result;
use crate::http::encode_component;

/// The objects under `key` in an answer (an absent list is empty).
fn items(mut v: Value, key: &str) -> Vec<Value> {
    match v.get_mut(key).map(Value::take) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

impl PlatformClient {
    /// `GET /compute-envs`: the list entries (`ListComputeEnvsResponse.Entry`).
    pub(crate) async fn compute_envs_list(&self, workspace_id: Option<i64>) -> Result<Vec<Value>> {
        Ok(items(self.json(Call { workspace_id, ..Call::get("/compute-envs") }).await?, "computeEnvs"))
    }

    /// `GET /compute-envs/{id}`: the `computeEnv`.
    pub(crate) async fn compute_env_get(&self, workspace_id: Option<i64>, id: &str) -> Result<Value> {
        let v: Value = self.json(Call { workspace_id, ..Call::get(format!("/compute-envs/{}", encode_component(id))) }).await?;
        Ok(v.get("computeEnv").cloned().unwrap_or(Value::Null))
    }

    /// `GET /pipelines` (up to 1000, filtered by `search` when given): `PipelineDbDto`s.
    pub(crate) async fn pipelines_list(&self, workspace_id: Option<i64>, search: Option<&str>) -> Result<Vec<Value>> {
        let mut call = Call { workspace_id, ..Call::get("/pipelines") };
        call.query.push(("max", "1000".into()));
        if let Some(s) = search {
            call.query.push(("search", s.to_string()));
        }
        Ok(items(self.json(call).await?, "pipelines"))
    }

    /// `GET /pipelines/{id}`: the `pipeline`.
    pub(crate) async fn pipeline_get(&self, workspace_id: Option<i64>, id: i64) -> Result<Value> {
        let v: Value = self.json(Call { workspace_id, ..Call::get(format!("/pipelines/{id}")) }).await?;
        Ok(v.get("pipeline").cloned().unwrap_or(Value::Null))
    }

    /// `GET /pipelines/{id}/launch`: the pipeline's launch defaults (`LaunchDbDto`).
    pub(crate) async fn pipeline_launch(&self, workspace_id: Option<i64>, id: i64) -> Result<Value> {
        let v: Value = self.json(Call { workspace_id, ..Call::get(format!("/pipelines/{id}/launch")) }).await?;
        Ok(v.get("launch").cloned().unwrap_or(Value::Null))
    }

    /// `POST /workflow/launch` (never retried): the new run's `workflowId`.
    pub(crate) async fn workflow_launch(&self, workspace_id: Option<i64>, launch: Value) -> Result<String> {
        let call = Call { method: Method::POST, workspace_id, role: Role::Maintain, ..Call::get("/workflow/launch") };
        let v: Value = self.json_with_body(call, json!({ "launch": launch })).await?;
        Ok(v["workflowId"].as_str().unwrap_or_default().to_string())
    }

    /// `GET /workflow`: one page of runs, newest first (`ListWorkflowsResponse`: `workflows`, `totalSize`,
    /// `hasMore`). Each element holds `workflow` and `progress`.
    pub(crate) async fn workflows_list(&self, workspace_id: Option<i64>, max: usize, search: Option<&str>) -> Result<Value> {
        let mut call = Call { workspace_id, ..Call::get("/workflow") };
        call.query.push(("max", max.to_string()));
        if let Some(s) = search {
            call.query.push(("search", s.to_string()));
        }
        self.json(call).await
    }

    /// `GET /workflow/{id}`: `DescribeWorkflowResponse` (`workflow`, `progress`, ...).
    pub(crate) async fn workflow_get(&self, workspace_id: Option<i64>, id: &str) -> Result<Value> {
        self.json(Call { workspace_id, ..Call::get(format!("/workflow/{}", encode_component(id))) }).await
    }

    /// `POST /workflow/{id}/cancel`.
    pub(crate) async fn workflow_cancel(&self, workspace_id: Option<i64>, id: &str) -> Result<()> {
        let path = format!("/workflow/{}/cancel", encode_component(id));
        let call = Call { method: Method::POST, workspace_id, role: Role::Maintain, ..Call::get(path) };
        self.execute_with_body(call, json!({})).await.map(drop)
    }
}
