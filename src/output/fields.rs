//! `--fields a,b,c`: the columns a table, TSV or CSV shows, and the fields JSON keeps. A field is named
//! by its API name (`lastUsed`) or its column header (`last-used`, `LAST USED`), in any case.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::{Column, Output, field};
use crate::error::{Error, Result};

/// A name as compared: lower case, without spaces, `-` or `_` (so `LAST USED`, `last-used` and
/// `lastUsed` are one name).
fn norm(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '-' | '_')).flat_map(char::to_lowercase).collect()
}

/// The columns named by `wanted`, in its order; a name that is not a column is a usage error that
/// lists the ones there are.
fn pick(columns: &[Column], wanted: &[String]) -> Result<Vec<Column>> {
    wanted
        .iter()
        .map(|w| {
            let n = norm(w);
            columns.iter().find(|c| norm(&c.field) == n || norm(&c.header) == n).cloned().ok_or_else(|| {
                let valid: Vec<&str> = columns.iter().map(|c| c.field.as_ref()).collect();
                Error::usage(format!("`{w}` is not a field here; the fields are: {}.", valid.join(", ")))
                    .with_hint("Name them by API name or column header, separated by commas: --fields name,provider")
            })
        })
        .collect()
}

/// `item` with only the fields of `columns` (a dotted field keeps its path as the key).
fn project(item: &Value, columns: &[Column]) -> Value {
    if !item.is_object() {
        return item.clone();
    }
    let mut m = Map::new();
    for c in columns {
        if let Some(v) = field(item, &c.field) {
            m.insert(c.field.to_string(), v.clone());
        }
    }
    Value::Object(m)
}

fn project_all(v: &Value, columns: &[Column]) -> Value {
    match v {
        Value::Array(a) => Value::Array(a.iter().map(|i| project(i, columns)).collect()),
        other => project(other, columns),
    }
}

/// Checks that every `wanted` field is one the output has, without picking them (a raw list stays raw).
pub(crate) fn check(out: &Output, wanted: Option<&[String]>) -> Result<()> {
    let Some(wanted) = wanted.filter(|w| !w.is_empty()) else { return Ok(()) };
    match out {
        Output::Rows { columns, .. } | Output::List { columns, .. } => pick(columns, wanted).map(|_| ()),
        Output::Record { fields, .. } if !fields.is_empty() => pick(fields, wanted).map(|_| ()),
        Output::Failed(inner, _) => check(inner, Some(wanted)),
        Output::Nothing => Ok(()),
        _ => Err(Error::usage("This command's output has no fields to pick; leave out --fields.")),
    }
}

/// The output with only the `wanted` fields. A list held raw stays raw for a table, TSV or CSV (only its
/// columns change); for JSON (`as_json`) its items become trees with only those fields.
pub(crate) fn select<'o>(out: &'o Output, wanted: Option<&[String]>, as_json: bool) -> Result<Cow<'o, Output>> {
    let Some(wanted) = wanted.filter(|w| !w.is_empty()) else { return Ok(Cow::Borrowed(out)) };
    Ok(Cow::Owned(match out {
        Output::Rows { columns, items, json } => {
            let columns = pick(columns, wanted)?;
            // A list's JSON is projected like its rows; another shape (`status`'s report) is kept whole.
            let json = json.as_ref().map(|j| if j.is_array() { project_all(j, &columns) } else { j.clone() });
            // A table, TSV or CSV reads dotted fields through the items as they are; JSON gets the projection.
            let items = if as_json { items.iter().map(|i| project(i, &columns)).collect() } else { items.clone() };
            Output::Rows { columns, items, json }
        }
        Output::List { columns, list } if !as_json => Output::List { columns: pick(columns, wanted)?, list: list.clone() },
        Output::List { columns, list } => {
            let columns = pick(columns, wanted)?;
            let items = list.values().iter().map(|i| project(i, &columns)).collect();
            Output::Rows { columns, items, json: None }
        }
        Output::Record { fields, item } if !fields.is_empty() => {
            let fields = pick(fields, wanted)?;
            let item = project(item, &fields);
            Output::Record { fields, item }
        }
        Output::Failed(inner, e) => Output::Failed(Box::new(select(inner, Some(wanted), as_json)?.into_owned()), e.clone()),
        Output::Nothing => Output::Nothing,
        _ => return Err(Error::usage("This command's output has no fields to pick; leave out --fields.")),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::col;
    use serde_json::json;

    #[test]
    fn fields_are_picked_by_api_name_or_header_in_the_order_asked() {
        let out = Output::rows(
            &[col("NAME", "orgName"), col("ID", "orgId"), col("LAST USED", "lastUsed")],
            vec![json!({"orgName": "acme", "orgId": 1, "lastUsed": "x", "other": 2})],
        );
        let Output::Rows { columns, items, .. } = select(&out, Some(&["last-used".into(), "name".into()]), true).unwrap().into_owned()
        else {
            panic!()
        };
        assert_eq!(columns.iter().map(|c| c.field.as_ref()).collect::<Vec<_>>(), ["lastUsed", "orgName"]);
        assert_eq!(items[0], json!({"lastUsed": "x", "orgName": "acme"}));
        let e = select(&out, Some(&["provider".into()]), true).unwrap_err();
        assert_eq!(e.message, "`provider` is not a field here; the fields are: orgName, orgId, lastUsed.");
        assert_eq!(e.exit_code(), 2);
    }
}
