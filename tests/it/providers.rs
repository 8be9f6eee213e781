//! Every provider through add, get, update, rotate, validate and delete (and, in the Prism run, through the
//! spec's validation of each request and response). Secrets travel by env var and file only, and never
//! show up in any output.

use crate::harness::{Run, TestEnv};

const SECRET: &str = "sandbox-rotation-secret-9f3a";

fn provider_args(provider: &str, dir: &std::path::Path) -> Vec<String> {
    let file = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let a = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    match provider {
        "aws" | "seqeracompute" => a("--access-key AKIAEXAMPLE --secret-key-env SECRET"),
        "s3" => a("--access-key AKIAEXAMPLE --secret-key-env SECRET --path-style-access"),
        "google" => vec![
            "--service-account-file".into(),
            file("sa.json", &format!("{{\"type\":\"service_account\",\"private_key\":\"{SECRET}\"}}")),
        ],
        "azure" => a("--batch-name b --batch-key-env SECRET --storage-name s --storage-key-env SECRET"),
        "azure_entra" => a("--batch-name b --storage-name s --tenant-id t --client-id c --client-secret-env SECRET"),
        "azure-cloud" => a("--subscription-id sub --tenant-id t --client-id c --client-secret-env SECRET"),
        "github" | "gitea" | "bitbucket" | "azurerepos" => a("--username someone --password-env SECRET"),
        "gitlab" => a("--username someone --password-env SECRET --token-env SECRET"),
        "codecommit" => a("--username AKIAEXAMPLE --password-env SECRET --base-url https://git-codecommit.eu-west-1.amazonaws.com"),
        "github_app" => vec!["--app-id".into(), "12345".into(), "--private-key-file".into(), file("app.pem", SECRET)],
        "container-reg" => a("--username someone --password-env SECRET"),
        "ssh" => vec!["--private-key-file".into(), file("id_ed25519", SECRET)],
        "k8s" => a("--token-env SECRET"),
        "tw-agent" => a("--connection-id conn-1 --shared"),
        other => panic!("no test arguments for {other}"),
    }
}

/// The flag that rotates a provider's main secret, from the env var NEW.
fn rotate_args(provider: &str) -> Option<Vec<&'static str>> {
    Some(match provider {
        "aws" | "seqeracompute" | "s3" => vec!["--secret-key-env", "NEW"],
        "google" => vec!["--service-account-env", "NEW"],
        "azure" => vec!["--batch-key-env", "NEW"],
        "azure_entra" | "azure-cloud" => vec!["--client-secret-env", "NEW"],
        "github" | "gitea" | "bitbucket" | "azurerepos" | "gitlab" | "codecommit" | "container-reg" => vec!["--password-env", "NEW"],
        "github_app" | "ssh" => vec!["--private-key-env", "NEW"],
        "k8s" => vec!["--token-env", "NEW"],
        _ => return None,
    })
}

#[test]
fn every_provider_goes_through_the_whole_lifecycle() {
    let env = TestEnv::new().env("SECRET", SECRET).env("NEW", &format!("{SECRET}-2"));
    let mut runs: Vec<Run> = Vec::new();
    for provider in seqera::platform::providers::names() {
        let name = format!("t-{}", provider.replace('_', "-"));
        let mut args: Vec<String> =
            ["--debug", "-w", "202", "credentials", "add", provider, "--name", &name].iter().map(|s| s.to_string()).collect();
        args.extend(provider_args(provider, env.dir.path()));
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let add = env.run(&argv);
        assert_eq!(add.code, 0, "add {provider}: {add:?}");
        let get = env.run(&["-w", "202", "credentials", "get", &name, "-o", "json"]);
        assert_eq!(get.code, 0, "get {provider}: {get:?}");
        let j = get.json();
        assert_eq!(j["provider"], *provider);
        assert_eq!(j["keys"]["discriminator"], *provider);
        let update = env.run(&["-w", "202", "credentials", "update", &name, "--description", "updated"]);
        assert_eq!(update.code, 0, "update {provider}: {update:?}");
        let id_before = j["id"].clone();
        if let Some(rot) = rotate_args(provider) {
            let mut argv = vec!["--debug", "-w", "202", "credentials", "rotate", name.as_str()];
            argv.extend(rot);
            let rotate = env.run(&argv);
            assert_eq!(rotate.code, 0, "rotate {provider}: {rotate:?}");
            runs.push(rotate);
        }
        let after = env.run(&["-w", "202", "credentials", "get", &name, "-o", "json"]).json();
        assert_eq!(after["id"], id_before, "update and rotate keep the ID");
        assert_eq!(after["description"], "updated");
        let validate = env.run(&["-w", "202", "credentials", "validate", &name, "-o", "json"]);
        assert_eq!(validate.code, 0, "validate {provider}: {validate:?}");
        assert_eq!(validate.json()["status"], "AVAILABLE");
        let delete = env.run(&["-w", "202", "credentials", "delete", &name, "--yes"]);
        assert_eq!(delete.code, 0, "delete {provider}: {delete:?}");
        runs.extend([add, get, update, validate, delete]);
    }
    for run in &runs {
        assert!(!run.all().contains(SECRET), "a secret leaked: {run:?}");
    }
}

#[test]
fn required_fields_are_checked_before_any_request() {
    let env = TestEnv::new();
    for (args, expect) in [
        (vec!["aws", "--name", "x", "--access-key", "A"], "aws credentials need --secret-key"),
        (vec!["azure", "--name", "x", "--batch-name", "b"], "azure credentials need"),
        (vec!["tw-agent", "--name", "x"], "tw-agent credentials need --connection-id"),
        (vec!["k8s", "--name", "x"], "k8s credentials need --token"),
        (vec!["ssh", "--name", "x", "--username", "u"], "--username does not apply to ssh credentials"),
    ] {
        let mut argv = vec!["--debug", "-w", "202", "credentials", "add"];
        argv.extend(args);
        let run = env.run(&argv);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains(expect), "{expect}: {run:?}");
        assert!(!run.stderr.contains("POST"), "nothing was sent: {run:?}");
    }
}

#[test]
fn a_secret_on_argv_is_refused_with_the_right_way_shown() {
    let run = TestEnv::new().run(&["-w", "202", "credentials", "add", "github", "--name", "x", "--username", "u", "--password", "hunter2"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--password VALUE is refused") && run.stderr.contains("--password-env VAR"), "{run:?}");
    assert!(!run.all().contains("hunter2"), "{run:?}");
}

#[test]
fn a_duplicate_or_malformed_name_is_refused() {
    let env = TestEnv::new().env("S", "x");
    let run = env.run(&["-w", "201", "credentials", "add", "github", "--name", "github-ci", "--username", "u", "--password-env", "S"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("A credential named `github-ci` already exists"), "{run:?}");
    let run = env.run(&["-w", "201", "credentials", "add", "github", "--name", "no spaces", "--username", "u", "--password-env", "S"]);
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn aws_role_mode_with_an_external_id_shows_it_and_the_setup_snippet() {
    let run = TestEnv::new().run(&[
        "-w",
        "202",
        "credentials",
        "add",
        "aws",
        "--name",
        "aws-role-ext",
        "--role-arn",
        "arn:aws:iam::123456789012:role/seqera",
        "--use-external-id",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("External ID: sbx-ext-"), "{run:?}");
    assert!(run.stderr.contains("sts:ExternalId"), "{run:?}");
    assert!(run.stdout.contains("mode=role"), "{run:?}");
}

#[test]
fn validation_reports_invalid_with_exit_1_and_force_flips_it_back() {
    let env = TestEnv::new().env("S", "an-invalid-secret");
    let add = env.run(&["-w", "202", "credentials", "add", "aws", "--name", "aws-rejected", "--access-key", "A", "--secret-key-env", "S"]);
    assert_eq!(add.code, 0, "{add:?}");
    let run = env.run(&["-w", "202", "credentials", "validate", "aws-rejected"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("status\tINVALID"), "{run:?}");
    let forced = env.run(&["-w", "202", "credentials", "validate", "aws-rejected", "--force"]);
    assert_eq!(forced.code, 0, "{forced:?}");
    assert!(forced.stdout.contains("status\tAVAILABLE"), "{forced:?}");
}

#[test]
fn a_transient_provider_error_is_reported_as_such() {
    let env = TestEnv::new().env("S", "unreachable-secret");
    assert_eq!(
        env.run(&["-w", "202", "credentials", "add", "github", "--name", "gh-flaky", "--username", "u", "--password-env", "S"]).code,
        0
    );
    let run = env.run(&["-w", "202", "credentials", "validate", "gh-flaky", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["transientError"], true);
    assert!(run.stderr.contains("could not be reached; the status was not changed"), "{run:?}");
}

/// The `--flag` words of a help text.
fn flags_in(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(str::to_string)
        .collect()
}

/// `credentials add X --help` for every provider of the table: all of its own key flags, none of another
/// provider's, and an example that is itself a valid command line for it (issue 17, item 5).
#[test]
fn each_provider_help_mentions_only_its_own_flags_with_an_example() {
    use seqera::platform::keyspec::{all_key_flags, key_flags};
    let env = TestEnv::new();
    for provider in seqera::platform::providers::names() {
        let run = env.run(&["credentials", "add", provider, "--help"]);
        assert_eq!(run.code, 0, "{provider}: {run:?}");
        let shown = flags_in(&run.stdout);
        let own = key_flags(provider);
        for flag in &own {
            assert!(shown.contains(flag), "{provider}: {flag} missing from\n{}", run.stdout);
        }
        for flag in all_key_flags().iter().filter(|f| !own.contains(f)) {
            assert!(!shown.contains(flag), "{provider}: shows {flag}, which is not its own:\n{}", run.stdout);
        }
        assert!(run.stdout.contains(&format!("Example:\n  seqera credentials add {provider} --name")), "{provider}: {run:?}");
        let examples = run.stdout.split("Example:\n").nth(1).unwrap_or_default().replace("\\\n", " ");
        for line in examples.lines().filter(|l| l.trim_start().starts_with("seqera credentials add")) {
            let words: Vec<&str> = line.split_whitespace().skip(1).collect();
            let parsed = env.run(&[&words[..], &["--help"]].concat());
            assert_eq!(parsed.code, 0, "{provider}: the example `{line}` parses: {parsed:?}");
        }
    }
    let top = env.run(&["credentials", "add", "--help"]).stdout;
    for provider in seqera::platform::providers::names() {
        assert!(top.contains(&format!("\n  {provider} ")), "{provider} is listed: {top}");
    }
}

/// Every missing required field in one error, without a terminal; the rotate hint names the provider's
/// own secret flags; the AWS trust policy is indented JSON with the role on a line of its own.
#[test]
fn missing_fields_rotate_hints_and_the_trust_policy_read_well() {
    let env = TestEnv::new();
    let run = env.run(&["-w", "202", "credentials", "add", "gitlab", "--name", "gl"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("gitlab credentials need --username, --password and --token."), "{run:?}");
    assert!(run.stderr.contains("--password-env VAR") && run.stderr.contains("--token-env VAR"), "{run:?}");

    let run = env.run(&["credentials", "add", "githb", "--name", "x"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("`githb` is not a credential provider; they are: aws,") && run.stderr.contains("Did you mean github"),
        "{run:?}"
    );

    let run = env.run(&["-w", "201", "credentials", "rotate", "github-ci"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("github takes: --password-env VAR"), "{run:?}");
    assert!(!run.stderr.contains("--secret-key"), "no AWS flag for a GitHub credential: {run:?}");

    let role = "arn:aws:iam::123456789012:role/seqera-trust";
    let run = env.run(&["-w", "202", "credentials", "add", "aws", "--name", "aws-trust", "--role-arn", role, "--use-external-id"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.lines().any(|l| l.trim_end().ends_with(&format!("IAM role: {role}"))), "{run:?}");
    let policy: String = run.stderr.lines().skip_while(|l| l.trim() != "{").collect::<Vec<_>>().join("\n");
    let value: serde_json::Value = serde_json::from_str(&policy).unwrap_or_else(|e| panic!("{e}: {policy}"));
    assert_eq!(value["Statement"][0]["Action"], "sts:AssumeRole", "{policy}");
    assert!(policy.lines().count() > 10, "indented, one field a line: {policy}");
    assert_eq!(env.run(&["-w", "202", "credentials", "delete", "aws-trust", "--yes"]).code, 0);
}
