//! Terminal tables: comfy-table lays them out to the terminal width; the header line is coloured afterwards
//! (comfy-table without its crossterm feature measures ANSI codes as text, so colour goes on last).
//! A table of plain ASCII that fits the width is laid out here instead, row by row into the writer, as
//! comfy-table would lay it out: ten thousand rows then cost two reads of their cells and no copy.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;

use super::{Column, Palette, cell_text};
use crate::sanitize::visible_line;

/// Space after each column (comfy-table's right padding); no border, lines trimmed at the end.
const GAP: usize = 2;

/// A table of `items` (trees).
pub(crate) fn render(columns: &[Column], items: &[Value], width: Option<u16>, palette: &Palette, w: &mut dyn Write) -> io::Result<()> {
    write(columns, items.len(), width, palette, w, &mut |i, cells| {
        cells.clear();
        cells.extend(columns.iter().map(|c| Cow::Owned(cell_text(&items[i], &c.field))));
    })
}

/// A table of `rows` rows whose cells `fill(row, cells)` gives (the buffer is reused for every row).
pub(crate) fn write<'a>(
    columns: &[Column],
    rows: usize,
    width: Option<u16>,
    palette: &Palette,
    w: &mut dyn Write,
    fill: &mut dyn FnMut(usize, &mut Vec<Cow<'a, str>>),
) -> io::Result<()> {
    if rows == 0 {
        return Ok(());
    }
    // A script's `table(rows)` takes its headers from the data's keys: they are escaped like cells.
    let headers: Vec<Cow<str>> = columns.iter().map(|c| visible_line(&c.header)).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.len()).collect();
    let mut plain = headers.iter().all(|h| h.is_ascii());
    let mut cells = Vec::with_capacity(columns.len());
    for i in 0..rows {
        fill(i, &mut cells);
        for (width, cell) in widths.iter_mut().zip(&cells) {
            plain &= cell.is_ascii() && !cell.bytes().any(|b| b.is_ascii_control());
            *width = (*width).max(if cell.is_empty() { 1 } else { cell.len() });
        }
    }
    let total: usize = widths.iter().map(|w| w + GAP).sum();
    if !plain || width.is_some_and(|w| total > usize::from(w)) {
        return comfy(&headers, rows, width, palette, w, fill);
    }
    let mut line = String::with_capacity(total);
    let put = |line: &mut String, cells: &mut dyn Iterator<Item = &str>| {
        line.clear();
        for (cell, width) in cells.zip(&widths) {
            line.push_str(cell);
            line.extend(std::iter::repeat_n(' ', width + GAP - cell.len()));
        }
        line.truncate(line.trim_end().len());
    };
    put(&mut line, &mut headers.iter().map(|h| h.as_ref()));
    w.write_all(palette.header(&line).as_bytes())?;
    for i in 0..rows {
        fill(i, &mut cells);
        put(&mut line, &mut cells.iter().map(|c| if c.is_empty() { "-" } else { c.as_ref() }));
        w.write_all(b"\n")?;
        w.write_all(line.as_bytes())?;
    }
    w.write_all(b"\n")
}

/// The general layout: comfy-table wraps and shrinks columns to the width, and measures wide characters.
fn comfy<'a>(
    headers: &[Cow<str>],
    rows: usize,
    width: Option<u16>,
    palette: &Palette,
    w: &mut dyn Write,
    fill: &mut dyn FnMut(usize, &mut Vec<Cow<'a, str>>),
) -> io::Result<()> {
    let mut table = Table::new();
    table.load_style(presets::NOTHING).set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = width {
        table.set_width(w);
    }
    table.set_header(headers.iter().map(|h| h.to_string()));
    let mut cells = Vec::new();
    for i in 0..rows {
        fill(i, &mut cells);
        table.add_row(cells.iter().map(|text| if text.is_empty() { "-".to_string() } else { visible_line(text).into_owned() }));
    }
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    let text = table.to_string();
    let mut lines = text.lines().map(str::trim_end);
    if let Some(header) = lines.next() {
        w.write_all(palette.header(header).as_bytes())?;
    }
    for line in lines {
        w.write_all(b"\n")?;
        w.write_all(line.as_bytes())?;
    }
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::col;
    use serde_json::json;

    fn both(columns: &[Column], items: &[Value], width: Option<u16>) -> (String, String) {
        let palette = Palette::new(false);
        let mut fast = Vec::new();
        render(columns, items, width, &palette, &mut fast).unwrap();
        let mut general = Vec::new();
        let headers: Vec<Cow<str>> = columns.iter().map(|c| visible_line(&c.header)).collect();
        comfy(&headers, items.len(), width, &palette, &mut general, &mut |i, cells| {
            cells.clear();
            cells.extend(columns.iter().map(|c| Cow::Owned(cell_text(&items[i], &c.field))));
        })
        .unwrap();
        (String::from_utf8(fast).unwrap(), String::from_utf8(general).unwrap())
    }

    #[test]
    fn the_direct_layout_is_the_one_comfy_table_makes() {
        let columns = [col("ID", "id"), col("NAME", "name"), col("LAST USED", "lastUsed"), col("X", "x")];
        let items = vec![
            json!({"id": "1cz5A8cuBkB5iJliCwJCFU", "name": "aws-prod", "lastUsed": "2024-05-06T12:00:00Z"}),
            json!({"id": "2", "name": "a much longer credential name", "x": 5}),
            json!({"id": "3", "name": "", "lastUsed": null}),
        ];
        for width in [None, Some(200), Some(100)] {
            let (fast, general) = both(&columns, &items, width);
            assert_eq!(fast, general, "width {width:?}");
        }
    }

    #[test]
    fn tables_that_do_not_fit_or_are_not_ascii_are_left_to_comfy_table() {
        let columns = [col("NAME", "name"), col("DESCRIPTION", "d")];
        let items = vec![json!({"name": "données", "d": "x".repeat(50)}), json!({"name": "b\tc", "d": "y"})];
        for width in [None, Some(30)] {
            let (fast, general) = both(&columns, &items, width);
            assert_eq!(fast, general, "width {width:?}");
        }
    }
}
