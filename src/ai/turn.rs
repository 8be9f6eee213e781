//! One question through the Co-Scientist protocol: send the message, read the SSE stream (reconnecting
//! with the cursor, so no text is repeated), run the local tools the assistant asks for under the
//! approval rules, and deliver what happens to the chosen outputs.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};

use super::AiClient;
use super::approval::{self, Always, Mode};
use super::judge::{Class, Judgement, Scope, SeqeraRisk};
use super::sink::{Approval, TurnSink, Verdict};
use super::tools::{self, Reads, ToolOutput};
use crate::error::{Error, Result};

mod stream;

pub(crate) struct TurnOptions {
    /// Where the turn reports what happens and asks for approval (the front end's).
    pub(crate) sink: Box<dyn TurnSink>,
    pub(crate) approval: Mode,
    pub(crate) events: Option<std::fs::File>,
    pub(crate) verbose: bool,
    /// Plan mode: the assistant plans; commands and file changes are blocked here, on the client.
    pub(crate) plan: bool,
}

/// What the client remembers of one AI session across turns: its ID, the files read (for the
/// read-before-write rule) and the "always approve" patterns. The shell and scripts keep it in the
/// [`crate::context::Session`], so a later `ai` line continues where the last one stopped, even one
/// interrupted with Ctrl-C.
#[derive(Debug, Default, Clone)]
pub(crate) struct Memory {
    pub(crate) session: Option<String>,
    pub(crate) reads: Reads,
    pub(crate) always: Always,
    /// The shell's `/approval MODE`: the mode for later turns unless a turn names its own.
    pub(crate) approval: Option<Mode>,
}

impl Memory {
    /// Ends the session (for `/clear` or leaving): what belonged to it goes, the chosen mode stays.
    pub(crate) fn end_session(&mut self) -> Option<String> {
        self.reads = Reads::default();
        self.always.clear();
        self.session.take()
    }
}

pub(crate) type SharedMemory = std::sync::Arc<std::sync::Mutex<Memory>>;

/// A conversation: one backend session, created on the first question, and what this client remembers
/// across its turns (files read, "always approve" patterns).
pub(crate) struct Conversation {
    pub(crate) client: AiClient,
    pub(crate) session: Option<String>,
    /// The session has earlier runs: the backend replays them before `history_end`.
    pub(crate) resumed: bool,
    pub(crate) cwd: PathBuf,
    pub(crate) organization_id: Option<String>,
    pub(crate) headless: bool,
    pub(crate) extra_env: Vec<(String, String)>,
    /// How `seqera …` commands the assistant asks for are judged (the command tree knows).
    pub(crate) seqera_risk: SeqeraRisk,
    reads: Reads,
    always: Always,
    /// Where the memory is kept between turns (the shell's or a script's session), if anywhere.
    shared: Option<SharedMemory>,
}

#[derive(Debug, Default)]
pub(crate) struct TurnResult {
    pub(crate) text: String,
    /// Tool calls refused (by the user, or for want of a terminal to ask on).
    pub(crate) rejected: Vec<String>,
    pub(crate) finish_reason: String,
}

fn iso_now() -> String {
    crate::timefmt::now_iso_millis()
}

fn run_id() -> String {
    let r = fastrand::u128(..);
    let h = format!("{r:032x}");
    format!("{}-{}-4{}-a{}-{}", &h[0..8], &h[8..12], &h[13..16], &h[17..20], &h[20..32])
}

/// Who is asking, from the environment (fact sheet D4).
fn caller(headless: bool) -> &'static str {
    let has = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    if has("CLAUDE_CODE") || has("CLAUDE_CODE_SESSION_ID") {
        "claude_code"
    } else if has("CODEX_SANDBOX") || has("CODEX_HOME") {
        "codex"
    } else if std::env::var("TERM_PROGRAM").is_ok_and(|v| v == "Cursor") {
        "cursor"
    } else if has("CI") || headless {
        "script"
    } else {
        "interactive"
    }
}

impl Conversation {
    pub(crate) fn new(client: AiClient, cwd: PathBuf, organization_id: Option<String>, headless: bool) -> Conversation {
        Conversation {
            client,
            session: None,
            resumed: false,
            cwd,
            organization_id,
            headless,
            extra_env: Vec::new(),
            seqera_risk: |_| Class::Other,
            reads: Reads::default(),
            always: Always::default(),
            shared: None,
        }
    }

    /// Continues the memory kept in `shared` (its session, reads and patterns) and keeps it up to date.
    pub(crate) fn remembering(mut self, shared: SharedMemory) -> Conversation {
        let kept = shared.lock().unwrap_or_else(|p| p.into_inner()).clone();
        if kept.session.is_some() {
            self.resumed = true;
        }
        (self.session, self.reads, self.always) = (kept.session, kept.reads, kept.always);
        self.shared = Some(shared);
        self
    }

    /// Switches to another session (`-s`, `-c`): what was remembered of the old one does not apply.
    pub(crate) fn continue_session(&mut self, id: String) {
        if self.session.as_deref() != Some(id.as_str()) {
            self.reads = Reads::default();
            self.always.clear();
        }
        self.session = Some(id);
        self.resumed = true;
        self.save();
    }

    /// Writes the memory back to where it is kept (a no-op for a one-shot run).
    fn save(&self) {
        if let Some(shared) = &self.shared {
            let mut kept = shared.lock().unwrap_or_else(|p| p.into_inner());
            (kept.session, kept.reads, kept.always) = (self.session.clone(), self.reads.clone(), self.always.clone());
        }
    }

    /// Asks one question and follows the run to its end.
    pub(crate) async fn ask(&mut self, question: &str, opts: &mut TurnOptions) -> Result<TurnResult> {
        let session = match &self.session {
            Some(s) => s.clone(),
            None => {
                let (cwd, org, headless) = (self.cwd.clone(), self.organization_id.clone(), self.headless);
                let body = tokio::task::spawn_blocking(move || super::context::session_body(&cwd, org, headless))
                    .await
                    .map_err(|e| crate::error::Error::other(format!("Cannot read the directory's context: {e}.")))?;
                let id = self.client.create_session(&body).await?;
                self.session = Some(id.clone());
                self.save();
                id
            }
        };
        let run = run_id();
        let mode = if self.headless { "headless" } else { "interactive" };
        emit(opts, "run.started", "run_started", json!({"run_id": run, "session_id": session}));
        let mut message = json!({"type": "user_message", "content": question, "run_id": run, "verbose": opts.verbose,
                                 "interaction_mode": mode, "caller": caller(self.headless)});
        if opts.plan {
            message["mode"] = json!("plan");
        }
        self.client.send_message(&session, &message).await.inspect_err(|e| {
            emit(opts, "error", "error", json!({"message": e.message, "code": "send_error"}));
        })?;
        let result = self.follow(&session, opts).await;
        if result.is_err() {
            opts.sink.failed();
        }
        self.resumed = true;
        match &result {
            Ok(r) => {
                let status =
                    if r.finish_reason == "stop" || r.finish_reason == "success" { "success".to_string() } else { r.finish_reason.clone() };
                let message = format!("Completed with reason: {}", r.finish_reason);
                emit(opts, "run.complete", "complete", json!({"status": status, "message": message}));
            }
            Err(e) => emit(opts, "error", "error", json!({"message": e.message, "code": "stream_error"})),
        }
        result
    }

    /// One event; `true` when it ends the run.
    async fn handle(&mut self, session: &str, data: &Value, opts: &mut TurnOptions, result: &mut TurnResult) -> Result<bool> {
        let s = |k: &str| data[k].as_str().unwrap_or_default().to_string();
        match data["type"].as_str().unwrap_or_default() {
            "text-delta" => {
                let delta = s("delta");
                result.text.push_str(&delta);
                opts.sink.text(&delta);
                emit(opts, "event.text", "text", json!({"content": delta}));
            }
            "reasoning" => {
                opts.sink.reasoning(&s("delta"));
                emit(opts, "event.thinking", "thinking", json!({"content": s("delta")}));
            }
            "tool-call" => {
                opts.sink.tool_call(&s("toolName"));
                emit(
                    opts,
                    "event.tool_use",
                    "tool_call",
                    json!({"tool_id": s("toolCallId"), "tool_name": s("toolName"), "tool_input": data["args"]}),
                );
            }
            "tool-result" => {
                let content = match &data["result"] {
                    Value::String(t) => t.clone(),
                    other => other["stdout"].as_str().map(str::to_string).unwrap_or_else(|| other.to_string()),
                };
                let is_error = data["result"]["exit_code"].as_i64().is_some_and(|c| c != 0);
                opts.sink.tool_result(&content, is_error);
                emit(
                    opts,
                    "event.tool_result",
                    "tool_result",
                    json!({"tool_id": s("toolCallId"), "content": content, "is_error": is_error, "status": if is_error { "error" } else { "completed" }}),
                );
            }
            "execute-local" => {
                let (tool, request_id) = (s("toolName"), s("requestId"));
                let out = self.execute(&tool, &data["args"], opts, result).await;
                self.client.tool_result(session, &request_id, &out).await?;
            }
            "compacting" => emit(opts, "event.compacting", "compacting", json!({})),
            "finish" => {
                result.finish_reason = s("finishReason");
                opts.sink.finished();
                return match result.finish_reason.as_str() {
                    "stop" | "success" | "length" | "content-filter" | "tool-calls" => Ok(true),
                    other => Err(Error::other(format!("The assistant's run ended with `{other}`.")).with_hint(retry_hint(session))),
                };
            }
            "error" => {
                return Err(Error::other(format!("The assistant reported an error: {}", s("error"))).with_hint(retry_hint(session)));
            }
            "start" | "history_end" => {}
            other => crate::http::debug(|| format!("[Co-Scientist] Unknown AI SDK message type: {other}")),
        }
        Ok(false)
    }

    /// Approval, then the tool. A refusal goes back to the assistant as the tool's error.
    async fn execute(&mut self, tool: &str, args: &Value, opts: &mut TurnOptions, result: &mut TurnResult) -> ToolOutput {
        if opts.plan && tools::blocked_in_plan_mode(tool) {
            return ToolOutput::err(format!("Blocked: {tool} is not available in plan mode. Ask again without --plan to run it."));
        }
        let judged = self.judge(tool, args).await;
        if let Some((command, judged)) = &judged
            && !approval::auto_runs(opts.approval, judged.class)
            && !self.always.covers(judged)
        {
            let (command, judged) = (command.clone(), judged.clone());
            let mode = opts.approval.name();
            let why = reasons(&judged);
            let shown = crate::sanitize::visible_line(&command).into_owned();
            let verdict = opts.sink.ask(&Approval { command: &command, mode, why: &why });
            match verdict {
                Verdict::Once => {}
                Verdict::Always => {
                    if self.always.remember(&judged) {
                        self.save();
                    } else {
                        opts.sink.approval_note(
                            "Approved once: this command cannot be remembered (only one plain command, or reads from a directory, can).",
                        );
                    }
                }
                Verdict::Reject => {
                    result.rejected.push(shown.clone());
                    opts.sink.approval_note(&format!("Rejected: {shown}"));
                    return ToolOutput::err("Operation blocked: user denied approval");
                }
                Verdict::NoTerminal => {
                    result.rejected.push(shown.clone());
                    let text =
                        format!("Operation blocked: `{shown}` needs approval in {mode} mode ({why}), and there is no terminal to ask on.");
                    let hint = if approval::auto_runs(approval::Mode::Full, judged.class) {
                        " Allow such commands with --approval-mode full."
                    } else {
                        " It is asked about in every mode: run it on a terminal to approve it."
                    };
                    opts.sink.approval_note(&format!("{text}{hint}"));
                    return ToolOutput::err(text);
                }
            }
        }
        opts.sink.tool_running(tool);
        let out = tools::run(tool, args, &self.cwd, &mut self.reads, &self.extra_env).await;
        if let Some((_, judged)) = judged {
            self.reads.wrote(judged.writes);
        }
        self.save();
        out
    }

    /// The judge's view of a call, worked out off the async threads and within a time limit, so a
    /// command whose patterns walk the disk cannot hold up Ctrl-C or the stream.
    async fn judge(&self, tool: &str, args: &Value) -> Option<(String, Judgement)> {
        let mut scope = Scope::for_dir(&self.cwd);
        scope.readable = self.always.readable.clone();
        scope.written = self.reads.written.clone();
        let (tool, args, seqera) = (tool.to_string(), args.clone(), self.seqera_risk);
        let work = tokio::task::spawn_blocking(move || tools::judge(&tool, &args, &scope, seqera));
        match tokio::time::timeout(Duration::from_secs(5), work).await {
            Ok(Ok(verdict)) => verdict,
            _ => {
                let mut j = super::judge::command("", &Scope::default(), self.seqera_risk);
                j.class = Class::Unclear;
                j.reasons.push("the judge could not finish in time".into());
                Some(("(a command the judge could not finish judging)".into(), j))
            }
        }
    }
}

/// What to do after the backend ended a run badly: the session is kept.
fn retry_hint(session: &str) -> String {
    format!("The session is kept: try again with `seqera ai --session {session} \"...\"`.")
}

/// Why a call needs approval, in one line.
fn reasons(j: &Judgement) -> String {
    if j.reasons.is_empty() {
        match j.class {
            Class::EditInside => "it edits files".to_string(),
            _ => "it is not read-only".to_string(),
        }
    } else {
        j.reasons.join("; ")
    }
}

/// `interrupted {}` on the `--sub-agent` stream, after Ctrl-C or SIGTERM stopped the turn (the events file
/// has no such type).
pub(crate) fn emit_interrupted(opts: &mut TurnOptions) {
    emit_to(opts, None, "interrupted", json!({}));
}

/// An event to `--events-path` (`{type, timestamp, data}`) and, with `--sub-agent`, to stdout
/// (`{v:1, type, timestamp, data}`).
fn emit(opts: &mut TurnOptions, file_type: &str, agent_type: &str, data: Value) {
    emit_to(opts, Some(file_type), agent_type, data);
}

fn emit_to(opts: &mut TurnOptions, file_type: Option<&str>, agent_type: &str, data: Value) {
    let ts = iso_now();
    if let (Some(f), Some(file_type)) = (opts.events.as_mut(), file_type) {
        let _ = writeln!(f, "{}", json!({"type": file_type, "timestamp": ts, "data": data}));
    }
    opts.sink.event(agent_type, &ts, &data);
}

#[cfg(test)]
mod tests {
    #[test]
    fn timestamps_are_iso() {
        let t = super::iso_now();
        assert_eq!(t.len(), 24, "{t}");
        assert!(t.ends_with('Z') && t.as_bytes()[10] == b'T');
        let back = crate::timefmt::parse_timestamp(&t).unwrap();
        assert!((back - crate::platform::cache::now_secs() as i64).abs() <= 1);
    }
}
