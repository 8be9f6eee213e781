//! Where a login is kept: the OS keyring when it works, else a file. Either way there is one file per
//! profile under the XDG state dir, `tokens/<profile>.json` (0600 in a 0700 directory, written atomically):
//! the login itself for the file backend, or a pointer without any secret for the keyring backend, so a
//! command knows where to look without probing the keyring. The access token's expiry is kept with the
//! login, so a new process does not refresh a token that is still fresh. A lock file beside each login
//! (`<profile>.lock`) serialises refreshes across processes.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::keyring_store;
use crate::config::env;
use crate::error::{Error, Result};
use crate::secret::Secret;

/// Which store holds a login.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Backend {
    #[default]
    File,
    Keyring,
}

/// What the file says when the login lives in the keyring: where to look, and nothing secret.
#[derive(Serialize, Deserialize)]
struct Pointer {
    backend: String,
    kind: String,
    api_url: String,
    user_name: String,
}

#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct StoredLogin {
    /// `token` (a personal access token from `login --with-token`) or `oidc`.
    pub(crate) kind: String,
    pub(crate) access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) refresh_token: Option<String>,
    /// Unix seconds; `None` for tokens that do not expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) expires_at: Option<u64>,
    /// The API the token was checked against: the token is only ever sent there.
    pub(crate) api_url: String,
    /// For `oidc` logins, the auth domain (issuer) it came from; a login is not used against another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) auth_domain: Option<String>,
    #[serde(default)]
    pub(crate) user_name: String,
    /// For `oidc` logins: where to refresh and revoke, and as which client, so that a refresh needs no
    /// discovery request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) token_endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) revocation_endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) client_id: Option<String>,
    /// For `token` logins made by `seqera tokens create --save` or `tokens rotate`: the token's ID and
    /// name in `GET /tokens`, so a rotation knows which token to retire. `None` for `login --with-token`
    /// (a token's value does not tell its ID; `tokens rotate --old` names it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) token_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) token_name: Option<String>,
    /// Where this login was loaded from or is to be saved; not part of the stored data.
    #[serde(skip)]
    pub(crate) backend: Backend,
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
    pub(crate) fn access(&self) -> Secret<String> {
        Secret::new(self.access_token.clone())
    }
}

/// `SEQERA_NO_KEYCHAIN`, or the sandbox: its logins live in its own directory and never in the OS keyring,
/// whose entries are the user's (one per profile name).
fn keyring_off() -> bool {
    env::flag("SEQERA_NO_KEYCHAIN") || crate::config::paths::in_sandbox() || FILE_ONLY.load(std::sync::atomic::Ordering::Relaxed)
}

static FILE_ONLY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// For the rest of this process, logins are read from and saved to the file store only, never the OS
/// keyring: what the official CLI does in a headless `ai` run, which must work where no keyring is.
pub(crate) fn use_file_store_only() {
    FILE_ONLY.store(true, std::sync::atomic::Ordering::Relaxed);
}

#[derive(Debug, Clone)]
pub struct TokenStore {
    dir: PathBuf,
}

impl TokenStore {
    pub fn new(state_dir: &Path) -> TokenStore {
        TokenStore { dir: state_dir.join("tokens") }
    }

    /// Where a login of `profile` in `backend` lives, for messages.
    pub(crate) fn location(&self, profile: &str, backend: Backend) -> String {
        match backend {
            Backend::File => self.path(profile).display().to_string(),
            Backend::Keyring => format!("the OS keyring ({}/{profile})", keyring_store::SERVICE),
        }
    }

    pub(crate) fn path(&self, profile: &str) -> PathBuf {
        self.dir.join(format!("{profile}.json"))
    }

    /// Takes the profile's exclusive refresh lock (blocking); it is released when the file is dropped.
    pub(crate) fn lock(&self, profile: &str) -> std::io::Result<std::fs::File> {
        crate::fsutil::lock_exclusive(&self.dir.join(format!("{profile}.lock")))
    }

    pub(crate) fn load(&self, profile: &str) -> Result<Option<StoredLogin>> {
        let path = self.path(profile);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::auth(format!("Cannot read the stored login in {}: {e}.", path.display()))),
        };
        let unreadable = || {
            Error::auth(format!("The stored login in {} is unreadable.", path.display()))
                .with_hint("Run `seqera logout`, then log in again.")
        };
        let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| unreadable())?;
        if value.get("backend").and_then(|b| b.as_str()) != Some("keyring") {
            return serde_json::from_value(value).map(Some).map_err(|_| unreadable());
        }
        if FILE_ONLY.load(std::sync::atomic::Ordering::Relaxed) && !env::flag("SEQERA_NO_KEYCHAIN") {
            return Err(Error::auth(format!(
                "The login of profile `{profile}` is in the OS keyring, and a headless run uses only the file store (as the official CLI does)."
            ))
            .with_hint("Set SEQERA_ACCESS_TOKEN, or log in once with `seqera login --headless` (the file store)."));
        }
        if env::flag("SEQERA_NO_KEYCHAIN") {
            return Err(Error::auth(format!("The login of profile `{profile}` is in the OS keyring, but SEQERA_NO_KEYCHAIN is set."))
                .with_hint("Unset SEQERA_NO_KEYCHAIN, or log in again with `seqera login --insecure-storage`."));
        }
        match keyring_store::load(profile) {
            Ok(Some(secret)) => {
                let mut login: StoredLogin = serde_json::from_str(&secret).map_err(|_| unreadable())?;
                login.backend = Backend::Keyring;
                Ok(Some(login))
            }
            Ok(None) => Err(Error::auth(format!("The login of profile `{profile}` was in the OS keyring and is gone."))
                .with_hint("Run `seqera login`.")),
            Err(why) => Err(Error::auth(format!("Cannot read the login of profile `{profile}` from the OS keyring: {why}."))
                .with_hint("Unlock the keyring, or log in again with `seqera login --insecure-storage`.")),
        }
    }

    /// Saves a login where it lives (`login.backend`).
    pub(crate) fn save(&self, profile: &str, login: &StoredLogin) -> Result<()> {
        let path = self.path(profile);
        let write = |bytes: &[u8]| {
            crate::fsutil::write_private_atomic(&path, bytes)
                .map_err(|e| Error::other(format!("Cannot save the login to {}: {e}.", path.display())))
        };
        match login.backend {
            Backend::File => write(&serde_json::to_vec_pretty(login).expect("a login serializes")),
            Backend::Keyring => {
                let secret = serde_json::to_string(login).expect("a login serializes");
                keyring_store::save(profile, secret)
                    .map_err(|why| Error::other(format!("Cannot store the login in the OS keyring: {why}.")))?;
                let pointer = Pointer {
                    backend: "keyring".into(),
                    kind: login.kind.clone(),
                    api_url: login.api_url.clone(),
                    user_name: login.user_name.clone(),
                };
                write(&serde_json::to_vec_pretty(&pointer).expect("a pointer serializes"))
            }
        }
    }

    /// Saves a new login: in the keyring unless `SEQERA_NO_KEYCHAIN` or `allow_keyring == false`; a keyring
    /// that is missing, locked, slow or fails its read-back falls back to the file. Returns the reason for
    /// a fallback, for the one warning at login.
    pub(crate) fn save_new(&self, profile: &str, mut login: StoredLogin, allow_keyring: bool) -> Result<(StoredLogin, Option<String>)> {
        let mut fallback = None;
        if allow_keyring && !keyring_off() {
            login.backend = Backend::Keyring;
            match self.save(profile, &login) {
                Ok(()) => return Ok((login, None)),
                Err(e) => {
                    fallback =
                        Some(e.message.trim_start_matches("Cannot store the login in the OS keyring: ").trim_end_matches('.').to_string())
                }
            }
        }
        login.backend = Backend::File;
        self.save(profile, &login)?;
        if fallback.is_some() {
            // A keyring write that timed out may still land: give it the time to, and to be undone.
            keyring_store::settle(keyring_store::timeout().max(std::time::Duration::from_secs(2)));
        }
        Ok((login, fallback))
    }

    /// Removes the stored login (and its keyring entry); `Ok(false)` when there was none.
    pub(crate) fn delete(&self, profile: &str) -> Result<bool> {
        let path = self.path(profile);
        let in_keyring = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            .is_some_and(|v| v.get("backend").and_then(|b| b.as_str()) == Some("keyring"));
        // A file login may have a stray keyring twin (a write that landed after it timed out in an
        // earlier process): remove it too, best effort, unless the keyring is off.
        let keyring_result = if in_keyring || !keyring_off() { keyring_store::delete(profile) } else { Ok(()) };
        if in_keyring && let Err(why) = keyring_result {
            return Err(Error::other(format!("Cannot remove the login of profile `{profile}` from the OS keyring: {why}."))
                .with_hint("Unlock the keyring and run `seqera logout` again."));
        }
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(Error::other(format!("Cannot remove {}: {e}.", path.display()))),
        }
    }

    /// Profiles with a stored login.
    pub(crate) fn profiles(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        entries
            .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(str::to_string))
            .filter(|p| !p.starts_with('.'))
            .collect()
    }
}
