//! Status lines: how every command talks on stderr, defined here once. A line is `[Topic] text`, with a
//! mark after the tag when it says more than "this is happening": `✓` when an action is done, `Note:`
//! when something else decides (an environment variable wins), `Warning:` when something fell back or is
//! wrong. One action has one `done` line. The AI turn's own trace (`[thinking]`, `[tool]`) is in
//! `output::agent`; its approval notes use `Topic::Approval` from here.

use std::io::{self, IsTerminal, Write};

use super::{ColorChoice, Palette};
use crate::sanitize::visible;

/// What a status line is about: the tag in front of it. One flow (a login, with its organization
/// choice) speaks under one topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Login,
    Logout,
    Org,
    Workspace,
    Credentials,
    Config,
    Sandbox,
    /// Pipelines, launches and runs.
    Runs,
    Ai,
    /// The AI turn's approval gate; lower case like the turn's other trace lines (`[tool]`).
    Approval,
}

impl Topic {
    pub fn tag(self) -> &'static str {
        match self {
            Topic::Login => "[Login]",
            Topic::Logout => "[Logout]",
            Topic::Org => "[Org]",
            Topic::Workspace => "[Workspace]",
            Topic::Credentials => "[Credentials]",
            Topic::Config => "[Config]",
            Topic::Sandbox => "[Sandbox]",
            Topic::Runs => "[Runs]",
            Topic::Ai => "[AI]",
            Topic::Approval => "[approval]",
        }
    }

    /// A title for a question under this topic (`prompt::pick`), styled like a status line.
    pub fn title(self, text: &str) -> String {
        format!("{} {text}", self.tag())
    }
}

/// The mark after the tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Progress or information.
    Plain,
    /// The action finished.
    Done,
    /// Something else decides for now (an environment variable, a flag).
    Note,
    /// Something fell back or is wrong, and the command goes on.
    Warning,
}

/// One status line, without its newline. The text is made visible (it may quote a server); the tag and
/// the mark are ours and may be coloured.
pub fn line(palette: &Palette, topic: Topic, mark: Mark, text: &str) -> String {
    let text = visible(text);
    let tag = topic.tag();
    match mark {
        Mark::Plain => format!("{tag} {text}"),
        Mark::Done => format!("{tag} {} {text}", palette.ok("✓")),
        Mark::Note => format!("{tag} {} {text}", palette.warn("Note:")),
        Mark::Warning => format!("{tag} {} {text}", palette.warn("Warning:")),
    }
}

/// Writes one line to stderr. A closed stderr is ignored: status must never stop a command (`eprintln!`
/// would panic on EPIPE).
pub fn write(line: &str) {
    super::spinner::above(|| {
        let _ = writeln!(io::stderr().lock(), "{line}");
    });
}

/// Where a command's status lines go: stderr in its palette, or nowhere when the caller is a script
/// (its function calls speak through their results).
#[derive(Debug, Clone, Copy)]
pub struct Status {
    palette: Palette,
    quiet: bool,
}

impl Status {
    pub fn new(palette: Palette, quiet: bool) -> Status {
        Status { palette, quiet }
    }

    /// Status for a caller with no command context (a front end, the sandbox): coloured as `color` says
    /// for stderr.
    pub fn stderr(color: ColorChoice) -> Status {
        Status::new(Palette::new(color.enabled(io::stderr().is_terminal())), false)
    }

    fn put(&self, topic: Topic, mark: Mark, text: &str) {
        if !self.quiet {
            write(&line(&self.palette, topic, mark, text));
        }
    }

    /// Progress or information: `[Org] No organization selected.`
    pub fn say(&self, topic: Topic, text: impl AsRef<str>) {
        self.put(topic, Mark::Plain, text.as_ref());
    }

    /// The one line that says an action finished: `[Org] ✓ Switched to: acme`.
    pub fn done(&self, topic: Topic, text: impl AsRef<str>) {
        self.put(topic, Mark::Done, text.as_ref());
    }

    /// `[Config] Note: SEQERA_OUTPUT overrides this value for now.`
    pub fn note(&self, topic: Topic, text: impl AsRef<str>) {
        self.put(topic, Mark::Note, text.as_ref());
    }

    /// `[Login] Warning: The OS keyring is not usable …`
    pub fn warn(&self, topic: Topic, text: impl AsRef<str>) {
        self.put(topic, Mark::Warning, text.as_ref());
    }

    /// How to come back to an AI session that was left (the two lines the fact sheet fixes).
    pub fn resume(&self, session_id: &str) {
        if !self.quiet {
            let id = visible(session_id);
            write(&format!("Session: {id}\nTo resume: seqera ai --session {id}"));
        }
    }

    /// A line that belongs to the status line before it and is meant to be copied (a URL, a policy),
    /// indented by four spaces and without a tag.
    pub fn detail(&self, text: impl AsRef<str>) {
        if !self.quiet {
            for l in text.as_ref().lines() {
                write(&format!("    {}", visible(l)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_the_tag_the_mark_and_the_sentence() {
        let p = Palette::new(false);
        assert_eq!(line(&p, Topic::Org, Mark::Done, "Switched to: acme"), "[Org] ✓ Switched to: acme");
        assert_eq!(line(&p, Topic::Login, Mark::Plain, "Starting."), "[Login] Starting.");
        assert_eq!(line(&p, Topic::Config, Mark::Note, "X wins."), "[Config] Note: X wins.");
        assert_eq!(line(&p, Topic::Login, Mark::Warning, "Fell back."), "[Login] Warning: Fell back.");
    }

    #[test]
    fn server_text_is_made_visible_but_our_colours_are_kept() {
        let line = line(&Palette::new(true), Topic::Org, Mark::Done, "a\x1b[2Jb");
        assert!(line.contains("a\\e[2Jb"), "{line:?}");
        assert!(line.contains("\x1b["), "the mark is coloured: {line:?}");
    }
}
