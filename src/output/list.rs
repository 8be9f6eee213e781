//! The cells of a [`RawList`](crate::platform::rawlist::RawList) item, read from its JSON text as
//! [`cell_text`] reads them from a tree: only the columns shown are decoded, borrowed unless escaped.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::{Column, cell_text};

/// The cells of one item for `columns` (a dotted field is looked up inside its first part), as
/// `cell_text` would give them: strings bare, arrays joined with commas, null and missing empty. Fills
/// `cells` (cleared first) so one buffer serves every row.
pub fn cells<'a>(item: &'a str, columns: &[Column], cells: &mut Vec<Cow<'a, str>>) {
    cells.clear();
    cells.resize(columns.len(), Cow::Borrowed(""));
    let mut de = serde_json::Deserializer::from_str(item);
    // An item was an object when the list was parsed; a failure here leaves the cells empty.
    let _ = de.deserialize_map(CellsVisitor { columns, cells });
}

struct CellsVisitor<'c, 'a> {
    columns: &'c [Column],
    cells: &'c mut Vec<Cow<'a, str>>,
}

impl<'a> Visitor<'a> for CellsVisitor<'_, 'a> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'a>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(k) = map.next_key::<Cow<'a, str>>()? {
            let (mut flat, mut nested) = (false, false);
            for c in self.columns {
                match c.field.strip_prefix(&*k) {
                    Some("") => flat = true,
                    Some(rest) if rest.starts_with('.') => nested = true,
                    _ => {}
                }
            }
            if nested {
                // A dotted column reads inside the value: take it whole.
                let v: Value = map.next_value()?;
                for (i, c) in self.columns.iter().enumerate() {
                    match c.field.strip_prefix(&*k) {
                        Some("") => self.cells[i] = Cow::Owned(cell_text(&v, "")),
                        Some(rest) if rest.starts_with('.') => self.cells[i] = Cow::Owned(cell_text(&v, &rest[1..])),
                        _ => {}
                    }
                }
            } else if flat {
                let cell = map.next_value::<CellText<'a>>()?.0;
                for (i, c) in self.columns.iter().enumerate() {
                    if c.field == *k {
                        self.cells[i] = cell.clone();
                    }
                }
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// One cell's text, as [`cell_text`] words a value, borrowed from the answer when it can be.
struct CellText<'a>(Cow<'a, str>);

impl<'de> de::Deserialize<'de> for CellText<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CellTextVisitor)
    }
}

struct CellTextVisitor;

impl<'de> Visitor<'de> for CellTextVisitor {
    type Value = CellText<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(CellText(Cow::Borrowed(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(CellText(Cow::Owned(s.to_string())))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(CellText(Cow::Borrowed("")))
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(CellText(Cow::Borrowed("")))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(CellText(Cow::Borrowed(if v { "true" } else { "false" })))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(CellText(Cow::Owned(v.to_string())))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(CellText(Cow::Owned(v.to_string())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(CellText(Cow::Owned(Value::from(v).to_string())))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let v: Value = de::Deserialize::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        Ok(CellText(Cow::Owned(cell_text(&v, ""))))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let v: Value = de::Deserialize::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(CellText(Cow::Owned(v.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::col;

    #[test]
    fn cells_read_as_cell_text_does() {
        let item = r#"{"name":"a\tb","id":7,"roles":["x","y"],"gone":null,"user":{"email":"e@x"},"ok":true,"o":{"k":1},"f":1.5}"#;
        let columns = [
            col("N", "name"),
            col("I", "id"),
            col("R", "roles"),
            col("G", "gone"),
            col("E", "user.email"),
            col("M", "missing"),
            col("B", "ok"),
            col("O", "o"),
            col("F", "f"),
        ];
        let mut buf = Vec::new();
        cells(item, &columns, &mut buf);
        let v: Value = serde_json::from_str(item).unwrap();
        let expected: Vec<String> = columns.iter().map(|c| cell_text(&v, &c.field)).collect();
        assert_eq!(buf, expected);
        assert!(matches!(buf[3], Cow::Borrowed(_)));
    }
}
