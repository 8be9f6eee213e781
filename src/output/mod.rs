//! Rendering: commands return data (`Output`), and this module alone decides how it looks. A table fitted
//! to the terminal on a TTY, header-less TSV in a pipe, or CSV / JSON when asked. JSON keeps the API's
//! field names; it is pretty on a terminal and compact in a pipe.

pub(crate) mod agent;
mod color;
pub(crate) mod list;
pub(crate) mod live;
pub(crate) mod prompt;
pub(crate) mod status;
mod table;

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

use serde_json::Value;

pub(crate) use crate::config::Format;
pub(crate) use crate::platform::rawlist::RawList;
pub(crate) use color::ColorChoice;
pub use color::Palette;

use crate::error::{Error, Result};
use crate::sanitize::{visible, visible_line};

pub(crate) use status::write as status_line;

/// Writes the output to stdout. A closed pipe (`| head -1`) is not an error: stop quietly.
pub(crate) fn emit(renderer: &Renderer, output: &Output) -> Result<()> {
    let stdout = io::stdout();
    let mut lock = io::BufWriter::new(stdout.lock());
    let result = renderer.render(output, &mut lock).and_then(|_| lock.flush());
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::other(format!("Cannot write the output: {e}."))),
        Ok(()) => Ok(()),
    }
}

/// Prints an error with its causes and hint on stderr: the one place that writes `Error:`, `Caused by:` and
/// `Hint:` lines, for every front end.
pub(crate) fn report(e: &Error, palette: &Palette) {
    let mut err = io::stderr().lock();
    // Messages quote servers (error bodies, names): nothing in them may drive the terminal.
    let _ = writeln!(err, "{} {}", palette.bad("Error:"), visible(&e.message));
    for cause in &e.causes {
        let _ = writeln!(err, "{} {}", palette.dim("Caused by:"), visible(cause));
    }
    if let Some(hint) = e.hint.as_deref().filter(|h| !h.is_empty()) {
        let _ = writeln!(err, "{} {}", palette.warn("Hint:"), visible(hint));
    }
}

/// A column: the header shown in tables and the field (a dotted path into each item) it shows.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub(crate) header: Cow<'static, str>,
    pub(crate) field: Cow<'static, str>,
}

pub(crate) const fn col(header: &'static str, field: &'static str) -> Column {
    Column { header: Cow::Borrowed(header), field: Cow::Borrowed(field) }
}

/// What a command hands back.
#[derive(Debug, Clone)]
pub(crate) enum Output {
    /// A list. Tables, TSV and CSV show `columns` of each item; JSON prints `json` if given, else the items.
    Rows { columns: Vec<Column>, items: Vec<Value>, json: Option<Value> },
    /// A list as the answer held it (large lists): shown as `Rows` are, without a tree per item.
    List { columns: Vec<Column>, list: RawList },
    /// One object shown as `Field  value` lines; JSON prints the object.
    Record { fields: Vec<Column>, item: Value },
    /// A bare value for scripts (`config get`): printed as is, or as a JSON string.
    Value(String),
    /// Nothing on stdout (the status went to stderr).
    Nothing,
    /// Output worth showing from a command that still failed (`status` with a failing check): the front end
    /// renders the output, then reports the error and uses its exit code.
    Failed(Box<Output>, crate::error::Error),
}

impl Output {
    pub(crate) fn rows(columns: &[Column], items: Vec<Value>) -> Output {
        Output::Rows { columns: columns.to_vec(), items, json: None }
    }
}

/// How this invocation renders: decided once, from flags, env and whether stdout is a terminal.
#[derive(Debug, Clone)]
pub(crate) struct Renderer {
    pub(crate) format: Format,
    pub(crate) palette: Palette,
    pub(crate) stdout_is_tty: bool,
    pub(crate) width: Option<u16>,
}

impl Renderer {
    pub(crate) fn new(format: Option<Format>, color: ColorChoice) -> Renderer {
        let stdout_is_tty = io::stdout().is_terminal();
        let format = format.unwrap_or(if stdout_is_tty { Format::Table } else { Format::Tsv });
        let width = terminal_size::terminal_size().map(|(w, _)| w.0).filter(|_| stdout_is_tty);
        Renderer { format, palette: Palette::new(color.enabled(stdout_is_tty)), stdout_is_tty, width }
    }

    /// A renderer for output that goes into a pipe or file although stdout may be a terminal (a REPL
    /// line with `| grep` or `> file`): TSV by default, no colour, no terminal width.
    pub(crate) fn for_pipe(format: Option<Format>, color: ColorChoice) -> Renderer {
        let enabled = matches!(color, ColorChoice::Always);
        Renderer { format: format.unwrap_or(Format::Tsv), palette: Palette::new(enabled), stdout_is_tty: false, width: None }
    }

    pub(crate) fn render(&self, out: &Output, w: &mut dyn Write) -> io::Result<()> {
        match (out, self.format) {
            (Output::Nothing, _) => Ok(()),
            (Output::Failed(inner, _), _) => self.render(inner, w),
            (Output::Value(v), Format::Json) => writeln!(w, "{}", Value::String(v.clone())),
            (Output::Value(v), _) => writeln!(w, "{}", visible(v)),
            (Output::Rows { json: Some(j), .. }, Format::Json) => self.json(j, w),
            (Output::Rows { items, .. }, Format::Json) => self.json(items, w),
            (Output::List { list, .. }, Format::Json) if self.stdout_is_tty => self.json(&list.values(), w),
            (Output::List { list, .. }, Format::Json) => {
                list.write_json(w)?;
                writeln!(w)
            }
            (Output::Record { item, .. }, Format::Json) => self.json(item, w),
            (Output::Rows { columns, items, .. }, Format::Table) => table::render(columns, items, self.width, &self.palette, w),
            (Output::List { columns, list }, Format::Table) => {
                let items: Vec<&str> = list.items().collect();
                table::write(columns, items.len(), self.width, &self.palette, w, &mut |i, cells| list::cells(items[i], columns, cells))
            }
            (Output::Rows { columns, items, .. }, Format::Tsv) => {
                let mut cells = Vec::with_capacity(columns.len());
                for item in items {
                    cells.clear();
                    cells.extend(columns.iter().map(|c| Cow::Owned(cell_text(item, &c.field))));
                    tsv_row(&cells, w)?;
                }
                Ok(())
            }
            (Output::List { columns, list }, Format::Tsv) => {
                let mut cells = Vec::with_capacity(columns.len());
                for item in list.items() {
                    list::cells(item, columns, &mut cells);
                    tsv_row(&cells, w)?;
                }
                Ok(())
            }
            (Output::Rows { columns, items, .. }, Format::Csv) => {
                let mut csv = csv_with_header(columns, w)?;
                let mut cells = Vec::with_capacity(columns.len());
                for item in items {
                    cells.clear();
                    cells.extend(columns.iter().map(|c| Cow::Owned(cell_text(item, &c.field))));
                    csv_row(&mut csv, &cells)?;
                }
                csv.flush()
            }
            (Output::List { columns, list }, Format::Csv) => {
                let mut csv = csv_with_header(columns, w)?;
                let mut cells = Vec::with_capacity(columns.len());
                for item in list.items() {
                    list::cells(item, columns, &mut cells);
                    csv_row(&mut csv, &cells)?;
                }
                csv.flush()
            }
            (Output::Record { fields, item }, Format::Table) => {
                let label_width = fields.iter().map(|f| f.header.len()).max().unwrap_or(0);
                for f in fields {
                    let value = visible(&cell_text(item, &f.field)).into_owned();
                    let label = format!("{:<label_width$}", f.header);
                    writeln!(w, "{}  {}", self.palette.header(&label), if value.is_empty() { "-" } else { &value })?;
                }
                Ok(())
            }
            (Output::Record { fields, item }, Format::Tsv) => {
                for f in fields {
                    writeln!(w, "{}\t{}", f.field, tsv_cell(&cell_text(item, &f.field)))?;
                }
                Ok(())
            }
            (Output::Record { fields, item }, Format::Csv) => {
                let mut csv = csv::Writer::from_writer(w);
                csv.write_record(fields.iter().map(|c| c.field.as_ref())).map_err(csv_io)?;
                csv.write_record(fields.iter().map(|c| visible(&cell_text(item, &c.field)).into_owned())).map_err(csv_io)?;
                csv.flush()
            }
        }
    }

    fn json(&self, v: &impl serde::Serialize, w: &mut dyn Write) -> io::Result<()> {
        if self.stdout_is_tty {
            serde_json::to_writer_pretty(&mut *w, v)?;
        } else {
            serde_json::to_writer(&mut *w, v)?;
        }
        writeln!(w)
    }
}

/// One TSV line; a cell with nothing to escape is written as it is.
fn tsv_row(cells: &[Cow<str>], w: &mut dyn Write) -> io::Result<()> {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            w.write_all(b"\t")?;
        }
        if cell.bytes().any(|b| b == b'\\' || b.is_ascii_control() || !b.is_ascii()) {
            w.write_all(tsv_cell(cell).as_bytes())?;
        } else {
            w.write_all(cell.as_bytes())?;
        }
    }
    w.write_all(b"\n")
}

fn csv_with_header<'w>(columns: &[Column], w: &'w mut dyn Write) -> io::Result<csv::Writer<&'w mut dyn Write>> {
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record(columns.iter().map(|c| visible_line(&c.field).into_owned())).map_err(csv_io)?;
    Ok(csv)
}

fn csv_row(csv: &mut csv::Writer<&mut dyn Write>, cells: &[Cow<str>]) -> io::Result<()> {
    for cell in cells {
        csv.write_field(visible(cell).as_bytes()).map_err(csv_io)?;
    }
    csv.write_record(None::<&[u8]>).map_err(csv_io)
}

fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// The field at a dotted path (`user.email`), if present.
pub(crate) fn field<'a>(item: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() {
        return Some(item);
    }
    path.split('.').try_fold(item, |v, part| v.get(part))
}

/// A cell as text: strings bare, arrays joined with commas, null and missing as empty.
pub(crate) fn cell_text(item: &Value, path: &str) -> String {
    match field(item, path) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a.iter().map(|v| cell_text(v, "")).collect::<Vec<_>>().join(","),
        Some(v) => v.to_string(),
    }
}

/// A TSV cell: tabs and newlines would break the row and other control characters would reach the
/// terminal, so all are shown escaped (a backslash is doubled, so the escapes stay unambiguous).
fn tsv_cell(s: &str) -> String {
    let doubled = if s.contains('\\') { Cow::Owned(s.replace('\\', "\\\\")) } else { Cow::Borrowed(s) };
    visible_line(&doubled).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(format: Format, out: &Output) -> String {
        let r = Renderer { format, palette: Palette::new(false), stdout_is_tty: false, width: Some(80) };
        let mut buf = Vec::new();
        r.render(out, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn sample() -> Output {
        Output::rows(
            &[col("NAME", "name"), col("ID", "id"), col("ROLES", "roles")],
            vec![json!({"name": "acme", "id": 1, "roles": ["owner", "admin"]}), json!({"name": "a\tb", "id": 2})],
        )
    }

    #[test]
    fn tsv_has_no_header_and_escapes_tabs() {
        assert_eq!(render(Format::Tsv, &sample()), "acme\t1\towner,admin\na\\tb\t2\t\n");
    }

    #[test]
    fn control_characters_from_servers_are_escaped_in_every_format_but_json() {
        let hostile = "x\x1b]0;pwned\x07\x1b[2Jy";
        let rows = Output::rows(&[col("NAME", "name")], vec![json!({"name": hostile})]);
        let record = Output::Record { fields: vec![col("Name", "name")], item: json!({"name": hostile}) };
        for format in [Format::Table, Format::Tsv, Format::Csv] {
            for out in [&rows, &record] {
                let text = render(format, out);
                assert!(!text.contains('\x1b') && !text.contains('\x07'), "{format:?}: {text:?}");
                assert!(text.contains("x\\e]0;pwned\\x07\\e[2Jy"), "{format:?}: {text:?}");
            }
        }
        assert!(render(Format::Json, &rows).contains("\\u001b]0;pwned"), "JSON keeps its own escaping");
    }

    #[test]
    fn csv_has_field_names_as_header() {
        assert_eq!(render(Format::Csv, &sample()), "name,id,roles\nacme,1,\"owner,admin\"\na\tb,2,\n");
    }

    #[test]
    fn json_in_a_pipe_is_compact_and_keeps_fields() {
        assert_eq!(
            render(Format::Json, &sample()),
            "[{\"id\":1,\"name\":\"acme\",\"roles\":[\"owner\",\"admin\"]},{\"id\":2,\"name\":\"a\\tb\"}]\n"
        );
    }

    #[test]
    fn table_has_headers() {
        let t = render(Format::Table, &sample());
        assert!(t.lines().next().unwrap().contains("NAME"), "{t}");
        assert!(t.contains("acme"));
    }
}
