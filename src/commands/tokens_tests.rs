//! Unit tests of `tokens`: finding a token, messages, and the judge's classes.
use super::{create_failed, find, rotated_name};

#[test]
fn a_value_that_names_one_token_and_numbers_another_is_refused() {
    let list = vec![
        serde_json::json!({"id": 1019, "name": "laptop"}),
        serde_json::json!({"id": 1021, "name": "1019"}),
        serde_json::json!({"id": 1030, "name": "twin"}),
        serde_json::json!({"id": 1031, "name": "twin"}),
    ];
    let e = find(&list, "1019").expect_err("1019 names one token and numbers another");
    assert!(e.message.contains("is the name of") && e.hint.unwrap().contains("id:N"), "{}", e.message);
    assert_eq!(find(&list, "id:1019").unwrap()["name"], "laptop");
    assert_eq!(find(&list, "id:1021").unwrap()["name"], "1019");
    assert!(find(&list, "twin").expect_err("two share the name").message.contains("names 2 tokens"));
    assert_eq!(find(&list, "laptop").unwrap()["id"], 1019);
    assert_eq!(find(&list, "1030").unwrap()["name"], "twin");
    assert!(find(&list, "id:laptop").is_err());
}
use crate::ai::judge::{self, Class, Scope};
use crate::error::{Error, ErrorKind};

/// The AI judge with the real command tree: tokens create and rotate make a login (protected),
/// delete is dangerous, and `seqera run` (a script may call `sh()`) cannot be judged before it runs.
#[test]
fn the_judge_classes_tokens_commands_and_scripts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let scope = Scope { root: dir.path().to_path_buf(), home: dir.path().join("home"), ..Scope::default() };
    for (command, expected) in [
        ("seqera tokens list", Class::Safe),
        ("seqera tokens create ci-2026", Class::Protected),
        ("seqera tokens create ci-2026 --save", Class::Protected),
        ("seqera tokens rotate --old 12", Class::Protected),
        ("seqera tokens delete 12 --yes", Class::Dangerous),
        ("ls && seqera tokens delete ci", Class::Dangerous),
        ("seqera run scripts/examples/rotate-aws-end-to-end.rhai -- u acme", Class::Unclear),
        ("seqera run -e 'sh(\"rm\", [\"-rf\", \"x\"])'", Class::Unclear),
    ] {
        let got = judge::command(command, &scope, crate::commands::seqera_risk);
        assert_eq!(got.class, expected, "{command}: {:?}", got.reasons);
    }
}

#[test]
fn rotated_names_replace_an_earlier_stamp_and_fit_50_characters() {
    let first = rotated_name("ci");
    assert!(first.starts_with("ci-") && first.len() == "ci-20261204-183000".len(), "{first}");
    let second = rotated_name(&first);
    assert!(second.starts_with("ci-") && second.len() == first.len(), "{second}");
    assert!(rotated_name(&"x".repeat(60)).chars().count() <= 50);
}

#[test]
fn a_failed_create_says_nothing_was_created_only_when_the_server_refused() {
    let refused = create_failed(Error::new(ErrorKind::Conflict, "Conflict (409)"), "you are still using `a`");
    assert!(refused.message.starts_with("No new token was created"), "{}", refused.message);
    let failed = create_failed(Error::other("Internal Server Error (500)"), "you are still using `a`");
    assert!(failed.message.starts_with("A new token may have been created"), "{}", failed.message);
    assert!(failed.hint.unwrap().contains("seqera tokens list"));
    let dry = create_failed(Error::dry_run(crate::error::DryRun { method: "POST".into(), target: "t".into(), body: None }), "x");
    assert_eq!(dry.kind, ErrorKind::DryRun);
}
