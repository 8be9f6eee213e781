//! The terminal's side of an AI turn (`ai::sink::TurnSink`): the answer streams to stdout, reasoning and
//! tool activity go to stderr when asked for, `--sub-agent` writes JSON lines to stdout instead, and the
//! approval question is asked on stderr and answered on stdin. Every backend string is sanitized here,
//! before it reaches the terminal.

use std::io::{BufRead, Write};

use serde_json::{Value, json};

use crate::ai::sink::{Approval, TurnSink, Verdict};
use crate::sanitize::{visible, visible_line};

/// How the turn is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    /// Text deltas to stdout as they arrive; the rest to stderr on request.
    Human,
    /// One JSON object per line on stdout (`--sub-agent`).
    SubAgent,
    /// Nothing shown: the text is returned (scripts).
    Collect,
}

/// What to show on stderr besides the answer (`--show-thinking`, `--show-tools`, `--show-tool-results`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Shows {
    pub(crate) thinking: bool,
    pub(crate) tools: bool,
    pub(crate) tool_results: bool,
}

pub(crate) struct Terminal {
    view: View,
    shows: Shows,
    /// The approval question may be asked (stdin and stderr are a terminal).
    can_ask: bool,
    /// Text went to stdout without its final newline.
    partial_line: bool,
}

impl Terminal {
    pub(crate) fn new(view: View, shows: Shows, can_ask: bool) -> Terminal {
        Terminal { view, shows, can_ask, partial_line: false }
    }

    fn human(&self) -> bool {
        self.view == View::Human
    }

    fn end_line(&mut self) {
        if self.partial_line {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(b"\n");
            let _ = out.flush();
            self.partial_line = false;
        }
    }
}

impl TurnSink for Terminal {
    fn text(&mut self, delta: &str) {
        if self.human() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(visible(delta).as_bytes());
            let _ = out.flush();
            self.partial_line = !delta.ends_with('\n');
        }
    }

    fn reasoning(&mut self, delta: &str) {
        if self.shows.thinking && self.human() {
            super::status_line(&format!("[thinking] {}", visible(delta)));
        }
    }

    fn tool_call(&mut self, name: &str) {
        if self.shows.tools && self.human() {
            super::status_line(&format!("[tool] {}", visible_line(name)));
        }
    }

    fn tool_result(&mut self, content: &str, is_error: bool) {
        if self.shows.tool_results && self.human() {
            let shown: String = content.chars().take(500).collect();
            let more = if content.chars().count() > 500 { "… (truncated)" } else { "" };
            let shown = visible(&shown);
            super::status_line(&format!("[tool {}] {shown}{more}", if is_error { "error" } else { "result" }));
        }
    }

    fn tool_running(&mut self, name: &str) {
        if self.shows.tools && self.human() {
            super::status_line(&format!("[tool] running {}", visible_line(name)));
        }
    }

    fn approval_note(&mut self, text: &str) {
        super::status::Status::stderr(super::ColorChoice::Auto).say(super::status::Topic::Approval, text);
    }

    fn event(&mut self, kind: &str, timestamp: &str, data: &Value) {
        if self.view == View::SubAgent {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{}", json!({"v": 1, "type": kind, "timestamp": timestamp, "data": data}));
            let _ = out.flush();
        }
    }

    fn finished(&mut self) {
        if self.human() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(b"\n");
            let _ = out.flush();
            self.partial_line = false;
        }
    }

    fn failed(&mut self) {
        if self.human() {
            self.end_line();
        }
        self.partial_line = false;
    }

    fn ask(&mut self, question: &Approval<'_>) -> Verdict {
        if !self.can_ask || self.view == View::SubAgent {
            return Verdict::NoTerminal;
        }
        self.end_line();
        ask(question.command, question.mode, question.why)
    }
}

/// The approval question on the terminal (stderr, answer on stdin). The command is shown whole, on its
/// own lines, with control characters made visible: what the user reads is what would run.
fn ask(command: &str, mode: &str, why: &str) -> Verdict {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "APPROVAL REQUIRED ({mode} mode): {}", visible_line(why));
    let _ = writeln!(err, "  Command:");
    for line in command.split('\n') {
        let _ = writeln!(err, "    {}", visible_line(line));
    }
    let _ = writeln!(err, "  [1] Yes, approve this command\n  [2] Always approve this session\n  [3] No, reject");
    loop {
        let _ = write!(err, "Choice [1/2/3]: ");
        let _ = err.flush();
        let mut line = String::new();
        if std::io::stdin().lock().read_line(&mut line).unwrap_or(0) == 0 {
            return Verdict::Reject;
        }
        match line.trim().to_ascii_lowercase().as_str() {
            "1" | "y" | "yes" => return Verdict::Once,
            "2" | "a" | "always" => return Verdict::Always,
            "3" | "n" | "no" | "" => return Verdict::Reject,
            _ => {}
        }
    }
}
