//! The session-creation body (fact sheet D3): where the user is (`cwd`), a look at the directory, its git
//! state, skills, docs and memory notes, the project's instruction files, and the selected organization,
//! within the 20,000-character cap.

use std::path::Path;

use serde_json::{Value, json};

use super::project;

pub(crate) const PAYLOAD_CAP: usize = 20_000;
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
/// every file of that name on the way is included, root first. Failing those, the user's own
/// `~/.config/opencode/AGENTS.md` or `~/.claude/CLAUDE.md`. 8,000 characters at most.
fn instructions(cwd: &Path) -> String {
    let ancestors: Vec<&Path> = cwd.ancestors().collect::<Vec<_>>().into_iter().rev().collect();
    let render = |path: &Path| std::fs::read_to_string(path).ok().map(|t| format!("{}\n{t}", path.display()));
    let mut found: Vec<String> = Vec::new();
    for name in ["AGENTS.md", "CLAUDE.md", "CONTEXT.md"] {
        found = ancestors.iter().filter_map(|d| render(&d.join(name))).collect();
        if !found.is_empty() {
            break;
        }
    }
    if found.is_empty()
        && let Some(home) = std::env::var_os("HOME").map(std::path::PathBuf::from)
    {
        found.extend([".config/opencode/AGENTS.md", ".claude/CLAUDE.md"].iter().find_map(|rel| render(&home.join(rel))));
    }
    let all = found.join("\n\n");
    if all.chars().count() > INSTRUCTIONS_CAP {
        return all.chars().take(INSTRUCTIONS_CAP).collect::<String>() + "\n... (instructions truncated at 8000 characters)";
    }
    all
}

/// The body of `POST /v1/cli/sessions`. `approval_mode` is always "auto": approvals happen on the client.
/// It runs git (a few short commands), so call it off the async threads.
pub(crate) fn session_body(cwd: &Path, organization_id: Option<String>, headless: bool) -> Value {
    let mut tree_text = String::new();
    tree(cwd, 1, "", &mut tree_text);
    let mut dc = json!({
        "cwd": cwd.display().to_string(),
        "directory_tree": tree_text,
        "directory_listing": listing(cwd),
        "git_status": project::git_status(cwd),
    });
    if let Some((path, content)) = main_nf(cwd) {
        dc["main_nf_path"] = json!(path);
        dc["main_nf_content"] = json!(content);
    }
    for (field, list) in [
        ("project_skills", project::skills(cwd)),
        ("pipeline_docs", project::notes(cwd, "docs")),
        ("pipeline_memory", project::notes(cwd, "memory")),
    ] {
        if !list.is_empty() {
            dc[field] = json!(list);
        }
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

/// The parts of the body that give way to the cap, in the order they are trimmed: text is cut (with a
/// marker), lists lose entries from the end. The instructions go last.
const TRIM_ORDER: &[&str] = &[
    "/directory_context/directory_listing",
    "/directory_context/directory_tree",
    "/directory_context/git_status/recent_commits",
    "/directory_context/git_status/files",
    "/directory_context/project_skills",
    "/directory_context/pipeline_docs",
    "/directory_context/pipeline_memory",
    "/directory_context/main_nf_content",
    "/instruction_context",
];

fn size(body: &Value) -> usize {
    body.to_string().chars().count()
}

/// Trims the context in a fixed order until the JSON fits the cap.
fn cap(mut body: Value) -> Value {
    for pointer in TRIM_ORDER {
        if size(&body) <= PAYLOAD_CAP {
            break;
        }
        let over = size(&body) - PAYLOAD_CAP;
        match body.pointer_mut(pointer) {
            Some(Value::String(text)) => {
                let keep = text.chars().count().saturating_sub(over + TRUNCATED.len() + 16);
                let cut: String = text.chars().take(keep).collect();
                *text = if keep == 0 { TRUNCATED.to_string() } else { format!("{cut}\n{TRUNCATED}") };
            }
            Some(Value::Array(_)) => {
                while size(&body) > PAYLOAD_CAP {
                    let Some(Value::Array(items)) = body.pointer_mut(pointer) else { break };
                    if items.pop().is_none() {
                        break;
                    }
                }
            }
            _ => {}
        }
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

    #[test]
    fn skills_then_docs_give_way_before_memory_main_nf_and_the_instructions() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for kind in ["docs", "memory"] {
            std::fs::create_dir_all(d.join(".seqera").join(kind)).unwrap();
            for i in 0..2 {
                std::fs::write(d.join(format!(".seqera/{kind}/note-{i}.md")), format!("{kind} {i}\n").repeat(600)).unwrap();
            }
        }
        std::fs::create_dir_all(d.join(".seqera/skills/rotate")).unwrap();
        std::fs::write(d.join(".seqera/skills/rotate/SKILL.md"), "---\nname: rotate\ndescription: Rotate keys\n---\n").unwrap();
        std::fs::write(d.join("main.nf"), "workflow { hello() }\n").unwrap();
        std::fs::write(d.join("AGENTS.md"), "Use nf-core style.\n").unwrap();
        let body = super::session_body(d, None, true);
        assert!(body.to_string().chars().count() <= super::PAYLOAD_CAP);
        let dc = &body["directory_context"];
        // The fact sheet's order: listing, tree, commits, git files, skills, docs, memory, main.nf.
        assert_eq!(dc["project_skills"], serde_json::json!([]), "skills go first");
        assert_eq!(dc["pipeline_docs"].as_array().unwrap().len(), 1, "then docs, one at a time");
        assert_eq!(dc["pipeline_memory"].as_array().unwrap().len(), 2, "memory is kept");
        assert_eq!(dc["main_nf_content"], "workflow { hello() }");
        assert!(body["instruction_context"].as_str().unwrap().ends_with("Use nf-core style.\n"));
    }
}
