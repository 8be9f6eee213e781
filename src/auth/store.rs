//! Where a login is kept: one file per profile under the XDG state dir, `tokens/<profile>.json`, mode 0600
//! in a 0700 directory, written atomically. The access token's expiry is kept with it, so a new process
//! does not refresh a token that is still fresh.
//!
//! A lock file beside each login (`<profile>.lock`) serialises refreshes across processes.
//! Not built yet: the OS keyring backend (issue 4); this file store is its fallback.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::secret::Secret;

#[derive(Clone, Serialize, Deserialize)]
pub struct StoredLogin {
    /// `token` (a personal access token from `login --with-token`) or `oidc`.
    pub kind: String,
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Unix seconds; `None` for tokens that do not expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<u64>,
    /// The API the token was checked against.
    pub api_url: String,
    #[serde(default)]
    pub user_name: String,
    /// For `oidc` logins: where to refresh and revoke, and as which client, so that a refresh needs no
    /// discovery request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
}

impl std::fmt::Debug for StoredLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredLogin")
            .field("kind", &self.kind)
            .field("expires_at", &self.expires_at)
            .field("api_url", &self.api_url)
            .finish_non_exhaustive()
    }
}

impl StoredLogin {
    pub fn access(&self) -> Secret<String> {
        Secret::new(self.access_token.clone())
    }
}

#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
}

impl FileStore {
    pub fn new(state_dir: &Path) -> FileStore {
        FileStore { dir: state_dir.join("tokens") }
    }

    pub fn path(&self, profile: &str) -> PathBuf {
        self.dir.join(format!("{profile}.json"))
    }

    /// Takes the profile's exclusive refresh lock (blocking); it is released when the file is dropped.
    pub fn lock(&self, profile: &str) -> std::io::Result<std::fs::File> {
        crate::fsutil::create_private_dir(&self.dir)?;
        let mut opts = std::fs::OpenOptions::new();
        opts.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let file = opts.open(self.dir.join(format!("{profile}.lock")))?;
        file.lock()?;
        Ok(file)
    }

    pub fn load(&self, profile: &str) -> Result<Option<StoredLogin>> {
        let path = self.path(profile);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|_| {
                Error::auth(format!("The stored login in {} is unreadable.", path.display()))
                    .with_hint("Run `seqera logout`, then log in again.")
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::auth(format!("Cannot read the stored login in {}: {e}.", path.display()))),
        }
    }

    pub fn save(&self, profile: &str, login: &StoredLogin) -> Result<()> {
        let json = serde_json::to_vec_pretty(login).expect("a login serializes");
        let path = self.path(profile);
        crate::fsutil::write_private_atomic(&path, &json)
            .map_err(|e| Error::other(format!("Cannot save the login to {}: {e}.", path.display())))
    }

    /// Removes the stored login; `Ok(false)` when there was none.
    pub fn delete(&self, profile: &str) -> Result<bool> {
        let path = self.path(profile);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(Error::other(format!("Cannot remove {}: {e}.", path.display()))),
        }
    }

    /// Profiles with a stored login.
    pub fn profiles(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        entries
            .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(str::to_string))
            .filter(|p| !p.starts_with('.'))
            .collect()
    }
}
