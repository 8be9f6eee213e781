//! Rendering: commands return data (`Output`), and this module alone decides how it looks. A table fitted
//! to the terminal on a TTY (times relative to now), header-less TSV in a pipe, or CSV / JSON when asked.
//! JSON keeps the API's field names; it is pretty on a terminal and compact in a pipe. `--fields` picks
//! what is shown and `--jq` filters the JSON, for every command alike.

pub(crate) mod agent;
mod color;
mod column;
pub(crate) mod fields;
pub(crate) mod jq;
pub(crate) mod list;
pub(crate) mod live;
pub(crate) mod pager;
pub(crate) mod prompt;
pub(crate) mod spinner;
pub(crate) mod status;
mod table;

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

use serde_json::Value;

pub(crate) use crate::config::Format;
pub(crate) use crate::platform::rawlist::RawList;
pub use color::Palette;
pub(crate) use color::{ColorChoice, dumb_terminal};
pub(crate) use column::{Column, Kind, View, col};

use crate::error::{Error, Result};
use crate::sanitize::{visible, visible_line};

pub(crate) use status::write as status_line;

/// Writes the output to stdout. A closed pipe (`| head -1`) is not an error: stop quietly.
pub(crate) fn emit(renderer: &Renderer, output: &Output) -> Result<()> {
    // A field that is not there is a usage error, said before anything is written.
    fields::check(output, renderer.view.fields.as_deref())?;
    spinner::clear();
    let stdout = io::stdout();
    let mut lock = io::BufWriter::new(stdout.lock());
    let result = renderer.render(output, &mut lock).and_then(|_| lock.flush());
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        // The jq filter failed on this data (`.x` of a string): said as it is.
        Err(e) if e.kind() == io::ErrorKind::InvalidData => Err(Error::other(format!("{e}."))),
        Err(e) => Err(Error::other(format!("Cannot write the output: {e}."))),
        Ok(()) => Ok(()),
    }
}

/// Prints an error with its causes and hint on stderr: the one place that writes `Error:`, `Caused by:` and
/// `Hint:` lines, for every front end.
pub(crate) fn report(e: &Error, palette: &Palette) {
    spinner::clear();
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
    pub(crate) view: View,
}

/// `COLUMNS`, when set to a width: what a table fits when stdout is not a terminal (`-o table` in a pipe).
fn columns_env() -> Option<u16> {
    crate::config::env::var("COLUMNS").and_then(|c| c.trim().parse().ok()).filter(|w| *w > 0)
}

impl Renderer {
    pub(crate) fn new(format: Option<Format>, color: ColorChoice, view: View) -> Renderer {
        let stdout_is_tty = io::stdout().is_terminal();
        let format = format.unwrap_or(if stdout_is_tty { Format::Table } else { Format::Tsv });
        let width = match stdout_is_tty {
            true => terminal_size::terminal_size().map(|(w, _)| w.0).or_else(columns_env),
            false => columns_env(),
        };
        Renderer { format, palette: Palette::new(color.enabled(stdout_is_tty)), stdout_is_tty, width, view }
    }

    /// A renderer for output that goes into a pipe or file although stdout may be a terminal (a REPL
    /// line with `| grep` or `> file`): TSV by default, no colour, no terminal width.
    pub(crate) fn for_pipe(format: Option<Format>, color: ColorChoice, view: View) -> Renderer {
        let enabled = matches!(color, ColorChoice::Always);
        Renderer { format: format.unwrap_or(Format::Tsv), palette: Palette::new(enabled), stdout_is_tty: false, width: None, view }
    }

    /// The output as this invocation shows it: its fields picked, then through the jq filter or formatted.
    pub(crate) fn render(&self, out: &Output, w: &mut dyn Write) -> io::Result<()> {
        let as_json = self.view.jq.is_some() || self.format == Format::Json;
        let out = fields::select(out, self.view.fields.as_deref(), as_json).map_err(|e| io::Error::other(e.message))?;
        match &self.view.jq {
            Some(expr) => self.jq(&out, expr, w),
            None => self.format(&out, w),
        }
    }

    /// The JSON `-o json` prints, through the jq filter.
    fn jq(&self, out: &Output, expr: &str, w: &mut dyn Write) -> io::Result<()> {
        let mut json = Vec::new();
        let as_json = Renderer { format: Format::Json, stdout_is_tty: false, view: View::default(), ..self.clone() };
        as_json.format(out, &mut json)?;
        if json.is_empty() {
            return Ok(());
        }
        jq::run(expr, &String::from_utf8_lossy(&json), self.stdout_is_tty, w)
    }

    /// Whether TSV/CSV start with a header line: `--header`/`--no-header`, else CSV does and TSV not.
    fn header(&self) -> bool {
        self.view.header.unwrap_or(self.format == Format::Csv)
    }

    /// A table on a terminal: fitted to its width, times relative to now. Columns left out are named.
    fn table<'a>(
        &self,
        columns: &[Column],
        rows: usize,
        w: &mut dyn Write,
        fill: &mut dyn FnMut(usize, &mut Vec<Cow<'a, str>>),
    ) -> io::Result<()> {
        let now = self.stdout_is_tty.then(|| crate::timefmt::now_secs() as i64);
        let fit = table::Fit { width: self.width, now, palette: &self.palette };
        let dropped = table::write(columns, rows, fit, w, fill)?;
        if !dropped.is_empty() {
            // After the table, not above it: stdout is buffered and stderr is not.
            w.flush()?;
            let (names, them) = if dropped.len() == 1 { (dropped[0].clone(), "it") } else { (dropped.join(", "), "them") };
            let width = self.width.unwrap_or_default();
            let how = self.view.see_more.unwrap_or("--fields or -o json");
            status::write(&format!("Note: {names} left out to fit {width} columns; see {them} with {how}."));
        }
        Ok(())
    }

    fn format(&self, out: &Output, w: &mut dyn Write) -> io::Result<()> {
        match (out, self.format) {
            (Output::Nothing, _) => Ok(()),
            (Output::Failed(inner, _), _) => self.format(inner, w),
            (Output::Value(v), Format::Json) => writeln!(w, "{}", Value::String(v.clone())),
            (Output::Value(v), _) => writeln!(w, "{}", visible(v)),
            (Output::Rows { json: Some(j), .. }, Format::Json) => self.json(j, w),
            (Output::Rows { items, .. }, Format::Json) => self.json(items, w),
            (Output::List { list, .. }, Format::Json) if self.stdout_is_tty => self.json(&list.values(), w),
            (Output::List { list, .. }, Format::Json) => {
                list.write_json(w)?;
                writeln!(w)
            }
            (Output::Rows { columns, items, .. }, Format::Table) => self.table(columns, items.len(), w, &mut |i, cells| {
                cells.clear();
                cells.extend(columns.iter().map(|c| Cow::Owned(cell_text(&items[i], &c.field))));
            }),
            (Output::List { columns, list }, Format::Table) => {
                let items: Vec<&str> = list.items().collect();
                self.table(columns, items.len(), w, &mut |i, cells| list::cells(items[i], columns, cells))
            }
            (Output::Rows { columns, items, .. }, Format::Tsv) => {
                self.tsv_header(columns, w)?;
                let mut cells = Vec::with_capacity(columns.len());
                for item in items {
                    cells.clear();
                    cells.extend(columns.iter().map(|c| Cow::Owned(cell_text(item, &c.field))));
                    tsv_row(&cells, w)?;
                }
                Ok(())
            }
            (Output::List { columns, list }, Format::Tsv) => {
                self.tsv_header(columns, w)?;
                let mut cells = Vec::with_capacity(columns.len());
                for item in list.items() {
                    list::cells(item, columns, &mut cells);
                    tsv_row(&cells, w)?;
                }
                Ok(())
            }
            (Output::Rows { columns, items, .. }, Format::Csv) => {
                let mut csv = csv_with_header(columns, self.header(), w)?;
                let mut cells = Vec::with_capacity(columns.len());
                for item in items {
                    cells.clear();
                    cells.extend(columns.iter().map(|c| Cow::Owned(cell_text(item, &c.field))));
                    csv_row(&mut csv, &cells)?;
                }
                csv.flush()
            }
            (Output::List { columns, list }, Format::Csv) => {
                let mut csv = csv_with_header(columns, self.header(), w)?;
                let mut cells = Vec::with_capacity(columns.len());
                for item in list.items() {
                    list::cells(item, columns, &mut cells);
                    csv_row(&mut csv, &cells)?;
                }
                csv.flush()
            }
            (Output::Record { fields, item }, format) => self.record(fields, item, format, w),
        }
    }

    /// One object as `Field  value` lines (a table), `field<TAB>value` lines, or a CSV row.
    fn record(&self, fields: &[Column], item: &Value, format: Format, w: &mut dyn Write) -> io::Result<()> {
        match format {
            Format::Table => {
                let label_width = fields.iter().map(|f| f.header.len()).max().unwrap_or(0);
                let now = self.stdout_is_tty.then(|| crate::timefmt::now_secs() as i64);
                for f in fields {
                    let mut value = visible(&cell_text(item, &f.field)).into_owned();
                    if let (Kind::Time, Some(now), Some(t)) = (f.kind_of(), now, crate::timefmt::parse_timestamp(&value)) {
                        value = format!("{value} ({})", crate::timefmt::relative(t, now));
                    }
                    let label = format!("{:<label_width$}", f.header);
                    writeln!(w, "{}  {}", self.palette.header(&label), if value.is_empty() { "-" } else { &value })?;
                }
                Ok(())
            }
            Format::Tsv => {
                if self.header() {
                    writeln!(w, "field\tvalue")?;
                }
                for f in fields {
                    writeln!(w, "{}\t{}", f.field, tsv_cell(&cell_text(item, &f.field)))?;
                }
                Ok(())
            }
            Format::Csv => {
                let mut csv = csv::Writer::from_writer(w);
                if self.header() {
                    csv.write_record(fields.iter().map(|c| c.field.as_ref())).map_err(csv_io)?;
                }
                csv.write_record(fields.iter().map(|c| visible(&cell_text(item, &c.field)).into_owned())).map_err(csv_io)?;
                csv.flush()
            }
            Format::Json => self.json(item, w),
        }
    }

    /// TSV's header line (the fields' API names, as CSV's), when asked for with `--header`.
    fn tsv_header(&self, columns: &[Column], w: &mut dyn Write) -> io::Result<()> {
        if !self.header() {
            return Ok(());
        }
        let names: Vec<Cow<str>> = columns.iter().map(|c| c.field.clone()).collect();
        tsv_row(&names, w)
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

fn csv_with_header<'w>(columns: &[Column], header: bool, w: &'w mut dyn Write) -> io::Result<csv::Writer<&'w mut dyn Write>> {
    let mut csv = csv::Writer::from_writer(w);
    if header {
        csv.write_record(columns.iter().map(|c| visible_line(&c.field).into_owned())).map_err(csv_io)?;
    }
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
        let r = Renderer { format, palette: Palette::new(false), stdout_is_tty: false, width: Some(80), view: View::default() };
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
    fn tsv_and_csv_headers_are_asked_for_or_left_out() {
        let r = |format, header| Renderer {
            format,
            palette: Palette::new(false),
            stdout_is_tty: false,
            width: None,
            view: View { header, ..View::default() },
        };
        let text = |r: Renderer| {
            let mut buf = Vec::new();
            r.render(&sample(), &mut buf).unwrap();
            String::from_utf8(buf).unwrap()
        };
        assert!(text(r(Format::Tsv, Some(true))).starts_with("name\tid\troles\n"));
        assert!(text(r(Format::Csv, Some(false))).starts_with("acme,1,"));
    }

    #[test]
    fn table_has_headers() {
        let t = render(Format::Table, &sample());
        assert!(t.lines().next().unwrap().contains("NAME"), "{t}");
        assert!(t.contains("acme"));
    }
}
