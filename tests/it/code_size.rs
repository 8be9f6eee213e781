//! Keeps the size limits of issue 15: no source file over 500 lines and no function over 80 lines, outside
//! tests. Test code (`#[cfg(test)]` items, `#[test]` functions, files declared as `#[cfg(test)] mod …;`, and
//! `tests/`) is not counted. A function that is a flat table may be exempted with a `// size: table`
//! comment on the line just above it (above its attributes and doc comments).
//!
//! The scan is lexical, not a full parser: comments and string and char literals are blanked first, so braces
//! inside them do not count, then each `fn` is measured from its `fn` line to its closing brace.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 500;
const MAX_FN_LINES: usize = 80;
const TABLE_MARK: &str = "// size: table";

#[test]
fn no_source_file_or_function_is_over_the_size_limits() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let test_files = test_module_files(&files);
    let mut over = Vec::new();
    for file in files.iter().filter(|f| !test_files.contains(*f)) {
        let raw = fs::read_to_string(file).expect("a file listed under src/ is readable");
        let rel = file.strip_prefix(&root).expect("listed under src/").display().to_string();
        over.extend(oversized(&rel, &raw));
    }
    assert!(over.is_empty(), "over the limits of {MAX_FILE_LINES} lines a file and {MAX_FN_LINES} lines a function:\n{}", over.join("\n"));
}

/// What in one file breaks a limit, one line each: `path: N lines` or `path::name: N lines`.
fn oversized(rel: &str, raw: &str) -> Vec<String> {
    let code = blank_comments_and_literals(raw);
    let test_lines = test_item_lines(&code);
    let raw_lines: Vec<&str> = raw.lines().collect();
    let mut over = Vec::new();
    let counted = (0..raw_lines.len()).filter(|l| !test_lines.contains(l)).count();
    if counted > MAX_FILE_LINES {
        over.push(format!("{rel}: {counted} lines"));
    }
    for f in functions(&code) {
        let len = f.last - f.first + 1;
        if len > MAX_FN_LINES && !test_lines.contains(&f.first) && !marked_table(&raw_lines, f.first) {
            over.push(format!("{rel}::{}: {len} lines", f.name));
        }
    }
    over
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Files that hold a test module declared as `#[cfg(test)] mod name;` in their parent.
fn test_module_files(files: &[PathBuf]) -> HashSet<PathBuf> {
    let mut tests = HashSet::new();
    for file in files {
        let code = blank_comments_and_literals(&fs::read_to_string(file).expect("readable"));
        let dir = module_dir(file);
        for name in test_module_declarations(&code) {
            tests.insert(dir.join(format!("{name}.rs")));
            tests.insert(dir.join(&name).join("mod.rs"));
        }
    }
    tests
}

/// Where the submodules of `file` live: beside it for `mod.rs`, `lib.rs` and `main.rs`, else in a folder
/// named after it.
fn module_dir(file: &Path) -> PathBuf {
    let parent = file.parent().expect("a file has a folder");
    let stem = file.file_stem().expect("a file has a name").to_string_lossy();
    match stem.as_ref() {
        "mod" | "lib" | "main" => parent.to_path_buf(),
        _ => parent.join(stem.as_ref()),
    }
}

fn test_module_declarations(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    for start in test_attributes(code) {
        let rest = code[start..].trim_start();
        if let Some(decl) = rest.strip_prefix("mod ") {
            let decl = decl.trim_start();
            let name: String = decl.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if decl[name.len()..].trim_start().starts_with(';') {
                names.push(name);
            }
        }
    }
    names
}

/// Byte offsets just after each attribute that marks test code: `#[cfg(test)]`, `#[test]`, `#[tokio::test…]`.
fn test_attributes(code: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(pos) = code[at..].find("#[") {
        let start = at + pos;
        let Some(end) = matching(code, start + 1) else { break };
        let attr: String = code[start + 2..end].chars().filter(|c| !c.is_whitespace()).collect();
        if attr == "cfg(test)" || attr == "test" || attr.starts_with("tokio::test") {
            found.push(end + 1);
        }
        at = end + 1;
    }
    found
}

/// The (0-based) lines covered by test items: each item that follows a test attribute, to its `;` or the
/// brace that closes it.
fn test_item_lines(code: &str) -> HashSet<usize> {
    let mut lines = HashSet::new();
    for start in test_attributes(code) {
        let Some(end) = item_end(code, start) else { continue };
        let first = line_of(code, start);
        lines.extend(first..=line_of(code, end));
    }
    lines
}

/// The byte offset of the `;` or `}` that ends the item starting at `from`.
fn item_end(code: &str, from: usize) -> Option<usize> {
    let bytes = code.as_bytes();
    let mut depth = 0usize;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b';' if depth == 0 => return Some(i),
            b'{' if depth == 0 => return matching(code, i),
            _ => {}
        }
    }
    None
}

/// The offset of the bracket that closes the one at `open` (`{`, `[` or `(`).
fn matching(code: &str, open: usize) -> Option<usize> {
    let bytes = code.as_bytes();
    let (o, c) = match bytes[open] {
        b'{' => (b'{', b'}'),
        b'[' => (b'[', b']'),
        _ => (b'(', b')'),
    };
    let mut depth = 0usize;
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        if b == o {
            depth += 1;
        } else if b == c {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

fn line_of(code: &str, offset: usize) -> usize {
    code[..offset].bytes().filter(|&b| b == b'\n').count()
}

struct Function {
    name: String,
    first: usize,
    last: usize,
}

/// Every `fn` with a body: its name and the lines of its `fn` keyword and its closing brace.
fn functions(code: &str) -> Vec<Function> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(pos) = code[at..].find("fn") {
        let start = at + pos;
        at = start + 2;
        let before_ok = start == 0 || !is_ident(bytes[start - 1]);
        let after = &code[start + 2..];
        let name_text = after.trim_start();
        if !before_ok || after.len() == name_text.len() {
            continue;
        }
        let name: String = name_text.bytes().take_while(|&b| is_ident(b)).map(char::from).collect();
        if name.is_empty() {
            continue;
        }
        let Some(body_end) = item_end(code, start) else { continue };
        if bytes[body_end] == b'}' {
            found.push(Function { name, first: line_of(code, start), last: line_of(code, body_end) });
        }
    }
    found
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether the function whose `fn` is on line `first` carries the table mark above its attributes and docs.
fn marked_table(raw_lines: &[&str], first: usize) -> bool {
    let mut line = first;
    while line > 0 {
        line -= 1;
        let text = raw_lines[line].trim();
        if text == TABLE_MARK {
            return true;
        }
        if !(text.starts_with("///") || text.starts_with("#[")) {
            return false;
        }
    }
    false
}

/// `raw` with the text of comments and string and char literals replaced by spaces (newlines kept), so that
/// only code is left to count braces in.
fn blank_comments_and_literals(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let prev_ident = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, chars[i]);
                    i += 1;
                }
            }
        } else if let Some(hashes) = raw_string_start(&chars, i, prev_ident) {
            // r"…", r#"…"#, br"…": skip the prefix, then to a quote followed by as many hashes.
            while chars[i] != '"' {
                i += 1;
            }
            i += 1;
            while i < chars.len() {
                if chars[i] == '"' && (0..hashes).all(|h| chars.get(i + 1 + h) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                blank(&mut out, chars[i]);
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    blank(&mut out, chars[i]);
                    i += 1;
                }
                if i < chars.len() {
                    blank(&mut out, chars[i]);
                    i += 1;
                }
            }
            i += 1;
        } else if c == '\'' && next == Some('\\') {
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The number of `#`s if a raw string literal (`r"`, `r#"`, `br#"`…) starts at `i`.
fn raw_string_start(chars: &[char], i: usize, prev_ident: bool) -> Option<usize> {
    if prev_ident {
        return None;
    }
    let mut j = i;
    if chars[j] == 'b' || chars[j] == 'c' {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let mut hashes = 0;
    while chars.get(j) == Some(&'#') {
        hashes += 1;
        j += 1;
    }
    (chars.get(j) == Some(&'"')).then_some(hashes)
}

#[test]
fn size_scan_ignores_braces_in_literals_and_test_items() {
    let src = "fn a() {\n    let s = \"}}}\";\n    let c = '}';\n    let r = r#\"{\"#;\n}\n\
               #[cfg(test)]\nmod tests {\n    fn b() {}\n}\n";
    let code = blank_comments_and_literals(src);
    let fns = functions(&code);
    assert_eq!(fns.len(), 2);
    assert_eq!((fns[0].name.as_str(), fns[0].first, fns[0].last), ("a", 0, 4));
    let tests = test_item_lines(&code);
    assert!(tests.contains(&7) && !tests.contains(&4));
}
