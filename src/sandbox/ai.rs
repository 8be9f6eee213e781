//! The AI backend's root, `GET /ai/`: `{version, platform_url}`, what `seqera status` probes. The session
//! and SSE endpoints come with the AI issue.

use axum::extract::State as AxState;
use axum::{Json, Router, routing::get};
use serde_json::{Value, json};

use super::Shared;

pub fn routes() -> Router<Shared> {
    Router::new().route("/ai", get(root)).route("/ai/", get(root))
}

async fn root(AxState(shared): AxState<Shared>) -> Json<Value> {
    Json(json!({ "version": "sandbox-ai-0.1.0", "platform_url": shared.base_url }))
}
