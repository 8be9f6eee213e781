//! The one place where text from outside (a server, the AI backend, a tool's output, a file) is made safe
//! to put on a terminal: control characters are shown escaped, so a value can never move the cursor,
//! rewrite a line the user is reading, retitle the window or clear the screen. JSON output does not go
//! through here: its encoder already escapes them.

use std::borrow::Cow;

/// Text for a terminal where line breaks may stay: `\n` and `\t` pass, every other control character
/// (C0, DEL, C1, and the bidirectional overrides that reorder what is shown) is written as an escape.
pub(crate) fn visible(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Text for a single line (a command in an approval prompt, a table cell): line breaks are escaped too.
pub(crate) fn visible_line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

fn hidden(c: char, keep_breaks: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_breaks,
        c if c.is_control() => true,
        // Bidirectional embeddings, overrides and isolates: they make text read in another order.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => true,
        _ => false,
    }
}

fn escape(text: &str, keep_breaks: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| hidden(c, keep_breaks)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if !hidden(c, keep_breaks) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(visible("plain text\nnext\tcol"), "plain text\nnext\tcol");
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
        assert_eq!(visible("ls\r\x1b[2Krm -rf /"), "ls\\r\\e[2Krm -rf /");
        assert_eq!(visible("\x1b]0;title\x07"), "\\e]0;title\\x07");
        assert_eq!(visible("a\u{9b}31mb\u{7f}"), "a\\x9b31mb\\x7f");
        assert_eq!(visible("x\u{202E}gnp.exe"), "x\\u{202e}gnp.exe");
        assert_eq!(visible_line("echo a\necho b\t"), "echo a\\necho b\\t");
    }
}
