//! Hostile answers from servers and oversized input: control characters never reach the terminal (JSON
//! keeps its own escaping), huge bodies and secrets are refused at a stated size.

use std::io::{BufRead, BufReader, Write};

use crate::harness::{TestEnv, scripted_server};

const HOSTILE: &str = "hi\x1b]0;pwned\x07\x1b[2Jthere\u{9b}31m";

fn no_control_characters(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() && c != '\n' && c != '\t')
}

/// A server that answers every request with `200 OK` and `total` bytes of JSON-ish filler, streamed in
/// 64 KiB pieces, declaring the length only when `declare` is set.
fn huge_body_server(total: usize, declare: bool) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).unwrap_or(0) > 0 && line != "\r\n" {
                    line.clear();
                }
                let length = if declare { format!("Content-Length: {total}\r\n") } else { String::new() };
                let head = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{length}Connection: close\r\n\r\n");
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                let piece = vec![b' '; 64 << 10];
                let mut sent = 0;
                while sent < total {
                    let n = piece.len().min(total - sent);
                    if stream.write_all(&piece[..n]).is_err() {
                        return;
                    }
                    sent += n;
                }
            });
        }
    });
    url
}

#[test]
fn control_characters_in_a_credential_description_are_escaped_in_get_list_and_scripts() {
    let env = TestEnv::new();
    let name = format!("esc-{}", std::process::id());
    let run = env.run_with_env(
        "SECRET_VALUE",
        "sek",
        &["credentials", "add", "aws", "--name", &name, "--access-key", "AK", "--secret-key-env", "SECRET_VALUE", "--description", HOSTILE],
    );
    assert_eq!(run.code, 0, "{run:?}");
    for args in [
        vec!["credentials", "get", &name],
        vec!["credentials", "get", &name, "-o", "table"],
        vec!["credentials", "get", &name, "-o", "csv"],
        vec!["credentials", "list"],
        vec!["credentials", "list", "-o", "table"],
        vec!["credentials", "list", "-o", "csv"],
    ] {
        let run = env.run(&args);
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
        assert!(no_control_characters(&run.all()), "{args:?}: {run:?}");
        if args[1] == "get" {
            assert!(run.stdout.contains(r"hi\e]0;pwned\x07\e[2Jthere\x9b31m"), "{args:?}: {run:?}");
        }
    }
    let run = env.run(&["credentials", "get", &name, "-o", "json"]);
    assert!(run.json()["description"].as_str() == Some(HOSTILE), "JSON output is untouched: {run:?}");
    let script = format!(r#"let c = credentials_get("{name}"); print(c.description); c.description"#);
    let run = env.run(&["run", "-e", &script]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(no_control_characters(&run.all()) && run.stdout.matches(r"\e]0;pwned").count() == 2, "{run:?}");
    env.run(&["credentials", "delete", &name, "--yes"]);
}

#[test]
fn control_characters_in_an_error_body_are_escaped_in_the_error_message() {
    let (url, _) = scripted_server(|_, _| {
        ("500 Internal Server Error", "application/json", format!(r#"{{"message":"{}"}}"#, "boom\\u001b]0;pwned\\u0007\\u001b[2J"))
    });
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["org", "list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(no_control_characters(&run.stderr) && run.stderr.contains(r"boom\e]0;pwned\x07\e[2J"), "{run:?}");
    let (url, _) = scripted_server(|_, _| ("502 Bad Gateway", "text/html", "<h1>\x1b[2J\x1b]0;pwned\x07gone</h1>".into()));
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["run", "-e", "org_list()"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(no_control_characters(&run.stderr) && run.stderr.contains(r"<h1>\e[2J\e]0;pwned\x07gone</h1>"), "{run:?}");
}

#[test]
fn a_response_body_past_64_mib_is_refused_with_the_url_and_the_cap() {
    for declare in [false, true] {
        let url = huge_body_server(70 << 20, declare);
        let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["org", "list"]);
        assert_eq!(run.code, 1, "declare={declare}: {run:?}");
        assert!(run.stderr.contains(&format!("The answer from {url}/")) && run.stderr.contains("larger than the 64 MiB limit"), "{run:?}");
        assert_eq!(run.stderr.lines().filter(|l| l.starts_with("Error:")).count(), 1, "{run:?}");
    }
}

#[test]
fn a_secret_past_1_mib_on_stdin_or_in_a_file_is_refused_as_too_large() {
    let env = TestEnv::new();
    let big = "a".repeat(14 << 20);
    let name = format!("big-{}", std::process::id());
    let run = env.run_with_stdin(&["credentials", "add", "aws", "--name", &name, "--access-key", "AK", "--secret-key-stdin"], &big);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("The secret from stdin for --secret-key-stdin is too large: more than 1 MiB."), "{run:?}");
    assert!(!run.all().contains("aaaaaaaa"), "{run:?}");
    let file = env.dir.path().join("big-secret");
    std::fs::write(&file, &big[..(1 << 20) + 1]).unwrap();
    let path = file.display().to_string();
    let run = env.run(&["credentials", "add", "aws", "--name", &name, "--access-key", "AK", "--secret-key-file", &path]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains(&format!("The secret from {path} for --secret-key-file is too large")), "{run:?}");
    let run = env.run(&["credentials", "get", &name]);
    assert_eq!(run.code, 5, "nothing was created: {run:?}");
}

#[test]
fn a_script_secret_past_1_mib_on_stdin_is_refused_as_too_large() {
    let env = TestEnv::new();
    let run = env.run_with_stdin(&["run", "-e", r#"read_secret("key").len()"#], &"a".repeat(3 << 20));
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("The secret on stdin is too large: more than 1 MiB."), "{run:?}");
    assert!(!run.all().contains("aaaaaaaa"), "{run:?}");
    let run = env.run_with_stdin(&["run", "-e", r#"read_secret("key").len()"#], "abc\n");
    assert_eq!((run.code, run.stdout.trim()), (0, "3"), "{run:?}");
}

#[test]
fn truncated_or_wrongly_typed_json_is_a_one_line_error_not_a_panic() {
    let (url, _) = scripted_server(|_, _| ("200 OK", "application/json", r#"{"user":{"id":1,"userName":"demo""#.into()));
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["org", "list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with("Error: Unexpected answer from") && run.stderr.contains("Hint:"), "{run:?}");
    let (url, _) = scripted_server(|_, _| ("200 OK", "application/json", r#"{"user":{"id":"one","userName":7}}"#.into()));
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).run(&["org", "list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with("Error: Unexpected answer from"), "{run:?}");
    assert!(![101, 134].contains(&run.code) && !run.stderr.contains("panicked"), "{run:?}");
}

#[test]
fn a_body_that_trickles_in_past_the_request_timeout_fails_as_a_timeout() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).unwrap_or(0) > 0 && line != "\r\n" {
                    line.clear();
                }
                let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
                for _ in 0..60 {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                    if stream.write_all(b" ").is_err() {
                        return;
                    }
                }
            });
        }
    });
    let run = TestEnv::new().env("SEQERA_PLATFORM_API_URL", &url).env("SEQERA_REQUEST_TIMEOUT", "1").run(&["org", "list"]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("Timed out after 1s waiting for") && run.stderr.contains("request_timeout"), "{run:?}");
    assert!(run.elapsed < std::time::Duration::from_secs(5), "{run:?}");
}
