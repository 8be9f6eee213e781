//! `/oidc/authorize` of the sandbox's OIDC provider: a consent page (GET) whose form posts the decision
//! back to the same URL (POST), then a redirect to the loopback callback with a code or `access_denied`.
//! Nothing is approved without that POST, unless the sandbox was started with
//! `SEQERA_SANDBOX_AUTO_APPROVE=1` (a test knob: GET then approves at once, as the demo user).
//! Every request value is checked and a bad one answers 400 with the reason; nothing here can panic.

use axum::Form;
use axum::extract::{Query, State as AxState};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::Shared;
use super::oidc::random;
use super::state::AuthCode;
use crate::platform::cache::now_secs;

#[derive(Debug, Deserialize)]
pub(crate) struct AuthorizeQuery {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    state: Option<String>,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Decision {
    decision: Option<String>,
}

/// A checked request: where to send the answer, and the PKCE challenge.
struct Checked {
    /// As the client sent it: the token request must repeat it exactly.
    raw: String,
    redirect: reqwest::Url,
    challenge: String,
}

fn bad_request(reason: &str) -> Response {
    (StatusCode::BAD_REQUEST, format!("{reason}\n")).into_response()
}

/// Checks an authorize request: a loopback `http` redirect URI with an explicit port, `response_type=code`
/// and an S256 challenge.
fn check(q: &AuthorizeQuery) -> Result<Checked, &'static str> {
    let Some(raw) = q.redirect_uri.as_deref() else { return Err("redirect_uri is required") };
    let Ok(redirect) = reqwest::Url::parse(raw) else {
        return Err("redirect_uri is not a valid URL");
    };
    let loopback = matches!(redirect.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    if redirect.scheme() != "http" || !loopback || redirect.port().is_none() {
        return Err("redirect_uri must be a loopback http URL with a port (http://127.0.0.1:PORT/...)");
    }
    if q.response_type.as_deref() != Some("code") || q.code_challenge_method.as_deref() != Some("S256") {
        return Err("response_type=code and code_challenge_method=S256 are required");
    }
    let Some(challenge) = q.code_challenge.clone().filter(|c| !c.is_empty()) else {
        return Err("code_challenge is required");
    };
    Ok(Checked { raw: raw.to_string(), redirect, challenge })
}

/// GET: the consent page (or, with the auto-approve knob, the approval itself).
pub(crate) async fn page(AxState(shared): AxState<Shared>, Query(q): Query<AuthorizeQuery>) -> Response {
    let checked = match check(&q) {
        Ok(c) => c,
        Err(reason) => return bad_request(reason),
    };
    if crate::config::env::flag("SEQERA_SANDBOX_AUTO_APPROVE") {
        return approve(&shared, checked, q.state.as_deref());
    }
    let client = escape(q.client_id.as_deref().unwrap_or("(unnamed client)"));
    let target = escape(&checked.redirect.origin().ascii_serialization());
    Html(format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>seqera sandbox: sign in</title></head>\n<body>\n\
         <h1>Sign in to the seqera sandbox</h1>\n\
         <p><b>{client}</b> asks to act as the demo user on this sandbox. The answer goes to <code>{target}</code>.</p>\n\
         <form method=\"post\">\n\
         <button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>\n\
         <button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n\
         </form>\n</body></html>\n"
    ))
    .into_response()
}

/// POST from the consent form (to the same URL, so the request's query comes along): approve or deny.
pub(crate) async fn decide(AxState(shared): AxState<Shared>, Query(q): Query<AuthorizeQuery>, Form(d): Form<Decision>) -> Response {
    let checked = match check(&q) {
        Ok(c) => c,
        Err(reason) => return bad_request(reason),
    };
    match d.decision.as_deref() {
        Some("approve") => approve(&shared, checked, q.state.as_deref()),
        Some("deny") => {
            let mut target = checked.redirect;
            target.query_pairs_mut().append_pair("error", "access_denied").append_pair("error_description", "The user denied the request.");
            if let Some(s) = q.state.as_deref() {
                target.query_pairs_mut().append_pair("state", s);
            }
            Redirect::to(target.as_str()).into_response()
        }
        _ => bad_request("decision must be approve or deny"),
    }
}

/// Issues a code for the demo user and redirects to the callback with it (and the client's `state`).
fn approve(shared: &Shared, checked: Checked, state_param: Option<&str>) -> Response {
    let code = random("sbx_code_");
    shared.state().auth_codes.push(AuthCode {
        code: code.clone(),
        user_id: 1,
        redirect_uri: checked.raw,
        challenge: checked.challenge,
        expires_at: now_secs() + 120,
    });
    let mut target = checked.redirect;
    target.query_pairs_mut().append_pair("code", &code);
    if let Some(s) = state_param {
        target.query_pairs_mut().append_pair("state", s);
    }
    Redirect::to(target.as_str()).into_response()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
