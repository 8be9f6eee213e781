//! Terminal tables fitted to the width, as gh lays them out: IDs, names and timestamps are never split or
//! cut; descriptive columns shrink and end in `…`; a column that still does not fit is left out and named
//! to the caller (who says so on stderr). Nothing wraps, so a row is one line. On a terminal, timestamps
//! read "about 3 days ago". Rows are filled twice through `fill` (measure, then write), so ten thousand rows of
//! a raw list cost two reads of their cells and no tree.

use std::borrow::Cow;
use std::io::{self, Write};

use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::cell_text;
use super::{Column, Kind, Palette};
use crate::sanitize::visible_line;
use crate::timefmt::{parse_timestamp, relative};

/// Space between columns.
const GAP: usize = 2;
/// The narrowest a descriptive column is squeezed to (less when its widest cell is narrower).
const MIN_TEXT: usize = 6;

/// How a table is laid out: the width to fit (none: as wide as the cells) and the time "now" when
/// timestamps are shown relative to it (on a terminal).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fit<'p> {
    pub(crate) width: Option<u16>,
    pub(crate) now: Option<i64>,
    pub(crate) palette: &'p Palette,
}

/// A table of `items` (trees). Returns the headers of the columns left out for want of width.
pub(crate) fn render(columns: &[Column], items: &[Value], fit: Fit, w: &mut dyn Write) -> io::Result<Vec<String>> {
    write(columns, items.len(), fit, w, &mut |i, cells| {
        cells.clear();
        cells.extend(columns.iter().map(|c| Cow::Owned(cell_text(&items[i], &c.field))));
    })
}

/// What the first pass learnt of each column.
struct Measure {
    kind: Kind,
    /// Widest cell as shown (after relative times) or header; the header's width; the widest cell's.
    natural: usize,
    header: usize,
    values: usize,
    /// Every non-empty cell is a timestamp (a column named for text may still hold times: a script's).
    all_times: bool,
}

/// A table of `rows` rows whose cells `fill(row, cells)` gives (the buffer is reused for every row).
/// Returns the headers of the columns left out.
pub(crate) fn write<'a>(
    columns: &[Column],
    rows: usize,
    fit: Fit,
    w: &mut dyn Write,
    fill: &mut dyn FnMut(usize, &mut Vec<Cow<'a, str>>),
) -> io::Result<Vec<String>> {
    if rows == 0 || columns.is_empty() {
        return Ok(Vec::new());
    }
    // A script's `table(rows)` takes its headers from the data's keys: they are escaped like cells.
    let headers: Vec<Cow<str>> = columns.iter().map(|c| visible_line(&c.header)).collect();
    let mut m: Vec<Measure> = columns
        .iter()
        .zip(&headers)
        .map(|(c, h)| Measure { kind: c.kind_of(), natural: width(h), header: width(h), values: 1, all_times: true })
        .collect();
    let mut cells = Vec::with_capacity(columns.len());
    let mut any = vec![false; columns.len()];
    for i in 0..rows {
        fill(i, &mut cells);
        for (j, cell) in cells.iter().enumerate().take(m.len()) {
            if !cell.is_empty() {
                any[j] = true;
                m[j].all_times &= parse_timestamp(cell).is_some();
            }
            // An empty cell shows as `-`: one column at least.
            m[j].values = m[j].values.max(width(&shown(cell, m[j].kind, fit.now)));
            m[j].natural = m[j].natural.max(m[j].values);
        }
    }
    // A column of nothing but timestamps is a time column, whatever its name: re-measure it as shown.
    let retimed: Vec<usize> = (0..m.len()).filter(|&j| m[j].kind == Kind::Text && m[j].all_times && any[j]).collect();
    if !retimed.is_empty() {
        for &j in &retimed {
            m[j].kind = Kind::Time;
            m[j].values = 1;
            m[j].natural = m[j].header;
        }
        for i in 0..rows {
            fill(i, &mut cells);
            for &j in &retimed {
                m[j].values = m[j].values.max(width(&shown(&cells[j], Kind::Time, fit.now)));
                m[j].natural = m[j].natural.max(m[j].values);
            }
        }
    }
    let (shown_cols, widths) = layout(&m, fit.width.map(usize::from));
    let dropped = (0..m.len()).filter(|j| !shown_cols.contains(j)).map(|j| headers[j].to_string()).collect();
    let mut line = String::new();
    let kinds: Vec<Kind> = m.iter().map(|c| c.kind).collect();
    put(&mut line, &shown_cols, &widths, &mut |j| headers[j].clone());
    w.write_all(fit.palette.header(&line).as_bytes())?;
    for i in 0..rows {
        fill(i, &mut cells);
        put(&mut line, &shown_cols, &widths, &mut |j| {
            let cell = cells.get(j).map(|c| c.as_ref()).unwrap_or("");
            if cell.is_empty() { Cow::Borrowed("-") } else { Cow::Owned(shown(cell, kinds[j], fit.now).into_owned()) }
        });
        w.write_all(b"\n")?;
        w.write_all(line.as_bytes())?;
    }
    w.write_all(b"\n")?;
    Ok(dropped)
}

/// One line of the table into `line`: each shown column's text, cut to its width with `…` if longer
/// (only descriptive columns are ever narrower than their text), padded, trailing spaces trimmed.
fn put<'c>(line: &mut String, shown_cols: &[usize], widths: &[usize], text: &mut dyn FnMut(usize) -> Cow<'c, str>) {
    line.clear();
    for (k, &j) in shown_cols.iter().enumerate() {
        let t = text(j);
        let t = visible_line(&t);
        let used = push_cut(line, &t, widths[k]);
        if k + 1 < shown_cols.len() {
            line.extend(std::iter::repeat_n(' ', widths[k].saturating_sub(used) + GAP));
        }
    }
    line.truncate(line.trim_end().len());
}

/// The columns `s` takes on a terminal (ASCII, the common case, without a look at each character).
fn width(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.width() }
}

/// Pushes `text` cut to `width` columns (ending in `…` when cut); returns the columns used.
fn push_cut(line: &mut String, text: &str, width: usize) -> usize {
    let full = self::width(text);
    if full <= width {
        line.push_str(text);
        return full;
    }
    let mut used = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        line.push(c);
        used += cw;
    }
    line.push('…');
    used + 1
}

/// A cell as the table shows it: a timestamp relative to `now` when given.
fn shown(cell: &str, kind: Kind, now: Option<i64>) -> Cow<'_, str> {
    match (kind, now) {
        (Kind::Time, Some(now)) => match parse_timestamp(cell) {
            Some(t) => Cow::Owned(relative(t, now)),
            None => visible_line(cell),
        },
        _ => visible_line(cell),
    }
}

/// Which columns are shown, and at what widths, to fit `width`. IDs, names and times keep their width;
/// descriptive columns give up room, the rightmost first: first what only their header needs beyond
/// their values, then values down to [`MIN_TEXT`]. When that is not enough, columns are left out from
/// the right: descriptive ones first, then times, then the rest, never the first column.
fn layout(m: &[Measure], width: Option<usize>) -> (Vec<usize>, Vec<usize>) {
    let mut shown_cols: Vec<usize> = (0..m.len()).collect();
    let Some(width) = width else { return (shown_cols, m.iter().map(|c| c.natural).collect()) };
    loop {
        if let Some(widths) = squeeze(m, &shown_cols, width) {
            return (shown_cols, widths);
        }
        if shown_cols.len() == 1 {
            return (shown_cols, vec![m[0].natural]);
        }
        let last_of = |kind: Kind| shown_cols.iter().skip(1).rposition(|&j| m[j].kind == kind).map(|p| p + 1);
        let gone = last_of(Kind::Text).or_else(|| last_of(Kind::Time)).unwrap_or(shown_cols.len() - 1);
        shown_cols.remove(gone);
    }
}

/// The widths of `shown_cols` squeezed into `width`, if they can be.
fn squeeze(m: &[Measure], shown_cols: &[usize], width: usize) -> Option<Vec<usize>> {
    let mut widths: Vec<usize> = shown_cols.iter().map(|&j| m[j].natural).collect();
    let total = widths.iter().sum::<usize>() + GAP * (shown_cols.len() - 1);
    let Some(mut excess) = total.checked_sub(width).filter(|e| *e > 0) else { return Some(widths) };
    let header_only = |c: &Measure| c.values.max(MIN_TEXT).min(c.natural);
    let least = |c: &Measure| MIN_TEXT.min(c.natural);
    for floor in [&header_only as &dyn Fn(&Measure) -> usize, &least] {
        for (k, &j) in shown_cols.iter().enumerate().rev() {
            if m[j].kind != Kind::Text {
                continue;
            }
            let take = widths[k].saturating_sub(floor(&m[j])).min(excess);
            widths[k] -= take;
            excess -= take;
        }
        if excess == 0 {
            return Some(widths);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::col;
    use serde_json::json;

    fn table(columns: &[Column], items: &[Value], width: Option<u16>) -> (String, Vec<String>) {
        let palette = Palette::new(false);
        let mut out = Vec::new();
        let dropped = render(columns, items, Fit { width, now: None, palette: &palette }, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), dropped)
    }

    fn sample() -> (Vec<Column>, Vec<Value>) {
        let columns = vec![col("ID", "id"), col("NAME", "name"), col("DESCRIPTION", "d"), col("LAST USED", "lastUsed")];
        let items = vec![
            json!({"id": "1cz5A8cuBkB5iJliCwJCFU", "name": "aws-prod", "d": "the production account of the data team", "lastUsed": "2024-05-06T12:00:00Z"}),
            json!({"id": "2", "name": "données-ü", "d": "x"}),
        ];
        (columns, items)
    }

    #[test]
    fn a_table_that_fits_is_laid_out_whole_with_two_spaces_between_columns() {
        let (columns, items) = sample();
        let (text, dropped) = table(&columns, &items, None);
        assert!(dropped.is_empty());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "ID                      NAME       DESCRIPTION                              LAST USED");
        assert_eq!(lines[2], "2                       données-ü  x                                        -");
    }

    #[test]
    fn descriptive_columns_shrink_with_an_ellipsis_and_the_rest_stay_whole() {
        let (columns, items) = sample();
        let (text, dropped) = table(&columns, &items, Some(70));
        assert!(dropped.is_empty(), "{text}");
        assert!(text.lines().all(|l| l.width() <= 70), "{text}");
        assert!(text.contains("1cz5A8cuBkB5iJliCwJCFU") && text.contains("2024-05-06T12:00:00Z"), "{text}");
        assert!(text.contains("  the producti…  "), "{text}");
    }

    #[test]
    fn columns_that_cannot_fit_are_left_out_descriptive_first() {
        let (columns, items) = sample();
        let (text, dropped) = table(&columns, &items, Some(40));
        assert_eq!(dropped, ["DESCRIPTION", "LAST USED"], "{text}");
        assert!(text.lines().all(|l| l.width() <= 40), "{text}");
        let (text, dropped) = table(&columns, &items, Some(10));
        assert_eq!(dropped, ["NAME", "DESCRIPTION", "LAST USED"], "the first column stays: {text}");
    }

    #[test]
    fn a_column_of_timestamps_is_shown_relative_on_a_terminal() {
        let columns = [col("NAME", "name"), col("WHEN", "when")];
        let items = [json!({"name": "a", "when": "2024-03-01T09:30:00Z"})];
        let palette = Palette::new(false);
        let mut out = Vec::new();
        let now = parse_timestamp("2024-03-04T09:30:00Z");
        render(&columns, &items, Fit { width: Some(80), now, palette: &palette }, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "NAME  WHEN\na     about 3 days ago\n");
    }
}
