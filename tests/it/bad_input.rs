//! The bad-input suite (issue 14): one row per broken or hostile input (the config file, the environment,
//! flags, stdin, Platform and token-endpoint answers, the AI backend's event stream), each run through the
//! real binary against scripted servers on 127.0.0.1. Every row must end with its exit code and one
//! `Error:` line followed by a `Hint:` (clap's own `error:` + `--help` tip for argv it rejects), never a
//! panic or a hang, with no control character on the terminal, no secret in the output, the stored config
//! and login byte-for-byte as they were, and no token sent to another host.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::harness::{Run, TestEnv};
use crate::scripted::{self, Body, Reply, Request};

/// The token every row runs with (env, stored login or stdin): it must never be printed.
const TOKEN: &str = "sq-BADINPUT-token-5b1e0c7d";
/// Tokens a server sends back (a token endpoint's answer, an echoed header): never printed either.
const BODY_SECRET: &str = "tok-IN-BODY-secret-9c2d44";
/// A secret a user put on argv by mistake: refused, and not repeated.
const ARGV_SECRET: &str = "argv-SECRET-value-77aa31";
/// Where Platform and AI calls go in rows without a server: nothing listens there.
const NOWHERE: &str = "http://127.0.0.1:9";
/// Any row taking longer than this is a hang.
const ROW_LIMIT: Duration = Duration::from_secs(20);

#[derive(Clone, Copy)]
enum Config {
    Absent,
    Text(&'static str),
    Bytes(&'static [u8]),
    /// `config.toml` links to itself.
    SymlinkLoop,
    /// `config.toml` is a directory.
    Directory,
    /// `config.toml` links to `/dev/zero` (a read that never ends).
    EndlessFile,
    /// `config.toml` is a named pipe nobody writes to (an open that never returns).
    Fifo,
    /// `config.toml` links to a file every read of fails (`/proc/self/mem` at offset 0), even for root.
    Unreadable,
}

#[derive(Clone, Copy)]
enum Login {
    None,
    /// A personal access token stored by `login --with-token` for the row's server.
    Token,
    /// An OIDC login for the row's server whose access token has expired: the command refreshes first.
    ExpiredOidc,
}

#[derive(Clone, Copy)]
enum Stdin {
    Bytes(&'static [u8]),
    /// `n` copies of a byte.
    Repeat(u8, usize),
}

/// How the row's server answers.
type Answer = fn(&Urls, &Request) -> Reply;

/// The row's server and another host (`http://localhost:PORT`, where a redirect may point; it answers 401).
struct Urls {
    base: String,
    other: String,
}

#[derive(Clone, Copy)]
struct Case {
    name: &'static str,
    config: Config,
    /// Extra variables; `{url}` and `{other}` stand for the row's server and the other host.
    env: &'static [(&'static str, &'static str)],
    args: &'static [&'static str],
    stdin: Stdin,
    server: Option<Answer>,
    login: Login,
    code: i32,
    /// Text the error must contain (the cause, named).
    says: &'static str,
    /// The stored login may go: the server said it is dead (`invalid_grant`).
    forgets_login: bool,
}

const ROW: Case = Case {
    name: "",
    config: Config::Absent,
    env: &[],
    args: &["org", "list"],
    stdin: Stdin::Bytes(b""),
    server: None,
    login: Login::None,
    code: 1,
    says: "",
    forgets_login: false,
};

const PROFILE: &str = "[profiles.default]\n";

fn json(status: &'static str, body: &str) -> Reply {
    Reply::json(status, body)
}

fn html(status: &'static str) -> Reply {
    Reply::new(status, "text/html", "<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Gateway</h1></body></html>")
}

const USER: &str = r#"{"user":{"id":1,"userName":"demo","email":"demo@example.com"}}"#;

/// A Platform that works except for `path`, which answers `bad`.
fn platform_but(path: &str, r: &Request, bad: impl FnOnce() -> Reply) -> Reply {
    if r.path == path {
        return bad();
    }
    match r.path.as_str() {
        "/user-info" => json("200 OK", USER),
        "/user/1/workspaces" => json("200 OK", r#"{"orgsAndWorkspaces":[]}"#),
        "/credentials" => json("200 OK", r#"{"credentials":[]}"#),
        "/service-info" => json("200 OK", r#"{"serviceInfo":{"version":"25.1.0","apiVersion":"1.40.0"}}"#),
        "/token" => json("200 OK", &format!(r#"{{"access_token":"{TOKEN}","expires_in":3600,"token_type":"Bearer"}}"#)),
        _ => json("404 Not Found", r#"{"message":"Not found"}"#),
    }
}

/// An AI backend that creates a session, takes the message and answers the event stream with `events`
/// (then closes it).
fn ai_events(r: &Request, events: &[u8]) -> Reply {
    ai_events_as(r, Body::Closed(events.to_vec()))
}

fn ai_events_as(r: &Request, events: Body) -> Reply {
    match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/v1/cli/sessions") => json("200 OK", r#"{"session_id":"s-1"}"#),
        ("POST", p) if p.ends_with("/messages") || p.ends_with("/expire") => json("200 OK", "{}"),
        ("GET", p) if p.ends_with("/events") => Reply::body("200 OK", "text/event-stream", events),
        _ => json("404 Not Found", r#"{"detail":"Not found"}"#),
    }
}

/// An OIDC provider at the server's own URL (so `seqera login` gets past discovery), else a working Platform.
fn oidc(u: &Urls, r: &Request) -> Reply {
    let base = &u.base;
    let doc = format!(r#"{{"issuer":"{base}","authorization_endpoint":"{base}/authorize","token_endpoint":"{base}/token"}}"#);
    platform_but("/.well-known/openid-configuration", r, || Reply::json("200 OK", &doc))
}

const AI: &[&str] = &["ai", "hello"];

/// Config rows: the file is the only source of the settings they break.
const FROM_FILE: &[(&str, &str)] = &[("SEQERA_PLATFORM_API_URL", ""), ("SEQERA_AI_BACKEND_URL", "")];

fn cases() -> Vec<Case> {
    vec![
        // ---- The config file ----
        Case {
            name: "config_invalid_toml",
            env: FROM_FILE,
            config: Config::Text("[profiles.default\napi_url = "),
            says: "not valid TOML at line 1",
            ..ROW
        },
        Case {
            name: "config_wrong_type_for_a_timeout",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\nrequest_timeout = [1, 2]\n"),
            says: "request_timeout",
            ..ROW
        },
        Case { name: "config_profiles_is_not_a_table", env: FROM_FILE, config: Config::Text("profiles = 3\n"), says: "profiles", ..ROW },
        Case {
            name: "config_unknown_key_is_named",
            config: Config::Text("[profiles.default]\nrequest_timeout = \"5\"\napi_ulr = \"https://typo.example.com\"\n"),
            code: 3,
            says: "`api_ulr` in profile `default`",
            ..ROW
        },
        Case {
            name: "config_timeout_zero",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\nrequest_timeout = 0\n"),
            says: "request_timeout",
            ..ROW
        },
        Case {
            name: "config_timeout_1e300",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\nrequest_timeout = \"1e300\"\n"),
            says: "request_timeout",
            ..ROW
        },
        Case {
            name: "config_connect_timeout_nan",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\nconnect_timeout = nan\n"),
            says: "connect_timeout",
            ..ROW
        },
        Case {
            name: "config_timeout_past_a_day",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\nconnect_timeout = \"86401\"\n"),
            says: "connect_timeout",
            ..ROW
        },
        Case {
            name: "config_http_url_for_a_remote_host",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\napi_url = \"http://api.example.com\"\n"),
            says: "http://api.example.com",
            ..ROW
        },
        Case {
            name: "config_http_ai_backend_for_a_remote_host",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\nai_backend_url = \"http://ai.example.com\"\n"),
            args: AI,
            says: "http://ai.example.com",
            ..ROW
        },
        Case {
            name: "config_url_with_a_port_out_of_range",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\napi_url = \"https://api.example.com:99999\"\n"),
            says: "api_url",
            ..ROW
        },
        Case {
            name: "config_url_not_a_url",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\napi_url = \"api example\"\n"),
            says: "api_url",
            ..ROW
        },
        Case {
            name: "config_bad_boolean",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\nallow_http = \"maybe\"\n"),
            says: "allow_http",
            ..ROW
        },
        Case {
            name: "config_bad_output_format",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\noutput = \"yaml\"\n"),
            says: "output",
            ..ROW
        },
        Case {
            name: "config_default_profile_missing",
            env: FROM_FILE,
            config: Config::Text("default_profile = \"gone\"\n[profiles.default]\n"),
            says: "gone",
            ..ROW
        },
        Case {
            name: "config_control_characters_in_a_value",
            env: FROM_FILE,
            config: Config::Text("[profiles.default]\napi_url = \"https://a\\u001b]0;pwned\\u0007.example.com\"\n"),
            says: "api_url",
            ..ROW
        },
        Case { name: "config_not_utf8", config: Config::Bytes(b"[profiles.default]\napi_url = \"\xff\xfe\"\n"), says: "config", ..ROW },
        Case { name: "config_symlink_loop", config: Config::SymlinkLoop, says: "config.toml", ..ROW },
        Case { name: "config_is_a_directory", config: Config::Directory, says: "config.toml", ..ROW },
        Case { name: "config_is_unreadable", config: Config::Unreadable, says: "config.toml", ..ROW },
        Case { name: "config_never_ends", config: Config::EndlessFile, says: "config.toml", ..ROW },
        Case { name: "config_is_a_fifo", config: Config::Fifo, says: "config.toml", ..ROW },
        // ---- The environment ----
        Case { name: "env_timeout_nan", env: &[("SEQERA_REQUEST_TIMEOUT", "NaN")], says: "SEQERA_REQUEST_TIMEOUT", ..ROW },
        Case { name: "env_timeout_negative", env: &[("SEQERA_CONNECT_TIMEOUT", "-1")], says: "SEQERA_CONNECT_TIMEOUT", ..ROW },
        Case {
            name: "env_timeout_huge",
            env: &[("SEQERA_REQUEST_TIMEOUT", "999999999999999999999999999999")],
            says: "SEQERA_REQUEST_TIMEOUT",
            ..ROW
        },
        Case { name: "env_api_url_not_a_url", env: &[("SEQERA_PLATFORM_API_URL", "not a url")], says: "SEQERA_PLATFORM_API_URL", ..ROW },
        Case {
            name: "env_api_url_http_remote",
            env: &[("SEQERA_PLATFORM_API_URL", "http://api.example.com")],
            says: "SEQERA_PLATFORM_API_URL",
            ..ROW
        },
        Case {
            name: "env_tower_endpoint_ftp",
            env: &[("SEQERA_PLATFORM_API_URL", ""), ("TOWER_API_ENDPOINT", "ftp://x.example.com")],
            says: "TOWER_API_ENDPOINT",
            ..ROW
        },
        Case {
            name: "env_ai_backend_javascript_url",
            env: &[("SEQERA_AI_BACKEND_URL", "javascript:alert(1)")],
            args: AI,
            says: "SEQERA_AI_BACKEND_URL",
            ..ROW
        },
        Case { name: "env_bad_boolean", env: &[("SEQERA_ALLOW_HTTP", "perhaps")], says: "SEQERA_ALLOW_HTTP", ..ROW },
        Case { name: "env_bad_output_format", env: &[("SEQERA_OUTPUT", "yaml")], says: "SEQERA_OUTPUT", ..ROW },
        Case { name: "env_bad_approval_mode", env: &[("SEQERA_APPROVAL_MODE", "yolo")], args: AI, says: "yolo", ..ROW },
        Case {
            name: "env_empty_token_means_not_logged_in",
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            args: &["credentials", "list"],
            code: 4,
            says: "login",
            ..ROW
        },
        Case {
            name: "env_redirect_port_out_of_range",
            env: &[("SEQERA_AUTH_REDIRECT_PORT", "70000"), ("SEQERA_ACCESS_TOKEN", "")],
            args: &["login"],
            server: Some(oidc),
            says: "SEQERA_AUTH_REDIRECT_PORT",
            ..ROW
        },
        Case {
            name: "env_callback_timeout_nan",
            env: &[("SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "NaN"), ("SEQERA_ACCESS_TOKEN", "")],
            args: &["login"],
            server: Some(oidc),
            says: "SEQERA_AUTH_CALLBACK_TIMEOUT_MS",
            ..ROW
        },
        Case {
            name: "env_huge_workspace",
            env: &[("SEQERA_WORKSPACE_ID", "{huge}")],
            server: Some(|_, r| platform_but("", r, || html("200 OK"))),
            args: &["credentials", "list"],
            code: 5,
            says: "No workspace",
            ..ROW
        },
        Case {
            name: "env_token_with_control_characters_is_refused_by_the_server",
            env: &[("SEQERA_ACCESS_TOKEN", "sq-BADINPUT-token-5b1e0c7d\u{1b}[2J")],
            args: &["credentials", "list"],
            server: Some(|_, _| json("401 Unauthorized", r#"{"message":"Unauthorized"}"#)),
            code: 4,
            says: "SEQERA_ACCESS_TOKEN",
            ..ROW
        },
        // ---- Flags ----
        Case { name: "flag_empty_workspace", args: &["-w", "", "credentials", "list"], code: 2, says: "empty workspace", ..ROW },
        Case { name: "flag_bad_output_format", args: &["-o", "yaml", "org", "list"], code: 2, says: "yaml", ..ROW },
        Case { name: "flag_unknown_provider", args: &["credentials", "add", "floppy", "--name", "x"], code: 2, says: "floppy", ..ROW },
        Case { name: "flag_conflicting_login_modes", args: &["login", "--device", "--no-browser"], code: 2, says: "--device", ..ROW },
        Case {
            name: "flag_secret_on_argv",
            args: &["credentials", "add", "aws", "--name", "x", "--access-key", "AK", "--secret-key", ARGV_SECRET],
            code: 2,
            says: "--secret-key",
            ..ROW
        },
        Case {
            name: "flag_secret_from_an_unset_variable",
            args: &["credentials", "add", "aws", "--name", "x", "--access-key", "AK", "--secret-key-env", "NOT_SET_ANYWHERE"],
            code: 2,
            says: "NOT_SET_ANYWHERE",
            ..ROW
        },
        Case {
            name: "flag_secret_from_a_missing_file",
            args: &["credentials", "add", "aws", "--name", "x", "--access-key", "AK", "--secret-key-file", "/nonexistent/secret"],
            code: 2,
            says: "/nonexistent/secret",
            ..ROW
        },
        Case { name: "flag_unknown", args: &["org", "list", "--frobnicate"], code: 2, says: "--frobnicate", ..ROW },
        Case {
            name: "flag_config_set_out_of_range",
            args: &["config", "set", "request_timeout", "1e300"],
            config: Config::Text(PROFILE),
            code: 2,
            says: "1e300",
            ..ROW
        },
        Case {
            name: "flag_config_set_remote_http",
            args: &["config", "set", "api_url", "http://api.example.com"],
            config: Config::Text(PROFILE),
            code: 2,
            says: "http://api.example.com",
            ..ROW
        },
        Case {
            name: "flag_config_set_unknown_key",
            args: &["config", "set", "api_ulr", "x"],
            config: Config::Text(PROFILE),
            code: 2,
            says: "api_ulr",
            ..ROW
        },
        Case { name: "flag_ai_without_a_question", args: &["ai", ""], code: 2, says: "question", ..ROW },
        // ---- stdin ----
        Case {
            name: "stdin_empty_token",
            args: &["login", "--with-token"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            code: 2,
            says: "stdin",
            ..ROW
        },
        Case {
            name: "stdin_token_with_spaces",
            args: &["login", "--with-token"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            stdin: Stdin::Bytes(b"sq-BADINPUT-token-5b1e0c7d and more\n"),
            code: 2,
            says: "spaces",
            ..ROW
        },
        Case {
            name: "stdin_token_not_utf8",
            args: &["login", "--with-token"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            stdin: Stdin::Bytes(b"\xff\xfe\xfdtoken"),
            code: 2,
            says: "UTF-8",
            ..ROW
        },
        Case {
            name: "stdin_token_huge",
            args: &["login", "--with-token"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            stdin: Stdin::Repeat(b'a', 3 << 20),
            code: 2,
            says: "too large",
            ..ROW
        },
        Case {
            name: "stdin_secret_empty",
            args: &["credentials", "add", "aws", "--name", "x", "--access-key", "AK", "--secret-key-stdin"],
            code: 2,
            says: "--secret-key-stdin",
            ..ROW
        },
        Case {
            name: "stdin_secret_huge",
            args: &["credentials", "add", "aws", "--name", "x", "--access-key", "AK", "--secret-key-stdin"],
            stdin: Stdin::Repeat(b'a', 3 << 20),
            code: 2,
            says: "too large",
            ..ROW
        },
        Case {
            name: "stdin_secret_not_utf8",
            args: &["credentials", "add", "aws", "--name", "x", "--access-key", "AK", "--secret-key-stdin"],
            stdin: Stdin::Bytes(b"\xc3\x28secret"),
            code: 2,
            says: "UTF-8",
            ..ROW
        },
        Case {
            name: "stdin_script_secret_not_utf8",
            args: &["run", "-e", r#"read_secret("key")"#],
            stdin: Stdin::Bytes(b"\xff\n"),
            says: "UTF-8",
            ..ROW
        },
        Case {
            name: "stdin_shell_line_not_utf8",
            args: &["shell"],
            stdin: Stdin::Bytes(b"\xff\xfe org list\n"),
            code: 2,
            says: "Line 1",
            ..ROW
        },
        // ---- Platform answers: credentials list ----
        Case {
            name: "credentials_html_page",
            args: &["credentials", "list"],
            server: Some(|_, r| platform_but("/credentials", r, || html("200 OK"))),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "credentials_truncated_json",
            args: &["credentials", "list"],
            server: Some(|_, r| platform_but("/credentials", r, || json("200 OK", r#"{"credentials":[{"id":"a","name":"#))),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "credentials_wrong_type",
            args: &["credentials", "list"],
            server: Some(|_, r| platform_but("/credentials", r, || json("200 OK", r#"{"credentials":"all of them"}"#))),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "credentials_null_item",
            args: &["credentials", "list"],
            server: Some(|_, r| platform_but("/credentials", r, || json("200 OK", r#"{"credentials":[null]}"#))),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "credentials_500_with_a_message",
            args: &["credentials", "list"],
            server: Some(|_, r| platform_but("/credentials", r, || json("500 Internal Server Error", r#"{"message":"Database is down"}"#))),
            says: "Database is down",
            ..ROW
        },
        Case {
            name: "credentials_500_empty",
            args: &["credentials", "list"],
            server: Some(|_, r| platform_but("/credentials", r, || Reply::new("500 Internal Server Error", "text/plain", ""))),
            says: "500",
            ..ROW
        },
        Case {
            name: "credentials_502_html",
            args: &["credentials", "list"],
            server: Some(|_, r| platform_but("/credentials", r, || html("502 Bad Gateway"))),
            says: "502",
            ..ROW
        },
        Case {
            name: "credentials_503_empty",
            args: &["credentials", "list"],
            server: Some(|_, r| platform_but("/credentials", r, || Reply::new("503 Service Unavailable", "text/plain", ""))),
            says: "503",
            ..ROW
        },
        Case {
            name: "credentials_401_echoing_the_token",
            args: &["credentials", "list"],
            server: Some(|_, r| {
                let echoed = format!(r#"{{"message":"Bad token {} (also {BODY_SECRET})"}}"#, r.authorization.clone().unwrap_or_default());
                platform_but("/credentials", r, || Reply::json("401 Unauthorized", &echoed))
            }),
            code: 4,
            says: "SEQERA_ACCESS_TOKEN",
            ..ROW
        },
        Case {
            name: "credentials_301_to_another_host",
            args: &["credentials", "list"],
            server: Some(|u, r| {
                platform_but("/credentials", r, || Reply::redirect("301 Moved Permanently", &format!("{}/credentials", u.other)))
            }),
            says: "redirect",
            ..ROW
        },
        Case {
            name: "credentials_body_past_the_cap_declared",
            args: &["credentials", "list"],
            server: Some(|_, r| {
                platform_but("/credentials", r, || Reply::body("200 OK", "application/json", Body::Huge { len: 65 << 20, declare: true }))
            }),
            says: "64 MiB",
            ..ROW
        },
        Case {
            name: "credentials_body_past_the_cap_streamed",
            args: &["credentials", "list"],
            server: Some(|_, r| {
                platform_but("/credentials", r, || Reply::body("200 OK", "application/json", Body::Huge { len: 65 << 20, declare: false }))
            }),
            says: "64 MiB",
            ..ROW
        },
        Case {
            name: "credentials_body_trickles_past_the_timeout",
            args: &["credentials", "list"],
            env: &[("SEQERA_REQUEST_TIMEOUT", "0.5")],
            server: Some(|_, r| {
                platform_but("/credentials", r, || {
                    Reply::body("200 OK", "application/json", Body::Trickle { declared: 100, every_ms: 100 })
                })
            }),
            code: 3,
            says: "request_timeout",
            ..ROW
        },
        // ---- org list ----
        Case {
            name: "org_html_page",
            server: Some(|_, r| platform_but("/user-info", r, || html("200 OK"))),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "org_null_user",
            server: Some(|_, r| platform_but("/user-info", r, || json("200 OK", r#"{"user":null}"#))),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "org_wrong_types",
            server: Some(|_, r| {
                platform_but("/user/1/workspaces", r, || json("200 OK", r#"{"orgsAndWorkspaces":[{"orgId":"one","orgName":7}]}"#))
            }),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "org_302_to_another_host",
            server: Some(|u, r| platform_but("/user-info", r, || Reply::redirect("302 Found", &format!("{}/user-info", u.other)))),
            says: "redirect",
            ..ROW
        },
        Case {
            name: "org_osc_sequences_in_an_error",
            server: Some(|_, r| {
                platform_but("/user-info", r, || {
                    json("500 Internal Server Error", r#"{"message":"boom\u001b]0;pwned\u0007\u001b[2J\r\u009b31m"}"#)
                })
            }),
            says: r"boom\e]0;pwned\x07\e[2J",
            ..ROW
        },
        Case {
            name: "org_403_with_control_characters",
            server: Some(|_, r| platform_but("/user/1/workspaces", r, || json("403 Forbidden", "{\"message\":\"no\\u001b[31m way\"}"))),
            code: 6,
            says: r"\e[31m",
            ..ROW
        },
        Case {
            name: "org_body_never_ends",
            env: &[("SEQERA_REQUEST_TIMEOUT", "0.5")],
            server: Some(|_, r| {
                platform_but("/user-info", r, || Reply::body("200 OK", "application/json", Body::Open(b"{\"user\":".to_vec())))
            }),
            code: 3,
            says: "request_timeout",
            ..ROW
        },
        // ---- status ----
        Case {
            name: "status_everything_500",
            args: &["status"],
            server: Some(|_, _| Reply::new("500 Internal Server Error", "text/plain", "")),
            says: "Status check failed",
            ..ROW
        },
        Case { name: "status_everything_html", args: &["status"], server: Some(|_, _| html("200 OK")), says: "Status check failed", ..ROW },
        Case {
            name: "status_truncated_json",
            args: &["status"],
            server: Some(|_, _| json("200 OK", r#"{"serviceInfo":{"version":"#)),
            says: "Status check failed",
            ..ROW
        },
        // ---- login --with-token ----
        Case {
            name: "login_token_html_answer",
            args: &["login", "--with-token"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            stdin: Stdin::Bytes(b"sq-BADINPUT-token-5b1e0c7d\n"),
            server: Some(|_, r| platform_but("/user-info", r, || html("200 OK"))),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "login_token_refused_keeps_the_stored_login",
            args: &["login", "--with-token"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::Token,
            stdin: Stdin::Bytes(b"tok-IN-BODY-secret-9c2d44\n"),
            server: Some(|_, r| platform_but("/user-info", r, || json("401 Unauthorized", r#"{"message":"Unauthorized"}"#))),
            code: 4,
            says: "rejected the token",
            ..ROW
        },
        Case {
            name: "login_token_truncated_json_keeps_the_stored_login",
            args: &["login", "--with-token"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::Token,
            stdin: Stdin::Bytes(b"tok-IN-BODY-secret-9c2d44\n"),
            server: Some(|_, r| platform_but("/user-info", r, || json("200 OK", r#"{"user":{"id":1,"#))),
            says: "Unexpected answer",
            ..ROW
        },
        Case {
            name: "login_token_302_to_another_host",
            args: &["login", "--with-token"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            stdin: Stdin::Bytes(b"sq-BADINPUT-token-5b1e0c7d\n"),
            server: Some(|u, r| platform_but("/user-info", r, || Reply::redirect("302 Found", &format!("{}/user-info", u.other)))),
            says: "redirect",
            ..ROW
        },
        // ---- refresh of a stored OIDC login ----
        Case {
            name: "refresh_html_500",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::ExpiredOidc,
            server: Some(|_, r| platform_but("/token", r, || html("500 Internal Server Error"))),
            says: "token",
            ..ROW
        },
        Case {
            name: "refresh_truncated_json",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::ExpiredOidc,
            server: Some(|_, r| platform_but("/token", r, || json("200 OK", r#"{"access_token":"tok-IN-BODY-secret-9c2d44","refresh_"#))),
            says: "left exactly as it was",
            ..ROW
        },
        Case {
            name: "refresh_wrong_types",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::ExpiredOidc,
            server: Some(|_, r| {
                platform_but("/token", r, || json("200 OK", r#"{"access_token":{"v":"tok-IN-BODY-secret-9c2d44"},"expires_in":[1]}"#))
            }),
            says: "left exactly as it was",
            ..ROW
        },
        Case {
            name: "refresh_null_body",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::ExpiredOidc,
            server: Some(|_, r| platform_but("/token", r, || json("200 OK", "null"))),
            says: "left exactly as it was",
            ..ROW
        },
        Case {
            name: "refresh_invalid_grant",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::ExpiredOidc,
            server: Some(|_, r| {
                platform_but("/token", r, || {
                    json("400 Bad Request", r#"{"error":"invalid_grant","error_description":"Token is not active"}"#)
                })
            }),
            code: 4,
            forgets_login: true,
            says: "login",
            ..ROW
        },
        Case {
            name: "refresh_503_empty",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::ExpiredOidc,
            server: Some(|_, r| platform_but("/token", r, || Reply::new("503 Service Unavailable", "text/plain", ""))),
            says: "Refreshing the login failed",
            ..ROW
        },
        Case {
            name: "refresh_302_to_another_host",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::ExpiredOidc,
            server: Some(|u, r| platform_but("/token", r, || Reply::redirect("302 Found", &format!("{}/token", u.other)))),
            says: "redirect",
            ..ROW
        },
        Case {
            name: "refresh_body_past_the_cap",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", "")],
            login: Login::ExpiredOidc,
            server: Some(|_, r| {
                platform_but("/token", r, || Reply::body("200 OK", "application/json", Body::Huge { len: 65 << 20, declare: false }))
            }),
            says: "64 MiB",
            ..ROW
        },
        Case {
            name: "refresh_trickles_past_the_timeout",
            args: &["credentials", "list"],
            env: &[("SEQERA_ACCESS_TOKEN", ""), ("SEQERA_REQUEST_TIMEOUT", "0.5")],
            login: Login::ExpiredOidc,
            server: Some(|_, r| {
                platform_but("/token", r, || Reply::body("200 OK", "application/json", Body::Trickle { declared: 100, every_ms: 100 }))
            }),
            code: 3,
            says: "request_timeout",
            ..ROW
        },
        // ---- The AI backend ----
        Case {
            name: "ai_events_not_json",
            args: AI,
            server: Some(|_, r| ai_events(r, b"data: hello there\n\ndata: {not json\n\nid: x\ndata: [1,\n\n")),
            says: "event stream",
            ..ROW
        },
        Case {
            name: "ai_error_event",
            args: AI,
            server: Some(|_, r| ai_events(r, b"id: 0\ndata: {\"type\":\"error\",\"error\":\"model overloaded\"}\n\n")),
            says: "model overloaded",
            ..ROW
        },
        Case {
            name: "ai_error_event_with_control_characters",
            args: AI,
            server: Some(|_, r| ai_events(r, b"data: {\"type\":\"error\",\"error\":\"bad\\u001b]0;pwned\\u0007\\r\\u001b[2J\"}\n\n")),
            says: r"bad\e]0;pwned\x07",
            ..ROW
        },
        Case {
            name: "ai_unknown_finish_reason",
            args: AI,
            server: Some(|_, r| {
                ai_events(
                    r,
                    b"data: {\"type\":\"text-delta\",\"delta\":\"Hi\"}\n\ndata: {\"type\":\"finish\",\"finishReason\":\"exploded\"}\n\n",
                )
            }),
            says: "exploded",
            ..ROW
        },
        Case {
            name: "ai_control_characters_in_text_then_an_error",
            args: AI,
            server: Some(|_, r| {
                ai_events(
                    r,
                    b"data: {\"type\":\"text-delta\",\"delta\":\"a\\u001b]0;pwned\\u0007\\u001b[2J\\rb\\u0085\"}\n\ndata: {\"type\":\"finish\",\"finishReason\":\"??\"}\n\n",
                )
            }),
            says: "??",
            ..ROW
        },
        Case {
            name: "ai_stream_that_never_ends",
            args: AI,
            env: &[("SEQERA_AI_IDLE_TIMEOUT_MS", "300")],
            server: Some(|_, r| ai_events_as(r, Body::Open(b": keep-alive\n\ndata: {\"type\":\"start\"}\n\n".to_vec()))),
            says: "event stream",
            ..ROW
        },
        Case {
            name: "ai_event_without_an_end",
            args: AI,
            server: Some(|_, r| ai_events_as(r, Body::Huge { len: 20 << 20, declare: false })),
            says: "larger than 16 MiB without ending it",
            ..ROW
        },
        Case {
            name: "ai_session_create_html",
            args: AI,
            server: Some(|_, r| if r.path == "/v1/cli/sessions" { html("200 OK") } else { ai_events(r, b"") }),
            says: "session",
            ..ROW
        },
        Case {
            name: "ai_session_create_500",
            args: AI,
            server: Some(|_, r| {
                if r.path == "/v1/cli/sessions" { json("500 Internal Server Error", r#"{"detail":"db down"}"#) } else { ai_events(r, b"") }
            }),
            says: "db down",
            ..ROW
        },
        Case {
            name: "ai_events_401",
            args: AI,
            server: Some(|_, r| if r.path.ends_with("/events") { json("401 Unauthorized", "{}") } else { ai_events(r, b"") }),
            says: "token",
            ..ROW
        },
        Case {
            name: "ai_events_302_to_another_host",
            args: AI,
            server: Some(|u, r| {
                if r.path.ends_with("/events") { Reply::redirect("302 Found", &format!("{}/events", u.other)) } else { ai_events(r, b"") }
            }),
            says: "redirect",
            ..ROW
        },
        Case {
            name: "ai_credits_wrong_types",
            args: &["ai", "--credits"],
            server: Some(|_, _| json("429 Too Many Requests", r#"{"detail":["not","a","string"]}"#)),
            says: "429",
            ..ROW
        },
    ]
}

/// What a row must leave as it was: the bytes (or link target) of the config file and the stored login.
fn state(paths: &[PathBuf]) -> Vec<(PathBuf, String)> {
    paths
        .iter()
        .map(|p| {
            let shape = match std::fs::symlink_metadata(p) {
                Err(_) => "absent".to_string(),
                Ok(m) if m.file_type().is_symlink() => format!("link to {:?}", std::fs::read_link(p).ok()),
                Ok(m) if m.is_dir() => "a directory".to_string(),
                Ok(m) if m.is_file() => format!("{:?}", std::fs::read(p).ok()),
                Ok(_) => "a special file".to_string(),
            };
            (p.clone(), shape)
        })
        .collect()
}

fn login_file(env: &TestEnv) -> PathBuf {
    env.dir.path().join("home/.local/state/seqera/tokens/default.json")
}

fn write_login(env: &TestEnv, login: Login, base: &str) {
    let value = match login {
        Login::None => return,
        Login::Token => serde_json::json!({"kind": "token", "access_token": TOKEN, "api_url": base, "user_name": "demo"}),
        Login::ExpiredOidc => serde_json::json!({
            "kind": "oidc", "access_token": TOKEN, "refresh_token": format!("{TOKEN}-refresh"), "expires_at": 1,
            "api_url": base, "auth_domain": base, "user_name": "demo", "token_endpoint": format!("{base}/token"),
            "client_id": "seqera_ai_cli",
        }),
    };
    let path = login_file(env);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, serde_json::to_vec_pretty(&value).unwrap()).unwrap();
}

fn write_config(path: &Path, config: Config) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    match config {
        Config::Absent => {}
        Config::Text(t) => std::fs::write(path, t).unwrap(),
        Config::Bytes(b) => std::fs::write(path, b).unwrap(),
        Config::SymlinkLoop => std::os::unix::fs::symlink(path, path).unwrap(),
        Config::Directory => std::fs::create_dir(path).unwrap(),
        Config::EndlessFile => std::os::unix::fs::symlink("/dev/zero", path).unwrap(),
        Config::Unreadable => std::os::unix::fs::symlink("/proc/self/mem", path).unwrap(),
        Config::Fifo => {
            let made = std::process::Command::new("mkfifo").arg(path).status().unwrap();
            assert!(made.success(), "mkfifo");
        }
    }
}

/// Runs the binary with `stdin` fed from a thread, killing it past [`ROW_LIMIT`] (reported as exit -1).
fn run(env: &TestEnv, args: &[&str], stdin: Vec<u8>) -> Run {
    let started = Instant::now();
    let mut child = env.command(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn seqera");
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code().unwrap_or(-1);
        }
        if started.elapsed() > ROW_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break -1;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = writer.join();
    Run {
        stdout: String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned(),
        code,
        elapsed: started.elapsed(),
    }
}

/// A control character that would drive a terminal: anything below space but tab and newline, DEL, and C1.
fn raw_control(text: &str) -> Option<char> {
    text.chars().find(|c| c.is_control() && *c != '\n' && *c != '\t')
}

/// Whether stderr is one error that names a fix: one `Error:` line, then only `Caused by:` lines (or a
/// script's caret block), then a `Hint:` line; or clap's `error:` with its `--help` tip for argv it rejects.
fn error_shape(stderr: &str) -> Result<(), String> {
    if stderr.starts_with("error: ") {
        return if stderr.contains("For more information, try '--help'.") { Ok(()) } else { Err("clap's error has no --help tip".into()) };
    }
    let lines: Vec<&str> = stderr.lines().collect();
    let errors: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.starts_with("Error:")).map(|(i, _)| i).collect();
    let [at] = errors[..] else { return Err(format!("{} `Error:` lines, not one", errors.len())) };
    if lines[at].trim_end() == "Error:" {
        return Err("the `Error:` line is empty".into());
    }
    let mut rest = lines[at + 1..].iter();
    for line in rest.by_ref() {
        // A script error points at its source line with a caret block (`  --> <expr>:1:1`, `  |`, `1 | ...`).
        let caret = line.starts_with("  -->")
            || line.trim_start().starts_with('|')
            || line.split_once(" | ").is_some_and(|(n, _)| n.trim().parse::<u32>().is_ok());
        if line.starts_with("Caused by:") || caret {
            continue;
        }
        return if line.starts_with("Hint: ") && line.len() > 10 { Ok(()) } else { Err(format!("`{line}` follows the error, not a hint")) };
    }
    Err("no `Hint:` line after the error".into())
}

fn check(case: &Case) -> Result<Run, String> {
    let other = scripted::serve_replies(|_, _| Reply::json("401 Unauthorized", r#"{"message":"Unauthorized"}"#));
    let other_url = other.url.replace("127.0.0.1", "localhost");
    let server = case.server.map(|answer| {
        let other_url = other_url.clone();
        scripted::serve_replies(move |base, r| answer(&Urls { base: base.to_string(), other: other_url.clone() }, r))
    });
    let url = server.as_ref().map_or(NOWHERE.to_string(), |s| s.url.clone());
    let mut env = TestEnv::bare()
        .env("SEQERA_PLATFORM_API_URL", &url)
        .env("SEQERA_AI_BACKEND_URL", &url)
        .env("SEQERA_ACCESS_TOKEN", TOKEN)
        .env("SEQERA_NO_KEYCHAIN", "true")
        .env("SEQERA_AI_RETRY_BASE_MS", "5")
        .env("SEQERA_AUTH_REDIRECT_PORT", "0")
        .env("BROWSER", "/bin/false");
    let huge = "9".repeat(100_000);
    for (k, v) in case.env {
        env = env.env(k, &v.replace("{url}", &url).replace("{other}", &other_url).replace("{huge}", &huge));
    }
    write_config(&env.config_file(), case.config);
    write_login(&env, case.login, &url);
    let kept = if case.forgets_login { vec![env.config_file()] } else { vec![env.config_file(), login_file(&env)] };
    let before = state(&kept);
    let stdin = match case.stdin {
        Stdin::Bytes(b) => b.to_vec(),
        Stdin::Repeat(b, n) => vec![b; n],
    };
    let run = run(&env, case.args, stdin);
    let fail = |why: String| Err(format!("{why}\n{run:?}"));
    if [101, 134, -1].contains(&run.code) || run.stderr.contains("panicked") {
        return fail(format!("a panic, a signal or a hang (exit {})", run.code));
    }
    if run.code != case.code {
        return fail(format!("exit {} instead of {}", run.code, case.code));
    }
    if let Err(why) = error_shape(&run.stderr) {
        return fail(why);
    }
    if !run.stderr.contains(case.says) {
        return fail(format!("the error does not say `{}`", case.says));
    }
    if let Some(c) = raw_control(&run.all()) {
        return fail(format!("a raw control character {c:?} reached the terminal"));
    }
    for secret in [TOKEN, BODY_SECRET, ARGV_SECRET] {
        if run.all().contains(secret) {
            return fail(format!("the secret {secret} was printed"));
        }
    }
    let after = state(&kept);
    if before != after {
        return fail(format!("stored state changed:\nbefore {before:?}\nafter  {after:?}"));
    }
    if let Some(r) = other.requests().iter().find(|r| r.authorization.as_deref().is_some_and(|a| a.contains(TOKEN))) {
        return fail(format!("the token went to another host: {r:?}"));
    }
    Ok(run)
}

#[test]
fn bad_input_ends_in_one_error_with_a_fix_and_its_exit_code() {
    let cases = cases();
    let mut names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "row names are unique");
    assert!(cases.len() >= 60, "{} rows", cases.len());
    let only = std::env::var("BAD_INPUT_ROW").ok();
    let next = AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::SeqCst)) {
                    if only.as_deref().is_some_and(|o| !case.name.contains(o)) {
                        continue;
                    }
                    let result = std::panic::catch_unwind(|| check(case)).unwrap_or_else(|_| Err("the row's setup panicked".into()));
                    if let Err(why) = result {
                        failures.lock().unwrap().push(format!("[{}] {why}", case.name));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{} of {} rows failed:\n\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}
