//! Imports only point down (issue 15): `../shared/tools/module-graph src`, at depth 1 and 2, reports no
//! cycle (it exits 1 and prints `cycle N: …` with the file:line of each edge when there is one). The tool lives outside the repository; without it the test is skipped with a named notice, as
//! `harness::programs_present` does, except under CI=true, where it must be there.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The tool, or `None` (with the notice) when this checkout has none beside it.
fn module_graph(test: &str) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tool = root.join("../shared/tools/module-graph");
    if tool.is_file() {
        return Some(tool);
    }
    let why = format!("{test}: {} is absent", tool.display());
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{why}. Under CI=true nothing is skipped: the tool must be at ../shared/tools/module-graph.");
    }
    eprintln!("SKIPPED {why}");
    let record = Path::new(env!("CARGO_TARGET_TMPDIR")).join("skipped-tests.txt");
    let _ = std::fs::OpenOptions::new().create(true).append(true).open(record).and_then(|mut f| f.write_all(format!("{why}\n").as_bytes()));
    None
}

fn assert_no_cycles(tool: &Path, extra: &[&str]) {
    let out = Command::new(tool).arg("src").args(extra).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("module-graph runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !stdout.lines().any(|l| l.starts_with("cycle ")),
        "module-graph src {} reports a cycle (exit {:?}):\n{stdout}{stderr}",
        extra.join(" "),
        out.status.code()
    );
}

#[test]
fn top_level_modules_import_only_downwards() {
    if let Some(tool) = module_graph("top_level_modules_import_only_downwards") {
        assert_no_cycles(&tool, &[]);
    }
}

#[test]
fn second_level_modules_import_only_downwards() {
    if let Some(tool) = module_graph("second_level_modules_import_only_downwards") {
        assert_no_cycles(&tool, &["--depth", "2"]);
    }
}
