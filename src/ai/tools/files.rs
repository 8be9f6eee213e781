//! The file tools: read, write, edit, list and search. They take paths already resolved by the judge's
//! rules, read regular files only and at most [`READ_CAP`] of each, never follow a final symlink when
//! writing, and never follow symlinks when walking a tree.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{DEFAULT_READ_LINES, MAX_BYTES, MAX_LINE_CHARS, MAX_LINES, Reads, Tool, ToolOutput, process, stamp};

/// The most of one file a tool reads (as bash output is bounded): the rest is said, not read.
pub(crate) const READ_CAP: u64 = 10 * 1024 * 1024;
/// How long a search without `rg` may walk the tree.
const SEARCH_TIME: Duration = Duration::from_secs(20);

/// Opens a path for reading without following a final symlink (the judge resolved them already) and
/// without blocking on a FIFO; anything but a regular file is refused.
fn open_regular(path: &Path) -> Result<(std::fs::File, u64), String> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
    let file = options.open(path).map_err(|e| format!("Cannot read {}: {e}", path.display()))?;
    let meta = file.metadata().map_err(|e| format!("Cannot read {}: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("Cannot read {}: it is not a regular file", path.display()));
    }
    Ok((file, meta.len()))
}

/// At most [`READ_CAP`] bytes of a regular file, as text, and whether it was cut.
fn read_bounded(path: &Path) -> Result<(String, bool), String> {
    let (file, len) = open_regular(path)?;
    let mut bytes = Vec::with_capacity(len.min(READ_CAP) as usize);
    file.take(READ_CAP).read_to_end(&mut bytes).map_err(|e| format!("Cannot read {}: {e}", path.display()))?;
    Ok((String::from_utf8_lossy(&bytes).into_owned(), len > READ_CAP))
}

/// `read_file_local`: the asked-for lines of a regular file, read as a stream (so a huge file costs no
/// more memory than the lines shown), at most [`READ_CAP`] bytes of it looked at.
pub(crate) fn read(path: &Path, args: &Value, reads: &mut Reads) -> ToolOutput {
    use std::io::BufRead;
    let (file, len) = match open_regular(path) {
        Ok(f) => f,
        Err(e) => return ToolOutput::err(e),
    };
    if let Some(st) = stamp(path) {
        reads.seen.insert(path.to_path_buf(), st);
    }
    let start = args["start_line"].as_u64().map(|n| n.max(1) as usize).unwrap_or(1);
    let end = args["end_line"].as_u64().map(|n| n as usize).unwrap_or(start + DEFAULT_READ_LINES - 1).min(start + MAX_LINES - 1);
    let mut reader = std::io::BufReader::new(file.take(READ_CAP));
    let (mut out, mut line, mut total, mut full) = (String::new(), Vec::new(), 0usize, false);
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return ToolOutput::err(format!("Cannot read {}: {e}", path.display())),
        }
        total += 1;
        if total < start || total > end || full {
            continue;
        }
        let text = String::from_utf8_lossy(&line);
        let shown: String = text.trim_end_matches(['\n', '\r']).chars().take(MAX_LINE_CHARS).collect();
        out.push_str(&format!("{total:>6}\t{shown}\n"));
        if out.len() > MAX_BYTES {
            out.push_str(&format!("... (stopped at {MAX_BYTES} bytes; continue with start_line={})\n", total + 1));
            full = true;
        }
    }
    if full {
        return ToolOutput::ok(out);
    }
    if end < total {
        out.push_str(&format!("... ({total} lines in all; continue with start_line={})\n", end + 1));
    }
    if len > READ_CAP {
        out.push_str(&format!("... (only the first {} MiB of this {len}-byte file were read)\n", READ_CAP / (1024 * 1024)));
    }
    ToolOutput::ok(out)
}

/// An existing file may change only if it was read and is unchanged since.
fn fresh(path: &Path, reads: &Reads) -> Result<(), ToolOutput> {
    if !path.exists() {
        return Ok(());
    }
    match reads.seen.get(path) {
        Some(seen) if stamp(path).as_ref() == Some(seen) => Ok(()),
        _ => Err(ToolOutput::err(format!("Error: {} must be read with {} before modifying it", path.display(), Tool::ReadFile))),
    }
}

fn diff(path: &Path, before: &str, after: &str) -> String {
    if before == after {
        return format!("{} is unchanged (the new content is what it held).", path.display());
    }
    let mut out = format!("```diff\n--- {p}\n+++ {p}\n", p = path.display());
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    let common_start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let common_end = a[common_start..].iter().rev().zip(b[common_start..].iter().rev()).take_while(|(x, y)| x == y).count();
    out.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        common_start + 1,
        a.len() - common_start - common_end,
        common_start + 1,
        b.len() - common_start - common_end
    ));
    for l in &a[common_start..a.len() - common_end] {
        out.push_str(&format!("-{l}\n"));
    }
    for l in &b[common_start..b.len() - common_end] {
        out.push_str(&format!("+{l}\n"));
    }
    out.push_str("```\n");
    out
}

/// Writes `content` to `path`, never through a final symlink: the judge approved the resolved path, and a
/// link put there since is refused rather than followed.
fn write_no_follow(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
    let mut file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other("it is not a regular file"));
    }
    file.write_all(content.as_bytes())
}

/// The text an existing file holds (bounded), or empty for a new one.
fn current(path: &Path) -> Result<String, ToolOutput> {
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(String::new()),
        Ok(_) => read_bounded(path).map(|(t, _)| t).map_err(ToolOutput::err),
    }
}

pub(crate) fn write(path: &Path, content: &str, reads: &mut Reads) -> ToolOutput {
    if let Err(e) = fresh(path, reads) {
        return e;
    }
    let before = match current(path) {
        Ok(t) => t,
        Err(e) => return e,
    };
    if path.exists() && (content.lines().count() > 160 || content.len() > 6000) {
        return ToolOutput::err(format!(
            "Error: rewriting all of {} is refused; use {} for changes to an existing file",
            path.display(),
            Tool::EditFile
        ));
    }
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = write_no_follow(path, content) {
        return ToolOutput::err(format!("Cannot write {}: {e}", path.display()));
    }
    reads.wrote([path.to_path_buf()]);
    if let Some(st) = stamp(path) {
        reads.seen.insert(path.to_path_buf(), st);
    }
    ToolOutput::ok(diff(path, &before, content))
}

pub(crate) fn edit(path: &Path, old: &str, new: &str, reads: &mut Reads) -> ToolOutput {
    if std::fs::symlink_metadata(path).is_err() {
        return ToolOutput::err(format!("Error: {} does not exist", path.display()));
    }
    if let Err(e) = fresh(path, reads) {
        return e;
    }
    let before = match current(path) {
        Ok(t) => t,
        Err(e) => return e,
    };
    let after = match before.matches(old).count() {
        1 => before.replacen(old, new, 1),
        0 => return ToolOutput::err(format!("Error: old_str was not found in {}", path.display())),
        n => {
            return ToolOutput::err(format!(
                "Error: old_str matches {n} times in {}; give more context so it matches once",
                path.display()
            ));
        }
    };
    if let Err(e) = write_no_follow(path, &after) {
        return ToolOutput::err(format!("Cannot write {}: {e}", path.display()));
    }
    reads.wrote([path.to_path_buf()]);
    if let Some(st) = stamp(path) {
        reads.seen.insert(path.to_path_buf(), st);
    }
    ToolOutput::ok(diff(path, &before, &after))
}

const SKIP_DIRS: &[&str] = &[".git", "node_modules", "target", "work", ".nextflow", "__pycache__", "build", "dist"];

/// Whether a directory entry is a directory itself (a symlink to one is not: walks never follow links).
fn is_real_dir(e: &std::fs::DirEntry) -> bool {
    e.file_type().is_ok_and(|t| t.is_dir())
}

pub(crate) fn list(root: &Path, show_hidden: bool) -> ToolOutput {
    if !root.is_dir() {
        return ToolOutput::err(format!("{} is not a directory", root.display()));
    }
    let mut out = format!("{}\n", root.display());
    let mut count = 0;
    fn walk(dir: &Path, depth: usize, show_hidden: bool, out: &mut String, count: &mut usize) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<_> = entries.flatten().take(10_000).collect();
        entries.sort_by_key(|e| (!is_real_dir(e), e.file_name()));
        for e in entries {
            let name = e.file_name().to_string_lossy().to_string();
            if (!show_hidden && name.starts_with('.')) || SKIP_DIRS.contains(&name.as_str()) {
                continue;
            }
            if *count >= 100 {
                out.push_str("... (more entries not shown)\n");
                return;
            }
            *count += 1;
            let is_dir = is_real_dir(&e);
            let link = if e.file_type().is_ok_and(|t| t.is_symlink()) { " (symlink)" } else { "" };
            out.push_str(&format!("{}{}{}{link}\n", "  ".repeat(depth + 1), name, if is_dir { "/" } else { "" }));
            if is_dir && depth < 2 {
                walk(&e.path(), depth + 1, show_hidden, out, count);
            }
        }
    }
    walk(root, 0, show_hidden, &mut out, &mut count);
    ToolOutput::ok(out)
}

pub(crate) async fn search(root: PathBuf, args: &Value, env: &[(String, String)]) -> ToolOutput {
    let pattern = args["pattern"].as_str().unwrap_or_default().to_string();
    if pattern.is_empty() {
        return ToolOutput::err(format!("{} needs a pattern", Tool::SearchFiles));
    }
    let max = args["max_results"].as_u64().unwrap_or(100).min(200) as usize;
    let recursive = args["recursive"].as_bool().unwrap_or(true);
    let glob = args["include_glob"].as_str().map(str::to_string);
    if process::which("rg").is_some() {
        let mut cmd = tokio::process::Command::new("rg");
        cmd.args(["-n", "--no-heading", "--color", "never", "--no-follow", "--max-filesize", "10M", "-m", &max.to_string()]);
        if !recursive {
            cmd.args(["--max-depth", "1"]);
        }
        if let Some(g) = &glob {
            cmd.args(["-g", g]);
        }
        cmd.args(["--max-columns", "2000", "--max-columns-preview"]);
        cmd.arg("--").arg(&pattern).arg(&root).env_clear().envs(env.iter().map(|(k, v)| (k, v)));
        cmd.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::null()).kill_on_drop(true);
        if let Ok(mut child) = cmd.spawn() {
            // At most `max` lines of at most 2,000 columns: the rest is never held in memory.
            let read = async {
                use tokio::io::AsyncBufReadExt;
                let mut lines = Vec::new();
                if let Some(out) = child.stdout.take() {
                    let mut reader = tokio::io::BufReader::new(out).lines();
                    while lines.len() < max {
                        match reader.next_line().await {
                            Ok(Some(l)) => lines.push(l),
                            _ => break,
                        }
                    }
                }
                lines
            };
            if let Ok(lines) = tokio::time::timeout(SEARCH_TIME, read).await {
                let _ = child.start_kill();
                let text = lines.join("\n");
                return ToolOutput::ok(if text.is_empty() { "No matches.".to_string() } else { process::cap(text, "output") });
            }
        }
    }
    match tokio::task::spawn_blocking(move || scan(root, &pattern, max, recursive, glob)).await {
        Ok(out) => out,
        Err(e) => ToolOutput::err(format!("The search stopped: {e}")),
    }
}

/// Without `rg`: a plain substring scan of regular files, symlinks not followed, bounded in time.
fn scan(root: PathBuf, pattern: &str, max: usize, recursive: bool, glob: Option<String>) -> ToolOutput {
    let started = Instant::now();
    let mut hits = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        if started.elapsed() > SEARCH_TIME {
            hits.push(format!("... (the search stopped after {} s)", SEARCH_TIME.as_secs()));
            break;
        }
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            let Ok(kind) = e.file_type() else { continue };
            if kind.is_dir() {
                if recursive && !SKIP_DIRS.contains(&name.as_str()) && !name.starts_with('.') {
                    stack.push(p);
                }
                continue;
            }
            if !kind.is_file() {
                continue;
            }
            if let Some(g) = &glob
                && !name.ends_with(g.trim_start_matches('*'))
            {
                continue;
            }
            let Ok((text, _)) = read_bounded(&p) else { continue };
            for (i, line) in text.lines().enumerate() {
                if line.contains(pattern) {
                    hits.push(format!("{}:{}:{}", p.display(), i + 1, line.chars().take(MAX_LINE_CHARS).collect::<String>()));
                    if hits.len() >= max {
                        return ToolOutput::ok(hits.join("\n"));
                    }
                }
            }
        }
    }
    ToolOutput::ok(if hits.is_empty() { "No matches.".to_string() } else { hits.join("\n") })
}
