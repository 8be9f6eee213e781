//! A short-lived per-profile cache of the user's memberships (`/user-info` + `/user/{id}/workspaces`), so
//! resolving `acme/prod` or completing names does not cost two requests every time. Keyed by API URL and
//! token source; never holds a secret. Switching org or workspace drops it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::models::OrgAndWorkspaceDto;

pub(crate) const TTL: Duration = Duration::from_secs(300);

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Memberships {
    pub(crate) fetched_at: u64,
    pub(crate) api_url: String,
    pub(crate) token_source: String,
    pub(crate) user_id: i64,
    pub(crate) user_name: String,
    pub(crate) rows: Vec<OrgAndWorkspaceDto>,
}

pub(crate) use crate::timefmt::now_secs;

pub(crate) fn path(cache_dir: &Path, profile: &str) -> PathBuf {
    cache_dir.join("profiles").join(profile).join("memberships.json")
}

/// The cached memberships when they are fresh and for the same API URL and token source.
pub(crate) fn load(path: &Path, api_url: &str, token_source: &str) -> Option<Memberships> {
    let m: Memberships = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    let fresh = now_secs().saturating_sub(m.fetched_at) < TTL.as_secs();
    (fresh && m.api_url == api_url && m.token_source == token_source).then_some(m)
}

/// Best effort: a cache that cannot be written only costs a request next time.
pub(crate) fn store(path: &Path, m: &Memberships) {
    if let Ok(json) = serde_json::to_vec(m) {
        let _ = crate::fsutil::write_private_atomic(path, &json);
    }
}

pub(crate) fn drop_cache(path: &Path) {
    let _ = std::fs::remove_file(path);
}
