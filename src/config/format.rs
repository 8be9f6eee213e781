//! The output formats a user can choose (`-o`, `SEQERA_OUTPUT`, the `output` setting). The setting is
//! checked here, where settings live; `output` renders each one.

use crate::error::{Error, Result};

/// How data is written to stdout: the `output` setting (or `-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Tsv,
    Csv,
    Json,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "table" => Ok(Format::Table),
            "tsv" => Ok(Format::Tsv),
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            _ => Err(Error::usage(format!("`{s}` is not an output format.")).with_hint("Use table, tsv, csv or json.")),
        }
    }
}
