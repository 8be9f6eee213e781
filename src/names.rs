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
    pub fn org_name(&self, id: i64) -> Option<&str> {
        self.orgs.iter().find(|(i, _)| *i == id).map(|(_, n)| n.as_str())
    }

    pub fn workspace_path(&self, id: i64) -> Option<&str> {
        self.workspaces.iter().find(|(i, _)| *i == id).map(|(_, n)| n.as_str())
    }

    pub fn from_memberships(m: &cache::Memberships) -> Names {
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
pub fn snapshot() -> Arc<Names> {
    if let Some(n) = LIVE.read().unwrap_or_else(|p| p.into_inner()).clone() {
        return n;
    }
    Arc::new(from_disk())
}

fn current_profile(file: &ConfigFile) -> String {
    crate::config::env::var("SEQERA_PROFILE").or_else(|| file.default_profile()).unwrap_or_else(|| "default".to_string())
}

fn from_disk() -> Names {
    let Ok(file) = ConfigFile::load(&paths::config_file()) else { return Names::default() };
    let profile = current_profile(&file);
    let cache_dir = paths::cache_dir();
    let Some(m) = std::fs::read(cache::path(&cache_dir, &profile)).ok().and_then(|b| serde_json::from_slice::<cache::Memberships>(&b).ok())
    else {
        return Names::default();
    };
    let mut names = Names::from_memberships(&m);
    let ws = crate::config::env::first_of(&["SEQERA_WORKSPACE_ID", "TOWER_WORKSPACE_ID"])
        .map(|(_, v)| v)
        .or_else(|| file.get(&profile, "workspace"));
    let ws_id = ws.and_then(|w| w.trim().parse::<i64>().ok().or_else(|| names.workspaces.iter().find(|(_, p)| *p == w).map(|(i, _)| *i)));
    names.credentials = load_credentials(&profile, ws_id);
    names
}

pub fn credentials_path(profile: &str, workspace_id: Option<i64>) -> PathBuf {
    let ws = workspace_id.map(|i| i.to_string()).unwrap_or_else(|| "personal".to_string());
    paths::cache_dir().join("profiles").join(profile).join(format!("credentials-{ws}.json"))
}

/// Remembers the credential names of a workspace (best effort; never secrets, only names).
pub fn store_credentials(profile: &str, workspace_id: Option<i64>, names: &[String]) {
    if let Ok(json) = serde_json::to_vec(names) {
        let _ = crate::fsutil::write_private_atomic(&credentials_path(profile, workspace_id), &json);
    }
}

pub fn load_credentials(profile: &str, workspace_id: Option<i64>) -> Vec<String> {
    std::fs::read(credentials_path(profile, workspace_id)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

/// Completion candidates for an organization argument.
pub fn org_candidates() -> Vec<CompletionCandidate> {
    snapshot().orgs.iter().map(|(_, n)| CompletionCandidate::new(n)).collect()
}

/// Completion candidates for a workspace argument (`Org/Workspace`).
pub fn workspace_candidates() -> Vec<CompletionCandidate> {
    snapshot().workspaces.iter().map(|(_, n)| CompletionCandidate::new(n)).collect()
}

thread_local! {
    /// The `-w` value of the line being completed, when it has one.
    static WORKSPACE_HINT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Completes credentials of the workspace named by `-w` on the line rather than the one in use.
pub fn set_workspace_hint(words: &[String]) {
    let mut hint = None;
    for (i, w) in words.iter().enumerate() {
        if w == "-w" || w == "--workspace" {
            hint = words.get(i + 1).cloned();
        } else if let Some(v) = w.strip_prefix("--workspace=").or_else(|| w.strip_prefix("-w").filter(|v| !v.is_empty())) {
            hint = Some(v.to_string());
        }
    }
    WORKSPACE_HINT.with(|h| *h.borrow_mut() = hint);
}

/// Completion candidates for a credential argument (names in the workspace of `-w`, else the one in use).
pub fn credential_candidates() -> Vec<CompletionCandidate> {
    let names = snapshot();
    let hinted = WORKSPACE_HINT.with(|h| h.borrow().clone()).map(|w| {
        let id = w.trim().parse::<i64>().ok().or_else(|| names.workspaces.iter().find(|(_, p)| *p == w).map(|(i, _)| *i));
        let profile = ConfigFile::load(&paths::config_file()).map(|f| current_profile(&f)).unwrap_or_else(|_| "default".into());
        id.map(|id| load_credentials(&profile, Some(id))).unwrap_or_default()
    });
    hinted.unwrap_or_else(|| names.credentials.clone()).iter().map(CompletionCandidate::new).collect()
}
