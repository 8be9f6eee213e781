//! Help that helps (issue 17, item 8): `seqera help environment` from the table the code reads, man pages
//! for every command, long output through `$PAGER` on a terminal only, and no misleading suggestion.

use crate::harness::TestEnv;
use crate::pty::Pty;

/// Every `"SEQERA_…"` / `"TOWER_…"` literal in src/, the names the code reads.
fn env_names_in_src() -> std::collections::BTreeSet<String> {
    fn visit(dir: &std::path::Path, out: &mut std::collections::BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for prefix in ["\"SEQERA_", "\"TOWER_"] {
                    for (at, _) in text.match_indices(prefix) {
                        let name: String =
                            text[at + 1..].chars().take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_').collect();
                        if text[at + 1 + name.len()..].starts_with('"') {
                            out.insert(name);
                        }
                    }
                }
            }
        }
    }
    let mut out = std::collections::BTreeSet::new();
    visit(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn help_environment_lists_every_variable_the_code_reads_with_meaning_and_default() {
    let run = TestEnv::new().run(&["help", "environment"]);
    assert_eq!(run.code, 0, "{run:?}");
    let names = env_names_in_src();
    assert!(names.len() >= 27, "{names:?}");
    for name in &names {
        let line =
            run.stdout.lines().find(|l| l.trim_start().starts_with(&format!("{name} "))).unwrap_or_else(|| {
                panic!("{name} is read in src/ but not listed by `seqera help environment` (add it to config::env::VARS)")
            });
        assert!(line.trim_start()[name.len()..].trim().len() > 10, "{name} has a meaning: {line}");
    }
    assert!(run.stdout.contains("SEQERA_KEYRING_TIMEOUT_MS") && run.stdout.contains("[default: 3000]"), "{run:?}");
    assert!(run.stdout.contains("[default: https://api.cloud.seqera.io]"), "a setting's default comes from the settings table");
    let same = TestEnv::new().run(&["help", "credentials", "add"]);
    assert!(same.stdout.contains("Providers:") && same.stdout.contains("Examples:"), "{same:?}");
    let bad = TestEnv::new().run(&["help", "nope"]);
    assert_eq!(bad.code, 2, "{bad:?}");
    assert!(bad.stderr.contains("`nope` is not a seqera command") && bad.stderr.contains("help environment"), "{bad:?}");
}

/// `seqera man --install target/man` writes a page for every command of the clap tree (this test is
/// what builds target/man), and `seqera man COMMAND` prints one.
#[test]
fn man_pages_are_generated_for_every_command_into_target_man() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/man");
    let run = TestEnv::new().run(&["man", "--install", dir.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
    let pages = dir.join("man1");
    for page in ["seqera.1", "seqera-login.1", "seqera-credentials-add.1", "seqera-org-switch.1", "seqera-help.1", "seqera-man.1"] {
        assert!(pages.join(page).exists(), "{page}: {run:?}");
    }
    for provider in seqera::platform::providers::names() {
        let page = std::fs::read_to_string(pages.join(format!("seqera-credentials-add-{provider}.1"))).unwrap();
        assert!(page.contains(".TH") && page.contains("\\-\\-name"), "{provider}: {page}");
    }
    let top = std::fs::read_to_string(pages.join("seqera.1")).unwrap();
    assert!(top.contains(".SH ENVIRONMENT") && top.contains("SEQERA_ACCESS_TOKEN"), "{top}");
    let one = TestEnv::new().run(&["man", "credentials", "list"]);
    assert!(one.stdout.contains(".TH seqera-credentials-list 1"), "{one:?}");
}

/// Help goes through `$PAGER` on a terminal only; `PAGER=cat` and a pager that does not exist give
/// plain output.
#[test]
fn long_help_goes_through_the_pager_on_a_terminal_and_never_in_a_pipe() {
    let env = TestEnv::new();
    let seen = env.dir.path().join("paged.txt");
    let pager = format!("tee {}", seen.display());
    let piped = env.run_with_env("PAGER", &pager, &["help", "environment"]);
    assert!(piped.stdout.contains("SEQERA_ACCESS_TOKEN") && !seen.exists(), "no pager in a pipe: {piped:?}");

    let env = env.env("PAGER", &pager);
    for args in [&["help", "environment"][..], &["credentials", "--help"], &["run", "--functions"]] {
        let _ = std::fs::remove_file(&seen);
        let mut pty = Pty::spawn(&env, args);
        assert_eq!(crate::pty::wait_exit(&mut pty), Some(0), "{args:?}");
        let paged = std::fs::read_to_string(&seen).unwrap_or_default();
        assert!(paged.len() > 200, "{args:?} went through the pager: {paged}");
    }
    for plain in ["cat", "", "/no/such/pager -R"] {
        let env = TestEnv::new().env("PAGER", plain);
        let mut pty = Pty::spawn(&env, &["help", "environment"]);
        pty.wait_for("SEQERA_TOOL_TIMEOUT_MS");
        assert_eq!(crate::pty::wait_exit(&mut pty), Some(0), "PAGER={plain:?}");
    }
}

/// `status --verbose` does not suggest `--version` (which is only at the top), and `--description` has
/// help on add and update.
#[test]
fn no_misleading_suggestion_and_description_has_help() {
    let env = TestEnv::new();
    let run = env.run(&["status", "--verbos"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(!run.stderr.contains("--version"), "{run:?}");
    let run = env.run(&["status", "--verbose"]);
    assert_eq!(run.code, 0, "the official CLI's --verbose works (as --debug): {run:?}");
    for args in [&["credentials", "add", "github", "--help"][..], &["credentials", "update", "--help"]] {
        let help = env.run(args).stdout;
        let line = help.lines().find(|l| l.contains("--description")).unwrap_or_default();
        assert!(
            line.split("--description").nth(1).is_some_and(|rest| rest.split('>').nth(1).is_some_and(|h| h.trim().len() > 5)),
            "{args:?}: {line}"
        );
    }
}
