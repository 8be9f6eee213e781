//! `credentials validate`: asks Platform to check a credential's keys, and what its answer means (also used
//! after `rotate`).

use serde_json::{Value, json};

use super::credentials::resolve;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::status::Topic;
use crate::output::{Output, col};
use crate::platform::workspaces::Role;

pub(super) async fn validate(ctx: &Context, wanted: &str, force: bool) -> Result<Output> {
    let ws = ctx.workspace_id().await?;
    if force {
        ctx.require_role(ws, Role::Maintain, "force-validate credentials").await?;
    }
    let cred = resolve(ctx, ws, wanted).await?;
    let id = cred["id"].as_str().unwrap_or_default().to_string();
    let name = cred["name"].as_str().unwrap_or_default().to_string();
    let result = ctx.platform().credentials_validate(ws, &id, force).await.map_err(|e| match e.kind {
        ErrorKind::Conflict if force => Error::new(ErrorKind::Conflict, format!("`{name}` is not INVALID, so there is nothing to force.")),
        _ => e,
    })?;
    validation_output(ctx, &name, &id, result)
}

pub(crate) const VALIDATION_FIELDS: &[crate::output::Column] =
    &[col("ID", "id"), col("Name", "name"), col("Status", "status"), col("Message", "message"), col("Transient", "transientError")];

/// A validation result as a record naming the credential (`id`, `name`, then the answer's fields);
/// INVALID fails the command.
fn validation_output(ctx: &Context, name: &str, id: &str, result: Value) -> Result<Output> {
    let mut item = serde_json::Map::new();
    item.insert("id".into(), json!(id));
    item.insert("name".into(), json!(name));
    if let Value::Object(answer) = &result {
        item.extend(answer.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    let out = Output::Record { fields: VALIDATION_FIELDS.to_vec(), item: Value::Object(item) };
    Ok(match verdict(ctx, name, &result) {
        Some(e) => Output::Failed(Box::new(out), e),
        None => out,
    })
}

/// What a validation answer means: INVALID is an error; a provider that could not be reached is said.
pub(super) fn verdict(ctx: &Context, name: &str, result: &Value) -> Option<Error> {
    if result["transientError"] == json!(true) {
        ctx.status().warn(Topic::Credentials, "The provider could not be reached; the status was not changed. Try again later.");
        return None;
    }
    let why = result["message"].as_str().unwrap_or("the provider rejected them");
    (result["status"] == "INVALID")
        .then(|| Error::other(format!("`{name}` is INVALID: {why}")).with_hint("Rotate the keys with `seqera credentials rotate`."))
}
