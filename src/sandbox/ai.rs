//! The AI backend (Co-Scientist) at `/ai`: the root probe, and the `/v1/cli/...` session endpoints with a
//! deterministic scripted assistant that speaks the SSE protocol of the fact sheet (section D).
//!
//! What the assistant does with a message (case-insensitive):
//! - "list my credentials": asks the client to run `seqera credentials list` (execute-local, bash), then
//!   reports what came back;
//! - "delete credential NAME": asks to run `seqera credentials delete NAME --yes`;
//! - "write a note": asks to write `note.txt` in the session's directory (write_file_local);
//! - "read FILE": asks to read a file (read_file_local);
//! - "describe this project": says back what the session body told it (git state, skills, docs, memory,
//!   the first line of the instructions);
//! - anything else is echoed back ("You said: ...", or "You said (plan mode): ..." for a message in plan
//!   mode), with a reasoning event first when it says "think".
//!
//! - `[tools] [{"tool": NAME, "args": {...}}, ...]` (at the end of the message): asks for each call in
//!   turn, whatever its name and arguments, then answers `TOOL RESULTS: ` and the JSON array of the
//!   results it got back (`{tool, stdout, stderr, exit_code}`), so tests can see what the client sent.
//!
//! Knobs, written anywhere in the message: `[drop]` closes the first event stream after two events (the
//! client must resume with its cursor), `[hang]` closes every stream before the end, `[429]` answers the
//! message with 429 and a `detail`, `[500]` with 500, `[slow]` waits 300 ms between text chunks.
//! `SEQERA_SANDBOX_LOG_EVENTS=true` logs when each event is sent (for `scripts/bench-ai`).

use std::collections::HashMap;
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Mutex;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Extension, Path, Query, State as AxState};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router, middleware};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::{Notify, mpsc};

use super::{Caller, Shared};

mod assistant;
mod credits;
use assistant::{finish, next_call, reply, text_chunks};
use credits::credits;

#[derive(Default)]
pub(crate) struct AiSandbox {
    sessions: Mutex<HashMap<String, Sess>>,
    changed: Notify,
}

struct Sess {
    owner: i64,
    cwd: String,
    /// The first message, shortened, as the backend titles a session.
    title: Option<String>,
    /// What the client said about its directory when it created the session.
    context: Value,
    created: u64,
    last_used: u64,
    expired: bool,
    /// Every event of the session; an event's id is its index.
    events: Vec<Value>,
    run_start: usize,
    /// The tool request the assistant waits for: (request id, what it asked).
    pending: Option<(String, String)>,
    /// `[tools]`: the calls still to ask for, and the results so far.
    queue: Vec<Value>,
    results: Vec<Value>,
    drop_next_stream: bool,
    hang: bool,
    slow: bool,
}

pub(crate) fn routes(shared: Shared) -> Router<Shared> {
    let sessions = Router::new()
        .route("/ai/v1/cli/sessions", post(create).get(list))
        .route("/ai/v1/cli/sessions/{id}/messages", post(message))
        .route("/ai/v1/cli/sessions/{id}/events", get(events))
        .route("/ai/v1/cli/sessions/{id}/tool-results", post(tool_result))
        .route("/ai/v1/cli/sessions/{id}/expire", post(expire))
        .route("/ai/v1/cli/credits", get(credits))
        .layer(middleware::from_fn_with_state(shared, super::authenticate));
    Router::new().route("/ai", get(root)).route("/ai/", get(root)).merge(sessions)
}

async fn root(AxState(shared): AxState<Shared>) -> Json<Value> {
    Json(json!({ "version": "sandbox-ai-0.1.0", "platform_url": shared.base_url }))
}

/// Milliseconds since the epoch: sessions used within the same second still sort by use.
fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Json(json!({"detail": "Session not found"}))).into_response()
}

async fn create(AxState(shared): AxState<Shared>, Extension(caller): Extension<Caller>, Json(body): Json<Value>) -> Response {
    let Some(cwd) = body["cwd"].as_str() else {
        return (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"detail": "cwd is required"}))).into_response();
    };
    if serde_json::to_string(&body).map(|s| s.len()).unwrap_or(0) > 30_000 {
        return (StatusCode::PAYLOAD_TOO_LARGE, Json(json!({"detail": "session context too large"}))).into_response();
    }
    let mut sessions = shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner());
    let id = format!("sess-{:04}", sessions.len() + 1);
    let sess = Sess {
        owner: caller.user.id,
        cwd: cwd.to_string(),
        title: None,
        context: json!({"directory_context": body["directory_context"], "instruction_context": body["instruction_context"]}),
        created: now(),
        last_used: now(),
        expired: false,
        events: Vec::new(),
        run_start: 0,
        pending: None,
        queue: Vec::new(),
        results: Vec::new(),
        drop_next_stream: false,
        hang: false,
        slow: false,
    };
    sessions.insert(id.clone(), sess);
    (StatusCode::CREATED, Json(json!({"session_id": id}))).into_response()
}

#[derive(Deserialize)]
struct ListQuery {
    limit: Option<usize>,
    cwd: Option<String>,
    status: Option<String>,
}

async fn list(AxState(shared): AxState<Shared>, Extension(caller): Extension<Caller>, Query(q): Query<ListQuery>) -> Json<Value> {
    let sessions = shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner());
    let mut rows: Vec<(&String, &Sess)> = sessions
        .iter()
        .filter(|(_, s)| s.owner == caller.user.id)
        .filter(|(_, s)| q.cwd.as_ref().is_none_or(|c| *c == s.cwd))
        .filter(|(_, s)| q.status.as_deref() != Some("expired") || s.expired)
        .collect();
    rows.sort_by(|a, b| b.1.last_used.cmp(&a.1.last_used).then(b.0.cmp(a.0)));
    let rows: Vec<Value> = rows
        .into_iter()
        .take(q.limit.unwrap_or(10))
        .map(|(id, s)| {
            let iso = |ms: u64| crate::timefmt::iso_utc((ms / 1000) as i64, Some((ms % 1000) as u32));
            json!({"session_id": id, "title": s.title.clone().unwrap_or_else(|| "New session".into()),
                   "created_at": iso(s.created), "last_used": iso(s.last_used), "cwd": s.cwd})
        })
        .collect();
    Json(json!({ "sessions": rows }))
}

async fn message(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let content = body["content"].as_str().unwrap_or_default().to_string();
    if body["type"] == "cancel" {
        return StatusCode::OK.into_response();
    }
    if let Some(failure) = scripted_failure(&content) {
        return failure;
    }
    let mut sessions = shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner());
    let Some(s) = sessions.get_mut(&id).filter(|s| s.owner == caller.user.id) else { return not_found() };
    start_run(s, &id, &content);
    if let Some(refused) = reply(s, &content, body["mode"] == "plan") {
        return refused;
    }
    drop(sessions);
    shared.ai.changed.notify_waiters();
    StatusCode::OK.into_response()
}

/// `[429]` and `[500]`: the message is refused as the real backend would refuse it.
fn scripted_failure(content: &str) -> Option<Response> {
    if content.contains("[429]") {
        return Some(
            (StatusCode::TOO_MANY_REQUESTS, Json(json!({"detail": "You have used all the sandbox's AI credits for today."})))
                .into_response(),
        );
    }
    if content.contains("[500]") {
        return Some((StatusCode::INTERNAL_SERVER_ERROR, Json(json!({"detail": "sandbox: scripted failure"}))).into_response());
    }
    None
}

/// A new run of the session: it is used again, titled by its first message, and takes the message's knobs.
fn start_run(s: &mut Sess, id: &str, content: &str) {
    if s.expired {
        s.expired = false;
    }
    s.last_used = now();
    if s.title.is_none() {
        let first: String = content.chars().take(50).collect();
        s.title = Some(if first.len() < content.len() { format!("{first}...") } else { first });
    }
    s.run_start = s.events.len();
    s.drop_next_stream = content.contains("[drop]");
    s.hang = content.contains("[hang]");
    s.slow = content.contains("[slow]");
    s.events.push(json!({"type": "start", "threadId": id}));
}

async fn tool_result(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let mut sessions = shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner());
    let Some(s) = sessions.get_mut(&id).filter(|s| s.owner == caller.user.id) else { return not_found() };
    let Some((request_id, what)) = s.pending.take() else {
        return (StatusCode::CONFLICT, Json(json!({"detail": "no tool request is pending"}))).into_response();
    };
    if body["request_id"] != request_id.as_str() {
        s.pending = Some((request_id, what));
        return (StatusCode::CONFLICT, Json(json!({"detail": "unknown request_id"}))).into_response();
    }
    let r = &body["result"];
    let (stdout, stderr, code) =
        (r["stdout"].as_str().unwrap_or_default(), r["stderr"].as_str().unwrap_or_default(), r["exit_code"].as_i64().unwrap_or(-1));
    s.events
        .push(json!({"type": "tool-result", "toolCallId": request_id, "result": {"stdout": stdout, "stderr": stderr, "exit_code": code}}));
    if what.starts_with("[tools]") {
        s.results.push(json!({"tool": what.trim_start_matches("[tools] "), "stdout": stdout, "stderr": stderr, "exit_code": code}));
        if s.queue.is_empty() {
            let text = format!("TOOL RESULTS: {}", Value::Array(std::mem::take(&mut s.results)));
            s.events.push(json!({"type": "text-delta", "delta": text}));
            s.events.push(finish(40, 10));
        } else {
            next_call(s);
        }
        drop(sessions);
        shared.ai.changed.notify_waiters();
        return StatusCode::OK.into_response();
    }
    let text = if code == 0 {
        // A command that says what it did on stderr (a deletion, say) is quoted from there.
        let said = if stdout.trim().is_empty() { stderr } else { stdout };
        format!("Here is what `{what}` gave:\n{}", said.trim_end())
    } else {
        format!("`{what}` did not succeed (exit {code}): {}", stderr.trim_end())
    };
    let n = text.split(' ').count();
    s.events.extend(text_chunks(&text));
    s.events.push(finish(40, n));
    drop(sessions);
    shared.ai.changed.notify_waiters();
    StatusCode::OK.into_response()
}

async fn expire(AxState(shared): AxState<Shared>, Extension(caller): Extension<Caller>, Path(id): Path<String>) -> Response {
    let mut sessions = shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner());
    let Some(s) = sessions.get_mut(&id).filter(|s| s.owner == caller.user.id) else { return not_found() };
    s.expired = true;
    StatusCode::OK.into_response()
}

#[derive(Deserialize)]
struct EventsQuery {
    cursor: Option<usize>,
}

/// An mpsc receiver as the body stream.
struct Chunks(mpsc::Receiver<Bytes>);

impl futures_core::Stream for Chunks {
    type Item = Result<Bytes, Infallible>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx).map(|b| b.map(Ok))
    }
}

fn is_terminal(e: &Value) -> bool {
    e["type"] == "finish" || e["type"] == "error"
}

/// How one stream misbehaves, from the message's knobs.
struct StreamKnobs {
    /// `[drop]`: close after this many events (the first stream only).
    drop_after: Option<usize>,
    /// `[hang]`: close before the run's final event, and when no event is left to send.
    hang: bool,
    /// `[slow]`: wait before each text chunk.
    slow: bool,
}

/// A new run of a session with earlier runs: replay their text, then `history_end`, then the live
/// events (a reconnect with a cursor gets no replay).
fn replay(shared: &Shared, id: &str) -> Vec<Value> {
    let sessions = shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner());
    sessions
        .get(id)
        .filter(|s| s.run_start > 0)
        .map(|s| {
            let mut r: Vec<Value> = s.events[..s.run_start].iter().filter(|e| e["type"] == "text-delta").cloned().collect();
            r.push(json!({"type": "history_end"}));
            r
        })
        .unwrap_or_default()
}

/// Sends the replay, then the session's events from `next` as they come, to the run's final event (or
/// until a knob closes the stream, the client goes, or nothing happens for a minute).
async fn send_events(shared: Shared, id: String, mut next: usize, knobs: StreamKnobs, replay: Vec<Value>, tx: mpsc::Sender<Bytes>) {
    let StreamKnobs { drop_after, hang, slow } = knobs;
    let log_events = crate::config::env::flag("SEQERA_SANDBOX_LOG_EVENTS");
    for e in replay {
        if tx.send(Bytes::from(format!("data: {e}\n\n"))).await.is_err() {
            return;
        }
    }
    let mut sent = 0;
    loop {
        let waiting = shared.ai.changed.notified();
        tokio::pin!(waiting);
        waiting.as_mut().enable();
        let batch: Vec<(usize, Value)> = {
            let sessions = shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner());
            let Some(s) = sessions.get(&id) else { return };
            s.events.iter().enumerate().skip(next).map(|(i, e)| (i, e.clone())).collect()
        };
        if batch.is_empty() {
            if hang && sent > 0 {
                return;
            }
            if tokio::time::timeout(Duration::from_secs(60), waiting).await.is_err() {
                return;
            }
            continue;
        }
        for (i, e) in batch {
            if drop_after.is_some_and(|n| sent >= n) || (hang && is_terminal(&e)) {
                return; // the connection closes mid-run
            }
            if slow && e["type"] == "text-delta" {
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
            let frame = format!("id: {i}\ndata: {e}\n\n");
            if tx.send(Bytes::from(frame)).await.is_err() {
                return;
            }
            if log_events {
                log_sent(&e, i);
            }
            sent += 1;
            next = i + 1;
            if is_terminal(&e) {
                return;
            }
        }
    }
}

/// For scripts/bench-ai: when each event left (microseconds since the epoch).
fn log_sent(e: &Value, i: usize) {
    let us = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_micros()).unwrap_or(0);
    crate::output::status_line(&format!("sandbox: sent {} id {i} at {us}", e["type"].as_str().unwrap_or_default()));
}

async fn events(
    AxState(shared): AxState<Shared>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(q): Query<EventsQuery>,
) -> Response {
    let (next, knobs) = {
        let mut sessions = shared.ai.sessions.lock().unwrap_or_else(|p| p.into_inner());
        let Some(s) = sessions.get_mut(&id).filter(|s| s.owner == caller.user.id) else { return not_found() };
        let drop_after = std::mem::take(&mut s.drop_next_stream).then_some(2);
        (q.cursor.unwrap_or(s.run_start), StreamKnobs { drop_after, hang: s.hang, slow: s.slow })
    };
    let replay = if q.cursor.is_none() { replay(&shared, &id) } else { Vec::new() };
    let (tx, rx) = mpsc::channel::<Bytes>(16);
    tokio::spawn(send_events(shared, id, next, knobs, replay, tx));
    Response::builder()
        .header(header::CONTENT_TYPE, "text/event-stream")
        .header(header::CACHE_CONTROL, "no-cache")
        .body(Body::from_stream(Chunks(rx)))
        .expect("a valid response")
}
