//! Settings: profiles in `config.toml`, overridden by env vars, overridden by flags. Every effective value
//! carries where it came from, so `seqera config list` and error messages can name the source.

mod approval;
pub(crate) mod env;
pub mod file;
mod format;
pub(crate) mod keys;
pub(crate) mod paths;

use std::fmt;

pub(crate) use approval::ApprovalMode;
pub(crate) use file::{ConfigFile, DEFAULT_PROFILE};
pub(crate) use format::Format;
pub use keys::Key;
use keys::{KEYS, KeyDef};

use crate::error::{Error, Result};

/// Where an effective value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile(String),
    Sandbox,
    Derived(&'static str),
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "env {name}"),
            Source::Profile(p) => write!(f, "profile {p}"),
            Source::Sandbox => f.write_str("sandbox"),
            Source::Derived(from) => write!(f, "derived from {from}"),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    pub(crate) value: Option<String>,
    pub(crate) source: Source,
}

/// Values given on the command line, keyed by setting, with the flag's spelling.
#[derive(Debug, Default, Clone)]
pub(crate) struct FlagValues(pub(crate) Vec<(Key, &'static str, String)>);

impl FlagValues {
    pub(crate) fn push(&mut self, key: Key, flag: &'static str, value: Option<String>) {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            self.0.push((key, flag, v));
        }
    }
}

/// The sandbox's endpoints, which override the profile for one invocation.
#[derive(Debug, Clone)]
pub(crate) struct SandboxUrls {
    pub(crate) api_url: String,
    pub(crate) auth_domain: String,
    pub(crate) ai_backend_url: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) profile: String,
    pub(crate) profile_source: Source,
    values: Vec<(&'static KeyDef, Resolved)>,
    /// What the user must hear on stderr once per command: plain http allowed by `allow_http`, and, when
    /// resolved for repair, the invalid values that were let through.
    pub(crate) warnings: Vec<String>,
}

/// How strictly values are checked when resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Check {
    /// An invalid value is an error (every command that uses the settings).
    Strict,
    /// An invalid value is a warning, so `seqera config set`/`unset` can repair it.
    Repair,
}

/// The profile in use and where it came from: `--profile` > `SEQERA_PROFILE` > `default_profile` in
/// config.toml > `default`. Completion asks this too, so it reads the same profile's caches.
pub(crate) fn pick_profile(file: &ConfigFile, profile_flag: Option<&str>) -> (String, Source) {
    if let Some(p) = profile_flag.filter(|p| !p.is_empty()) {
        (p.to_string(), Source::Flag("--profile"))
    } else if let Some(p) = env::var("SEQERA_PROFILE") {
        (p, Source::Env("SEQERA_PROFILE"))
    } else if let Some(p) = file.default_profile() {
        (p, Source::Profile("default_profile".into()))
    } else {
        (DEFAULT_PROFILE.to_string(), Source::Default)
    }
}

impl Settings {
    pub(crate) fn resolve_checked(
        file: &ConfigFile,
        profile_flag: Option<&str>,
        flags: &FlagValues,
        sandbox: Option<&SandboxUrls>,
        check: Check,
    ) -> Result<Settings> {
        let (profile, profile_source) = pick_profile(file, profile_flag);
        file::check_profile_name(&profile)?;
        if profile != DEFAULT_PROFILE && !file.has_profile(&profile) {
            return Err(Error::config(format!(
                "The profile `{profile}` (from {profile_source}) does not exist in {}.",
                file.path.display()
            ))
            .with_hint(format!("Create it with `seqera config create {profile}`, or list profiles with `seqera config profiles`.")));
        }
        let mut values = Vec::with_capacity(KEYS.len());
        let mut warnings = Vec::new();
        for problem in &file.problems {
            match check {
                Check::Strict => return Err(problem.clone()),
                Check::Repair => warnings.push(problem.message.clone()),
            }
        }
        for key in file.unknown_keys(&profile) {
            warnings.push(format!(
                "`{}` in profile `{profile}` of {} is not a setting and is ignored (settings are: {}).",
                crate::sanitize::visible_line(&key),
                file.path.display(),
                KEYS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
            ));
        }
        for key in KEYS {
            let resolved = resolve_one(key, file, &profile, flags, sandbox);
            if let Some(v) = &resolved.value
                && !matches!(resolved.source, Source::Default)
                && let Err(e) = (key.check)(v)
            {
                let e = invalid(key.name, &resolved.source, &profile, file, e);
                match check {
                    Check::Strict => return Err(e),
                    Check::Repair => warnings.push(e.message),
                }
            }
            values.push((key, resolved));
        }
        let mut settings = Settings { profile, profile_source, values, warnings };
        settings.derive_auth_domain();
        if let Err(e) = settings.check_plain_http() {
            match check {
                Check::Strict => return Err(e),
                Check::Repair => settings.warnings.push(e.message),
            }
        }
        Ok(settings)
    }

    /// Plain http to another machine sends tokens unencrypted: refused unless `allow_http` is on, and then
    /// announced every time.
    fn check_plain_http(&mut self) -> Result<()> {
        let allow = self.get(Key::AllowHttp).value.as_deref().is_some_and(keys::truthy);
        for name in [Key::ApiUrl, Key::AuthDomain, Key::AiBackendUrl] {
            let r = self.get(name);
            let Some(url) = r.value.as_deref().filter(|u| keys::is_remote_http(u)) else { continue };
            let url = crate::sanitize::visible_line(url).into_owned();
            if allow {
                let from = &self.get(Key::AllowHttp).source;
                self.warnings.push(format!(
                    "{name} {url} (from {}) is plain http and allow_http is on (from {from}): tokens and data travel unencrypted.",
                    r.source
                ));
            } else {
                let fix = match &r.source {
                    Source::Env(var) => format!("Use an https URL in {var}"),
                    _ => format!("Use an https URL (`seqera config set {name} https://...`)"),
                };
                return Err(Error::config(format!(
                    "{name} {url} (from {}) is plain http to another machine: the login token would travel unencrypted.",
                    r.source
                ))
                .with_hint(format!(
                    "{fix}, or for a lab install set allow_http (`seqera config set allow_http true` or SEQERA_ALLOW_HTTP=true)."
                )));
            }
        }
        Ok(())
    }

    /// An enterprise install serves its OIDC issuer at the API URL, so when only `api_url` was changed the
    /// auth domain follows it instead of pointing at the cloud.
    fn derive_auth_domain(&mut self) {
        let api = self.get(Key::ApiUrl).clone();
        let api_custom = !matches!(api.source, Source::Default) && api.value.as_deref() != Some(keys::DEFAULT_API_URL);
        if let Some((_, auth)) = self.values.iter_mut().find(|(k, _)| k.key == Key::AuthDomain)
            && matches!(auth.source, Source::Default)
            && api_custom
        {
            auth.value = api.value;
            auth.source = Source::Derived("api_url");
        }
    }

    pub(crate) fn get(&self, key: Key) -> &Resolved {
        &self.values.iter().find(|(k, _)| k.key == key).expect("every key in KEYS is resolved").1
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&'static KeyDef, &Resolved)> {
        self.values.iter().map(|(k, r)| (*k, r))
    }

    fn required(&self, key: Key) -> &str {
        self.get(key).value.as_deref().expect("keys with defaults always have a value")
    }

    pub(crate) fn api_url(&self) -> &str {
        self.required(Key::ApiUrl).trim_end_matches('/')
    }

    pub(crate) fn auth_domain(&self) -> &str {
        self.required(Key::AuthDomain).trim_end_matches('/')
    }

    pub(crate) fn ai_backend_url(&self) -> &str {
        self.required(Key::AiBackendUrl).trim_end_matches('/')
    }

    /// A timeout setting. Values are checked when resolved; one let through for repair (or out of bounds
    /// in any other way) means the built-in default, never a panic.
    pub(crate) fn seconds(&self, key: Key) -> std::time::Duration {
        let default = key.def().default.and_then(keys::seconds).unwrap_or(30.0);
        let secs = self.get(key).value.as_deref().and_then(keys::seconds).unwrap_or(default);
        std::time::Duration::try_from_secs_f64(secs).unwrap_or(std::time::Duration::from_secs(30))
    }

    /// `api_url (from env TOWER_API_ENDPOINT)`: how error messages name the setting to check.
    pub(crate) fn describe(&self, key: Key) -> String {
        format!("{key} (from {})", self.get(key).source)
    }
}

/// The error for an invalid value: what, where it came from, and how to repair it there.
fn invalid(key: &str, source: &Source, profile: &str, file: &ConfigFile, e: Error) -> Error {
    let p = if profile == DEFAULT_PROFILE { String::new() } else { format!("-p {profile} ") };
    let (place, hint) = match source {
        Source::Profile(_) => (
            format!("in profile `{profile}` of {}", file.path.display()),
            format!("Fix it with `seqera {p}config set {key} VALUE`, or remove it with `seqera {p}config unset {key}`."),
        ),
        Source::Env(var) => (format!("(from env {var})"), format!("Unset {var}, or give it a valid value.")),
        other => (format!("(from {other})"), "Give it a valid value.".to_string()),
    };
    let detail = e.hint.map(|h| format!(" {h}")).unwrap_or_default();
    Error::config(format!("Invalid {key} {place}: {}", e.message)).with_hint(format!("{hint}{detail}"))
}

fn resolve_one(key: &'static KeyDef, file: &ConfigFile, profile: &str, flags: &FlagValues, sandbox: Option<&SandboxUrls>) -> Resolved {
    let sandboxed = sandbox.and_then(|s| match key.key {
        Key::ApiUrl => Some(s.api_url.clone()),
        Key::AuthDomain => Some(s.auth_domain.clone()),
        Key::AiBackendUrl => Some(s.ai_backend_url.clone()),
        _ => None,
    });
    let (value, source) = if let Some(v) = sandboxed {
        (Some(v), Source::Sandbox)
    } else if let Some((_, flag, v)) = flags.0.iter().find(|(k, _, _)| *k == key.key) {
        (Some(v.clone()), Source::Flag(flag))
    } else if let Some((var, v)) = env::first_of(key.envs) {
        (Some(v), Source::Env(var))
    } else if let Some(v) = file.get(profile, key.key) {
        (Some(v), Source::Profile(profile.to_string()))
    } else {
        (key.default.map(str::to_string), Source::Default)
    };
    Resolved { value, source }
}
