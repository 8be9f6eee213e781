//! Server-Sent Events framing as the Co-Scientist backend sends it: events split on a blank line, `id:` a
//! numeric cursor, `data:` one line of JSON (the last one wins), `:` comments and `data: [DONE]` ignored.

#[derive(Debug, Default)]
pub struct SseParser {
    buf: String,
    /// The start of a UTF-8 character whose other bytes are in the next chunk.
    partial: Vec<u8>,
    /// Where in `buf` to look for the next blank line: the bytes before it were searched already, so a
    /// huge event arriving in many chunks costs linear time, not quadratic.
    scan_from: usize,
}

#[derive(Debug, PartialEq)]
pub struct SseEvent {
    pub(crate) id: Option<u64>,
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
        let mut text = String::from_utf8_lossy(&self.partial).into_owned();
        self.partial = rest;
        // A CRLF split across chunks: the CR ends the buffer and the LF starts this chunk.
        if text.starts_with('\n') && self.buf.ends_with('\r') {
            self.buf.pop();
        }
        if text.contains('\r') {
            text = text.replace("\r\n", "\n");
        }
        // Search again from the old last character: it may be the first newline of a blank line.
        self.scan_from = self.scan_from.min(self.last_char_start());
        self.buf.push_str(&text);
        let mut out = Vec::new();
        while let Some(end) = self.buf.get(self.scan_from..).and_then(|b| b.find("\n\n")).map(|i| i + self.scan_from) {
            self.scan_from = 0;
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
        // The last character may be the first newline of the next blank line.
        self.scan_from = self.last_char_start();
        out
    }

    /// Where the buffer's last character starts (0 when it is empty).
    fn last_char_start(&self) -> usize {
        self.buf.char_indices().next_back().map_or(0, |(i, _)| i)
    }

    /// Bytes held for an event not yet complete (a stream that never ends one grows this).
    pub(crate) fn pending(&self) -> usize {
        self.buf.len() + self.partial.len()
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
    fn a_crlf_split_across_chunks_still_ends_the_event() {
        let mut p = SseParser::default();
        assert!(p.feed(b"data: {\"a\":1}\r\n\r").is_empty());
        assert_eq!(p.feed(b"\n")[0].data, "{\"a\":1}");
        assert_eq!(p.pending(), 0);
    }

    #[test]
    fn frames_split_across_chunks() {
        let mut p = SseParser::default();
        assert!(p.feed(b"id: 0\ndata: {\"a\"").is_empty());
        let got = p.feed(b":1}\n\n: keep-alive\n\nid: 1\r\ndata: x\r\ndata: {\"b\":2}\r\n\r\ndata: [DONE]\n\n");
        assert_eq!(got, vec![SseEvent { id: Some(0), data: "{\"a\":1}".into() }, SseEvent { id: Some(1), data: "{\"b\":2}".into() }]);
    }
}
