//! Following runs to their end: one `GET /workflow` per poll for all of them (never one request per run),
//! the changes since the last poll, and the verdict. `runs watch` and the script function `runs_watch`
//! drive it.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::cell_text;

/// The statuses a run does not leave.
pub(crate) fn is_final(status: &str) -> bool {
    matches!(status, "SUCCEEDED" | "FAILED" | "CANCELLED" | "UNKNOWN")
}

pub(crate) struct Watch {
    ws: Option<i64>,
    /// The watched run IDs, in the order asked.
    ids: Vec<String>,
    /// The latest row of each run (`id`, `runName`, `status`, `progress`).
    rows: HashMap<String, Value>,
    changes: Vec<Value>,
}

/// What is shown and sent of a run: its ID, name, status and task counts (API field names).
fn row(element: &Value) -> Value {
    let w = &element["workflow"];
    let p = &element["progress"]["workflowProgress"];
    let n = |k: &str| p[k].as_i64().unwrap_or(0);
    json!({
        "id": w["id"], "runName": w["runName"], "status": w["status"], "projectName": w["projectName"],
        "progress": { "pending": n("pending"), "submitted": n("submitted"), "running": n("running"),
                      "succeeded": n("succeeded"), "failed": n("failed"), "aborted": n("aborted"), "cached": n("cached") },
    })
}

/// A row for the live table: `tasks` is `done/total`.
pub(crate) fn with_tasks(row: &Value) -> Value {
    let p = &row["progress"];
    let n = |k: &str| p[k].as_i64().unwrap_or(0);
    let total: i64 = ["pending", "submitted", "running", "succeeded", "failed", "aborted", "cached"].iter().map(|k| n(k)).sum();
    let mut row = row.clone();
    row["tasks"] = json!(if total == 0 { String::new() } else { format!("{}/{total}", n("succeeded") + n("cached")) });
    row
}

impl Watch {
    /// Names or IDs to runs, from one list request; the first state of each counts as a change.
    pub(crate) async fn start(ctx: &Context, wanted: &[String]) -> Result<Watch> {
        let ws = ctx.workspace_id().await?;
        let elements = super::runs::list_page(ctx, ws, wanted.len()).await?;
        let mut w = Watch { ws, ids: Vec::new(), rows: HashMap::new(), changes: Vec::new() };
        for name in wanted {
            let found = match super::pipelines::pick(&elements, name, ("workflow.id", "workflow.runName"), "run", "seqera runs list") {
                Ok(e) => e,
                Err(e) if e.kind == ErrorKind::NotFound => ctx.platform().workflow_get(ws, name).await.map_err(|_| e)?,
                Err(e) => return Err(e),
            };
            let id = cell_text(&found, "workflow.id");
            if !w.ids.contains(&id) {
                w.ids.push(id);
                w.observe(&found);
            }
        }
        Ok(w)
    }

    fn observe(&mut self, element: &Value) {
        let r = row(element);
        let id = cell_text(&r, "id");
        if self.rows.get(&id) != Some(&r) {
            self.changes.push(r.clone());
            self.rows.insert(id, r);
        }
    }

    /// One poll: one list request for every run still going (a run missing from it is asked for alone).
    pub(crate) async fn poll(&mut self, ctx: &Context) -> Result<()> {
        let going: Vec<String> = self.ids.iter().filter(|id| !self.done(id)).cloned().collect();
        if going.is_empty() {
            return Ok(());
        }
        let elements = super::runs::list_page(ctx, self.ws, self.ids.len()).await?;
        let mut seen = 0;
        for e in &elements {
            if going.iter().any(|id| *id == cell_text(e, "workflow.id")) {
                self.observe(e);
                seen += 1;
            }
        }
        if seen < going.len() {
            for id in going.iter().filter(|id| !elements.iter().any(|e| cell_text(e, "workflow.id") == **id)) {
                let e = ctx.platform().workflow_get(self.ws, id).await?;
                self.observe(&e);
            }
        }
        Ok(())
    }

    fn done(&self, id: &str) -> bool {
        self.rows.get(id).is_some_and(|r| is_final(&cell_text(r, "status")))
    }

    pub(crate) fn finished(&self) -> bool {
        self.ids.iter().all(|id| self.done(id))
    }

    /// The changes since the last call, oldest first.
    pub(crate) fn take_changes(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.changes)
    }

    /// Every watched run's latest row, in the order asked.
    pub(crate) fn rows(&self) -> Vec<Value> {
        self.ids.iter().filter_map(|id| self.rows.get(id).cloned()).collect()
    }

    /// `Ok` when every run succeeded; else an error (exit 1) naming the ones that did not.
    pub(crate) fn verdict(&self) -> Result<()> {
        let bad: Vec<String> = self
            .rows()
            .iter()
            .filter(|r| cell_text(r, "status") != "SUCCEEDED")
            .map(|r| format!("{} ({}) {}", cell_text(r, "runName"), cell_text(r, "id"), cell_text(r, "status")))
            .collect();
        if bad.is_empty() {
            return Ok(());
        }
        let message = match self.ids.len() {
            1 => format!("The run did not succeed: {}.", bad.join(", ")),
            n => format!("{} of {n} runs did not succeed: {}.", bad.len(), bad.join(", ")),
        };
        Err(Error::new(ErrorKind::Other, message).with_hint("See a run with `seqera runs get ID`."))
    }
}
