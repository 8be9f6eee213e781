//! Server-Sent Events framing as the Co-Scientist backend sends it: events split on a blank line, `id:` a
//! numeric cursor, `data:` one line of JSON (the last one wins), `:` comments and `data: [DONE]` ignored.

#[derive(Debug, Default)]
pub struct SseParser {
    buf: String,
    /// The start of a UTF-8 character whose other bytes are in the next chunk.
    partial: Vec<u8>,
}

#[derive(Debug, PartialEq)]
pub struct SseEvent {
    pub id: Option<u64>,
    pub data: String,
}

impl SseParser {
    /// Adds bytes from the stream and returns the events they complete.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        self.partial.extend_from_slice(bytes);
        // Keep an incomplete character at the end for the next chunk; anything else invalid is replaced.
        let complete = match std::str::from_utf8(&self.partial) {
            Ok(_) => self.partial.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => self.partial.len(),
        };
        let rest = self.partial.split_off(complete);
        self.buf.push_str(&String::from_utf8_lossy(&self.partial));
        self.partial = rest;
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
    fn a_character_split_across_chunks_arrives_whole() {
        let mut p = SseParser::default();
        let frame = "data: {\"t\":\"caf\u{e9}\"}\n\n".as_bytes();
        let cut = frame.iter().position(|b| *b == 0xc3).unwrap() + 1;
        assert!(p.feed(&frame[..cut]).is_empty());
        assert_eq!(p.feed(&frame[cut..])[0].data, "{\"t\":\"caf\u{e9}\"}");
    }

    #[test]
    fn frames_split_across_chunks() {
        let mut p = SseParser::default();
        assert!(p.feed(b"id: 0\ndata: {\"a\"").is_empty());
        let got = p.feed(b":1}\n\n: keep-alive\n\nid: 1\r\ndata: x\r\ndata: {\"b\":2}\r\n\r\ndata: [DONE]\n\n");
        assert_eq!(got, vec![SseEvent { id: Some(0), data: "{\"a\":1}".into() }, SseEvent { id: Some(1), data: "{\"b\":2}".into() }]);
    }
}
