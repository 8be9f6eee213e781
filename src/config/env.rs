//! Environment access with the one rule users expect everywhere: an empty value counts as unset.

/// The value of `name`, or `None` when it is unset, empty, or not valid Unicode.
pub(crate) fn var(name: &str) -> Option<String> {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => Some(v),
        _ => None,
    }
}

/// The first of `names` that is set and non-empty, with the name that supplied it.
pub(crate) fn first_of(names: &[&'static str]) -> Option<(&'static str, String)> {
    names.iter().find_map(|n| var(n).map(|v| (*n, v)))
}

/// A boolean variable: `1`, `true`, `yes`, `on` (any case) count as true.
pub(crate) fn flag(name: &str) -> bool {
    var(name).is_some_and(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on"))
}
