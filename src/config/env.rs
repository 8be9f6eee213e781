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

/// One environment variable seqera reads: `seqera help environment` lists this table, and a test fails
/// on any `SEQERA_*` or `TOWER_*` name in the code that is not here. The variables that override a
/// setting are rows of `keys::KEYS` too; their default is read from there.
#[derive(Debug)]
pub(crate) struct EnvVar {
    pub(crate) name: &'static str,
    pub(crate) meaning: &'static str,
    /// The default when unset; empty for "unset" (nothing), or for a setting's, which `keys::KEYS` holds.
    pub(crate) default: &'static str,
}

const fn v(name: &'static str, meaning: &'static str, default: &'static str) -> EnvVar {
    EnvVar { name, meaning, default }
}

pub(crate) const VARS: &[EnvVar] = &[
    v("SEQERA_ACCESS_TOKEN", "Personal access token; used instead of the stored login (first of the three)", ""),
    v("SEQERA_TOKEN", "Personal access token, when SEQERA_ACCESS_TOKEN is unset", ""),
    v("TOWER_ACCESS_TOKEN", "Personal access token, as tw reads it, when the two above are unset", ""),
    v("SEQERA_PROFILE", "Profile of config.toml to use (like -p/--profile)", "default"),
    v("SEQERA_PLATFORM_API_URL", "Platform API URL (setting api_url)", ""),
    v("TOWER_API_ENDPOINT", "Platform API URL, as tw reads it (setting api_url)", ""),
    v("SEQERA_AUTH_DOMAIN", "Where logins go (setting auth_domain)", ""),
    v("SEQERA_AI_BACKEND_URL", "AI (Co-Scientist) backend URL (setting ai_backend_url)", ""),
    v("SEQERA_WORKSPACE_ID", "Workspace for commands: numeric ID or Org/Workspace (setting workspace, like -w)", ""),
    v("TOWER_WORKSPACE_ID", "Workspace, as tw reads it (setting workspace)", ""),
    v("SEQERA_APPROVAL_MODE", "Which AI tool calls run without asking: basic, default or full (setting approval_mode)", ""),
    v("SEQERA_OUTPUT", "Output format: table, tsv, csv or json (setting output, like -o)", ""),
    v("SEQERA_CONNECT_TIMEOUT", "Seconds to wait for a connection (setting connect_timeout)", ""),
    v("SEQERA_REQUEST_TIMEOUT", "Seconds to wait for an answer (setting request_timeout)", ""),
    v("SEQERA_ALLOW_HTTP", "Allow plain http:// to a remote Platform (setting allow_http)", ""),
    v("SEQERA_CONFIG_DIR", "Directory of config.toml", "$XDG_CONFIG_HOME/seqera or ~/.config/seqera"),
    v("SEQERA_NO_KEYCHAIN", "true: keep logins in a private file, never the OS keyring", "false"),
    v("SEQERA_KEYRING_TIMEOUT_MS", "Milliseconds to wait for the OS keyring before using the file", "3000"),
    v("SEQERA_BROWSER_AUTO_OPEN", "false: `seqera login` prints the URL instead of opening a browser", "true"),
    v("SEQERA_AUTH_REDIRECT_PORT", "Loopback port of the login callback", "53682"),
    v("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "Milliseconds to wait for the browser login", "120000"),
    v("SEQERA_AUTH_CLI_CLIENT_ID", "OAuth client ID of the login", "seqera_ai_cli"),
    v("SEQERA_AUTH_AUDIENCE", "OAuth audience of the login", "platform"),
    v("SEQERA_AUTH_CONFIGURATION_ENDPOINT", "Path of the OpenID discovery document", "/.well-known/openid-configuration"),
    v("SEQERA_PLATFORM_MIN_API_VERSION", "`status` warns when Platform's API is older than this", ""),
    v("SEQERA_AI_IDLE_TIMEOUT_MS", "Milliseconds the AI answer stream may stay silent before it is reopened", "600000"),
    v("SEQERA_AI_RETRY_BASE_MS", "First back-off, in milliseconds, when the AI backend is retried", "1000"),
    v("SEQERA_TOOL_TIMEOUT_MS", "Milliseconds a command the assistant runs may take", "300000"),
    v("SEQERA_SANDBOX_DIR", "Where the sandbox keeps its data and logins", "~/.local/state/seqera/sandbox"),
    v("SEQERA_SANDBOX_DELAY_MS", "Sandbox: delay every answer by this many milliseconds (to try slow networks)", "0"),
    v("SEQERA_SANDBOX_RUN_MS", "Sandbox: how long a run takes, in milliseconds (as `sandbox serve --run-seconds`)", "45000"),
    v("SEQERA_SANDBOX_TOKEN_TTL", "Sandbox: seconds its access tokens live", "3600"),
    v("SEQERA_SANDBOX_AUTO_APPROVE", "Sandbox: approve browser logins without a browser", "false"),
    v("SEQERA_SANDBOX_REJECT_PKCE", "Sandbox: reject every PKCE check (to try the error path)", "false"),
    v("SEQERA_SANDBOX_LOG_EVENTS", "Sandbox: log the AI events it sends", "false"),
    v("PAGER", "Pager for long output on a terminal (help, `run --functions`); empty or `cat` for none", "less -FRX"),
    v("NO_COLOR", "Set: no colour", ""),
    v("SHELL", "Shell for `!cmd` lines in `seqera shell`", "sh"),
];
