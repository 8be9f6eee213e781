//! A scripted HTTP server on 127.0.0.1 whose answers are a closure over the request (method, path, form
//! body, Authorization header): token endpoints that answer oddly or slowly, discovery documents
//! that lie, APIs that record which token reached them.

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
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
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
    log.lock().unwrap().push(request.clone());
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
