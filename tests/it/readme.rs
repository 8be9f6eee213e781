//! The README's "Try it" tour, run as printed: every line in a scratch HOME, each exit code checked, so
//! the README cannot drift from the binary.

use crate::harness::TestEnv;

/// The first `sh` block after the `## Try it` heading.
fn tour(readme: &str) -> Vec<String> {
    let section = readme.split("\n## Try it\n").nth(1).expect("README.md has a `## Try it` section");
    let block = section.split("```sh\n").nth(1).and_then(|b| b.split("\n```").next()).expect("the section has an sh block");
    block.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()
}

/// Runs the lines in one bash (so `export` carries over), stopping at the first that fails: `Err` names
/// it, with what the run printed.
fn run_tour(lines: &[String]) -> Result<crate::harness::Run, (String, crate::harness::Run)> {
    let mut script = String::new();
    for (i, line) in lines.iter().enumerate() {
        script.push_str(&format!("{line}\nrc=$?; if [ $rc -ne 0 ]; then echo \"TOUR-FAILED {i} $rc\" >&2; exit 1; fi\n"));
    }
    script.push_str("echo TOUR-DONE >&2\n");
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_seqera")).parent().expect("bin dir").display().to_string();
    let env = TestEnv::bare().env("PATH", &format!("{bin_dir}:{}", std::env::var("PATH").unwrap_or_default()));
    let started = std::time::Instant::now();
    let out = env.command_of("bash", &["-c", &script]).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("bash runs");
    let run = crate::harness::Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
        elapsed: started.elapsed(),
    };
    if let Some(failed) = run.stderr.split("TOUR-FAILED ").nth(1) {
        let index: usize = failed.split_whitespace().next().and_then(|n| n.parse().ok()).expect("line index");
        return Err((lines[index].clone(), run));
    }
    if !run.stderr.contains("TOUR-DONE") {
        return Err(("(the tour did not finish)".into(), run));
    }
    Ok(run)
}

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

#[test]
fn the_readme_tour_runs_as_printed() {
    let lines = tour(&readme());
    for needed in ["status", "org switch", "workspace use", "credentials add", "--password-env", "credentials get", "rotate", "validate"] {
        assert!(lines.iter().any(|l| l.contains(needed)), "the tour shows `{needed}`");
    }
    for needed in ["credentials delete", "run -e", "audit-credentials.rhai", " ai ", "sandbox reset"] {
        assert!(lines.iter().any(|l| l.contains(needed)), "the tour shows `{needed}`");
    }
    let run = run_tour(&lines).unwrap_or_else(|(line, run)| panic!("the README line `{line}` failed:\n{run:?}"));
    assert!(run.stdout.contains("demo-gh") && run.stdout.contains("aws-dev: INVALID"), "{run:?}");
    assert!(!run.all().contains("ghp_demo"), "no secret from the tour's env vars is printed: {run:?}");
}

#[test]
fn a_broken_readme_line_fails_the_tour_and_is_named() {
    let mut lines = tour(&readme());
    let get = lines.iter().position(|l| l.contains("credentials get demo-gh")).expect("the tour gets the credential");
    lines[get] = "seqera --sandbox credentials get no-such-credential".into();
    let (line, run) = run_tour(&lines).expect_err("a command that does not work fails the tour");
    assert_eq!(line, lines[get], "{run:?}");
}
