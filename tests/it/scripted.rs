//! A scripted HTTP server on 127.0.0.1 whose answers are a closure over the request (method, path, form
//! body, Authorization header): token endpoints that answer oddly or slowly, discovery documents
//! that lie, APIs that record which token reached them. [`serve_replies`] answers with any status, headers
//! and body shape: redirects, HTML pages, bodies past the size cap, bodies that trickle or never end.

use std::io::{BufRead, BufReader, Read, Write};
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub body: String,
    pub authorization: Option<String>,
}

pub struct Answer {
    pub status: &'static str,
    pub body: String,
    /// Wait this long before answering (to widen a race).
    pub delay_ms: u64,
}

pub fn json(body: serde_json::Value) -> Answer {
    Answer { status: "200 OK", body: body.to_string(), delay_ms: 0 }
}

pub fn status(status: &'static str, body: &str) -> Answer {
    Answer { status, body: body.to_string(), delay_ms: 0 }
}

pub struct Server {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    pub fn requests(&self) -> Vec<Request> {
        self.seen.lock().unwrap().clone()
    }
}

/// Starts the server; `answer` gets the server's own URL and the request.
pub fn serve(answer: impl Fn(&str, &Request) -> Answer + Send + Sync + 'static) -> Server {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (log, base, answer) = (seen.clone(), url.clone(), Arc::new(answer));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let (log, base, answer) = (log.clone(), base.clone(), answer.clone());
            std::thread::spawn(move || handle(stream, &base, &log, &*answer));
        }
    });
    Server { url, seen }
}

fn handle(mut stream: std::net::TcpStream, base: &str, log: &Mutex<Vec<Request>>, answer: &dyn Fn(&str, &Request) -> Answer) {
    let Some(request) = read_request(&stream, log) else { return };
    let a = answer(base, &request);
    std::thread::sleep(std::time::Duration::from_millis(a.delay_ms));
    let resp = format!(
        "HTTP/1.1 {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        a.status,
        a.body.len(),
        a.body
    );
    let _ = stream.write_all(resp.as_bytes());
}

/// Reads one request (line, headers, a `Content-Length` body) and logs it.
fn read_request(stream: &std::net::TcpStream, log: &Mutex<Vec<Request>>) -> Option<Request> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("/").to_string();
    let path = target.split('?').next().unwrap_or("/").to_string();
    let (mut length, mut authorization) = (0usize, None);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
            break;
        }
        let (name, value) = header.split_once(':').unwrap_or((&header, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().unwrap_or(0),
            "authorization" => authorization = Some(value.trim().to_string()),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let request = Request { method, path, body: String::from_utf8_lossy(&body).into_owned(), authorization };
    log.lock().unwrap_or_else(|p| p.into_inner()).push(request.clone());
    Some(request)
}

/// Any answer a hostile or broken server might give: a status line, headers, and a body of some shape.
pub struct Reply {
    pub status: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
}

pub enum Body {
    /// Sent whole, with its `Content-Length`.
    Bytes(Vec<u8>),
    /// `len` bytes of spaces in 64 KiB pieces, the length declared only when `declare` is set (memory stays low).
    Huge { len: usize, declare: bool },
    /// Declares `declared` bytes, then sends one every `every_ms` (a body slower than any timeout).
    Trickle { declared: usize, every_ms: u64 },
    /// Sent without a length, then the connection stays open until the client leaves (a stream that never ends).
    Open(Vec<u8>),
    /// Sent without a length, then the connection is closed (a stream cut short).
    Closed(Vec<u8>),
}

impl Reply {
    pub fn new(status: &'static str, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply { status, headers: vec![("Content-Type", content_type.to_string())], body: Body::Bytes(body.into()) }
    }

    pub fn json(status: &'static str, body: &str) -> Reply {
        Reply::new(status, "application/json", body)
    }

    pub fn redirect(status: &'static str, location: &str) -> Reply {
        Reply { status, headers: vec![("Location", location.to_string())], body: Body::Bytes(Vec::new()) }
    }

    pub fn body(status: &'static str, content_type: &str, body: Body) -> Reply {
        Reply { status, headers: vec![("Content-Type", content_type.to_string())], body }
    }
}

/// Starts a server whose answers are [`Reply`]s; `answer` gets the server's own URL and the request.
pub fn serve_replies(answer: impl Fn(&str, &Request) -> Reply + Send + Sync + 'static) -> Server {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (log, base, answer) = (seen.clone(), url.clone(), Arc::new(answer));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let (log, base, answer) = (log.clone(), base.clone(), answer.clone());
            std::thread::spawn(move || {
                if let Some(request) = read_request(&stream, &log) {
                    write_reply(stream, answer(&base, &request));
                }
            });
        }
    });
    Server { url, seen }
}

fn write_reply(mut stream: std::net::TcpStream, reply: Reply) {
    let mut head = format!("HTTP/1.1 {}\r\n", reply.status);
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    let length = match &reply.body {
        Body::Bytes(b) => Some(b.len()),
        Body::Huge { len, declare: true } => Some(*len),
        Body::Trickle { declared, .. } => Some(*declared),
        _ => None,
    };
    if let Some(n) = length {
        head.push_str(&format!("Content-Length: {n}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    if stream.write_all(head.as_bytes()).is_err() {
        return;
    }
    match reply.body {
        Body::Bytes(b) | Body::Closed(b) => {
            let _ = stream.write_all(&b);
        }
        Body::Huge { len, .. } => {
            let piece = vec![b' '; 64 << 10];
            let mut sent = 0;
            while sent < len {
                let n = piece.len().min(len - sent);
                if stream.write_all(&piece[..n]).is_err() {
                    return;
                }
                sent += n;
            }
        }
        Body::Trickle { declared, every_ms } => {
            for _ in 0..declared {
                if stream.write_all(b" ").and_then(|_| stream.flush()).is_err() {
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(every_ms));
            }
        }
        Body::Open(b) => {
            if stream.write_all(&b).and_then(|_| stream.flush()).is_err() {
                return;
            }
            // Wait for the client to hang up (at most a minute, so a test never leaves a thread behind for long).
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(60)));
            let mut sink = [0u8; 256];
            while matches!(stream.read(&mut sink), Ok(n) if n > 0) {}
        }
    }
}
