//! The sandbox under hostile requests: foreign Host headers (DNS rebinding), bad redirect URIs and
//! wrongly typed bodies get 400 with a reason and never take the server down; authorize asks first.

use std::io::{Read, Write};
use std::process::Command;

use crate::harness::spawn_sandbox;

/// A `seqera sandbox serve` of this test's own (no state file), killed on drop.
struct Sandbox {
    child: std::process::Child,
    addr: String,
    home: std::path::PathBuf,
}

impl Sandbox {
    fn start(env: &[(&str, &str)]) -> Sandbox {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_seqera"));
        cmd.args(["sandbox", "serve", "--port", "0"]).env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
        let home = std::env::temp_dir().join(format!("seqera-hardening-sandbox-{}-{}", std::process::id(), fastrand::u64(..)));
        cmd.env("HOME", &home).env("XDG_STATE_HOME", home.join("state"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let (child, url) = spawn_sandbox(cmd);
        Sandbox { child, addr: url.trim_start_matches("http://").to_string(), home }
    }

    /// Sends one raw HTTP/1.1 request and returns the status code and the whole answer.
    fn raw(&self, method: &str, path: &str, host: &str, extra: &str, body: &str) -> (u16, String) {
        let mut stream = std::net::TcpStream::connect(&self.addr).unwrap();
        let request =
            format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        let status = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        (status, answer)
    }

    fn get(&self, path: &str) -> (u16, String) {
        self.raw("GET", path, &self.addr.clone(), "", "")
    }

    fn json(&self, method: &str, path: &str, body: &str) -> (u16, String) {
        let auth = format!("Authorization: Bearer {}\r\nContent-Type: application/json\r\n", seqera::sandbox::DEMO_TOKEN);
        self.raw(method, path, &self.addr.clone(), &auth, body)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

const AUTHORIZE: &str =
    "/oidc/authorize?response_type=code&client_id=seqera_ai_cli&code_challenge_method=S256&code_challenge=abc&state=xyz";

#[test]
fn sandbox_answers_400_to_a_host_header_that_is_not_loopback() {
    let sb = Sandbox::start(&[]);
    for host in ["evil.example", "evil.example:80", "127.0.0.1.nip.io", "localhost.evil.example:1234"] {
        let (status, answer) = sb.raw("GET", "/service-info", host, "", "");
        assert_eq!(status, 400, "{host}: {answer}");
        assert!(answer.contains("only requests addressed to a loopback host"), "{answer}");
    }
    let port = sb.addr.rsplit(':').next().unwrap().to_string();
    for host in [sb.addr.clone(), format!("localhost:{port}"), format!("[::1]:{port}"), "127.0.0.1".into()] {
        let (status, answer) = sb.raw("GET", "/service-info", &host, "", "");
        assert_eq!(status, 200, "{host}: {answer}");
    }
}

#[test]
fn sandbox_answers_400_to_bad_redirect_uris_and_non_object_keys_and_keeps_serving() {
    let sb = Sandbox::start(&[]);
    for redirect in
        ["http://127.0.0.1:x/", "http://127.0.0.1:/cb", "http://127.0.0.1/cb", "https://127.0.0.1:1/cb", "http://evil.example:1/", "::"]
    {
        let (status, answer) = sb.get(&format!("{AUTHORIZE}&redirect_uri={}", redirect.replace(':', "%3A").replace('/', "%2F")));
        assert_eq!(status, 400, "{redirect}: {answer}");
        assert!(answer.contains("redirect_uri"), "{answer}");
    }
    for keys in ["[]", "\"text\"", "5"] {
        let body = format!(r#"{{"credentials":{{"name":"k{}","provider":"aws","keys":{keys}}}}}"#, keys.len());
        let (status, answer) = sb.json("POST", "/credentials", &body);
        assert_eq!(status, 400, "{keys}: {answer}");
        assert!(answer.contains("keys must be an object"), "{answer}");
    }
    let (status, answer) = sb.json("POST", "/credentials", r#"{"credentials":{"name":"typed","provider":"aws","keys":{"accessKey":"A"}}}"#);
    assert_eq!(status, 200, "{answer}");
    let id = answer.split("\"credentialsId\":\"").nth(1).and_then(|r| r.split('"').next()).unwrap().to_string();
    let (status, answer) = sb.json("PUT", &format!("/credentials/{id}"), r#"{"credentials":{"keys":["not","a","map"]}}"#);
    assert_eq!(status, 400, "{answer}");
    let (status, answer) = sb.json("PUT", &format!("/credentials/{id}"), r#"{"credentials":{"keys":{"secretKey":"S"}}}"#);
    assert_eq!(status, 204, "{answer}");
    let (status, answer) = sb.json("GET", "/credentials", "");
    assert_eq!(status, 200, "still serving: {answer}");
    assert!(answer.contains("typed"), "{answer}");
}

#[test]
fn authorize_shows_a_consent_form_and_approves_only_when_it_is_posted() {
    let sb = Sandbox::start(&[]);
    let url = format!("{AUTHORIZE}&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback");
    let (status, page) = sb.get(&url);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("<form method=\"post\">") && page.contains("value=\"approve\"") && page.contains("seqera_ai_cli"), "{page}");
    assert!(!page.contains("Location:") && !page.contains("code="), "nothing approved yet: {page}");
    let form = "Content-Type: application/x-www-form-urlencoded\r\n";
    let (status, answer) = sb.raw("POST", &url, &sb.addr.clone(), form, "decision=approve");
    assert!((300..400).contains(&status), "{answer}");
    assert!(answer.contains("location: http://127.0.0.1:9/callback?code=sbx_code_") && answer.contains("&state=xyz"), "{answer}");
    let (status, answer) = sb.raw("POST", &url, &sb.addr.clone(), form, "decision=deny");
    assert!((300..400).contains(&status) && answer.contains("error=access_denied") && !answer.contains("code="), "{answer}");
    let (status, answer) = sb.raw("POST", &url, &sb.addr.clone(), form, "decision=maybe");
    assert_eq!(status, 400, "{answer}");

    let auto = Sandbox::start(&[("SEQERA_SANDBOX_AUTO_APPROVE", "1")]);
    let (status, answer) = auto.get(&url);
    assert!((300..400).contains(&status) && answer.contains("?code=sbx_code_"), "the test knob approves at once: {answer}");
}
