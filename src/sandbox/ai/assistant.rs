//! The sandbox's scripted assistant: what it answers to a message (the list in the parent module's
//! documentation), as the events of the run, and the next call of a `[tools]` list.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::Sess;

pub(super) fn text_chunks(text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut chunk = String::new();
    for (i, word) in text.split_inclusive(' ').enumerate() {
        chunk.push_str(word);
        if i % 3 == 2 {
            out.push(json!({"type": "text-delta", "delta": std::mem::take(&mut chunk)}));
        }
    }
    if !chunk.is_empty() {
        out.push(json!({"type": "text-delta", "delta": chunk}));
    }
    out
}

/// "describe this project": what the session body told the backend, one fact per line.
fn describe(context: &Value) -> String {
    let dc = &context["directory_context"];
    let git = &dc["git_status"];
    let names = |v: &Value, key: &str| {
        v.as_array().map(|a| a.iter().filter_map(|x| x[key].as_str()).collect::<Vec<_>>().join(", ")).unwrap_or_default()
    };
    let mut lines = vec![format!("Directory: {}", dc["cwd"].as_str().unwrap_or("?"))];
    if git["is_git_repo"] == true {
        lines.push(format!(
            "Git: branch {}, {} changed file(s) [{}], last commit \"{}\"",
            git["branch"].as_str().unwrap_or("(detached)"),
            git["files"].as_array().map_or(0, Vec::len),
            names(&git["files"], "path"),
            git["recent_commits"][0]["message"].as_str().unwrap_or("none")
        ));
    } else {
        lines.push("Git: not a repository".into());
    }
    if let Some(path) = dc["main_nf_path"].as_str() {
        lines.push(format!("Pipeline: {path}"));
    }
    lines.push(format!("Skills: {}", names(&dc["project_skills"], "name")));
    lines.push(format!(
        "Docs: {}; memory: {}",
        dc["pipeline_docs"].as_array().map_or(0, Vec::len),
        dc["pipeline_memory"].as_array().map_or(0, Vec::len)
    ));
    let instructions = context["instruction_context"].as_str().unwrap_or_default();
    lines.push(format!("Instructions: {}", instructions.lines().nth(1).unwrap_or("none")));
    lines.join("\n")
}

pub(super) fn finish(prompt: usize, completion: usize) -> Value {
    json!({"type": "finish", "finishReason": "stop", "usage": {"promptTokens": prompt, "completionTokens": completion, "totalTokens": prompt + completion}})
}

/// The scripted assistant's answer to a message (see the module's list), as events of the run; a
/// response when the message is refused instead.
pub(super) fn reply(s: &mut Sess, content: &str, plan: bool) -> Option<Response> {
    let lower = content.to_lowercase();
    if let Some(calls) = content.split_once("[tools]").map(|(_, json)| json.trim()) {
        let Ok(Value::Array(mut calls)) = serde_json::from_str::<Value>(calls) else {
            return Some((StatusCode::BAD_REQUEST, Json(json!({"detail": "[tools] needs a JSON array of {tool, args}"}))).into_response());
        };
        calls.reverse();
        s.queue = calls;
        s.results.clear();
        next_call(s);
    } else if lower.contains("list my credentials") {
        ask(
            s,
            "I'll list your credentials. ",
            "execute_bash_local",
            json!({"command": "seqera credentials list"}),
            "seqera credentials list".into(),
        );
    } else if let Some(name) = lower.split("delete credential ").nth(1).and_then(|r| r.split_whitespace().next()) {
        let command = format!("seqera credentials delete {name} --yes");
        ask(s, &format!("I'll delete `{name}`. "), "execute_bash_local", json!({"command": command}), command.clone());
    } else if lower.contains("write a note") {
        ask(
            s,
            "I'll write note.txt. ",
            "write_file_local",
            json!({"path": "note.txt", "content": "written by the assistant\n"}),
            "write note.txt".into(),
        );
    } else if let Some(path) =
        content.split("read ").nth(1).and_then(|r| r.split_whitespace().next()).filter(|_| lower.starts_with("read "))
    {
        ask(s, &format!("Reading {path}. "), "read_file_local", json!({"path": path}), format!("read {path}"));
    } else if lower.contains("describe this project") {
        let text = describe(&s.context);
        let n = text.split(' ').count();
        s.events.extend(text_chunks(&text));
        s.events.push(finish(60, n));
    } else {
        echo(s, content, plan);
    }
    None
}

/// Says a little, then asks the client to run a local tool and waits for its result.
fn ask(s: &mut Sess, intro: &str, tool: &str, args: Value, what: String) {
    let request_id = format!("req-{}", s.events.len());
    s.events.extend(text_chunks(intro));
    s.events.push(json!({"type": "tool-call", "toolCallId": request_id, "toolName": tool, "args": args}));
    s.events.push(json!({"type": "execute-local", "toolName": tool, "args": args, "requestId": request_id}));
    s.pending = Some((request_id, what));
}

/// Anything else: the message said back (with a reasoning event first when it says "think").
fn echo(s: &mut Sess, content: &str, plan: bool) {
    if content.to_lowercase().contains("think") {
        s.events.push(json!({"type": "reasoning", "delta": "The user wants an echo."}));
    }
    let clean = content.replace("[drop]", "").replace("[hang]", "").replace("[slow]", "");
    let plan = if plan { " (plan mode)" } else { "" };
    let text = format!("You said{plan}: {}", clean.trim());
    let n = text.split(' ').count();
    s.events.extend(text_chunks(&text));
    s.events.push(finish(content.len() / 4 + 1, n));
}

/// `[tools]`: asks for the next queued call.
pub(super) fn next_call(s: &mut Sess) {
    let Some(call) = s.queue.pop() else { return };
    let request_id = format!("req-{}", s.events.len());
    let tool = call["tool"].as_str().unwrap_or_default().to_string();
    let args = call["args"].clone();
    s.events.push(json!({"type": "tool-call", "toolCallId": request_id, "toolName": tool, "args": args}));
    s.events.push(json!({"type": "execute-local", "toolName": tool, "args": args, "requestId": request_id}));
    s.pending = Some((request_id, format!("[tools] {tool}")));
}
