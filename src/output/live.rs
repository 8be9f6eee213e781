//! A view that changes in place: `runs watch` redraws its table on a terminal (the cursor goes back up
//! over the last frame), and in a pipe or with `-o json` writes one JSON line per change, flushed at once
//! so a reader sees each as it happens. A shell line piped or redirected (`runs watch X | grep FAILED`)
//! renders its output when the command ends, so there the changes are kept and handed back instead.

use std::io::{self, Write};

use serde_json::Value;

use super::{Column, Renderer};
use crate::config::Format;
use crate::error::{Error, Result};

pub(crate) struct Live {
    renderer: Renderer,
    /// Lines of the frame on screen (0: none yet, or not a table).
    lines: usize,
    /// The changes kept for a shell line's pipe or redirection (`None`: written as they come).
    kept: Option<Vec<Value>>,
}

impl Live {
    pub(crate) fn new(renderer: &Renderer) -> Live {
        // The renderer renders as into a pipe while stdout is the terminal: a shell line's `| cmd`.
        let shell_pipe = !renderer.stdout_is_tty && io::IsTerminal::is_terminal(&io::stdout());
        Live { renderer: renderer.clone(), lines: 0, kept: shell_pipe.then(Vec::new) }
    }

    /// Whether this view redraws a table (a terminal, table format) rather than writing JSON lines.
    pub(crate) fn is_table(&self) -> bool {
        self.renderer.stdout_is_tty && self.renderer.format == Format::Table
    }

    /// The changes kept for a shell line's pipe, to render as the command's output.
    pub(crate) fn kept(self) -> Option<Vec<Value>> {
        self.kept
    }

    /// Shows the latest rows (a table on a terminal) or the changes (JSON lines elsewhere).
    pub(crate) fn show(&mut self, columns: &[Column], rows: &[Value], changes: &[Value]) -> Result<()> {
        if let Some(kept) = &mut self.kept {
            kept.extend_from_slice(changes);
            return Ok(());
        }
        let mut out = io::stdout().lock();
        let written = if self.is_table() {
            let mut frame = Vec::new();
            let now = Some(crate::timefmt::now_secs() as i64);
            let fit = super::table::Fit { width: self.renderer.width, now, palette: &self.renderer.palette };
            super::table::render(columns, rows, fit, &mut frame)?;
            let up = if self.lines > 0 { format!("\x1b[{}A\r\x1b[J", self.lines) } else { String::new() };
            self.lines = frame.iter().filter(|b| **b == b'\n').count();
            out.write_all(up.as_bytes()).and_then(|_| out.write_all(&frame))
        } else {
            changes.iter().try_for_each(|c| writeln!(out, "{c}"))
        };
        match written.and_then(|_| out.flush()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::other(format!("Cannot write the output: {e}."))),
            Ok(()) => Ok(()),
        }
    }
}
