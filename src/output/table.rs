//! Terminal tables: comfy-table lays them out to the terminal width; the header line is coloured afterwards
//! (comfy-table without its crossterm feature measures ANSI codes as text, so colour goes on last).

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;

use super::{Column, Palette, cell_text};

pub(crate) fn render(columns: &[Column], items: &[Value], width: Option<u16>, palette: &Palette) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut table = Table::new();
    table.load_style(presets::NOTHING).set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = width {
        table.set_width(w);
    }
    // A script's `table(rows)` takes its headers from the data's keys: they are escaped like cells.
    table.set_header(columns.iter().map(|c| crate::sanitize::visible_line(&c.header).into_owned()));
    for item in items {
        table.add_row(columns.iter().map(|c| {
            let text = cell_text(item, &c.field);
            if text.is_empty() { "-".to_string() } else { crate::sanitize::visible_line(&text).into_owned() }
        }));
    }
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    let text = table.to_string();
    let mut lines = text.lines().map(str::trim_end);
    let mut out = String::new();
    if let Some(header) = lines.next() {
        out.push_str(&palette.header(header));
    }
    for line in lines {
        out.push('\n');
        out.push_str(line);
    }
    out
}
