//! The hand-written baseline `scripts/bench-scale` holds seqera to: the fewest layers that can make the
//! same requests (tokio, one reqwest client, `concurrency` tasks over its keep-alive pool) and read the
//! same answers (each parsed into typed rows, INVALID ones counted). Build it with
//! `cargo build --release --example scale_client`.
//!
//! Usage: `scale_client URL TOKEN CONCURRENCY < paths` (one request path per line, e.g.
//! `/credentials?workspaceId=10001`). Prints `rows=N invalid=N elapsed_ms=F`; the time covers the requests
//! only, the process start is left to the caller's clock.

use std::io::BufRead;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

#[derive(serde::Deserialize)]
struct List<'a> {
    #[serde(borrow)]
    credentials: Vec<Row<'a>>,
}

#[derive(serde::Deserialize)]
struct Row<'a> {
    #[serde(borrow)]
    status: &'a str,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, url, token, concurrency] = args.as_slice() else {
        eprintln!("usage: scale_client URL TOKEN CONCURRENCY < paths");
        std::process::exit(2);
    };
    let concurrency: usize = concurrency.parse().expect("CONCURRENCY is a number");
    let paths: Arc<Vec<String>> =
        Arc::new(std::io::stdin().lock().lines().map_while(Result::ok).filter(|l| !l.trim().is_empty()).collect());
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("a runtime");
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder().build().expect("a client");
    let started = Instant::now();
    let next = Arc::new(AtomicUsize::new(0));
    let (rows, invalid) = runtime.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..concurrency {
            let (client, paths, next, url, token) = (client.clone(), paths.clone(), next.clone(), url.clone(), token.clone());
            tasks.push(tokio::spawn(async move {
                let (mut rows, mut invalid) = (0usize, 0usize);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = paths.get(i) else { break };
                    let resp = client.get(format!("{url}{path}")).bearer_auth(&token).send().await.expect("a response");
                    assert!(resp.status().is_success(), "{path}: {}", resp.status());
                    let body = resp.bytes().await.expect("a body");
                    let list: List = serde_json::from_slice(&body).expect("a credentials list");
                    rows += list.credentials.len();
                    invalid += list.credentials.iter().filter(|r| r.status == "INVALID").count();
                }
                (rows, invalid)
            }));
        }
        let mut total = (0, 0);
        for t in tasks {
            let (r, i) = t.await.expect("a task");
            total = (total.0 + r, total.1 + i);
        }
        total
    });
    println!("rows={rows} invalid={invalid} elapsed_ms={:.2}", started.elapsed().as_secs_f64() * 1000.0);
}
