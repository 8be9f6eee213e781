//! Columns: what a command's rows show, by header and field, and what each holds (its [`Kind`]), which
//! decides how a table fits it; and the [`View`] the user asked for on top of the format.

use std::borrow::Cow;

/// What a column holds, which decides how a table fits it to the width: IDs, names and times are
/// never cut or split; text shrinks and ends in `…`. Times read "about 3 days ago" on a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Id,
    Name,
    Time,
    Text,
}

impl Kind {
    /// The kind a field's API name implies: `id`/`…Id`, `name`/`…Name` (not a `fullName`, which
    /// describes), `date…`/`last…`/`…At`/`…Date`/`created`/`updated`; anything else is text (a table
    /// still treats a column of nothing but timestamps as times).
    pub(crate) fn infer(field: &str) -> Kind {
        let f = field.rsplit('.').next().unwrap_or(field);
        let lower = f.to_ascii_lowercase();
        if lower == "id" || f.ends_with("Id") || f.ends_with("ID") || lower.ends_with("_id") {
            Kind::Id
        } else if (lower == "name" || f.ends_with("Name") || lower.ends_with("_name")) && !lower.ends_with("fullname") {
            Kind::Name
        } else if f.starts_with("date")
            || (f.starts_with("last") && f.chars().nth(4).is_some_and(|c| c.is_ascii_uppercase()))
            || f.ends_with("At")
            || f.ends_with("Date")
            || f.ends_with("Time")
            || matches!(lower.as_str(), "created" | "updated" | "modified" | "timestamp")
        {
            Kind::Time
        } else {
            Kind::Text
        }
    }
}

/// A column: the header shown in tables, the field (a dotted path into each item) it shows, and what
/// it holds (inferred from the field when not said).
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub(crate) header: Cow<'static, str>,
    pub(crate) field: Cow<'static, str>,
    pub(crate) kind: Option<Kind>,
}

pub(crate) const fn col(header: &'static str, field: &'static str) -> Column {
    Column { header: Cow::Borrowed(header), field: Cow::Borrowed(field), kind: None }
}

impl Column {
    /// A column whose header and field are made at run time (a script's table).
    pub(crate) fn named(header: impl Into<Cow<'static, str>>, field: impl Into<Cow<'static, str>>) -> Column {
        Column { header: header.into(), field: field.into(), kind: None }
    }

    /// A column that holds `kind`, where its field name does not tell (`holding("ARN", "arn", Kind::Id)`).
    pub(crate) const fn holding(header: &'static str, field: &'static str, kind: Kind) -> Column {
        Column { header: Cow::Borrowed(header), field: Cow::Borrowed(field), kind: Some(kind) }
    }

    pub(crate) fn kind_of(&self) -> Kind {
        self.kind.unwrap_or_else(|| Kind::infer(&self.field))
    }
}

/// How the user asked to see the output, beyond its format: which fields (`--fields`), a jq filter
/// (`--jq`), and whether TSV/CSV have a header line (`--header`/`--no-header`).
#[derive(Debug, Clone, Default)]
pub(crate) struct View {
    pub(crate) fields: Option<Vec<String>>,
    pub(crate) jq: Option<String>,
    pub(crate) header: Option<bool>,
    /// How to see columns a table leaves out, said in its note (`--fields or -o json` unless given).
    pub(crate) see_more: Option<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_kind_is_inferred_from_its_field() {
        let kinds = |fields: &[&str]| fields.iter().map(|f| Kind::infer(f)).collect::<Vec<_>>();
        assert_eq!(kinds(&["id", "orgId", "user.id", "credentials_id"]), [Kind::Id; 4]);
        assert_eq!(kinds(&["name", "orgName", "user_name"]), [Kind::Name; 3]);
        assert_eq!(kinds(&["dateCreated", "lastUsed", "lastUpdated", "createdAt", "created"]), [Kind::Time; 5]);
        assert_eq!(kinds(&["workspaceFullName", "description", "last", "status", "lastly"]), [Kind::Text; 5]);
    }
}
