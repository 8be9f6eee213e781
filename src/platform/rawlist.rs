//! A list answer kept as it came: the body once, each item a span of it. Parsed into a tree
//! (`serde_json::Value`) a list takes about five times its body in memory and an allocation per field;
//! kept this way an item costs two offsets, a field is read from the bytes only when something needs it
//! (borrowed unless it has escapes), and JSON output writes the items as they came, minified.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use bytes::Bytes;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

/// The items of one JSON array in an answer, as spans of the answer's bytes.
#[derive(Clone)]
pub struct RawList {
    body: Bytes,
    items: Vec<Range<usize>>,
}

impl fmt::Debug for RawList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawList({} items, {} bytes)", self.items.len(), self.body.len())
    }
}

impl RawList {
    /// The objects in the array at `key` of an object answer (`{"credentials": [...]}`); a missing or null
    /// key is an empty list. Anything else (not an object, an item that is not an object) is an error.
    pub fn parse(body: Bytes, key: &str) -> Result<RawList, serde_json::Error> {
        let text = std::str::from_utf8(&body).map_err(|e| de::Error::custom(format!("the answer is not UTF-8: {e}")))?;
        let mut de = serde_json::Deserializer::from_str(text);
        let raw: Vec<&RawValue> = ListAt { key }.deserialize(&mut de)?;
        de.end()?;
        let start = text.as_ptr() as usize;
        let mut items = Vec::with_capacity(raw.len());
        for r in raw {
            let s = r.get();
            if !s.starts_with('{') {
                return Err(de::Error::custom(format!("an item of `{key}` is not an object")));
            }
            let at = s.as_ptr() as usize - start;
            items.push(at..at + s.len());
        }
        drop(de);
        Ok(RawList { body, items })
    }

    /// The whole answer the items were cut from.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// Each item's JSON text.
    pub fn items(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.items.iter().map(|r| {
            // Spans were cut from a `&str` at token boundaries in `parse`.
            std::str::from_utf8(&self.body[r.clone()]).expect("an item span is UTF-8")
        })
    }

    /// Keeps the items `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        let body = self.body.clone();
        self.items.retain(|r| keep(std::str::from_utf8(&body[r.clone()]).expect("an item span is UTF-8")));
    }

    /// The items as trees (for the formats and callers that need one).
    pub fn values(&self) -> Vec<Value> {
        self.items().map(|s| serde_json::from_str(s).expect("an item parsed once parses again")).collect()
    }

    /// Writes `[item,item,...]` with the whitespace between tokens removed.
    pub fn write_json(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        w.write_all(b"[")?;
        for (i, item) in self.items().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            write_minified(item.as_bytes(), w)?;
        }
        w.write_all(b"]")
    }
}

/// JSON text without the whitespace between its tokens (strings are copied as they are).
fn write_minified(json: &[u8], w: &mut dyn std::io::Write) -> std::io::Result<()> {
    if !json.iter().any(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t')) {
        return w.write_all(json);
    }
    let mut out = Vec::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for &b in json {
        if in_string {
            out.push(b);
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            in_string = b == b'"';
            out.push(b);
        }
    }
    w.write_all(&out)
}

/// A top-level string field of an item (`None` when missing, null or not a string).
pub fn string_field<'a>(item: &'a str, name: &str) -> Option<Cow<'a, str>> {
    let mut found = None;
    let mut de = serde_json::Deserializer::from_str(item);
    // The visitor stops at the field, so the rest of the item is not read and the end check fails: the
    // field is already out.
    let _ = de.deserialize_map(StringField { name, found: &mut found });
    found
}

struct ListAt<'k> {
    key: &'k str,
}

impl<'de> DeserializeSeed<'de> for ListAt<'_> {
    type Value = Vec<&'de RawValue>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ListAt<'_> {
    type Value = Vec<&'de RawValue>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an object with a list `{}`", self.key)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = Vec::new();
        while let Some(k) = map.next_key::<Cow<'de, str>>()? {
            if k == self.key {
                found = map.next_value::<Option<Vec<&'de RawValue>>>()?.unwrap_or_default();
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

struct StringField<'n, 'o, 'a> {
    name: &'n str,
    found: &'o mut Option<Cow<'a, str>>,
}

impl<'a> Visitor<'a> for StringField<'_, '_, 'a> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'a>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(k) = map.next_key::<Cow<'a, str>>()? {
            if k == self.name {
                *self.found = map.next_value::<Option<Str<'a>>>().ok().flatten().map(|s| s.0);
                return Ok(());
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

/// A JSON string, borrowed when it has no escapes.
struct Str<'a>(Cow<'a, str>);

impl<'de> de::Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(s.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(json: &str) -> RawList {
        RawList::parse(Bytes::copy_from_slice(json.as_bytes()), "credentials").unwrap()
    }

    #[test]
    fn items_are_spans_of_the_answer_and_json_is_minified() {
        let l = list(r#"{"other": [1], "credentials": [ {"id": "a", "n": [1, 2], "s": "x y"} , {"id":"b"} ], "totalSize": 2}"#);
        assert_eq!(l.items().len(), 2);
        let mut out = Vec::new();
        l.write_json(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), r#"[{"id":"a","n":[1,2],"s":"x y"},{"id":"b"}]"#);
        assert_eq!(list(r#"{"credentials": null}"#).items().len(), 0);
        assert_eq!(list(r#"{}"#).items().len(), 0);
    }

    #[test]
    fn broken_answers_are_errors() {
        for bad in [r#"{"credentials": [1]}"#, r#"{"credentials": {}}"#, r#"[]"#, r#"{"credentials": []} x"#, "{"] {
            assert!(RawList::parse(Bytes::copy_from_slice(bad.as_bytes()), "credentials").is_err(), "{bad}");
        }
    }

    #[test]
    fn string_fields_and_retain() {
        let mut l = list(r#"{"credentials": [{"provider":"aws","name":"x"},{"provider":"github"},{"name":"q\"q"}]}"#);
        let items: Vec<&str> = l.items().collect();
        assert_eq!(string_field(items[0], "name").as_deref(), Some("x"));
        assert_eq!(string_field(items[1], "name"), None);
        assert_eq!(string_field(items[2], "name").as_deref(), Some("q\"q"));
        l.retain(|i| string_field(i, "provider").as_deref() == Some("aws"));
        assert_eq!(l.items().len(), 1);
    }
}
