//! Server-Sent Events framing as the Co-Scientist backend sends it: events split on a blank line, `id:` a
//! numeric cursor, `data:` one line of JSON (the last one wins), `:` comments and `data: [DONE]` ignored.

#[derive(Debug, Default)]
pub struct SseParser {
    buf: String,
}

#[derive(Debug, PartialEq)]
pub struct SseEvent {
    pub id: Option<u64>,
    pub data: String,
}

impl SseParser {
    /// Adds bytes from the stream and returns the events they complete.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        self.buf.push_str(&String::from_utf8_lossy(bytes));
        if self.buf.contains('\r') {
            self.buf = self.buf.replace("\r\n", "\n");
        }
        let mut out = Vec::new();
        while let Some(end) = self.buf.find("\n\n") {
            let block: String = self.buf.drain(..end + 2).collect();
            let mut event = SseEvent { id: None, data: String::new() };
            for line in block.lines() {
                if line.starts_with(':') {
                    continue;
                }
                let (field, value) = line.split_once(':').map(|(f, v)| (f, v.strip_prefix(' ').unwrap_or(v))).unwrap_or((line, ""));
                match field {
                    "id" => event.id = value.trim().parse().ok(),
                    "data" => event.data = value.to_string(),
                    _ => {}
                }
            }
            if !event.data.is_empty() && event.data != "[DONE]" {
                out.push(event);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_split_across_chunks() {
        let mut p = SseParser::default();
        assert!(p.feed(b"id: 0\ndata: {\"a\"").is_empty());
        let got = p.feed(b":1}\n\n: keep-alive\n\nid: 1\r\ndata: x\r\ndata: {\"b\":2}\r\n\r\ndata: [DONE]\n\n");
        assert_eq!(got, vec![SseEvent { id: Some(0), data: "{\"a\":1}".into() }, SseEvent { id: Some(1), data: "{\"b\":2}".into() }]);
    }
}
