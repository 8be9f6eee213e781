//! The config file, `config.toml`: read with positions for good errors, edited in place with toml_edit so
//! the user's comments, ordering and unknown keys survive, and written atomically.
//!
//! Several processes may change the file at once (twenty `config create` in parallel), so every edit is
//! also recorded, and `save` replays the recorded edits on a fresh read of the file under a lock
//! (`config.toml.lock`): load-edit-save is one step, and no process's change is lost. A symlinked
//! `config.toml` (a dotfiles repository) is written at its target, and the link stays a link.
//!
//! Layout:
//! ```toml
//! default_profile = "default"
//! [profiles.default]
//! api_url = "https://api.cloud.seqera.io"
//! ```

use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, Table, value};

use super::keys::Key;
use crate::error::{Error, Result};

pub(crate) const DEFAULT_PROFILE: &str = "default";

pub struct ConfigFile {
    pub(crate) path: PathBuf,
    doc: DocumentMut,
    /// The edits made since the last save, in order, to replay on the file as it is on disk then.
    edits: Vec<Edit>,
    /// Known keys with a value of the wrong type: errors for commands, warnings for `seqera config`.
    pub(crate) problems: Vec<Error>,
}

#[derive(Debug, Clone)]
enum Edit {
    Set { profile: String, key: String, value: String, note: Option<String> },
    Unset { profile: String, key: String },
    CreateProfile(String),
    DeleteProfile(String),
    SetDefaultProfile(String),
}

impl ConfigFile {
    /// Reads the file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<ConfigFile> {
        let source = match read_source(path) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                return Err(Error::config(format!("Cannot read the config file {}: {e}.", path.display()))
                    .with_hint("Make it a readable UTF-8 TOML file, or move it away to start afresh."));
            }
        };
        let spanned = toml_edit::Document::parse(source.clone()).map_err(|e| {
            let (line, col) = e.span().map(|s| line_col(&source, s.start)).unwrap_or((1, 1));
            Error::config(format!(
                "The config file {} is not valid TOML at line {line}, column {col}: {}",
                path.display(),
                e.message().trim_end_matches('\n')
            ))
            .with_hint("Fix that line, or move the file away to start afresh.")
        })?;
        let problems = check_shape(path, &source, spanned.as_table())?;
        Ok(ConfigFile { path: path.to_path_buf(), doc: spanned.into_mut(), edits: Vec::new(), problems })
    }

    pub fn default_profile(&self) -> Option<String> {
        self.doc.get("default_profile").and_then(|i| i.as_str()).map(str::to_string)
    }

    pub fn profile_names(&self) -> Vec<String> {
        self.doc.get("profiles").and_then(|p| p.as_table_like()).map(|t| t.iter().map(|(k, _)| k.to_string()).collect()).unwrap_or_default()
    }

    pub(crate) fn has_profile(&self, name: &str) -> bool {
        self.profile_names().iter().any(|p| p == name)
    }

    /// Keys in a profile that are not settings (typos such as `api_ulr`): kept in the file, ignored, warned about.
    pub(crate) fn unknown_keys(&self, profile: &str) -> Vec<String> {
        let Some(table) = self.doc.get("profiles").and_then(|p| p.as_table_like()).and_then(|t| t.get(profile)?.as_table_like()) else {
            return Vec::new();
        };
        table.iter().map(|(k, _)| k.to_string()).filter(|k| !super::keys::KEYS.iter().any(|d| d.name == k)).collect()
    }

    /// A string setting in a profile.
    pub fn get(&self, profile: &str, key: Key) -> Option<String> {
        self.doc.get("profiles")?.as_table_like()?.get(profile)?.as_table_like()?.get(key.name())?.as_str().map(str::to_string)
    }

    fn profile_table(&mut self, profile: &str) -> &mut Table {
        let profiles = self.doc.entry("profiles").or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        });
        as_table(profiles);
        let profiles = profiles.as_table_mut().expect("as_table made `profiles` a table");
        let table = profiles.entry(profile).or_insert_with(|| Item::Table(Table::new()));
        as_table(table);
        table.as_table_mut().expect("as_table made the profile a table")
    }

    pub(crate) fn set(&mut self, profile: &str, key: Key, v: &str) {
        self.apply(Edit::Set { profile: profile.into(), key: key.name().into(), value: v.into(), note: None });
    }

    /// Sets a value with a trailing comment for people reading the file (`workspace = "201" # acme/prod`).
    pub(crate) fn set_with_note(&mut self, profile: &str, key: Key, v: &str, note: &str) {
        let note = note.replace(['\n', '\r'], " ");
        self.apply(Edit::Set { profile: profile.into(), key: key.name().into(), value: v.into(), note: Some(note) });
    }

    /// Removes a setting; returns whether it was there.
    pub(crate) fn unset(&mut self, profile: &str, key: Key) -> bool {
        self.apply(Edit::Unset { profile: profile.into(), key: key.name().into() })
    }

    pub(crate) fn create_profile(&mut self, profile: &str) {
        self.apply(Edit::CreateProfile(profile.into()));
    }

    pub(crate) fn delete_profile(&mut self, profile: &str) -> bool {
        self.apply(Edit::DeleteProfile(profile.into()))
    }

    pub(crate) fn set_default_profile(&mut self, profile: &str) {
        self.apply(Edit::SetDefaultProfile(profile.into()));
    }

    /// Makes an edit here and records it for `save`; returns whether it changed something that was there.
    fn apply(&mut self, edit: Edit) -> bool {
        let changed = self.edit_doc(&edit);
        self.edits.push(edit);
        changed
    }

    fn edit_doc(&mut self, edit: &Edit) -> bool {
        match edit {
            Edit::Set { profile, key, value: v, note } => {
                let item = match note {
                    Some(note) => Item::Value(toml_edit::Value::from(v.as_str()).decorated(" ", format!(" # {note}"))),
                    None => value(v.as_str()),
                };
                self.profile_table(profile).insert(key, item).is_some()
            }
            Edit::Unset { profile, key } => self
                .doc
                .get_mut("profiles")
                .and_then(|p| p.get_mut(profile))
                .and_then(|t| t.as_table_like_mut())
                .is_some_and(|t| t.remove(key).is_some()),
            Edit::CreateProfile(profile) => {
                self.profile_table(profile);
                true
            }
            Edit::DeleteProfile(profile) => {
                let removed = self.doc.get_mut("profiles").and_then(|p| p.as_table_like_mut()).and_then(|t| t.remove(profile)).is_some();
                if self.default_profile().as_deref() == Some(profile.as_str()) {
                    self.doc.remove("default_profile");
                }
                removed
            }
            Edit::SetDefaultProfile(profile) => self.doc.insert("default_profile", value(profile.as_str())).is_some(),
        }
    }

    /// Under the config lock: reads the file as it is now, replays this command's edits on it, and writes
    /// it atomically (temp file in the same directory, then rename; mode 0600 in a 0700 dir). A symlinked
    /// file is written at its target. Afterwards this holds what was written.
    pub(crate) fn save(&mut self) -> Result<()> {
        let lock_path = self.path.with_extension("toml.lock");
        let _lock = crate::fsutil::lock_exclusive(&lock_path)
            .map_err(|e| Error::config(format!("Cannot lock the config file ({}): {e}.", lock_path.display())))?;
        let mut fresh = ConfigFile::load(&self.path)?;
        for edit in &self.edits {
            fresh.edit_doc(edit);
        }
        let mut text = fresh.doc.to_string();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        let target = crate::fsutil::follow_symlinks(&self.path);
        crate::fsutil::write_private_atomic(&target, text.as_bytes())
            .map_err(|e| Error::config(format!("Cannot write the config file {}: {e}.", target.display())))?;
        self.doc = fresh.doc;
        self.problems = fresh.problems;
        self.edits.clear();
        Ok(())
    }
}

/// Turns an inline table (`profiles = { a = {} }`, which check_shape accepts) into a regular one so that it
/// can be edited; anything else that is not a table becomes an empty table.
fn as_table(item: &mut Item) {
    if item.is_table() {
        return;
    }
    let table = match std::mem::take(item) {
        Item::Value(toml_edit::Value::InlineTable(t)) => t.into_table(),
        _ => Table::new(),
    };
    *item = Item::Table(table);
}

fn error_at(path: &Path, source: &str, item: &Item, what: String) -> Error {
    let (line, col) = item.span().map(|s| line_col(source, s.start)).unwrap_or((1, 1));
    Error::config(format!("The config file {} has {what} at line {line}, column {col}.", path.display()))
        .with_hint("Fix that line, or change it with `seqera config set`.")
}

/// Known keys must have the right types; unknown keys are kept and ignored. A broken structure is an error;
/// a setting of the wrong type is returned as a problem, so `seqera config set`/`unset` can still repair it.
fn check_shape(path: &Path, source: &str, doc: &Table) -> Result<Vec<Error>> {
    let err = |item: &Item, what: String| error_at(path, source, item, what);
    if let Some(item) = doc.get("default_profile")
        && !item.is_str()
    {
        return Err(err(item, "a `default_profile` that is not a string".into()));
    }
    let mut problems = Vec::new();
    let Some(profiles) = doc.get("profiles") else { return Ok(problems) };
    let Some(profiles) = profiles.as_table_like() else {
        return Err(err(profiles, "a `profiles` entry that is not a table".into()));
    };
    for (name, profile) in profiles.iter() {
        let Some(table) = profile.as_table_like() else {
            return Err(err(profile, format!("a profile `{name}` that is not a table")));
        };
        for (key, item) in table.iter() {
            if super::keys::KEYS.iter().any(|k| k.name == key) && !item.is_str() {
                let p = if name == DEFAULT_PROFILE { String::new() } else { format!("-p {name} ") };
                problems.push(err(item, format!("`{key}` in profile `{name}` that is not a string")).with_hint(format!(
                    "Fix that line, or repair it with `seqera {p}config set {key} VALUE` or `seqera {p}config unset {key}`."
                )));
            }
        }
    }
    Ok(problems)
}

/// The largest config file read: far above any real one, and a bound on a link to `/dev/zero`.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// The file's text, if it is a regular file (a FIFO would block the open, a device would never end) of at
/// most [`MAX_CONFIG_BYTES`] of UTF-8.
fn read_source(path: &Path) -> std::io::Result<String> {
    use std::io::{Error as IoError, ErrorKind, Read};
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(IoError::other("it is a directory"));
    }
    if !meta.is_file() {
        return Err(IoError::other("it is not a regular file"));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(MAX_CONFIG_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(IoError::other(format!("it is larger than {}", crate::units::size_text(MAX_CONFIG_BYTES as usize))));
    }
    String::from_utf8(bytes).map_err(|_| IoError::new(ErrorKind::InvalidData, "it is not valid UTF-8"))
}

/// 1-based line and column of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, col)
}

/// Profile names are used in file names and keyring entries, so keep them plain.
pub(crate) fn check_profile_name(name: &str) -> Result<()> {
    let ok = !name.is_empty() && name.len() <= 64 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("`{name}` is not a valid profile name.")).with_hint("Use 1 to 64 letters, digits, `-` or `_`."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(text: &str) -> Result<ConfigFile> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        ConfigFile::load(&path)
    }

    #[test]
    fn malformed_file_names_line_and_column() {
        let err = load_str("# top\n[profiles.default]\napi_url = \"x\n").err().unwrap();
        assert!(err.message.contains("line 3, column"), "{}", err.message);
        assert!(err.message.contains("config.toml"));
    }

    #[test]
    fn wrong_type_names_line() {
        let err = load_str("[profiles.default]\n\napi_url = 42\n").unwrap().problems.remove(0);
        assert!(err.message.contains("`api_url`") && err.message.contains("line 3"), "{}", err.message);
    }

    #[test]
    fn edits_keep_comments_and_unknown_keys() {
        let mut f =
            load_str("# my notes\n[profiles.default]\n# the prod endpoint\napi_url = \"https://a.example\"\nmystery = 1\n").unwrap();
        f.set("default", Key::Workspace, "acme/prod");
        f.unset("default", Key::ApiUrl);
        let out = f.doc.to_string();
        assert!(out.contains("# my notes") && out.contains("mystery = 1") && out.contains("workspace = \"acme/prod\""), "{out}");
        assert!(!out.contains("api_url"));
    }
}
