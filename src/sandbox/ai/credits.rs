//! `GET /v1/cli/credits` of the sandbox's AI backend: credits worked out from the tokens used here.

use axum::Json;
use axum::extract::{Extension, Query, State as AxState};
use serde::Deserialize;
use serde_json::{Value, json};

use super::super::{Caller, Shared};

#[derive(Deserialize)]
pub(super) struct CreditsQuery {
    org_id: Option<String>,
}

/// `GET /v1/cli/credits`: tokens are what the caller's sessions really used here. A "pro" organization
/// pays from a pool of org credits (one per 1,000 tokens, out of 100); any other has its credits managed
/// by the organization and gives the user an included allowance of 20.
pub(super) async fn credits(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<CreditsQuery>,
) -> Json<Value> {
    let (mut input, mut output) = (0u64, 0u64);
    for s in shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner()).values().filter(|s| s.owner == caller.user.id) {
        for e in s.events.iter().filter(|e| e["type"] == "finish") {
            input += e["usage"]["promptTokens"].as_u64().unwrap_or(0);
            output += e["usage"]["completionTokens"].as_u64().unwrap_or(0);
        }
    }
    let spent = (input + output) as f64 / 1000.0;
    let org = q.org_id.and_then(|id| id.parse::<i64>().ok()).and_then(|id| {
        let state = shared.state();
        state
            .orgs
            .iter()
            .find(|o| o.id == id && o.members.iter().any(|(u, _)| *u == caller.user.id))
            .map(|o| (o.name.clone(), o.org_type.clone()))
    });
    let mut body = json!({
        "input_tokens": input, "output_tokens": output, "cache_read_tokens": 0, "cache_creation_tokens": 0,
    });
    match org {
        Some((name, tier)) if tier == "pro" => {
            body["org_credits_enabled"] = json!(true);
            body["org_credits"] = json!({"total": 100, "consumed": 12.5 + spent, "expiration_date": "2027-01-31"});
            body["metering_tier"] = json!("org");
            body["org_name"] = json!(name);
            body["org_tier"] = json!(tier);
        }
        other => {
            body["org_credits_enabled"] = json!(false);
            body["metering_tier"] = json!(if spent >= 20.0 { "exhausted" } else { "included" });
            body["included_limit"] = json!(20);
            body["included_used"] = json!(spent);
            if let Some((name, tier)) = other {
                body["org_name"] = json!(name);
                body["org_tier"] = json!(tier);
            }
        }
    }
    Json(body)
}
