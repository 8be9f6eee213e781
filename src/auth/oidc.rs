//! OpenID Connect against the Platform's issuer: discovery, the authorization-code flow with PKCE S256 and a
//! loopback callback, the device flow (RFC 8628), refresh and revocation (RFC 7009). The oauth2 crate does
//! the protocol; it talks through our own HTTP client (timeouts, retries, debug redaction) via its
//! `AsyncHttpClient` closure form. Revocation is a plain form POST: the oauth2 crate refuses http URLs there.

use std::time::Duration;

use oauth2::basic::BasicClient;
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, CsrfToken, DeviceAuthorizationUrl, EndpointNotSet, EndpointSet, PkceCodeChallenge, RedirectUrl,
    RefreshToken, RequestTokenError, Scope, StandardDeviceAuthorizationResponse, TokenResponse, TokenUrl,
};
use serde::Deserialize;

use crate::config::env;
use crate::error::{Error, ErrorKind, Result};
use crate::http::Http;
use crate::secret::Secret;

pub(crate) const DEFAULT_CLIENT_ID: &str = "seqera_ai_cli";
pub(crate) const DEFAULT_AUDIENCE: &str = "platform";
pub(crate) const SCOPES: &[&str] = &["openid", "profile", "email", "offline_access"];

pub(crate) fn client_id() -> String {
    env::var("SEQERA_AUTH_CLI_CLIENT_ID").unwrap_or_else(|| DEFAULT_CLIENT_ID.into())
}

pub(crate) fn audience() -> String {
    env::var("SEQERA_AUTH_AUDIENCE").unwrap_or_else(|| DEFAULT_AUDIENCE.into())
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Discovery {
    #[serde(default)]
    pub(crate) issuer: Option<String>,
    pub(crate) authorization_endpoint: String,
    pub(crate) token_endpoint: String,
    #[serde(default)]
    pub(crate) device_authorization_endpoint: Option<String>,
    #[serde(default)]
    pub(crate) revocation_endpoint: Option<String>,
}

/// What a successful grant gives.
pub(crate) struct Tokens {
    pub(crate) access: Secret<String>,
    pub(crate) refresh: Option<Secret<String>>,
    pub(crate) expires_in: Option<Duration>,
}

/// `GET {auth_domain}/.well-known/openid-configuration` (path overridable with
/// `SEQERA_AUTH_CONFIGURATION_ENDPOINT`). A 404 or an HTML page names the URL. The document must name
/// the auth domain as its issuer, and its endpoints must be https unless on loopback (or `allow_http`).
pub(crate) async fn discover(http: &Http, auth_domain: &str, setting: &str, allow_http: bool) -> Result<Discovery> {
    let path = env::var("SEQERA_AUTH_CONFIGURATION_ENDPOINT").unwrap_or_else(|| "/.well-known/openid-configuration".into());
    let url = format!("{}{}", auth_domain.trim_end_matches('/'), path);
    let request = http
        .client()
        .get(&url)
        .header("Accept", "application/json")
        .build()
        .map_err(|e| Error::other(format!("Bad discovery URL {url}.")).caused_by(e))?;
    let resp = http.send(request, setting).await?;
    let status = resp.status();
    let body = http.read_body(resp, setting).await?;
    let first_line = crate::http::first_line(&body);
    if !status.is_success() {
        return Err(Error::new(ErrorKind::Auth, format!("OpenID discovery at {url} failed: {status}: {first_line}"))
            .with_hint(format!("Check {setting}: it should be the Platform's OIDC issuer (e.g. https://cloud.seqera.io/api).")));
    }
    let doc: Discovery = serde_json::from_slice(&body).map_err(|_| {
        Error::new(ErrorKind::Auth, format!("OpenID discovery at {url} did not return a discovery document: {first_line}"))
            .with_hint(format!("Check {setting}."))
    })?;
    check_discovery(&doc, auth_domain, &url, setting, allow_http)?;
    Ok(doc)
}

/// The issuer must be the auth domain asked (OpenID Connect Discovery 1.0, section 4.3), and every
/// endpoint https, except on this machine or with `allow_http`.
fn check_discovery(d: &Discovery, auth_domain: &str, url: &str, setting: &str, allow_http: bool) -> Result<()> {
    let issuer = d.issuer.as_deref().unwrap_or("");
    if issuer.trim_end_matches('/') != auth_domain.trim_end_matches('/') {
        let shown =
            if issuer.is_empty() { "no issuer".to_string() } else { format!("the issuer {}", crate::sanitize::visible_line(issuer)) };
        return Err(Error::auth(format!(
            "OpenID discovery at {url} names {shown}, not the auth domain {auth_domain}; the login was stopped."
        ))
        .with_hint(format!("Check {setting}: it must be the Platform's OIDC issuer exactly.")));
    }
    let endpoints = [
        ("authorization_endpoint", Some(&d.authorization_endpoint)),
        ("token_endpoint", Some(&d.token_endpoint)),
        ("device_authorization_endpoint", d.device_authorization_endpoint.as_ref()),
        ("revocation_endpoint", d.revocation_endpoint.as_ref()),
    ];
    for (name, endpoint) in endpoints {
        let Some(endpoint) = endpoint else { continue };
        let parsed = reqwest::Url::parse(endpoint).ok().filter(|u| matches!(u.scheme(), "https" | "http"));
        let ok = parsed.is_some_and(|u| u.scheme() == "https" || allow_http || crate::config::keys::is_loopback(&u));
        if !ok {
            return Err(Error::auth(format!(
                "OpenID discovery at {url} gives a {name} that is not an https URL: {}; the login was stopped.",
                crate::sanitize::visible_line(endpoint)
            ))
            .with_hint(format!("Check {setting}; for a lab install without TLS set allow_http (SEQERA_ALLOW_HTTP=true).")));
        }
    }
    Ok(())
}

/// The oauth2 crate's HTTP hook, served by our client.
fn adapter(
    http: &Http,
    setting: &str,
) -> impl Fn(oauth2::HttpRequest) -> std::pin::Pin<Box<dyn Future<Output = Result<oauth2::HttpResponse>> + Send>> {
    let http = http.clone();
    let setting = setting.to_string();
    move |req: oauth2::HttpRequest| {
        let http = http.clone();
        let setting = setting.clone();
        Box::pin(async move {
            let url = req.uri().to_string();
            let request = reqwest::Request::try_from(req).map_err(|e| Error::other(format!("Bad OAuth request to {url}.")).caused_by(e))?;
            let resp = http.send(request, &setting).await?;
            let mut builder = oauth2::http::Response::builder().status(resp.status().as_u16());
            for (k, v) in resp.headers() {
                builder = builder.header(k.as_str(), v.as_bytes());
            }
            let body = http.read_body(resp, &setting).await?;
            builder
                .body(numbers_as_numbers(body.to_vec()))
                .map_err(|e| Error::other(format!("Bad OAuth response from {url}.")).caused_by(e))
        })
    }
}

/// Real servers send `expires_in` (and the device flow's `interval`) as a number or as a numeric string;
/// the oauth2 crate takes only numbers, so a numeric string is turned into its number. Anything else is
/// left for the parser to refuse.
fn numbers_as_numbers(body: Vec<u8>) -> Vec<u8> {
    let Ok(serde_json::Value::Object(mut doc)) = serde_json::from_slice::<serde_json::Value>(&body) else { return body };
    let mut changed = false;
    for field in ["expires_in", "interval"] {
        if let Some(n) = doc.get(field).and_then(|v| v.as_str()).and_then(|t| t.trim().parse::<u64>().ok()) {
            doc.insert(field.to_string(), n.into());
            changed = true;
        }
    }
    if !changed {
        return body;
    }
    serde_json::to_vec(&doc).unwrap_or(body)
}

type TokenClient = BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

fn token_client(token_endpoint: &str, client_id: &str) -> Result<TokenClient> {
    let url = TokenUrl::new(token_endpoint.to_string())
        .map_err(|e| Error::other(format!("Bad token endpoint {token_endpoint}.")).caused_by(e))?;
    // The auth URL is not used for refresh; the token URL stands in so the client type is complete.
    let auth = AuthUrl::new(token_endpoint.to_string()).map_err(|e| Error::other("Bad auth URL.").caused_by(e))?;
    Ok(BasicClient::new(ClientId::new(client_id.to_string())).set_auth_uri(auth).set_token_uri(url))
}

fn to_tokens(t: &oauth2::basic::BasicTokenResponse) -> Tokens {
    Tokens {
        access: Secret::new(t.access_token().secret().clone()),
        refresh: t.refresh_token().map(|r| Secret::new(r.secret().clone())),
        expires_in: t.expires_in(),
    }
}

/// Why a grant failed, in the words the user needs. A token endpoint's body may hold tokens, so no part of
/// it is ever put in the message: a server's own error code and description (escaped), or for an answer
/// that does not parse, only the name of the field that was wrong.
fn grant_error<RE: std::error::Error + 'static, T: oauth2::ErrorResponseType + AsRef<str> + std::fmt::Display + 'static>(
    e: RequestTokenError<RE, oauth2::StandardErrorResponse<T>>,
    what: &str,
    endpoint: &str,
) -> Error {
    match e {
        RequestTokenError::ServerResponse(r) => {
            let code = r.error().as_ref().to_string();
            let shown = |t: &str| crate::sanitize::visible_line(&t.chars().take(200).collect::<String>()).into_owned();
            let detail = r.error_description().map(|d| format!(" ({})", shown(d))).unwrap_or_default();
            let kind = if code == "invalid_grant" { ErrorKind::Auth } else { ErrorKind::Other };
            Error::new(kind, format!("{what} was refused by {endpoint}: {}{detail}.", shown(&code)))
        }
        RequestTokenError::Request(inner) => match (&inner as &dyn std::any::Any).downcast_ref::<Error>() {
            // Our own HTTP error (a timeout, a body past the cap, a redirect refused): keep its kind and hint.
            Some(ours) if ours.kind == ErrorKind::Network => {
                let mut e = Error { message: format!("{what} failed: the server at {endpoint} could not be reached."), ..ours.clone() };
                e.causes.insert(0, ours.message.clone());
                e
            }
            Some(ours) => Error { message: format!("{what} failed: {}", ours.message), ..ours.clone() },
            None => {
                let msg = inner.to_string();
                Error::new(ErrorKind::Network, format!("{what} failed: the server at {endpoint} could not be reached.")).caused_by(msg)
            }
        },
        RequestTokenError::Parse(e, _body) => {
            let path = e.path().to_string();
            let field = if path.is_empty() || path == "." { "its body".to_string() } else { format!("the field `{path}`") };
            Error::other(format!(
                "{what}: the answer from {endpoint} is not a valid token response ({field} is missing or of the wrong type); it was not shown because it may hold tokens."
            ))
        }
        RequestTokenError::Other(m) => Error::other(format!("{what} failed: {}.", crate::sanitize::visible_line(&m))),
    }
}

/// Exchanges a refresh token. `invalid_grant` comes back as `ErrorKind::Auth`; a network error or 5xx
/// as `Network`/`Other`, so the caller can keep the stored token.
pub(crate) async fn refresh(
    http: &Http,
    token_endpoint: &str,
    client_id: &str,
    refresh_token: &Secret<String>,
    setting: &str,
) -> Result<Tokens> {
    let client = token_client(token_endpoint, client_id)?;
    let rt = RefreshToken::new(refresh_token.expose().clone());
    let mut req = client.exchange_refresh_token(&rt);
    for s in SCOPES {
        req = req.add_scope(Scope::new((*s).to_string()));
    }
    req.request_async(&adapter(http, setting))
        .await
        .map(|t| to_tokens(&t))
        .map_err(|e| grant_error(e, "Refreshing the login", token_endpoint))
}

/// RFC 7009 revocation as a form POST. Failures are for the caller to report as a warning.
pub(crate) async fn revoke(http: &Http, endpoint: &str, client_id: &str, token: &Secret<String>, setting: &str) -> Result<()> {
    let form = [("token", token.expose().as_str()), ("token_type_hint", "refresh_token"), ("client_id", client_id)];
    let request = http
        .client()
        .post(endpoint)
        .form(&form)
        .build()
        .map_err(|e| Error::other(format!("Bad revocation URL {endpoint}.")).caused_by(e))?;
    let resp = http.send(request, setting).await?;
    if resp.status().is_success() { Ok(()) } else { Err(Error::other(format!("{endpoint} answered {} to the revocation.", resp.status()))) }
}

/// The browser (authorization code + PKCE) flow, given a bound loopback listener.
pub(crate) struct BrowserLogin {
    pub(crate) authorize_url: String,
    pub(crate) redirect_uri: String,
    client: BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>,
    verifier: oauth2::PkceCodeVerifier,
    state: CsrfToken,
}

impl BrowserLogin {
    pub(crate) fn new(d: &Discovery, port: u16) -> Result<BrowserLogin> {
        let redirect_uri = format!("http://127.0.0.1:{port}/callback");
        let client = BasicClient::new(ClientId::new(client_id()))
            .set_auth_uri(
                AuthUrl::new(d.authorization_endpoint.clone()).map_err(|e| Error::other("Bad authorization endpoint.").caused_by(e))?,
            )
            .set_token_uri(TokenUrl::new(d.token_endpoint.clone()).map_err(|e| Error::other("Bad token endpoint.").caused_by(e))?)
            .set_redirect_uri(RedirectUrl::new(redirect_uri.clone()).map_err(|e| Error::other("Bad redirect URI.").caused_by(e))?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut req = client.authorize_url(CsrfToken::new_random).add_extra_param("audience", audience()).set_pkce_challenge(challenge);
        for s in SCOPES {
            req = req.add_scope(Scope::new((*s).to_string()));
        }
        let (url, state) = req.url();
        Ok(BrowserLogin { authorize_url: url.to_string(), redirect_uri, client, verifier, state })
    }

    /// The `state` the callback must echo.
    pub(crate) fn state(&self) -> &str {
        self.state.secret()
    }

    pub(crate) async fn exchange(self, http: &Http, code: String, setting: &str) -> Result<Tokens> {
        let endpoint = self.client.token_uri().to_string();
        self.client
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(self.verifier)
            .request_async(&adapter(http, setting))
            .await
            .map(|t| to_tokens(&t))
            .map_err(|e| grant_error(e, "The code exchange", &endpoint))
    }
}

/// The device flow: `announce` is told the user code and the URL, then this polls until approval,
/// honouring `interval`, `slow_down` and `expires_in`.
pub(crate) async fn device_login(
    http: &Http,
    d: &Discovery,
    setting: &str,
    announce: impl Fn(&StandardDeviceAuthorizationResponse),
) -> Result<Tokens> {
    let Some(device_url) = d.device_authorization_endpoint.clone() else {
        return Err(Error::usage("This server does not offer device login (no device_authorization_endpoint in its discovery).")
            .with_hint("Use `seqera login` in a browser, or `seqera login --with-token`."));
    };
    let client = BasicClient::new(ClientId::new(client_id()))
        .set_token_uri(TokenUrl::new(d.token_endpoint.clone()).map_err(|e| Error::other("Bad token endpoint.").caused_by(e))?)
        .set_device_authorization_url(
            DeviceAuthorizationUrl::new(device_url.clone()).map_err(|e| Error::other("Bad device endpoint.").caused_by(e))?,
        );
    let mut req = client.exchange_device_code().add_extra_param("audience", audience());
    for s in SCOPES {
        req = req.add_scope(Scope::new((*s).to_string()));
    }
    let details: StandardDeviceAuthorizationResponse =
        req.request_async(&adapter(http, setting)).await.map_err(|e| grant_error(e, "Starting device login", &device_url))?;
    announce(&details);
    client
        .exchange_device_access_token(&details)
        .request_async(&adapter(http, setting), tokio::time::sleep, None)
        .await
        .map(|t| to_tokens(&t))
        .map_err(|e| grant_error(e, "Device login", &d.token_endpoint))
}
