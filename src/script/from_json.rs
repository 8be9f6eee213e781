//! JSON text straight into script values: one pass, map keys built in place (short keys need no
//! allocation), no `serde_json::Value` and no intermediate map in between. Numbers convert as
//! `rhai::serde::to_dynamic` converts them: integers to `INT` (floats past its range), others to `FLOAT`.
//! The items of one list share their repeated string values (`provider`, `status`, dates): a script string
//! is a shared pointer, so ten thousand `"AVAILABLE"`s are one allocation, not ten thousand.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use rhai::{Array, Dynamic, ImmutableString, Map};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// One JSON document as a script value.
pub fn to_dynamic(json: &str) -> serde_json::Result<Dynamic> {
    Strings::default().convert(json)
}

/// The string values already made while converting the documents of one list, to hand out again.
/// Bounded: past [`Strings::MAX`] distinct values it starts over, so a list of unique names does not
/// keep a table as large as itself, while the values that repeat come back at once.
#[derive(Default)]
pub struct Strings(HashSet<ImmutableString>);

impl Strings {
    const MAX: usize = 4096;

    /// One JSON document as a script value, its strings shared with the documents converted before.
    pub fn convert(&mut self, json: &str) -> serde_json::Result<Dynamic> {
        let mut de = serde_json::Deserializer::from_str(json);
        let value = de.deserialize_any(Value(self))?;
        de.end()?;
        Ok(value)
    }

    fn get(&mut self, s: &str) -> Dynamic {
        if let Some(known) = self.0.get(s) {
            return known.clone().into();
        }
        if self.0.len() >= Self::MAX {
            self.0.clear();
        }
        let made = ImmutableString::from(s);
        self.0.insert(made.clone());
        made.into()
    }
}

struct Value<'s>(&'s mut Strings);

impl<'de> DeserializeSeed<'de> for Value<'_> {
    type Value = Dynamic;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Dynamic, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Value<'_> {
    type Value = Dynamic;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Dynamic, E> {
        Ok(Dynamic::from_bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Dynamic, E> {
        Ok(Dynamic::from_int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Dynamic, E> {
        Ok(i64::try_from(v).map_or_else(|_| Dynamic::from_float(v as f64), Dynamic::from_int))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Dynamic, E> {
        Ok(Dynamic::from_float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Dynamic, E> {
        Ok(self.0.get(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Dynamic, E> {
        Ok(Dynamic::UNIT)
    }
    fn visit_none<E: de::Error>(self) -> Result<Dynamic, E> {
        Ok(Dynamic::UNIT)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Dynamic, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Dynamic, A::Error> {
        let mut array = Array::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element_seed(Value(&mut *self.0))? {
            array.push(v);
        }
        Ok(Dynamic::from_array(array))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Dynamic, A::Error> {
        let mut m = Map::new();
        while let Some(k) = map.next_key_seed(Key)? {
            let v = map.next_value_seed(Value(&mut *self.0))?;
            m.insert(k.as_ref().into(), v);
        }
        Ok(Dynamic::from_map(m))
    }
}

/// A map key: borrowed from the text when it has no escapes (the map's own key type is made from it).
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_convert_as_rhai_serde_converts_them() {
        let json = r#"{"s":"a\tb","i":-3,"big":18446744073709551615,"f":1.5,"b":true,"n":null,"a":[1,"x",{"k":[]}],"o":{"p":{}}}"#;
        let direct = to_dynamic(json).unwrap();
        let via_tree = rhai::serde::to_dynamic(serde_json::from_str::<serde_json::Value>(json).unwrap()).unwrap();
        assert_eq!(direct.to_string(), via_tree.to_string());
        assert!(to_dynamic("{} x").is_err());
    }

    #[test]
    fn repeated_strings_are_one_value_and_stay_independent() {
        let mut strings = Strings::default();
        let a = strings.convert(r#"{"status":"AVAILABLE"}"#).unwrap().cast::<Map>();
        let b = strings.convert(r#"{"status":"AVAILABLE","name":"x"}"#).unwrap().cast::<Map>();
        let (sa, sb) = (a["status"].clone().into_immutable_string().unwrap(), b["status"].clone().into_immutable_string().unwrap());
        assert!(sa.ptr_eq(&sb), "the second item reuses the first item's string");
        // A script that changes one item's value changes only that item (strings are copy-on-write).
        let mut a = a;
        a.insert("status".into(), "INVALID".into());
        assert_eq!(b["status"].to_string(), "AVAILABLE");
        // Past the bound the table starts over and values still convert.
        for i in 0..Strings::MAX + 10 {
            let v = strings.convert(&format!(r#""v{i}""#)).unwrap();
            assert_eq!(v.to_string(), format!("v{i}"));
        }
    }
}
