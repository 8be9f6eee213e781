//! The Platform's OpenID Connect provider, under `/oidc`: discovery, authorize (a consent page for the
//! demo user, in `authorize.rs`), token (authorization code with PKCE S256, refresh with
//! rotation, device code), revocation and userinfo. Access tokens it issues work on the Platform API.
//! `SEQERA_SANDBOX_TOKEN_TTL` (seconds) shortens access tokens so tests cross expiry quickly.

use axum::extract::State as AxState;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::Engine;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Shared;
use super::state::{DeviceCode, RefreshEntry, State, TokenEntry};
use crate::platform::cache::now_secs;

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/oidc/.well-known/openid-configuration", get(discovery))
        // An enterprise install serves its issuer at the API URL; so does the sandbox.
        .route("/.well-known/openid-configuration", get(root_discovery))
        .route("/oidc/authorize", get(super::authorize::page).post(super::authorize::decide))
        .route("/oidc/token", post(token))
        .route("/oidc/device/code", post(device_code))
        .route("/oidc/revoke", post(revoke))
        .route("/oidc/userinfo", get(userinfo))
        .route("/_sandbox/stats", get(stats))
}

pub(super) fn random(prefix: &str) -> String {
    format!("{prefix}{}", (0..32).map(|_| fastrand::alphanumeric()).collect::<String>())
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (status, Json(json!({"error": error, "error_description": description}))).into_response()
}

async fn discovery(AxState(shared): AxState<Shared>) -> Json<Value> {
    let base = format!("{}/oidc", shared.base_url);
    shared.state().stats.discovery += 1;
    Json(json!({
        "issuer": base,
        "authorization_endpoint": format!("{base}/authorize"),
        "token_endpoint": format!("{base}/token"),
        "device_authorization_endpoint": format!("{base}/device/code"),
        "revocation_endpoint": format!("{base}/revoke"),
        "userinfo_endpoint": format!("{base}/userinfo"),
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": ["openid", "profile", "email", "offline_access"],
    }))
}

/// The same document at the API URL, naming the API URL as its issuer (clients check that the issuer is
/// the auth domain they asked).
async fn root_discovery(AxState(shared): AxState<Shared>) -> Json<Value> {
    let issuer = shared.base_url.clone();
    let Json(mut doc) = discovery(AxState(shared)).await;
    doc["issuer"] = json!(issuer);
    Json(doc)
}

fn issue(shared: &Shared, state: &mut State, user_id: i64) -> Value {
    let access = random("sbx_at_");
    let refresh = random("sbx_rt_");
    let ttl = shared.token_ttl;
    state.tokens.push(TokenEntry { token: access.clone(), user_id, expires_at: Some(now_secs() + ttl), ..TokenEntry::default() });
    state.refresh_tokens.push(RefreshEntry { token: refresh.clone(), user_id, revoked: false });
    json!({"access_token": access, "refresh_token": refresh, "token_type": "Bearer", "expires_in": ttl, "scope": "openid profile email offline_access"})
}

#[derive(Debug, Deserialize)]
struct TokenForm {
    grant_type: String,
    code: Option<String>,
    code_verifier: Option<String>,
    redirect_uri: Option<String>,
    refresh_token: Option<String>,
    device_code: Option<String>,
}

async fn token(AxState(shared): AxState<Shared>, Form(f): Form<TokenForm>) -> Response {
    let mut guard = shared.state();
    let state = &mut *guard;
    let now = now_secs();
    let answer = match f.grant_type.as_str() {
        "authorization_code" => {
            state.stats.code_grants += 1;
            let Some(pos) = state.auth_codes.iter().position(|c| Some(&c.code) == f.code.as_ref() && c.expires_at > now) else {
                return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "unknown or expired authorization code");
            };
            let code = state.auth_codes.remove(pos);
            let verifier = f.code_verifier.unwrap_or_default();
            let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
            if computed != code.challenge || crate::config::env::flag("SEQERA_SANDBOX_REJECT_PKCE") {
                return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "PKCE verification failed");
            }
            if f.redirect_uri.as_deref() != Some(code.redirect_uri.as_str()) {
                return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "redirect_uri does not match");
            }
            issue(&shared, state, code.user_id)
        }
        "refresh_token" => {
            state.stats.refresh_grants += 1;
            let presented = f.refresh_token.unwrap_or_default();
            let Some(entry) = state.refresh_tokens.iter_mut().find(|r| r.token == presented && !r.revoked) else {
                return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "refresh token is invalid, revoked or already used");
            };
            entry.revoked = true; // rotation: a refresh token works once
            let user = entry.user_id;
            issue(&shared, state, user)
        }
        "urn:ietf:params:oauth:grant-type:device_code" => {
            state.stats.device_grants += 1;
            let Some(dc) = state.device_codes.iter_mut().find(|d| Some(&d.device_code) == f.device_code.as_ref()) else {
                return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "unknown device code");
            };
            if dc.expires_at <= now {
                return oauth_error(StatusCode::BAD_REQUEST, "expired_token", "the device code expired");
            }
            dc.polls += 1;
            // The demo user approves in the browser after the first poll.
            if dc.polls < 2 {
                return oauth_error(StatusCode::BAD_REQUEST, "authorization_pending", "waiting for the user");
            }
            let code = dc.device_code.clone();
            state.device_codes.retain(|d| d.device_code != code);
            issue(&shared, state, 1)
        }
        other => return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", other),
    };
    shared.persist();
    Json(answer).into_response()
}

async fn device_code(AxState(shared): AxState<Shared>) -> Json<Value> {
    let mut state = shared.state();
    let device_code = random("sbx_dc_");
    let user_code =
        format!("{}-{}", random("").get(..4).unwrap_or("ABCD").to_uppercase(), random("").get(..4).unwrap_or("WXYZ").to_uppercase());
    state.device_codes.push(DeviceCode {
        device_code: device_code.clone(),
        user_code: user_code.clone(),
        expires_at: now_secs() + 600,
        polls: 0,
    });
    let verify = format!("{}/oidc/device", shared.base_url);
    Json(json!({
        "device_code": device_code,
        "user_code": user_code,
        "verification_uri": verify,
        "verification_uri_complete": format!("{verify}?user_code={user_code}"),
        "expires_in": 600,
        "interval": 1,
    }))
}

#[derive(Debug, Deserialize)]
struct RevokeForm {
    token: String,
}

async fn revoke(AxState(shared): AxState<Shared>, Form(f): Form<RevokeForm>) -> StatusCode {
    let mut state = shared.state();
    state.stats.revocations += 1;
    for r in state.refresh_tokens.iter_mut().filter(|r| r.token == f.token) {
        r.revoked = true;
    }
    state.tokens.retain(|t| t.token != f.token);
    shared.persist();
    StatusCode::OK
}

async fn userinfo(AxState(shared): AxState<Shared>, headers: HeaderMap) -> Response {
    let token = headers.get("authorization").and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")).unwrap_or_default();
    let state = shared.state();
    match state.user_for_token(token) {
        Some(u) => Json(json!({"sub": u.id.to_string(), "preferred_username": u.user_name, "email": u.email, "name": format!("{} {}", u.first_name, u.last_name)}))
            .into_response(),
        None => oauth_error(StatusCode::UNAUTHORIZED, "invalid_token", "unknown or expired token"),
    }
}

async fn stats(AxState(shared): AxState<Shared>) -> Json<Value> {
    Json(serde_json::to_value(&shared.state().stats).unwrap_or_default())
}
