//! The output formats a user can choose (`-o`, `SEQERA_OUTPUT`, the `output` setting). The setting is
//! checked here, where settings live; `output` renders each one.

use crate::error::{Error, Result};

/// How data is written to stdout: the `output` setting (or `-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Table,
    Tsv,
    Csv,
    Json,
}

impl Format {
    pub(crate) const ALL: [Format; 4] = [Format::Table, Format::Tsv, Format::Csv, Format::Json];
    /// The names `-o` accepts (its values, help and completion).
    pub(crate) const NAMES: [&'static str; 4] = [Format::Table.name(), Format::Tsv.name(), Format::Csv.name(), Format::Json.name()];

    pub(crate) const fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Tsv => "tsv",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub(crate) fn parse(s: &str) -> Result<Format> {
        let wanted = s.trim().to_ascii_lowercase();
        Format::ALL.into_iter().find(|f| f.name() == wanted).ok_or_else(|| {
            let (last, rest) = Format::NAMES.split_last().expect("there are formats");
            Error::usage(format!("`{s}` is not an output format.")).with_hint(format!("Use {} or {last}.", rest.join(", ")))
        })
    }
}
