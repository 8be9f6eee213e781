//! The event stream of one run: read to its final event, reopened with the cursor after a break (so no
//! event is handled twice), with the replay of earlier runs skipped, and given up on after a few tries.

use std::time::Duration;

use serde_json::Value;

use super::{Conversation, TurnOptions, TurnResult};
use crate::ai::sse::{SseEvent, SseParser};
use crate::error::{Error, Result};

const MAX_RECONNECTS: u32 = 5;

/// The most one event may hold before its blank line: a stream that never ends an event is cut here.
const MAX_EVENT_BYTES: usize = 16 << 20;

/// How long the stream may stay silent before it is reopened: 10 minutes (`SEQERA_AI_IDLE_TIMEOUT_MS`
/// changes it, for tests).
fn idle_timeout() -> Duration {
    crate::config::env::var("SEQERA_AI_IDLE_TIMEOUT_MS")
        .and_then(|v| v.trim().parse().ok())
        .map(Duration::from_millis)
        .unwrap_or(Duration::from_secs(600))
}

impl Conversation {
    /// Reads the event stream to a terminal event, reconnecting with the cursor.
    pub(super) async fn follow(&mut self, session: &str, opts: &mut TurnOptions) -> Result<TurnResult> {
        let mut result = TurnResult::default();
        let mut stream = StreamState { cursor: None, failures: 0, in_history: self.resumed, last_problem: String::new() };
        loop {
            if stream.failures > 0 {
                stream.wait_to_reconnect(session).await?;
            }
            let resp = match self.client.open_events(session, stream.cursor).await {
                Ok(r) => r,
                Err(e) if matches!(e.kind, crate::error::ErrorKind::Auth | crate::error::ErrorKind::NotFound) => return Err(e),
                Err(e) => {
                    stream.failures += 1;
                    stream.last_problem = e.message;
                    continue;
                }
            };
            if self.read_stream(session, resp, &mut stream, opts, &mut result).await? {
                return Ok(result);
            }
            stream.failures += 1;
        }
    }

    /// Reads one opened stream: `true` when the run ended, `false` when the stream closed, broke or went
    /// silent first (why is in `last_problem`).
    async fn read_stream(
        &mut self,
        session: &str,
        mut resp: reqwest::Response,
        stream: &mut StreamState,
        opts: &mut TurnOptions,
        result: &mut TurnResult,
    ) -> Result<bool> {
        let mut parser = SseParser::default();
        let idle = idle_timeout();
        loop {
            let chunk = match tokio::time::timeout(idle, resp.chunk()).await {
                Ok(Ok(Some(c))) => c,
                Ok(Ok(None)) => {
                    stream.last_problem = "the stream closed without a final event".into();
                    return Ok(false);
                }
                Ok(Err(e)) => {
                    stream.last_problem = format!("the stream broke: {e}");
                    return Ok(false);
                }
                Err(_) => {
                    stream.last_problem = format!("no event for {}s", idle.as_secs_f64());
                    return Ok(false);
                }
            };
            let events = parser.feed(&chunk);
            if parser.pending() > MAX_EVENT_BYTES {
                return Err(Error::other(format!(
                    "The AI backend sent an event larger than {} without ending it.",
                    crate::units::size_text(MAX_EVENT_BYTES)
                ))
                .with_hint(format!(
                    "Check {}; the session is kept: try again with `seqera ai --session {session} \"...\"`.",
                    self.client.setting()
                )));
            }
            for event in events {
                let Some(data) = stream.accept(event) else { continue };
                if self.handle(session, &data, opts, result).await? {
                    return Ok(true);
                }
            }
        }
    }
}

/// Where the reading of a run's event stream stands, across reconnects.
struct StreamState {
    /// The id of the next event wanted: events before it were seen before a reconnect.
    cursor: Option<u64>,
    /// Streams that ended without progress in a row.
    failures: u32,
    /// Replaying the session's earlier runs, up to `history_end`.
    in_history: bool,
    last_problem: String,
}

impl StreamState {
    /// Waits before reopening the stream, longer after each failure; gives up after [`MAX_RECONNECTS`].
    async fn wait_to_reconnect(&self, session: &str) -> Result<()> {
        let (failures, last_problem, cursor) = (self.failures, &self.last_problem, self.cursor);
        if failures > MAX_RECONNECTS {
            return Err(Error::new(
                crate::error::ErrorKind::Network,
                format!("The AI backend's event stream ended {failures} times before the answer was complete ({last_problem})."),
            )
            .with_hint(format!("The session is kept: try again with `seqera ai --session {session} \"...\"`.")));
        }
        let base = crate::ai::retry_base().as_millis() as u64;
        let wait = (base << (failures - 1).min(5)).min(30_000);
        let jitter = fastrand::u64(..=wait / 4);
        crate::http::debug(|| format!("AI stream: {last_problem}; reconnecting in {} ms with cursor {cursor:?}", wait + jitter));
        tokio::time::sleep(Duration::from_millis(wait + jitter)).await;
        Ok(())
    }

    /// The event's JSON when it is for this run to handle: not seen before a reconnect, JSON, and past the
    /// replay of earlier runs. Moves the cursor, and counts a real event as progress.
    fn accept(&mut self, event: SseEvent) -> Option<Value> {
        if let (Some(id), Some(c)) = (event.id, self.cursor)
            && id < c
        {
            return None; // already seen before a reconnect
        }
        if let Some(id) = event.id {
            self.cursor = Some(id + 1);
        }
        let Ok(data) = serde_json::from_str::<Value>(&event.data) else {
            crate::http::debug(|| format!("AI stream: skipped an event that is not JSON: {}", event.data));
            return None;
        };
        // Only a real event is progress: a stream of garbage or of bare `start`s still ends.
        if data["type"] != "start" {
            self.failures = 0;
        }
        if self.in_history {
            if data["type"] == "history_end" {
                self.in_history = false;
            }
            return None;
        }
        Some(data)
    }
}
