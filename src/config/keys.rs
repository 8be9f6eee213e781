//! The table of settings a profile can hold: name, the env vars that override it (first wins), the
//! built-in default, and how a value is checked. `config list`, `config set` and resolution all read this
//! one table, so a new setting is one row here.

use crate::error::{Error, Result};

/// A setting, as code names it. Its row in [`KEYS`] holds the name files, env vars and the command line
/// use; `Key::parse` is the only way from such a name to a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    ApiUrl,
    AuthDomain,
    AiBackendUrl,
    Organization,
    Workspace,
    ApprovalMode,
    Output,
    ConnectTimeout,
    RequestTimeout,
    AllowHttp,
}

impl Key {
    /// The row of the table for this key.
    pub(crate) fn def(self) -> &'static KeyDef {
        &KEYS[self as usize]
    }

    /// The name in `config.toml`, `seqera config set NAME` and messages.
    pub(crate) fn name(self) -> &'static str {
        self.def().name
    }

    /// The key a user typed, or an error that lists the settings.
    pub(crate) fn parse(name: &str) -> Result<Key> {
        KEYS.iter().find(|k| k.name == name).map(|k| k.key).ok_or_else(|| {
            let names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
            Error::usage(format!("Unknown setting `{name}`.")).with_hint(format!("Settings are: {}.", names.join(", ")))
        })
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug)]
pub(crate) struct KeyDef {
    pub(crate) key: Key,
    pub(crate) name: &'static str,
    pub(crate) envs: &'static [&'static str],
    pub(crate) default: Option<&'static str>,
    pub(crate) check: fn(&str) -> Result<()>,
}

pub(crate) const DEFAULT_API_URL: &str = "https://api.cloud.seqera.io";
pub(crate) const DEFAULT_AUTH_DOMAIN: &str = "https://cloud.seqera.io/api";
pub(crate) const DEFAULT_AI_BACKEND_URL: &str = "https://ai-api.cloud.seqera.io";

pub(crate) const KEYS: &[KeyDef] = &[
    // Seqera Platform REST API URL (enterprise: https://HOST/api)
    KeyDef {
        key: Key::ApiUrl,
        name: "api_url",
        envs: &["SEQERA_PLATFORM_API_URL", "TOWER_API_ENDPOINT"],
        default: Some(DEFAULT_API_URL),
        check: check_url,
    },
    // OpenID Connect issuer used by `seqera login` (defaults to api_url when that is not the cloud)
    KeyDef {
        key: Key::AuthDomain,
        name: "auth_domain",
        envs: &["SEQERA_AUTH_DOMAIN"],
        default: Some(DEFAULT_AUTH_DOMAIN),
        check: check_url,
    },
    // Co-Scientist AI backend URL
    KeyDef {
        key: Key::AiBackendUrl,
        name: "ai_backend_url",
        envs: &["SEQERA_AI_BACKEND_URL"],
        default: Some(DEFAULT_AI_BACKEND_URL),
        check: check_url,
    },
    // selected organization (name or ID); `seqera org switch` sets it
    KeyDef { key: Key::Organization, name: "organization", envs: &[], default: None, check: check_nonempty },
    // default workspace: numeric ID or Org/Workspace
    KeyDef {
        key: Key::Workspace,
        name: "workspace",
        envs: &["SEQERA_WORKSPACE_ID", "TOWER_WORKSPACE_ID"],
        default: None,
        check: check_nonempty,
    },
    // which AI tool calls run without asking: basic (read-only only), default (and edits inside the directory), full (all but dangerous ones)
    KeyDef {
        key: Key::ApprovalMode,
        name: "approval_mode",
        envs: &["SEQERA_APPROVAL_MODE"],
        default: Some(super::ApprovalMode::Default.name()),
        check: check_approval_mode,
    },
    // output format: table, tsv, csv or json (default: table on a terminal, tsv in a pipe)
    KeyDef { key: Key::Output, name: "output", envs: &["SEQERA_OUTPUT"], default: None, check: check_output },
    // seconds to wait for a TCP/TLS connection
    KeyDef {
        key: Key::ConnectTimeout,
        name: "connect_timeout",
        envs: &["SEQERA_CONNECT_TIMEOUT"],
        default: Some("10"),
        check: check_seconds,
    },
    // seconds to wait for a whole HTTP request
    KeyDef {
        key: Key::RequestTimeout,
        name: "request_timeout",
        envs: &["SEQERA_REQUEST_TIMEOUT"],
        default: Some("30"),
        check: check_seconds,
    },
    // allow plain http to hosts other than this machine (lab installs only: tokens travel unencrypted)
    KeyDef { key: Key::AllowHttp, name: "allow_http", envs: &["SEQERA_ALLOW_HTTP"], default: Some("false"), check: check_bool },
];

// `Key::def` indexes the table by the enum's order; a row out of place fails the build.
const _: () = {
    let mut i = 0;
    while i < KEYS.len() {
        assert!(KEYS[i].key as usize == i, "KEYS rows follow the order of Key");
        i += 1;
    }
};

/// Timeouts in seconds: at least a tenth of a second, at most one day.
pub(crate) const MIN_SECONDS: f64 = 0.1;
pub(crate) const MAX_SECONDS: f64 = 86_400.0;

fn shown(v: &str) -> std::borrow::Cow<'_, str> {
    crate::sanitize::visible_line(v)
}

fn check_url(v: &str) -> Result<()> {
    match reqwest::Url::parse(v.trim()) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(()),
        _ => {
            Err(Error::usage(format!("`{}` is not an http(s) URL.", shown(v))).with_hint("Use a URL such as https://api.cloud.seqera.io."))
        }
    }
}

/// Whether `url` names this machine: `localhost`, 127.0.0.0/8 or ::1. Plain http stays allowed there.
pub(crate) fn is_loopback(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else { return false };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether `url` is plain http to another machine (what `allow_http` has to permit).
pub(crate) fn is_remote_http(url: &str) -> bool {
    reqwest::Url::parse(url.trim()).is_ok_and(|u| u.scheme() == "http" && !is_loopback(&u))
}

/// Whether a boolean setting's value means true.
pub(crate) fn truthy(v: &str) -> bool {
    matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on")
}

fn check_bool(v: &str) -> Result<()> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" | "0" | "false" | "no" | "off" => Ok(()),
        _ => Err(Error::usage(format!("`{}` is not true or false.", shown(v))).with_hint("Use true or false.")),
    }
}

fn check_nonempty(v: &str) -> Result<()> {
    if v.trim().is_empty() { Err(Error::usage("The value is empty.")) } else { Ok(()) }
}

fn check_output(v: &str) -> Result<()> {
    super::Format::parse(v).map(|_| ())
}

/// The seconds a valid timeout value stands for; `None` for anything out of bounds (NaN, inf, negative,
/// empty, 1e300).
pub(crate) fn seconds(v: &str) -> Option<f64> {
    v.trim().parse::<f64>().ok().filter(|s| s.is_finite() && (MIN_SECONDS..=MAX_SECONDS).contains(s))
}

fn check_seconds(v: &str) -> Result<()> {
    match seconds(v) {
        Some(_) => Ok(()),
        None => Err(Error::usage(format!("`{}` is not a number of seconds from 0.1 to 86400 (one day).", shown(v)))
            .with_hint("Use a number such as 30.")),
    }
}

fn check_approval_mode(v: &str) -> Result<()> {
    match super::ApprovalMode::parse(v) {
        Some(_) => Ok(()),
        None => Err(Error::usage(format!("`{v}` is not an approval mode.")).with_hint(format!("Use {}.", super::ApprovalMode::choices()))),
    }
}
