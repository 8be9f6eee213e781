//! The loopback callback server for the browser login: 127.0.0.1 only, on `SEQERA_AUTH_REDIRECT_PORT`
//! (default 53682) or the next 9 ports when busy (0: any free port). Any local process or web page can
//! reach it, so a request without the `state` of this login is answered and ignored, and the server keeps
//! waiting for the right one until the timeout. Only a request with the right `state` ends the wait: with
//! a `code` the login goes on; with an `error` (its description shown escaped) or no code it fails.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Html;
use axum::{Router, routing::get};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use crate::config::env;
use crate::error::{Error, ErrorKind, Result};

pub(crate) const DEFAULT_PORT: u16 = 53682;

/// `SEQERA_AUTH_REDIRECT_PORT`: a port number, 0 to 65535 (0: any free port); anything else is an error.
fn first_port() -> Result<u16> {
    let Some(v) = env::var("SEQERA_AUTH_REDIRECT_PORT") else { return Ok(DEFAULT_PORT) };
    v.trim().parse::<u16>().map_err(|_| {
        Error::config(format!("SEQERA_AUTH_REDIRECT_PORT=`{}` is not a port number.", crate::sanitize::visible_line(&v)))
            .with_hint("Set it to a port from 1 to 65535 (0: any free port), or unset it for 53682.")
    })
}

pub(crate) async fn bind() -> Result<TcpListener> {
    let first = first_port()?;
    if first == 0 {
        return TcpListener::bind(("127.0.0.1", 0)).await.map_err(|e| Error::other(format!("Cannot listen on 127.0.0.1: {e}.")));
    }
    for port in first..first.saturating_add(10) {
        match TcpListener::bind(("127.0.0.1", port)).await {
            Ok(l) => return Ok(l),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
            Err(e) => return Err(Error::other(format!("Cannot listen on 127.0.0.1:{port}: {e}."))),
        }
    }
    Err(Error::other(format!("Ports {first}-{} are all in use, so the login callback cannot listen.", first.saturating_add(9)))
        .with_hint("Set SEQERA_AUTH_REDIRECT_PORT to a free port."))
}

/// `SEQERA_AUTH_CALLBACK_TIMEOUT_MS`: default 120 s; 100 ms to one day, anything else is an error.
pub(crate) fn timeout() -> Result<Duration> {
    let Some(v) = env::var("SEQERA_AUTH_CALLBACK_TIMEOUT_MS") else { return Ok(Duration::from_secs(120)) };
    match v.trim().parse::<u64>() {
        Ok(ms) if (100..=86_400_000).contains(&ms) => Ok(Duration::from_millis(ms)),
        _ => Err(Error::config(format!(
            "SEQERA_AUTH_CALLBACK_TIMEOUT_MS=`{}` is not a number of milliseconds from 100 to 86400000 (one day).",
            crate::sanitize::visible_line(&v)
        ))
        .with_hint("Fix or unset SEQERA_AUTH_CALLBACK_TIMEOUT_MS (the default is 120000).")),
    }
}

struct Shared {
    state: String,
    tx: Mutex<Option<oneshot::Sender<Result<String>>>>,
}

fn page(title: &str, text: &str) -> Html<String> {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    Html(format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>seqera: {t}</title></head>\
         <body style=\"font-family:sans-serif;margin:3em\"><h1>{t}</h1><p>{x}</p></body></html>",
        t = esc(title),
        x = esc(text)
    ))
}

async fn callback(State(shared): State<Arc<Shared>>, Query(q): Query<HashMap<String, String>>) -> (StatusCode, Html<String>) {
    // The state first: a request without this login's state is not an answer to it, whatever it says.
    if q.get("state") != Some(&shared.state) {
        return (
            StatusCode::BAD_REQUEST,
            page("Not this login", "This request does not belong to the login in progress, so it was ignored."),
        );
    }
    let result = if let Some(err) = q.get("error") {
        let why = q.get("error_description").unwrap_or(err);
        Err(Error::auth(format!("The login was refused: {}.", crate::sanitize::visible_line(why))).with_hint("Run `seqera login` again."))
    } else if let Some(code) = q.get("code") {
        Ok(code.clone())
    } else {
        Err(Error::auth("No authorization code in the OAuth callback."))
    };
    let reply = match &result {
        Ok(_) => (StatusCode::OK, page("Authentication successful!", "You can close this window and return to the terminal.")),
        Err(e) => (StatusCode::BAD_REQUEST, page("Authentication failed", &e.message)),
    };
    if let Some(tx) = shared.tx.lock().unwrap_or_else(|p| p.into_inner()).take() {
        let _ = tx.send(result);
    }
    reply
}

/// Serves one callback and returns its code, or fails on a bad callback or after `wait`.
pub async fn wait_for_code(listener: TcpListener, expected_state: &str, wait: Duration, remote_hint: Option<String>) -> Result<String> {
    let (tx, rx) = oneshot::channel();
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let shared = Arc::new(Shared { state: expected_state.to_string(), tx: Mutex::new(Some(tx)) });
    let app = Router::new().route("/callback", get(callback)).with_state(shared);
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stop_rx.await;
            })
            .await;
    });
    let outcome = tokio::time::timeout(wait, rx).await;
    let _ = stop_tx.send(());
    // Let the page reach the browser before the server goes away.
    let _ = tokio::time::timeout(Duration::from_secs(2), server).await;
    match outcome {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Err(Error::other("The callback server stopped unexpectedly.")),
        Err(_) => {
            let secs = wait.as_secs_f64();
            let shown = if secs.fract() == 0.0 { format!("{secs:.0}") } else { format!("{secs:.1}") };
            let e = Error::new(ErrorKind::Auth, format!("OAuth callback timed out after {shown} seconds. Please retry `seqera login`."));
            Err(match remote_hint {
                Some(h) => e.with_hint(h),
                None => e.with_hint("Open the URL above in a browser on this machine, or use `seqera login --device`."),
            })
        }
    }
}
