//! Which shell lines must never reach the history file: a line that puts a secret on a flag (seqera
//! refuses it, and a refused line must not be kept either), gives a secret-looking key a literal value
//! (`secretKey: "…"`, `password = '…'`), or holds a token-shaped literal (`ghp_…`, `AKIA…`, `glpat-…`).
//! Judged on the text alone, before the line runs, so nothing depends on how the line ends.

use crate::platform::keyspec::KEY_SPECS;

/// Whether the history may keep `line`.
pub(crate) fn may_keep(line: &str) -> bool {
    let system = line.trim_start().starts_with('!');
    !(secret_on_a_flag(line) || secret_key_with_a_literal(line) || token_literal(line) || (system && secret_assignment(line)))
}

/// In a `!cmd` line, `NAME=value` for a secret-looking name (`TOWER_ACCESS_TOKEN=…`, `export PASSWORD=…`);
/// a value from another variable (`TOKEN=$X`) is fine.
fn secret_assignment(line: &str) -> bool {
    line.trim_start_matches('!').split_whitespace().any(|word| {
        word.split_once('=').is_some_and(|(name, value)| {
            let name = name.to_ascii_lowercase();
            !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && SECRET_WORDS.iter().any(|w| name.contains(w))
                && !value.trim_matches(['"', '\'']).is_empty()
                && !value.trim_start_matches(['"', '\'']).starts_with('$')
        })
    })
}

/// `--secret-key VALUE` or `--secret-key=VALUE` for a secret key field (`--secret-key-env VAR` is fine).
fn secret_on_a_flag(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.iter().enumerate().any(|(i, word)| {
        let Some(flag) = word.strip_prefix("--") else { return false };
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (flag, None),
        };
        let secret = KEY_SPECS.iter().any(|s| s.secret && !s.boolean && s.flag == name);
        secret && (inline.is_some_and(|v| !v.is_empty()) || words.get(i + 1).is_some_and(|next| !next.starts_with("--")))
    })
}

const SECRET_WORDS: [&str; 7] = ["password", "passwd", "passphrase", "secret", "token", "key", "credential"];

/// A secret-looking key (`secretKey`, `password`, `api_token`, `"privateKey"`) followed by `:` or a
/// single `=` and a non-empty quoted literal. A value from a function or a variable (`env("X")`) is fine.
fn secret_key_with_a_literal(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !is_name_char(chars[i]) || (i > 0 && is_name_char(chars[i - 1])) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_name_char(chars[i]) {
            i += 1;
        }
        let name: String = chars[start..i].iter().collect::<String>().to_ascii_lowercase();
        if !SECRET_WORDS.iter().any(|w| name.contains(w)) {
            continue;
        }
        let mut j = i;
        if matches!(chars.get(j), Some('"' | '\'')) {
            j += 1; // the closing quote of a quoted key: `"secretKey": "…"`
        }
        while chars.get(j).is_some_and(|c| *c == ' ') {
            j += 1;
        }
        let assigns = match chars.get(j) {
            Some(':') => chars.get(j + 1) != Some(&':'),
            Some('=') => chars.get(j + 1) != Some(&'='),
            _ => false,
        };
        if !assigns {
            continue;
        }
        j += 1;
        while chars.get(j).is_some_and(|c| c.is_whitespace()) {
            j += 1;
        }
        if let Some(q @ ('"' | '\'' | '`')) = chars.get(j)
            && chars.get(j + 1).is_some_and(|c| c != q)
        {
            return true;
        }
    }
    false
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// A well-known token format: its prefix, the least length of what follows, and that part's alphabet.
type TokenShape = (&'static str, usize, fn(char) -> bool);

const TOKEN_SHAPES: &[TokenShape] = &[
    ("ghp_", 20, alnum),
    ("gho_", 20, alnum),
    ("ghu_", 20, alnum),
    ("ghs_", 20, alnum),
    ("ghr_", 20, alnum),
    ("github_pat_", 20, word),
    ("glpat-", 20, dashed),
    ("xoxb-", 10, dashed),
    ("xoxp-", 10, dashed),
    ("AKIA", 16, upper_alnum),
    ("ASIA", 16, upper_alnum),
    ("sk-", 20, dashed),
    ("-----BEGIN", 1, |_| true),
];

fn alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn dashed(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

fn upper_alnum(c: char) -> bool {
    c.is_ascii_uppercase() || c.is_ascii_digit()
}

/// A literal shaped like a GitHub, GitLab, Slack, AWS or API token, or a PEM block.
fn token_literal(line: &str) -> bool {
    TOKEN_SHAPES.iter().any(|(prefix, least, allowed)| {
        line.match_indices(prefix).any(|(at, _)| {
            let boundary = line[..at].chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric());
            boundary && line[at + prefix.len()..].chars().take_while(|c| allowed(*c)).count() >= *least
        })
    })
}

#[cfg(test)]
mod tests {
    use super::may_keep;

    #[test]
    fn lines_with_secrets_are_not_kept() {
        for line in [
            "credentials add aws --name x --access-key AK --secret-key SUPERSECRET",
            "credentials add aws --name x --secret-key=SUPERSECRET",
            "credentials add github --name g --username me --password hunter2",
            r#"credentials_add(#{provider: "aws", name: "x", accessKey: "AK", secretKey: "SUPERSECRET"})"#,
            r#"let c = #{ "password": "hunter2" }"#,
            "let token = 'abc123'",
            "let api_key = `abc`",
            "print(\"ghp_0123456789abcdefghijABCDEFGHIJ\")",
            "x github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
            "let k = \"AKIAIOSFODNN7EXAMPLE\"",
            "glpat-abcdefghij0123456789",
            "let pem = \"-----BEGIN OPENSSH PRIVATE KEY-----\"",
            "!export TOWER_ACCESS_TOKEN=eyJhbGciOi",
            "!SEQERA_ACCESS_TOKEN='abc' seqera status",
            "!seqera credentials add github --name g --username me --password hunter2",
            "!curl -H 'x' ghp_0123456789abcdefghijABCDEFGHIJ",
        ] {
            assert!(!may_keep(line), "{line}");
        }
    }

    #[test]
    fn ordinary_lines_are_kept() {
        for line in [
            "credentials list -o json",
            "credentials add aws --name x --access-key AK --secret-key-env NEW_SECRET",
            "credentials add aws --name x --secret-key-stdin",
            r#"credentials_rotate("aws-ci", #{secretKey: env("NEW_SECRET")})"#,
            "let creds = credentials_list(); creds.len()",
            r#"creds.filter(|c| c.keysSummary == "")"#,
            r#"if c.token == "" { print(c.name) }"#,
            "org switch acme",
            "let key = k",
            "credentials get ghp-not-a-token",
            "!ls -l",
            "!TOKEN=$OTHER_TOKEN seqera status",
            "!git log --format=%H",
        ] {
            assert!(may_keep(line), "{line}");
        }
    }
}
