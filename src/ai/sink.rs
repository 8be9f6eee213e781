//! Where an agent's turn reports to: the answer's text, reasoning, tool calls and results, notes from the
//! approval gate, machine-readable events, and the approval question itself. The agent (`turn`) never
//! touches a terminal; the front ends hand it a sink (`output::agent::Terminal` for the command line,
//! the shell and scripts), and tests can hand it their own.

use serde_json::Value;

/// The user's answer to an approval question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Run it this once.
    Once,
    /// Run it, and what it stands for, for the rest of the session.
    Always,
    Reject,
    /// Nobody could be asked (no terminal, or a machine reads the output).
    NoTerminal,
}

/// One approval question: the command whole (it may span lines), the approval mode's name and why the
/// command needs approval. These are the backend's words: a sink sanitizes them before a terminal.
pub(crate) struct Approval<'a> {
    pub(crate) command: &'a str,
    pub(crate) mode: &'a str,
    pub(crate) why: &'a str,
}

/// What a turn reports, as it happens. Every string may come from the (untrusted) backend.
pub(crate) trait TurnSink: Send {
    /// A piece of the answer's text.
    fn text(&mut self, delta: &str);
    /// A piece of the assistant's reasoning.
    fn reasoning(&mut self, delta: &str);
    /// The backend announced a tool call.
    fn tool_call(&mut self, name: &str);
    /// The backend reported a tool's result.
    fn tool_result(&mut self, content: &str, is_error: bool);
    /// A local tool is about to run here.
    fn tool_running(&mut self, name: &str);
    /// A note from the approval gate (a rejection, a pattern that cannot be remembered), as a sentence:
    /// the sink adds its tag.
    fn approval_note(&mut self, line: &str);
    /// A machine-readable event (`--sub-agent`): its type, timestamp and data.
    fn event(&mut self, kind: &str, timestamp: &str, data: &Value);
    /// The run finished: the answer's last line is complete.
    fn finished(&mut self);
    /// The run failed: end a half-written line so an error starts on its own.
    fn failed(&mut self);
    /// Asks whether a command may run; `Verdict::NoTerminal` when there is nobody to ask.
    fn ask(&mut self, question: &Approval<'_>) -> Verdict;
}
