//! The session-creation body (fact sheet D3): where the user is (`cwd`), a look at the directory, the
//! project's instruction files, and the selected organization, within the 20,000-character cap.

use std::path::Path;

use serde_json::{Value, json};

pub const PAYLOAD_CAP: usize = 20_000;
const INSTRUCTIONS_CAP: usize = 8_000;
const KEPT_HIDDEN: &[&str] = &[".git", ".github", ".nextflow"];
const TRUNCATED: &str = "... (truncated by payload cap)";

fn tree(dir: &Path, depth: usize, prefix: &str, out: &mut String) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut names: Vec<(String, bool)> = entries
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().to_string(), e.path().is_dir()))
        .filter(|(n, _)| !n.starts_with('.') || KEPT_HIDDEN.contains(&n.as_str()))
        .collect();
    names.sort();
    let shown = names.len().min(10);
    for (i, (name, is_dir)) in names.iter().take(10).enumerate() {
        let last = i + 1 == shown && names.len() <= 10;
        out.push_str(&format!("{prefix}{}{name}\n", if last { "`-- " } else { "|-- " }));
        if *is_dir && depth < 2 && !KEPT_HIDDEN.contains(&name.as_str()) {
            tree(&dir.join(name), depth + 1, &format!("{prefix}{}", if last { "    " } else { "|   " }), out);
        }
    }
    if names.len() > 10 {
        out.push_str(&format!("{prefix}`-- ... ({} more)\n", names.len() - 10));
    }
}

fn listing(dir: &Path) -> String {
    let Ok(entries) = std::fs::read_dir(dir) else { return String::new() };
    let mut rows: Vec<(bool, String, u64)> = entries
        .flatten()
        .map(|e| {
            let m = e.metadata().ok();
            (!m.as_ref().is_some_and(|m| m.is_dir()), e.file_name().to_string_lossy().to_string(), m.map(|m| m.len()).unwrap_or(0))
        })
        .collect();
    rows.sort();
    rows.iter()
        .take(50)
        .map(|(file, name, size)| format!("{name:<40}{}", if *file { size.to_string() } else { "<DIR>".into() }))
        .collect::<Vec<_>>()
        .join("\n")
}

fn main_nf(dir: &Path) -> Option<(String, String)> {
    for rel in ["main.nf", "workflows/main.nf"] {
        if let Ok(text) = std::fs::read_to_string(dir.join(rel)) {
            let mut out: Vec<String> = text.lines().take(500).map(|l| l.chars().take(500).collect()).collect();
            let mut joined = out.join("\n");
            if joined.len() > 5000 || text.lines().count() > 500 {
                joined = joined.chars().take(5000).collect::<String>() + "\n... (truncated)";
                out.clear();
            }
            return Some((dir.join(rel).display().to_string(), joined));
        }
    }
    None
}

/// AGENTS.md, else CLAUDE.md, else CONTEXT.md: the first name found between the root and `cwd` wins, and
/// every file of that name on the way is included, root first; 8,000 characters at most.
fn instructions(cwd: &Path) -> String {
    let ancestors: Vec<&Path> = cwd.ancestors().collect::<Vec<_>>().into_iter().rev().collect();
    for name in ["AGENTS.md", "CLAUDE.md", "CONTEXT.md"] {
        let found: Vec<String> = ancestors
            .iter()
            .filter_map(|d| std::fs::read_to_string(d.join(name)).ok().map(|t| format!("{}\n{t}", d.join(name).display())))
            .collect();
        if !found.is_empty() {
            let all = found.join("\n\n");
            if all.len() > INSTRUCTIONS_CAP {
                return all.chars().take(INSTRUCTIONS_CAP).collect::<String>() + "\n... (instructions truncated at 8000 characters)";
            }
            return all;
        }
    }
    String::new()
}

/// The body of `POST /v1/cli/sessions`. `approval_mode` is always "auto": approvals happen on the client.
pub fn session_body(cwd: &Path, organization_id: Option<String>, headless: bool) -> Value {
    let mut tree_text = String::new();
    tree(cwd, 1, "", &mut tree_text);
    let mut dc = json!({
        "cwd": cwd.display().to_string(),
        "directory_tree": tree_text,
        "directory_listing": listing(cwd),
        "git_status": {"is_git_repo": cwd.ancestors().any(|d| d.join(".git").exists())},
    });
    if let Some((path, content)) = main_nf(cwd) {
        dc["main_nf_path"] = json!(path);
        dc["main_nf_content"] = json!(content);
    }
    let mut body = json!({
        "cwd": cwd.display().to_string(),
        "approval_mode": "auto",
        "local_execution": true,
        "headless": headless,
        "directory_context": dc,
        "instruction_context": instructions(cwd),
    });
    if let Some(org) = organization_id {
        body["organization_id"] = json!(org);
    }
    cap(body)
}

/// Trims the context in a fixed order until the JSON fits the cap.
fn cap(mut body: Value) -> Value {
    for field in ["directory_listing", "directory_tree", "main_nf_content"] {
        if body.to_string().len() <= PAYLOAD_CAP {
            return body;
        }
        let over = body.to_string().len() - PAYLOAD_CAP;
        if let Some(text) = body["directory_context"][field].as_str() {
            let keep = text.len().saturating_sub(over + TRUNCATED.len() + 16);
            let cut: String = text.chars().take(keep).collect();
            body["directory_context"][field] = json!(if keep == 0 { TRUNCATED.to_string() } else { format!("{cut}\n{TRUNCATED}") });
        }
    }
    if body.to_string().len() > PAYLOAD_CAP {
        let over = body.to_string().len() - PAYLOAD_CAP;
        let text = body["instruction_context"].as_str().unwrap_or_default().to_string();
        let keep = text.len().saturating_sub(over + TRUNCATED.len() + 16);
        body["instruction_context"] = json!(format!("{}\n{TRUNCATED}", text.chars().take(keep).collect::<String>()));
    }
    body
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_body_stays_within_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..400 {
            std::fs::write(dir.path().join(format!("a-rather-long-file-name-number-{i:04}.txt")), "x").unwrap();
        }
        std::fs::write(dir.path().join("AGENTS.md"), "Be brief.\n".repeat(2000)).unwrap();
        let body = super::session_body(dir.path(), Some("101".into()), true);
        assert!(body.to_string().len() <= super::PAYLOAD_CAP, "{}", body.to_string().len());
        assert_eq!(body["organization_id"], "101");
        assert_eq!(body["approval_mode"], "auto");
        assert!(body["instruction_context"].as_str().unwrap().contains("Be brief."));
    }
}
