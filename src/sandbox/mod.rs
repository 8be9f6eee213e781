//! The sandbox: a stateful local emulator of the parts of Seqera Platform (REST API at `/`), its AI
//! backend (at `/ai`) and its OIDC provider that seqera uses. It binds 127.0.0.1 only and answers only requests
//! whose `Host` is a loopback name (DNS rebinding); a poisoned state lock is recovered, not propagated.
//!
//! Each API area is one file with a `routes()` function; `router()` merges them. Bearer tokens are checked
//! here for every Platform route except `/service-info`. A delay knob (`x-sandbox-delay-ms` request header,
//! or `SEQERA_SANDBOX_DELAY_MS` for every request) lets tests exercise timeouts and Ctrl-C.

mod ai;
mod authorize;
mod credentials;
mod info;
mod oidc;
mod orgs;
mod pipelines;
pub(crate) mod runs_state;
mod seed;
mod shared;
pub(crate) mod state;
mod tokens;
mod workflows;

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Request, State as AxState};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::serve::ListenerExt;
use axum::{Json, Router};

use crate::error::{Error, Result};
use crate::platform::models::ErrorResponse;
use crate::platform::workspaces::{Role, role_at_least};
pub(crate) use seed::Seed;
pub(crate) use shared::reset as reset_state;
pub use state::DEMO_TOKEN;
use state::{State, User};

pub(crate) struct Inner {
    pub(crate) state: Mutex<State>,
    pub(crate) base_url: String,
    state_file: Option<PathBuf>,
    /// The state file other processes use too (`--sandbox`, `sandbox serve`): read and written per request.
    shared: Option<shared::SharedFile>,
    delay: Duration,
    /// Lifetime of the access tokens the OIDC provider issues, in seconds.
    pub(crate) token_ttl: u64,
    /// Another OIDC issuer whose JWT access tokens the Platform API accepts (as the demo user).
    trusted_issuer: Option<String>,
    /// Wakes the state writer after a mutation.
    dirty: tokio::sync::Notify,
    /// The AI backend's sessions (in memory only).
    pub(crate) ai: ai::AiSandbox,
    /// How long a run launched here takes, in ms.
    pub(crate) run_ms: u64,
    /// Failures tests inject into `/tokens` (in memory only; see `tokens`).
    pub(crate) token_faults: tokens::TokenFaults,
}

pub(crate) type Shared = Arc<Inner>;

impl Inner {
    /// The state, locked. A handler that panicked while holding the lock leaves it poisoned; the state
    /// is still whole (every handler checks before it changes anything), so later requests go on.
    pub(crate) fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Marks the state changed. The writer saves it within 50 ms, once for a burst of mutations, so a
    /// batch of a thousand rotations does not write the file two thousand times.
    pub(crate) fn persist(&self) {
        if let Some(file) = &self.shared {
            file.mark_changed();
        } else if self.state_file.is_some() {
            self.dirty.notify_one();
        }
    }

    /// Writes the state file now, when the sandbox has one of its own (a shared one is always written).
    pub(crate) fn flush(&self) {
        if self.shared.is_some() {
            return;
        }
        if let Some(path) = &self.state_file {
            let saved = serde_json::to_vec_pretty(&*self.state())
                .map_err(std::io::Error::other)
                .and_then(|json| crate::fsutil::write_private_atomic(path, &json));
            if let Err(e) = saved {
                let _ = writeln!(std::io::stderr(), "sandbox: cannot save state to {}: {e}", path.display());
            }
        }
    }
}

/// The authenticated caller, put into each request by the auth layer.
/// The caller's role in a workspace (`None`: their personal one), or 403 when they are not in it.
pub(crate) fn caller_role(state: &State, workspace_id: Option<i64>, caller: &Caller) -> std::result::Result<String, ApiError> {
    state.role_in(workspace_id, caller.user.id).ok_or_else(ApiError::forbidden)
}

/// 403 unless the caller may change the workspace: the `maintain` role or higher.
pub(crate) fn maintainer(state: &State, workspace_id: Option<i64>, caller: &Caller) -> std::result::Result<(), ApiError> {
    let role = caller_role(state, workspace_id, caller)?;
    if role_at_least(&role, Role::Maintain) { Ok(()) } else { Err(ApiError::forbidden()) }
}

#[derive(Clone)]
pub(crate) struct Caller {
    pub(crate) user: User,
}

/// An error answer with the spec's `ErrorResponse` body.
pub(crate) struct ApiError(StatusCode, String);

impl ApiError {
    pub(crate) fn forbidden() -> ApiError {
        ApiError(StatusCode::FORBIDDEN, "Forbidden".into())
    }

    pub(crate) fn bad_request(message: String) -> ApiError {
        ApiError(StatusCode::BAD_REQUEST, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(ErrorResponse { message: self.1 })).into_response()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// 0 picks a free port.
    pub(crate) port: u16,
    pub(crate) state_file: Option<PathBuf>,
    /// Accept JWT access tokens from this issuer on the Platform API, as the demo user (for tests against
    /// a third-party OAuth server). The signature is not checked: this is a test peer, not a gate.
    pub(crate) trusted_issuer: Option<String>,
    /// `state_file` is shared with other processes: every request reads it under a lock and writes it back
    /// at once (see `shared`). Without this, the file is read at start and written behind, for one process.
    pub(crate) shared: bool,
    /// Bulk data added to the demo data at start (benchmarks; only for a sandbox without a state file).
    pub(crate) seed: Seed,
    /// How long a launched run takes, in ms (default: `SEQERA_SANDBOX_RUN_MS`, else 45 s).
    pub(crate) run_ms: Option<u64>,
}

impl Options {
    /// The sandbox of `--sandbox` and a plain `sandbox serve`: the user's one shared sandbox, whose data
    /// lasts until `seqera sandbox reset`.
    pub(crate) fn persistent() -> Options {
        Options { state_file: Some(crate::config::paths::sandbox_state_file()), shared: true, ..Options::default() }
    }
}

/// A running sandbox. Dropping it does not stop the server; it ends with the runtime.
pub struct Running {
    pub url: String,
    inner: Shared,
}

impl Running {
    /// Saves the state file now (before the process exits).
    pub(crate) fn flush(&self) {
        self.inner.flush();
    }
}

impl Running {
    /// The URLs of the three services it serves.
    pub(crate) fn urls(&self) -> crate::config::SandboxUrls {
        crate::config::SandboxUrls {
            api_url: self.url.clone(),
            auth_domain: format!("{}/oidc", self.url),
            ai_backend_url: format!("{}/ai", self.url),
        }
    }
}

fn load_state(path: Option<&PathBuf>) -> Result<State> {
    let Some(path) = path else { return Ok(State::seed()) };
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            Error::config(format!("The sandbox state file {} is not valid: {e}.", path.display()))
                .with_hint("Delete it to start from the demo data.")
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::seed()),
        Err(e) => Err(Error::config(format!("Cannot read the sandbox state file {}: {e}.", path.display()))),
    }
}

/// Binds 127.0.0.1 and serves in the background on the current tokio runtime.
pub async fn start(opts: Options) -> Result<Running> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", opts.port)).await.map_err(|e| {
        Error::other(format!("The sandbox cannot listen on 127.0.0.1:{}: {e}.", opts.port))
            .with_hint("Pick another port with --port, or 0 for any.")
    })?;
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}");
    let (shared, state) = match &opts.state_file {
        Some(path) if opts.shared => shared::SharedFile::open(path.clone()).map(|(f, s)| (Some(f), s))?,
        _ => (None, load_state(opts.state_file.as_ref())?),
    };
    let mut state = state;
    if opts.state_file.is_none() {
        opts.seed.apply(&mut state);
    }
    let delay =
        crate::config::env::var("SEQERA_SANDBOX_DELAY_MS").and_then(|v| v.parse().ok()).map(Duration::from_millis).unwrap_or_default();
    let token_ttl = crate::config::env::var("SEQERA_SANDBOX_TOKEN_TTL").and_then(|v| v.parse().ok()).unwrap_or(3600);
    let trusted_issuer = opts.trusted_issuer.map(|i| i.trim_end_matches('/').to_string());
    let inner = Arc::new(Inner {
        state: Mutex::new(state),
        base_url: url.clone(),
        state_file: opts.state_file,
        shared,
        delay,
        token_ttl,
        trusted_issuer,
        dirty: tokio::sync::Notify::new(),
        ai: ai::AiSandbox::default(),
        run_ms: opts.run_ms.filter(|ms| *ms > 0).unwrap_or_else(runs_state::run_ms_from_env),
        token_faults: Default::default(),
    });
    inner.flush();
    if inner.state_file.is_some() && inner.shared.is_none() {
        let writer = inner.clone();
        tokio::spawn(async move {
            loop {
                writer.dirty.notified().await;
                tokio::time::sleep(Duration::from_millis(50)).await;
                let w = writer.clone();
                let _ = tokio::task::spawn_blocking(move || w.flush()).await;
            }
        });
    }
    let app = router(inner.clone());
    tokio::spawn(async move {
        if let Err(e) = axum::serve(
            listener.tap_io(|tcp| {
                let _ = tcp.set_nodelay(true);
            }),
            app,
        )
        .await
        {
            let _ = writeln!(std::io::stderr(), "sandbox: server stopped: {e}");
        }
    });
    Ok(Running { url, inner })
}

pub(crate) fn router(inner: Shared) -> Router {
    let platform = Router::new()
        .merge(info::routes())
        .merge(orgs::routes())
        .merge(credentials::routes())
        .merge(pipelines::routes())
        .merge(workflows::routes())
        .merge(tokens::routes())
        .layer(middleware::from_fn_with_state(inner.clone(), authenticate));
    Router::new()
        .merge(platform)
        .merge(ai::routes(inner.clone()))
        .merge(oidc::routes())
        .merge(tokens::admin_routes())
        .layer(middleware::from_fn_with_state(inner.clone(), shared::transaction))
        .layer(middleware::from_fn_with_state(inner.clone(), delay))
        .layer(middleware::from_fn(loopback_host_only))
        .with_state(inner)
}

/// Answers 400 unless the `Host` header names a loopback address (127.x.x.x, `localhost`, `[::1]`, any
/// port): a web page that rebinds its own DNS name to 127.0.0.1 cannot reach the sandbox through it.
async fn loopback_host_only(req: Request, next: Next) -> Response {
    let host =
        req.headers().get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).or_else(|| req.uri().authority().map(|a| a.as_str()));
    match host {
        Some(h) if is_loopback_host(h) => next.run(req).await,
        Some(_) => {
            (StatusCode::BAD_REQUEST, "The sandbox answers only requests addressed to a loopback host (127.0.0.1, localhost, [::1]).\n")
                .into_response()
        }
        None => (StatusCode::BAD_REQUEST, "A Host header is required.\n").into_response(),
    }
}

/// `127.0.0.1`, `127.1.2.3:8080`, `localhost:1`, `[::1]:443`: a loopback name, with or without a port.
pub(crate) fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((inner, port)) if port.is_empty() || port.strip_prefix(':').is_some_and(valid_port) => return inner == "::1",
            _ => return false,
        },
        None => match host.split_once(':') {
            Some((name, port)) if valid_port(port) => name,
            Some(_) => return false,
            None => host,
        },
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| ip.octets()[0] == 127)
}

fn valid_port(port: &str) -> bool {
    !port.is_empty() && port.parse::<u16>().is_ok()
}

/// Requests without a known bearer token get 401, except the unauthenticated endpoints.
async fn authenticate(AxState(inner): AxState<Shared>, mut req: Request, next: Next) -> Response {
    if req.uri().path() == "/service-info" {
        return next.run(req).await;
    }
    let token = req.headers().get("authorization").and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")).map(str::trim);
    let user = token.and_then(|t| {
        let state = inner.state();
        state.user_for_token(t).cloned().or_else(|| {
            let issuer = inner.trusted_issuer.as_deref()?;
            jwt_from(t, issuer).then(|| state.users.first().cloned()).flatten()
        })
    });
    {
        let mut state = inner.state();
        state.stats.api_requests += 1;
        state.stats.api_writes += u64::from(req.method() != axum::http::Method::GET);
    }
    // A known token may still be refused: a test's injected `use` fault (see `tokens`).
    let user = user.filter(|_| token.is_none_or(|t| tokens::on_use(&inner, t)));
    match user {
        Some(user) => {
            req.extensions_mut().insert(Caller { user });
            next.run(req).await
        }
        None => ApiError(StatusCode::UNAUTHORIZED, "Unauthorized".into()).into_response(),
    }
}

/// Whether `token` is an unexpired JWT whose `iss` is `issuer` (signature not checked).
fn jwt_from(token: &str, issuer: &str) -> bool {
    use base64::Engine;
    let Some(payload) = token.split('.').nth(1) else { return false };
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload) else { return false };
    let Ok(claims) = serde_json::from_slice::<serde_json::Value>(&bytes) else { return false };
    let iss_ok = claims["iss"].as_str().is_some_and(|i| i.trim_end_matches('/') == issuer);
    let exp_ok = claims["exp"].as_u64().is_none_or(|e| e > crate::platform::cache::now_secs());
    iss_ok && exp_ok
}

async fn delay(AxState(inner): AxState<Shared>, req: Request, next: Next) -> Response {
    let header =
        req.headers().get("x-sandbox-delay-ms").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()).map(Duration::from_millis);
    let wait = header.unwrap_or(inner.delay);
    if !wait.is_zero() {
        tokio::time::sleep(wait).await;
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::is_loopback_host;

    #[test]
    fn only_loopback_host_headers_are_accepted() {
        for ok in ["127.0.0.1", "127.0.0.1:8080", "127.9.8.7:1", "localhost", "LOCALHOST:3000", "[::1]", "[::1]:443"] {
            assert!(is_loopback_host(ok), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:80",
            "128.0.0.1",
            "127.0.0.1.evil.example",
            "localhost.evil",
            "[::2]:80",
            "[::1]x",
            "127.0.0.1:",
            "127.0.0.1:99999",
            "",
            "0.0.0.0",
        ] {
            assert!(!is_loopback_host(bad), "{bad}");
        }
    }
}
