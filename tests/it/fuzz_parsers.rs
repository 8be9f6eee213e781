//! Property tests ("fuzzing" on a fixed budget inside `cargo test`) of the parsers hostile input reaches:
//! the AI backend's SSE framing, config loading, and the login callback's query parsing. (The shell's
//! line splitter is fuzzed beside it, in src/shell/line.rs.) The property is no panic, plus what each
//! parser promises. Failing seeds are kept in proptest-regressions/fuzz_parsers.txt: commit them.
//! `PROPTEST_CASES=N` raises the budget for a longer run.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

use seqera::ai::sse::SseParser;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("proptest-regressions/fuzz_parsers.txt"))),
        ..ProptestConfig::default()
    }
}

/// Text built from the pieces a format's parser branches on, mixed with any characters.
fn made_of(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![4 => prop::sample::select(pieces).prop_map(str::to_string), 1 => any::<char>().prop_map(String::from)],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

const SSE_PIECES: &[&str] = &[
    "id: ",
    "id:",
    "data: ",
    "data:",
    ": keep-alive",
    "event: x",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "[DONE]",
    "{\"type\":\"x\"}",
    "7",
    "-1",
    "99999999999999999999999",
];

const TOML_PIECES: &[&str] = &[
    "[profiles.default]\n",
    "[profiles.a-b]\n",
    "[profiles]\n",
    "profiles = 1\n",
    "default_profile = ",
    "api_url = ",
    "workspace = ",
    "request_timeout = ",
    "\"https://h/api\"\n",
    "''\n",
    "'''",
    "1e300\n",
    "[1, 2]\n",
    "{ a = 1 }\n",
    "[[profiles.x]]\n",
    "=",
    "\"",
    "\n",
    "# note\n",
    "\u{0}",
    "é",
];

/// Splits `bytes` at the given fractions, for feeding a stream in pieces.
fn split_at_fractions(bytes: &[u8], cuts: &[f64]) -> Vec<Vec<u8>> {
    let mut at: Vec<usize> = cuts.iter().map(|f| (f * bytes.len() as f64) as usize).collect();
    at.sort_unstable();
    let mut pieces = Vec::new();
    let mut start = 0;
    for cut in at.into_iter().chain([bytes.len()]) {
        let cut = cut.clamp(start, bytes.len());
        pieces.push(bytes[start..cut].to_vec());
        start = cut;
    }
    pieces
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn sse_parser_never_panics_on_any_bytes(chunks in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..64), 0..16)) {
        let mut parser = SseParser::default();
        for chunk in &chunks {
            for event in parser.feed(chunk) {
                prop_assert!(!event.data.is_empty() && event.data != "[DONE]");
            }
        }
    }

    #[test]
    fn sse_events_do_not_depend_on_how_ascii_input_is_chunked(
        text in made_of(SSE_PIECES).prop_filter("ASCII", |t| t.is_ascii()),
        cuts in prop::collection::vec(0.0f64..1.0, 0..6),
    ) {
        let whole = SseParser::default().feed(text.as_bytes());
        let mut parser = SseParser::default();
        let pieces: Vec<_> = split_at_fractions(text.as_bytes(), &cuts).iter().flat_map(|p| parser.feed(p)).collect();
        prop_assert_eq!(whole, pieces);
    }

    #[test]
    fn config_loading_never_panics_and_errors_name_the_file(text in prop_oneof![made_of(TOML_PIECES), any::<String>()]) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, &text).unwrap();
        match seqera::config::file::ConfigFile::load(&path) {
            Ok(file) => {
                for name in file.profile_names() {
                    let _ = file.get(&name, seqera::config::Key::ApiUrl);
                }
                let _ = file.default_profile();
            }
            Err(e) => {
                prop_assert!(e.message.contains(&path.display().to_string()), "{}", e.message);
                prop_assert!(!e.message.contains('\n'), "one line: {}", e.message);
            }
        }
    }
}

const QUERY_PIECES: &[&str] = &[
    "code=",
    "state=",
    "error=",
    "error_description=",
    "&",
    "=",
    "%",
    "%2",
    "%ZZ",
    "%ff",
    "%00",
    "%E2%80%AE",
    "+",
    ";",
    "abc",
    "state=&state=x",
];

proptest! {
    #![proptest_config(config(48))]

    /// Whatever query reaches the callback, the server answers and the login never takes a code that
    /// came without the right `state`; the right request afterwards (if the server still waits) wins.
    #[test]
    fn callback_query_never_panics_and_never_accepts_a_code_without_the_state(
        query in made_of(QUERY_PIECES).prop_map(|q| q.chars().filter(|c| c.is_ascii_graphic() && *c != '#').collect::<String>())
    ) {
        prop_assume!(!query.contains("state=expected-state"));
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let result = rt.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            let waiting = tokio::spawn(seqera::auth::callback::wait_for_code(
                listener,
                "expected-state",
                std::time::Duration::from_secs(5),
                None,
            ));
            let first = raw_get(addr, &format!("/callback?{query}")).await;
            assert!(first.is_none_or(|status| (200..500).contains(&status)), "a status from the callback: {first:?}");
            let _ = raw_get(addr, "/callback?code=the-right-code&state=expected-state").await;
            waiting.await.expect("the callback task does not panic")
        });
        if let Ok(code) = result {
            prop_assert_eq!(code, "the-right-code");
        }
    }
}

/// One GET over a fresh connection; the status, or `None` when the server closed without answering.
async fn raw_get(addr: std::net::SocketAddr, path: &str) -> Option<u16> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).split_whitespace().nth(1).and_then(|s| s.parse().ok())
}
