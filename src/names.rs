//! Live names for completion: organizations, workspaces (`Org/Workspace`) and the credentials of the
//! workspace in use. A Tab must never wait on the network, so completion only ever reads a snapshot:
//! the one `seqera shell` keeps fresh in the background, or else the per-profile cache files that every
//! command refreshes as a side effect (`memberships.json`, `credentials-<workspace>.json`).

use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use clap_complete::engine::CompletionCandidate;

use crate::config::{ConfigFile, paths};
use crate::platform::cache;
use crate::platform::workspaces::{orgs, workspaces};

#[derive(Debug, Clone, Default)]
pub struct Names {
    /// (id, name)
    pub orgs: Vec<(i64, String)>,
    /// (id, "Org/Workspace")
    pub workspaces: Vec<(i64, String)>,
    pub credentials: Vec<String>,
}

impl Names {
    pub(crate) fn org_name(&self, id: i64) -> Option<&str> {
        self.orgs.iter().find(|(i, _)| *i == id).map(|(_, n)| n.as_str())
    }

    pub(crate) fn workspace_path(&self, id: i64) -> Option<&str> {
        self.workspaces.iter().find(|(i, _)| *i == id).map(|(_, n)| n.as_str())
    }

    pub(crate) fn from_memberships(m: &cache::Memberships) -> Names {
        let rows = &m.rows;
        Names {
            orgs: orgs(rows).into_iter().map(|o| (o.id, o.name)).collect(),
            workspaces: workspaces(rows).into_iter().map(|w| (w.id, w.path())).collect(),
            credentials: Vec::new(),
        }
    }
}

static LIVE: RwLock<Option<Arc<Names>>> = RwLock::new(None);

/// Installs the snapshot a long-running front end (the shell) keeps fresh.
pub fn set_live(names: Names) {
    *LIVE.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::new(names));
}

/// The names to complete from: the live snapshot, else what the cache files of the profile in use hold
/// (stale or not: an old name is a better completion than none).
/// A `-p PROFILE` on the line being completed reads that profile's cache files instead.
pub(crate) fn snapshot() -> Arc<Names> {
    if let Some(profile) = LINE_HINT.with(|h| h.borrow().profile.clone()) {
        return Arc::new(from_disk(Some(profile)));
    }
    if let Some(n) = LIVE.read().unwrap_or_else(|p| p.into_inner()).clone() {
        return n;
    }
    Arc::new(from_disk(None))
}

/// The profile whose caches completion reads: a `-p` on the line being completed counts as `--profile`.
fn current_profile(file: &ConfigFile) -> String {
    let on_line = LINE_HINT.with(|h| h.borrow().profile.clone());
    crate::config::pick_profile(file, on_line.as_deref()).0
}

fn from_disk(profile: Option<String>) -> Names {
    let Ok(file) = ConfigFile::load(&paths::config_file()) else { return Names::default() };
    let profile = profile.unwrap_or_else(|| current_profile(&file));
    let cache_dir = paths::cache_dir();
    // Without the membership cache there are no org or workspace names, but a numeric workspace still
    // finds its credential names.
    let mut names = std::fs::read(cache::path(&cache_dir, &profile))
        .ok()
        .and_then(|b| serde_json::from_slice::<cache::Memberships>(&b).ok())
        .map(|m| Names::from_memberships(&m))
        .unwrap_or_default();
    let ws = crate::config::env::first_of(&["SEQERA_WORKSPACE_ID", "TOWER_WORKSPACE_ID"])
        .map(|(_, v)| v)
        .or_else(|| file.get(&profile, crate::config::Key::Workspace));
    let ws_id = ws.and_then(|w| w.trim().parse::<i64>().ok().or_else(|| names.workspaces.iter().find(|(_, p)| *p == w).map(|(i, _)| *i)));
    names.credentials = load_credentials(&profile, ws_id);
    names
}

pub(crate) fn credentials_path(profile: &str, workspace_id: Option<i64>) -> PathBuf {
    let ws = workspace_id.map(|i| i.to_string()).unwrap_or_else(|| "personal".to_string());
    paths::cache_dir().join("profiles").join(profile).join(format!("credentials-{ws}.json"))
}

/// Remembers the credential names of a workspace (best effort; never secrets, only names). A file that
/// already holds them is left alone: listing the same workspace again costs a read, not a synced write.
pub(crate) fn store_credentials<S: serde::Serialize>(profile: &str, workspace_id: Option<i64>, names: &[S]) {
    let Ok(json) = serde_json::to_vec(names) else { return };
    let path = credentials_path(profile, workspace_id);
    if std::fs::read(&path).is_ok_and(|old| old == json) {
        return;
    }
    let _ = crate::fsutil::write_private_atomic(&path, &json);
}

/// Whether this process saw the same credentials answer for this workspace last time (and remembers this
/// one): its names are stored already, so a shell or script listing it again skips reading them out and
/// comparing the cache file. A fingerprint per workspace, not the answer, is kept.
pub(crate) fn seen_before(profile: &str, workspace_id: Option<i64>, answer: &[u8]) -> bool {
    use std::hash::{Hash, Hasher};
    static SEEN: std::sync::Mutex<Option<std::collections::HashMap<PathBuf, u64>>> = std::sync::Mutex::new(None);
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    answer.hash(&mut hasher);
    let print = hasher.finish();
    let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
    seen.get_or_insert_default().insert(credentials_path(profile, workspace_id), print) == Some(print)
}

pub(crate) fn load_credentials(profile: &str, workspace_id: Option<i64>) -> Vec<String> {
    read_json(&credentials_path(profile, workspace_id))
}

/// A cache file's contents, or the empty value when it is missing or unreadable.
fn read_json<T: serde::de::DeserializeOwned + Default>(path: &std::path::Path) -> T {
    std::fs::read(path).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

/// The profile whose cache files completion reads (a `-p` on the line, else the one in use).
fn profile_in_use() -> String {
    ConfigFile::load(&paths::config_file()).map(|f| current_profile(&f)).unwrap_or_else(|_| crate::config::DEFAULT_PROFILE.into())
}

fn ai_sessions_path(profile: &str) -> PathBuf {
    paths::cache_dir().join("profiles").join(profile).join("ai-sessions.json")
}

/// Remembers an AI session for `seqera ai -s <Tab>`: its ID and the question that started it (newest
/// first, 20 at most; never an answer).
pub(crate) fn remember_ai_session(profile: &str, id: &str, question: &str) {
    let path = ai_sessions_path(profile);
    let mut list: Vec<(String, String)> = read_json(&path);
    let title = list.iter().find(|(i, _)| i == id).map(|(_, t)| t.clone()).unwrap_or_else(|| question.chars().take(60).collect());
    list.retain(|(i, _)| i != id);
    list.insert(0, (id.to_string(), title));
    list.truncate(20);
    if let Ok(json) = serde_json::to_vec(&list) {
        let _ = crate::fsutil::write_private_atomic(&path, &json);
    }
}

/// Completion candidates for `seqera ai -s`: the sessions this profile used, with what they were about.
pub(crate) fn ai_session_candidates() -> Vec<CompletionCandidate> {
    let list: Vec<(String, String)> = read_json(&ai_sessions_path(&profile_in_use()));
    list.into_iter().map(|(id, title)| CompletionCandidate::new(id).help(Some(title.into()))).collect()
}

/// Completion candidates for `-p`: the profiles in config.toml.
pub(crate) fn profile_candidates() -> Vec<CompletionCandidate> {
    ConfigFile::load(&paths::config_file())
        .map(|f| f.profile_names())
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

/// Completion candidates for an organization argument.
pub(crate) fn org_candidates() -> Vec<CompletionCandidate> {
    snapshot().orgs.iter().map(|(_, n)| CompletionCandidate::new(n)).collect()
}

/// Completion candidates for a workspace argument (`Org/Workspace`).
pub(crate) fn workspace_candidates() -> Vec<CompletionCandidate> {
    snapshot().workspaces.iter().map(|(_, n)| CompletionCandidate::new(n)).collect()
}

/// What the line being completed says for itself: its `-w` workspace and `-p` profile.
#[derive(Default)]
struct LineHint {
    words: Vec<String>,
    workspace: Option<String>,
    profile: Option<String>,
}

thread_local! {
    static LINE_HINT: std::cell::RefCell<LineHint> = std::cell::RefCell::new(LineHint::default());
}

/// Completes from the workspace (`-w`) and profile (`-p`) named on the line rather than the ones in use.
pub(crate) fn set_line_hint(words: &[String]) {
    let mut hint = LineHint { words: words.to_vec(), ..LineHint::default() };
    let mut words = words.iter().peekable();
    while let Some(w) = words.next() {
        let mut take = |long: &str, short: &str| -> Option<Option<String>> {
            if w == long || w == short {
                Some(words.peek().map(|v| v.to_string()))
            } else {
                w.strip_prefix(&format!("{long}="))
                    .or_else(|| w.strip_prefix(short).map(|v| v.strip_prefix('=').unwrap_or(v)).filter(|v| !v.is_empty()))
                    .map(|v| Some(v.to_string()))
            }
        };
        if let Some(v) = take("--workspace", "-w") {
            hint.workspace = v;
        } else if let Some(v) = take("--profile", "-p") {
            hint.profile = v;
        }
    }
    LINE_HINT.with(|h| *h.borrow_mut() = hint);
}

/// The words of the line being completed (the program's name first), for candidates that depend on the
/// command (`--fields`).
pub(crate) fn line_words() -> Vec<String> {
    LINE_HINT.with(|h| h.borrow().words.clone())
}

/// Completion candidates for a credential argument (names in the workspace of `-w`, else the one in use).
pub(crate) fn credential_candidates() -> Vec<CompletionCandidate> {
    let names = snapshot();
    let hinted = LINE_HINT.with(|h| h.borrow().workspace.clone()).map(|w| {
        let id = w.trim().parse::<i64>().ok().or_else(|| names.workspaces.iter().find(|(_, p)| *p == w).map(|(i, _)| *i));
        id.map(|id| load_credentials(&profile_in_use(), Some(id))).unwrap_or_default()
    });
    hinted.unwrap_or_else(|| names.credentials.clone()).iter().map(CompletionCandidate::new).collect()
}

/// Where the names of one kind of thing in a workspace are kept (`compute-envs`, `pipelines`, `runs`).
fn kind_path(kind: &str, profile: &str, workspace_id: Option<i64>) -> PathBuf {
    let ws = workspace_id.map(|i| i.to_string()).unwrap_or_else(|| "personal".to_string());
    paths::cache_dir().join("profiles").join(profile).join(format!("{kind}-{ws}.json"))
}

/// Remembers the names of compute environments, pipelines or runs of a workspace (best effort).
pub(crate) fn store_kind(kind: &str, profile: &str, workspace_id: Option<i64>, names: &[String]) {
    let Ok(json) = serde_json::to_vec(names) else { return };
    let path = kind_path(kind, profile, workspace_id);
    if std::fs::read(&path).is_ok_and(|old| old == json) {
        return;
    }
    let _ = crate::fsutil::write_private_atomic(&path, &json);
}

/// Candidates of one kind in the workspace of `-w` on the line, else the one in use.
fn kind_candidates(kind: &str) -> Vec<CompletionCandidate> {
    let names = snapshot();
    let profile = profile_in_use();
    let on_line = LINE_HINT.with(|h| h.borrow().workspace.clone());
    let wanted = on_line.or_else(|| {
        let file = ConfigFile::load(&paths::config_file()).ok()?;
        crate::config::env::first_of(&["SEQERA_WORKSPACE_ID", "TOWER_WORKSPACE_ID"])
            .map(|(_, v)| v)
            .or_else(|| file.get(&profile, crate::config::Key::Workspace))
    });
    let ws = wanted.and_then(|w| w.trim().parse::<i64>().ok().or_else(|| names.workspaces.iter().find(|(_, p)| *p == w).map(|(i, _)| *i)));
    read_json::<Vec<String>>(&kind_path(kind, &profile, ws)).into_iter().map(CompletionCandidate::new).collect()
}

/// Completion candidates for a compute environment argument.
pub(crate) fn compute_env_candidates() -> Vec<CompletionCandidate> {
    kind_candidates("compute-envs")
}

/// Completion candidates for a pipeline argument.
pub(crate) fn pipeline_candidates() -> Vec<CompletionCandidate> {
    kind_candidates("pipelines")
}

/// Completion candidates for a run argument (run names and IDs).
pub(crate) fn run_candidates() -> Vec<CompletionCandidate> {
    kind_candidates("runs")
}

#[cfg(test)]
mod seen_tests {
    use super::seen_before;

    #[test]
    fn an_answer_is_seen_again_only_when_it_is_the_same_for_the_same_workspace() {
        let profile = "seen-before-test";
        assert!(!seen_before(profile, Some(7), b"[1]"), "first sight");
        assert!(seen_before(profile, Some(7), b"[1]"), "the same answer again");
        assert!(!seen_before(profile, Some(8), b"[1]"), "another workspace is its own");
        assert!(!seen_before(profile, Some(7), b"[1,2]"), "a changed answer is stored again");
        assert!(!seen_before(profile, Some(7), b"[1]"), "and so is the old one after it");
    }
}
