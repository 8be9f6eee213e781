//! The colour policy, in one place, as gh's `pkg/iostreams` has it: `--color always|never` wins; else
//! `CLICOLOR_FORCE` (set and not `0`) turns colour on even in a pipe; else `NO_COLOR` (set, not empty) or
//! `CLICOLOR=0` turn it off; else a terminal gets colour, unless it says it cannot show it (`TERM=dumb`).

use nu_ansi_term::{Color, Style};

use crate::config::env;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub(crate) enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream that is (or is not) a terminal.
    pub(crate) fn enabled(self, is_tty: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let forced = env::var("CLICOLOR_FORCE").is_some_and(|v| v != "0");
                let disabled = env::var("NO_COLOR").is_some() || env::var("CLICOLOR").is_some_and(|v| v == "0");
                forced || (!disabled && is_tty && !dumb_terminal())
            }
        }
    }
}

/// `TERM=dumb`: a terminal that shows no colour or cursor movement (Emacs shells, some CI logs).
pub(crate) fn dumb_terminal() -> bool {
    env::var("TERM").is_some_and(|t| t == "dumb")
}

/// Styles for one stream; every method returns the text unchanged when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub(crate) enabled: bool,
}

impl Palette {
    pub fn new(enabled: bool) -> Palette {
        Palette { enabled }
    }

    fn paint(&self, style: Style, text: &str) -> String {
        if self.enabled { style.paint(text).to_string() } else { text.to_string() }
    }

    pub(crate) fn header(&self, text: &str) -> String {
        self.paint(Color::Cyan.bold(), text)
    }

    pub(crate) fn ok(&self, text: &str) -> String {
        self.paint(Color::Green.bold(), text)
    }

    pub(crate) fn bad(&self, text: &str) -> String {
        self.paint(Color::Red.bold(), text)
    }

    pub(crate) fn warn(&self, text: &str) -> String {
        self.paint(Color::Yellow.bold(), text)
    }

    pub(crate) fn dim(&self, text: &str) -> String {
        self.paint(Style::new().dimmed(), text)
    }
}
