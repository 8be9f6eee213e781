//! The one HTTP client every request goes through: rustls on the ring provider (it builds much faster here
//! than aws-lc-rs), connect and request timeouts, `User-Agent: seqera/<version>`, keep-alive. [`Http::send`]
//! retries with jittered backoff for idempotent requests on connect errors, 429 (honouring `Retry-After`),
//! 502, 503 and 504: at most 3 attempts, and never for a POST, which may create something. The one
//! exception is the AI backend's client (`ai::AiClient::call`), which uses this client's pool but its own
//! retry loop: its protocol retries every call, POSTs included, on network errors and 5xx.
//!
//! Transport failures become `ErrorKind::Network` errors that name the URL and the setting to check.
//! Bodies are read through [`read_capped`], which stops at a stated size instead of holding whatever a
//! server sends.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use reqwest::{Method, Request, Response, StatusCode};

use crate::error::{Error, ErrorKind, Result};

pub(crate) const USER_AGENT: &str = concat!("seqera/", env!("CARGO_PKG_VERSION"));
pub(crate) const MAX_ATTEMPTS: u32 = 3;
const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);
/// The largest response body read into memory: far above any real Platform answer, far below a machine's memory.
pub(crate) const MAX_BODY_BYTES: usize = 64 << 20;

static DEBUG: AtomicBool = AtomicBool::new(false);
static DEBUG_LOG: std::sync::OnceLock<fn(&str)> = std::sync::OnceLock::new();

/// Turns on `--debug` request logging: each line goes to `log` (the front end writes it to stderr).
/// Header values and bodies are never logged.
pub(crate) fn set_debug(log: fn(&str)) {
    let _ = DEBUG_LOG.set(log);
    DEBUG.store(true, Ordering::Relaxed);
}

pub(crate) fn debug_enabled() -> bool {
    DEBUG.load(Ordering::Relaxed)
}

/// Hands a debug line to the front end's log when `--debug` is on.
pub(crate) fn debug(line: impl FnOnce() -> String) {
    if debug_enabled()
        && let Some(log) = DEBUG_LOG.get()
    {
        log(&format!("[debug] {}", line()));
    }
}

#[derive(Clone, Debug)]
pub struct Http {
    client: reqwest::Client,
    pub(crate) request_timeout: Duration,
}

impl Http {
    pub fn new(connect_timeout: Duration, request_timeout: Duration) -> Result<Http> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(connect_timeout)
            .timeout(request_timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .redirect(redirect_policy())
            .build()
            .map_err(|e| Error::other("Cannot set up the HTTP client.").caused_by(e))?;
        Ok(Http { client, request_timeout })
    }

    pub(crate) fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// A response's body, at most [`MAX_BODY_BYTES`]; see [`read_capped`].
    pub(crate) async fn read_body(&self, resp: Response, setting: &str) -> Result<bytes::Bytes> {
        read_capped(resp, MAX_BODY_BYTES, setting, self.request_timeout).await
    }

    /// Sends a request, retrying idempotent ones on transient failures. `setting` names where the URL came
    /// from (e.g. `api_url (from env TOWER_API_ENDPOINT)`) for the error message.
    pub(crate) async fn send(&self, request: Request, setting: &str) -> Result<Response> {
        let retryable = is_idempotent(request.method());
        let method = request.method().clone();
        let url = request.url().clone();
        let mut pending = Some(request);
        let mut attempt = 1;
        loop {
            let this = if retryable && attempt < MAX_ATTEMPTS {
                match pending.as_ref().and_then(Request::try_clone) {
                    Some(copy) => copy,
                    None => pending.take().expect("a request is pending until it is sent"),
                }
            } else {
                pending.take().expect("a request is pending until it is sent")
            };
            let started = Instant::now();
            let result = self.client.execute(this).await;
            let elapsed = started.elapsed().as_millis();
            let can_retry = retryable && attempt < MAX_ATTEMPTS && pending.is_some();
            match result {
                Ok(resp) => {
                    debug(|| format!("{method} {} -> {} ({elapsed} ms, attempt {attempt})", redact_url(&url), resp.status().as_u16()));
                    if can_retry && is_retryable_status(resp.status()) {
                        let wait = retry_after(&resp).unwrap_or_else(|| backoff(attempt));
                        debug(|| format!("retrying in {} ms", wait.as_millis()));
                        tokio::time::sleep(wait).await;
                    } else {
                        return Ok(resp);
                    }
                }
                Err(e) => {
                    debug(|| format!("{method} {} -> error after {elapsed} ms (attempt {attempt}): {}", redact_url(&url), chain(&e)));
                    if can_retry && e.is_connect() {
                        tokio::time::sleep(backoff(attempt)).await;
                    } else {
                        return Err(transport_error(&e, url.as_str(), setting, self.request_timeout));
                    }
                }
            }
            attempt += 1;
        }
    }
}

/// Reads a response body as it streams in and stops once it passes `cap` bytes (a declared
/// `Content-Length` over the cap is refused before reading), with an error naming the URL and the cap.
/// `setting` and `timeout` word a transport failure as [`Http::send`] does.
pub(crate) async fn read_capped(mut resp: Response, cap: usize, setting: &str, timeout: Duration) -> Result<bytes::Bytes> {
    let url = resp.url().to_string();
    let too_large = || {
        Error::other(format!("The answer from {url} is larger than the {} limit; it was not read.", size_text(cap)))
            .with_hint(format!("Check that {setting} points at the right service; a real answer is far smaller."))
    };
    if resp.content_length().is_some_and(|n| n > cap as u64) {
        return Err(too_large());
    }
    // The declared size (within the cap) is reserved at once: growing by doubling would copy a large
    // answer several times and hold up to twice its size. Pages are only touched as bytes arrive.
    let mut body = bytes::BytesMut::with_capacity(resp.content_length().map_or(0, |n| n as usize).min(cap));
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > cap {
                    return Err(too_large());
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body.freeze()),
            Err(e) => return Err(transport_error(&e, &url, setting, timeout)),
        }
    }
}

/// A byte count as people say it: `64 MiB`, `512 KiB`, `100 bytes`.
use crate::units::size_text;

/// A path segment or query value, percent-encoded: everything but RFC 3986's unreserved characters,
/// `/` included, so an ID or a directory is always one value.
pub fn encode_component(value: &str) -> String {
    value
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// The first non-blank line of a body, trimmed, bounded and made visible: what a proxy's HTML error page
/// or an unexpected answer is reduced to in an error message.
pub fn first_line(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("(empty body)");
    let line: String = line.chars().take(200).collect();
    crate::sanitize::visible_line(&line).into_owned()
}

fn is_idempotent(m: &Method) -> bool {
    matches!(*m, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS)
}

fn is_retryable_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 429 | 502 | 503 | 504)
}

/// 150 ms, 300 ms, ... doubled per attempt, with up to 50% random jitter either way.
fn backoff(attempt: u32) -> Duration {
    let base = 150u64 << (attempt - 1).min(6);
    Duration::from_millis(base / 2 + fastrand::u64(0..=base))
}

fn retry_after(resp: &Response) -> Option<Duration> {
    if resp.status() != StatusCode::TOO_MANY_REQUESTS {
        return None;
    }
    let secs: u64 = resp.headers().get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim().parse().ok()?;
    Some(Duration::from_secs(secs).min(MAX_RETRY_AFTER))
}

/// URLs are logged with the value of any query parameter whose name suggests a secret replaced.
fn redact_url(url: &reqwest::Url) -> String {
    let mut u = url.clone();
    if u.query().is_none() {
        return u.to_string();
    }
    let secretish = |k: &str| {
        let k = k.to_ascii_lowercase();
        ["token", "secret", "password", "key", "code", "verifier", "assertion"].iter().any(|s| k.contains(s))
    };
    let pairs: Vec<(String, String)> =
        url.query_pairs().map(|(k, v)| (k.to_string(), if secretish(&k) { "REDACTED".to_string() } else { v.to_string() })).collect();
    u.query_pairs_mut().clear().extend_pairs(pairs);
    u.to_string()
}

/// The error and its causes on one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(c) = cur {
        let s = c.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
        cur = c.source();
    }
    parts.join(": ")
}

/// Redirects are followed only within one origin (scheme, host and port), at most 5 times: a server that
/// sends a request elsewhere (another host, or from https to http) gets an error naming the target, not a
/// request without its token whose 401 would blame the token.
fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let next = attempt.url().clone();
        let same_origin = attempt.previous().last().is_some_and(|prev| prev.origin() == next.origin());
        if attempt.previous().len() > 5 {
            attempt.error(format!("too many redirects, the last to {}", redact_url(&next)))
        } else if same_origin {
            attempt.follow()
        } else {
            attempt.error(format!("a redirect to another origin, {}", redact_url(&next)))
        }
    })
}

/// Classifies a transport failure and says which setting to check.
pub(crate) fn transport_error(e: &reqwest::Error, url: &str, setting: &str, timeout: Duration) -> Error {
    let detail = chain(e);
    let lower = detail.to_ascii_lowercase();
    let (message, hint) = if e.is_timeout() {
        (
            format!("Timed out after {}s waiting for {url}.", timeout.as_secs_f64()),
            format!(
                "Check that {setting} is right and the service is up; raise request_timeout (SEQERA_REQUEST_TIMEOUT) for a slow server."
            ),
        )
    } else if lower.contains("dns error") || lower.contains("failed to lookup address") || lower.contains("name or service not known") {
        (format!("Cannot resolve the host name in {url}."), format!("Check {setting} for a typo, and your network or DNS."))
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") || lower.contains("invalidcontenttype")
    {
        (
            format!("TLS failed with {url}."),
            format!("Check the scheme and host in {setting}; behind a private CA, point SSL_CERT_FILE at its certificate bundle."),
        )
    } else if e.is_redirect() {
        (
            format!("{url} answered with a redirect that was not followed (it leads to another host or scheme, or loops)."),
            format!("Check {setting}: use the URL the service really answers at (the redirect's target is below)."),
        )
    } else if e.is_connect() {
        let why = if lower.contains("refused") { "connection refused" } else { "cannot connect" };
        (format!("Cannot reach {url}: {why}."), format!("Check that {setting} is right and that the service is running."))
    } else {
        (format!("The request to {url} failed."), format!("Check {setting} and your network."))
    };
    // A redirect refused is a wrong answer, not an unreachable service.
    let kind = if e.is_redirect() { ErrorKind::Other } else { ErrorKind::Network };
    Error::new(kind, message).caused_by(detail).with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_bounded() {
        for _ in 0..100 {
            let first = backoff(1).as_millis();
            let second = backoff(2).as_millis();
            assert!((75..=225).contains(&first), "{first}");
            assert!((150..=450).contains(&second), "{second}");
        }
    }

    #[test]
    fn debug_urls_hide_secret_looking_parameters() {
        let url = reqwest::Url::parse("http://h/x?workspaceId=5&access_token=abc&code=xyz").unwrap();
        assert_eq!(redact_url(&url), "http://h/x?workspaceId=5&access_token=REDACTED&code=REDACTED");
    }

    #[test]
    fn sizes_are_named_in_binary_units() {
        assert_eq!(size_text(MAX_BODY_BYTES), "64 MiB");
        assert_eq!(size_text(1 << 20), "1 MiB");
        assert_eq!(size_text(1536), "1536 bytes");
    }

    #[test]
    fn components_are_encoded_whole_slashes_included() {
        assert_eq!(encode_component("a/b c~d-e_f.g"), "a%2Fb%20c~d-e_f.g");
        assert_eq!(encode_component("é"), "%C3%A9");
    }

    #[test]
    fn only_idempotent_methods_are_retried() {
        assert!(is_idempotent(&Method::GET) && is_idempotent(&Method::PUT) && is_idempotent(&Method::DELETE));
        assert!(!is_idempotent(&Method::POST) && !is_idempotent(&Method::PATCH));
    }
}
