//! The loopback callback server for the browser login: 127.0.0.1 only, on `SEQERA_AUTH_REDIRECT_PORT`
//! (default 53682) or the next 9 ports when busy (0: any free port). It serves `/callback` once: a
//! wrong `state`, an `error`, or a missing `code` fails the login and the server closes all the same.

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

pub const DEFAULT_PORT: u16 = 53682;

pub async fn bind() -> Result<TcpListener> {
    let first: u16 = env::var("SEQERA_AUTH_REDIRECT_PORT").and_then(|p| p.parse().ok()).unwrap_or(DEFAULT_PORT);
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

/// `SEQERA_AUTH_CALLBACK_TIMEOUT_MS`: default 120 s, at most 600 s; non-positive values mean the default.
pub fn timeout() -> Duration {
    let ms = env::var("SEQERA_AUTH_CALLBACK_TIMEOUT_MS").and_then(|v| v.trim().parse::<i64>().ok()).filter(|v| *v > 0).unwrap_or(120_000);
    Duration::from_millis(ms.min(600_000) as u64)
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
    let result = if let Some(err) = q.get("error") {
        Err(Error::auth(format!("The login was refused: {}.", q.get("error_description").unwrap_or(err))))
    } else if q.get("state") != Some(&shared.state) {
        Err(Error::auth("State mismatch in the OAuth callback; the login was stopped and nothing was stored.")
            .with_hint("Run `seqera login` again. If this repeats, another program may be answering on the callback port."))
    } else if let Some(code) = q.get("code") {
        Ok(code.clone())
    } else {
        Err(Error::auth("No authorization code in the OAuth callback."))
    };
    let reply = match &result {
        Ok(_) => (StatusCode::OK, page("Authentication successful!", "You can close this window and return to the terminal.")),
        Err(e) => (StatusCode::BAD_REQUEST, page("Authentication failed", &e.message)),
    };
    if let Some(tx) = shared.tx.lock().expect("callback lock").take() {
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
