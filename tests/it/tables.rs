//! The output layer as a user meets it: tables fitted to 60, 80 and 140 columns that never split an ID or
//! a timestamp, one JSON shape per thing, `--jq`, `--fields`, TSV/CSV headers, colour by gh's rules, and
//! the spinner on a slow server (only on a terminal).

use std::time::Duration;

use crate::harness::{OwnSandbox, Run, TestEnv};
use crate::pty::{Pty, wait_exit};

const WIDTHS: [usize; 3] = [60, 80, 140];

/// A sandbox of the test's own (other tests add credentials to the shared one) and an env logged in to it.
fn own() -> (OwnSandbox, TestEnv) {
    let sandbox = OwnSandbox::start(&[]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    (sandbox, env)
}

/// Checks a table run at `width`: no line is wider; every ID and timestamp of `whole` is on one line,
/// whole, unless its column was left out, and then the note on stderr names it.
fn assert_fits(run: &Run, width: usize, whole: &[(&str, Vec<String>)]) {
    assert_eq!(run.code, 0, "{run:?}");
    for line in run.stdout.lines() {
        assert!(line.chars().count() <= width, "wider than {width}: {line:?}\n{run:?}");
    }
    let header = run.stdout.lines().next().unwrap_or_default();
    for (column, values) in whole {
        if !header.split("  ").any(|h| h.trim() == *column) {
            assert!(run.stderr.contains("left out to fit") && run.stderr.contains(column), "{column} gone unsaid: {run:?}");
            continue;
        }
        for v in values {
            assert!(run.stdout.lines().any(|l| l.contains(v.as_str())), "{column} value {v} split or cut at {width}: {run:?}");
        }
    }
}

fn strings(json: &serde_json::Value, field: &str) -> Vec<String> {
    json.as_array().unwrap().iter().filter_map(|i| i[field].as_str().map(str::to_string)).collect()
}

#[test]
fn credential_tables_at_60_80_140_columns_never_split_ids_or_timestamps() {
    let (_sandbox, env) = own();
    let json = env.run(&["-w", "acme/prod", "credentials", "list", "-o", "json"]).json();
    let whole = [
        ("ID", strings(&json, "id")),
        ("NAME", strings(&json, "name")),
        ("LAST USED", strings(&json, "lastUsed")),
        ("LAST UPDATED", strings(&json, "lastUpdated")),
    ];
    let mut shots = String::new();
    for width in WIDTHS {
        let run = env.run_with_env("COLUMNS", &width.to_string(), &["-w", "acme/prod", "credentials", "list", "-o", "table"]);
        assert_fits(&run, width, &whole);
        shots.push_str(&format!("== {width} columns\n{}-- stderr\n{}", run.stdout, run.stderr));
    }
    assert!(shots.contains("LAST UPDATED"), "140 columns show every column: {shots}");
    insta::assert_snapshot!(shots);
}

#[test]
fn workspace_and_org_tables_fit_with_descriptive_columns_cut_by_an_ellipsis() {
    let (_sandbox, env) = own();
    let mut shots = String::new();
    for width in WIDTHS {
        let run = env.run_with_env("COLUMNS", &width.to_string(), &["workspace", "list", "-o", "table"]);
        let ids = ["201", "202", "203"].map(String::from).to_vec();
        assert_fits(&run, width, &[("ID", ids), ("WORKSPACE", vec!["prod".into(), "research".into()])]);
        shots.push_str(&format!("== {width} columns\n{}-- stderr\n{}", run.stdout, run.stderr));
    }
    insta::assert_snapshot!(shots);
}

#[test]
fn a_script_table_fits_the_same_way_and_keeps_dates_whole() {
    let env = TestEnv::new();
    let script = r#"table([#{id: "1cz5A8cuBkB5iJliCwJCFU", name: "aws-prod", created: "2024-03-04T09:30:00Z", note: "a long description of what this credential is for and who owns it"}, #{id: "2hJ7kL8mN9pQ0rS1tU2vWx", name: "github-ci", created: "2024-05-06T12:00:00Z", note: "ci"}])"#;
    let mut shots = String::new();
    for width in WIDTHS {
        let run = env.run_with_envs(&[("COLUMNS", &width.to_string()), ("SEQERA_OUTPUT", "table")], &["run", "-e", script]);
        let whole = [
            ("id", vec!["1cz5A8cuBkB5iJliCwJCFU".to_string(), "2hJ7kL8mN9pQ0rS1tU2vWx".into()]),
            ("created", vec!["2024-03-04T09:30:00Z".to_string(), "2024-05-06T12:00:00Z".into()]),
        ];
        assert_fits(&run, width, &whole);
        shots.push_str(&format!("== {width} columns\n{}-- stderr\n{}", run.stdout, run.stderr));
    }
    assert!(shots.contains('…'), "the description is cut, not wrapped: {shots}");
    insta::assert_snapshot!(shots);
}

#[test]
fn get_list_and_every_write_give_one_credential_shape() {
    let (_sandbox, env) = own();
    let env = env.env("GH", "ghp_one").env("GH2", "ghp_two");
    let ws = ["-w", "acme/prod"];
    let with = |args: &[&str]| -> Vec<String> { ws.iter().chain(args).map(|s| s.to_string()).collect() };
    let json = |args: &[&str]| {
        let args = with(args);
        let run = env.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
        run.json()
    };
    let added = json(&["credentials", "add", "github", "--name", "gh-shape", "--username", "u", "--password-env", "GH", "-o", "json"]);
    let got = json(&["credentials", "get", "gh-shape", "-o", "json"]);
    let listed = json(&["credentials", "list", "-o", "json"]);
    let item = listed.as_array().unwrap().iter().find(|c| c["name"] == "gh-shape").unwrap().clone();
    assert!(got.get("credentials").is_none(), "get is the object itself: {got}");
    for shape in [&added, &got, &item] {
        assert_eq!(shape["name"], "gh-shape");
        assert_eq!(shape["provider"], "github");
        assert_eq!(shape["id"], got["id"]);
    }
    // The same object: every field of a list item is in `get` with the same value; `get` adds only the
    // (non-secret) `keys`, which the API's list leaves out.
    for (k, v) in item.as_object().unwrap() {
        assert_eq!(&got[k], v, "field {k}: {got} vs {item}");
    }
    let extra: Vec<&String> = got.as_object().unwrap().keys().filter(|k| item.get(k.as_str()).is_none()).collect();
    assert_eq!(extra, ["keys"], "{got} vs {item}");
    let updated = json(&["credentials", "update", "gh-shape", "--description", "new words", "-o", "json"]);
    assert_eq!((updated["name"].as_str(), updated["description"].as_str()), (Some("gh-shape"), Some("new words")));
    let rotated = json(&["credentials", "rotate", "gh-shape", "--password-env", "GH2", "-o", "json"]);
    assert_eq!((rotated["id"].clone(), rotated["status"].as_str()), (got["id"].clone(), Some("AVAILABLE")), "{rotated}");
    let validated = json(&["credentials", "validate", "gh-shape", "-o", "json"]);
    assert_eq!((validated["id"].clone(), validated["name"].as_str()), (got["id"].clone(), Some("gh-shape")), "{validated}");
    assert_eq!(validated["status"], "AVAILABLE");
    // --jq and --fields on the writes too.
    let run = env.run(
        &with(&["credentials", "update", "gh-shape", "--description", "x", "--jq", ".name"]).iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(run.stdout, "gh-shape\n", "{run:?}");
    let run = env.run(
        &with(&["credentials", "rotate", "gh-shape", "--password-env", "GH", "--fields", "name,provider", "-o", "json"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    assert_eq!(run.json(), serde_json::json!({"name": "gh-shape", "provider": "github"}), "{run:?}");
    let args =
        with(&["credentials", "add", "github", "--name", "gh-two", "--username", "u", "--password-env", "GH", "--fields", "name,provider"]);
    let run = env.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(run.stdout, "name\tgh-two\nprovider\tgithub\n", "{run:?}");
    let args = with(&["credentials", "update", "gh-two", "--description", "d", "--fields", "name,description", "-o", "csv"]);
    let run = env.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(run.stdout, "name,description\ngh-two,d\n", "{run:?}");
    // A misspelt field stops a write before it writes.
    let args = with(&["credentials", "add", "github", "--name", "gh-three", "--username", "u", "--password-env", "GH", "--fields", "nme"]);
    let run = env.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.starts_with("Error: `nme` is not a field here; the fields are: id, name, provider,"), "{run:?}");
    let run = env.run(&with(&["credentials", "list", "--jq", ".[].name"]).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(run.stdout.ends_with("gh-shape\ngh-two\n"), "{run:?}");
}

#[test]
fn jq_filters_every_list_and_get() {
    let (_sandbox, env) = own();
    let cases: [(&[&str], &str); 7] = [
        (&["-w", "acme/prod", "credentials", "list", "--jq", ".[].name"], "aws-prod\ngithub-ci\ndocker-hub\n"),
        (&["-w", "acme/prod", "credentials", "get", "aws-prod", "--jq", ".name"], "aws-prod\n"),
        (&["org", "list", "--jq", ".[].orgName"], "acme\nglobex\n"),
        (&["workspace", "list", "--org", "globex", "--jq", ".[].workspaceName"], "research\n"),
        (&["config", "list", "--jq", ".[] | select(.key == \"profile\") | .value"], "default\n"),
        (&["status", "--jq", ".ok"], "true\n"),
        (&["org", "list", "--jq", "map(.orgId) | add"], "203\n"),
    ];
    for (args, want) in cases {
        let run = env.run(args);
        assert_eq!(run.stdout, want, "{args:?}: {run:?}");
    }
    // A string result on a terminal is bare too; any other value is JSON.
    let run = env.run(&["-w", "acme/prod", "credentials", "list", "--jq", ".[0] | {name, provider}"]);
    assert_eq!(run.stdout, "{\"name\":\"aws-prod\",\"provider\":\"aws\"}\n", "{run:?}");
}

#[test]
fn a_bad_jq_expression_is_a_usage_error_naming_where() {
    let env = TestEnv::new();
    let run = env.run(&["org", "list", "--jq", ".[] | nosuch"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("undefined filter `nosuch` at character 7"), "{run:?}");
    assert_eq!(run.stdout, "");
    let run = env.run(&["org", "list", "--jq", ".[] |"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("expected term at the end"), "{run:?}");
}

#[test]
fn fields_pick_columns_in_every_format_and_unknown_ones_are_listed() {
    let (_sandbox, env) = own();
    let ws = ["-w", "acme/prod"];
    let run = env.run(&[&ws[..], &["credentials", "list", "--fields", "name,provider"]].concat());
    assert_eq!(run.stdout, "aws-prod\taws\ngithub-ci\tgithub\ndocker-hub\tcontainer-reg\n", "{run:?}");
    let run = env.run(&[&ws[..], &["credentials", "list", "--fields", "name,provider", "-o", "json"]].concat());
    assert_eq!(run.json()[0], serde_json::json!({"name": "aws-prod", "provider": "aws"}), "{run:?}");
    let run = env.run(&[&ws[..], &["credentials", "list", "--fields", "name,last-used", "-o", "csv"]].concat());
    assert!(run.stdout.starts_with("name,lastUsed\naws-prod,20"), "{run:?}");
    let run = env.run(&[&ws[..], &["credentials", "get", "aws-prod", "--fields", "name,provider", "-o", "json"]].concat());
    assert_eq!(run.json(), serde_json::json!({"name": "aws-prod", "provider": "aws"}), "{run:?}");
    let run = env.run(&[&ws[..], &["credentials", "get", "aws-prod", "--fields", "name,provider", "-o", "table"]].concat());
    assert_eq!(run.stdout, "Name      aws-prod\nProvider  aws\n", "{run:?}");
    // Other commands: a field by its header (NAME is orgName) or API name.
    let run = env.run(&["org", "list", "--fields", "name,id"]);
    assert_eq!(run.stdout, "acme\t101\nglobex\t102\n", "{run:?}");
    let run = env.run(&["workspace", "list", "--fields", "workspaceName", "--org", "globex"]);
    assert_eq!(run.stdout, "research\n", "{run:?}");
    let run = env.run(&["config", "list", "--fields", "key", "--jq", ".[0]"]);
    assert_eq!(run.stdout, "{\"key\":\"profile\"}\n", "{run:?}");
    let run = env.run(&["status", "--fields", "check"]);
    assert!(run.stdout.starts_with("platform\n") || run.stdout.lines().count() == 5, "{run:?}");
    let run = env.run(&["org", "list", "--fields", "name,provider"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("`provider` is not a field here; the fields are: orgName, orgId, roles, orgType, current."), "{run:?}");
}

#[test]
fn tsv_and_csv_headers_follow_the_flags() {
    let env = TestEnv::new();
    let run = env.run(&["org", "list", "--header"]);
    assert_eq!(run.stdout, "orgName\torgId\troles\torgType\tcurrent\nacme\t101\tmember\tpro\t\nglobex\t102\tcollaborator\tacademic\t\n");
    let run = env.run(&["org", "list", "-o", "csv", "--no-header"]);
    assert_eq!(run.stdout, "acme,101,member,pro,\nglobex,102,collaborator,academic,\n");
    let run = env.run(&["org", "list", "-o", "csv", "--header", "--no-header"]);
    assert!(!run.stdout.starts_with("orgName"), "the last flag wins: {run:?}");
}

#[test]
fn colour_follows_gh_rules() {
    let env = TestEnv::new();
    let coloured = |extra: &[(&str, &str)], args: &[&str]| env.run_with_envs(extra, args).stdout.contains('\u{1b}');
    let table = ["org", "list", "-o", "table"];
    assert!(coloured(&[("CLICOLOR_FORCE", "1")], &table), "forced in a pipe");
    assert!(coloured(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &table), "as in gh, CLICOLOR_FORCE wins over NO_COLOR");
    assert!(!coloured(&[("CLICOLOR_FORCE", "0")], &table));
    assert!(!coloured(&[("CLICOLOR_FORCE", "1")], &["--color", "never", "org", "list", "-o", "table"]), "--color wins");
    // On a terminal: colour, unless NO_COLOR, CLICOLOR=0 or TERM=dumb; --color always wins over them.
    let on_pty = |vars: &[(&str, &str)], args: &[&str]| {
        let mut cmd = env.command(args);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let mut pty = Pty::spawn_command(cmd);
        pty.wait_for("globex");
        assert_eq!(wait_exit(&mut pty), Some(0));
        pty.raw().contains("\u{1b}[1;36m")
    };
    assert!(on_pty(&[], &["org", "list"]));
    assert!(!on_pty(&[("NO_COLOR", "1")], &["org", "list"]));
    assert!(!on_pty(&[("CLICOLOR", "0")], &["org", "list"]));
    assert!(!on_pty(&[("TERM", "dumb")], &["org", "list"]));
    assert!(on_pty(&[("TERM", "dumb")], &["--color", "always", "org", "list"]));
}

#[test]
fn times_read_relative_on_a_terminal_and_iso_in_a_pipe() {
    let (_sandbox, env) = own();
    let mut pty = Pty::spawn(&env, &["-w", "acme/prod", "credentials", "list"]);
    pty.wait_for("docker-hub");
    assert_eq!(wait_exit(&mut pty), Some(0));
    let text = pty.text();
    assert!(text.contains("about 2 years ago") && !text.contains("2024-05-06T12:00:00Z"), "{text}");
    let run = env.run(&["-w", "acme/prod", "credentials", "list"]);
    assert!(run.stdout.contains("2024-05-06T12:00:00Z"), "{run:?}");
}

#[test]
fn a_slow_wait_shows_a_spinner_on_a_terminal_and_never_in_a_pipe() {
    let sandbox = OwnSandbox::start(&[("SEQERA_SANDBOX_DELAY_MS", "700")]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    let mut pty = Pty::spawn(&env, &["org", "list"]);
    pty.wait_for_nth("Loading...", 1, Duration::from_secs(10));
    pty.wait_for("globex");
    assert_eq!(wait_exit(&mut pty), Some(0));
    let text = pty.text();
    let table = text.find("NAME").expect(&text);
    assert!(text[table..].lines().nth(1).is_some_and(|l| l.starts_with("acme")), "the table is whole: {text}");
    let run = env.run(&["org", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stderr.contains("Loading") && !run.stderr.contains('\u{1b}'), "{run:?}");
    // Output going to a file while stderr is the terminal: someone else reads it, so no spinner (as gh).
    let line = format!("{} org list > out.txt", env!("CARGO_BIN_EXE_seqera"));
    let mut pty = Pty::spawn_command(env.command_of("sh", &["-c", &line]));
    assert_eq!(wait_exit(&mut pty), Some(0));
    assert!(!pty.text().contains("Loading"), "{}", pty.text());
    assert!(std::fs::read_to_string(env.dir.path().join("out.txt")).unwrap().contains("globex"));
    for (k, v) in [("CI", "true"), ("TERM", "dumb")] {
        let mut cmd = env.command(&["org", "list"]);
        cmd.env(k, v);
        let mut pty = Pty::spawn_command(cmd);
        pty.wait_for("globex");
        assert_eq!(wait_exit(&mut pty), Some(0));
        assert!(!pty.text().contains("Loading"), "{k}={v}: {}", pty.text());
    }
}

#[test]
fn completion_offers_the_fields_of_the_command_on_the_line() {
    let env = TestEnv::new();
    let values = |words: &[&str]| {
        let index = (words.len() - 1).to_string();
        let args: Vec<&str> = std::iter::once("--").chain(words.iter().copied()).collect();
        let run = env.run_with_envs(&[("COMPLETE", "bash"), ("_CLAP_COMPLETE_INDEX", &index), ("_CLAP_IFS", "\n")], &args);
        run.stdout.lines().map(str::to_string).collect::<Vec<_>>()
    };
    assert_eq!(values(&["seqera", "credentials", "list", "--fields", ""]), ["id", "name", "provider", "status", "lastUsed", "lastUpdated"]);
    assert_eq!(values(&["seqera", "creds", "ls", "--fields", "name,pro"]), ["name,provider"]);
    assert_eq!(values(&["seqera", "org", "--fields", ""]), ["orgName", "orgId", "roles", "orgType"]);
    assert_eq!(values(&["seqera", "-w", "acme/prod", "credentials", "validate", "x", "--fields", "st"]), ["status"]);
    assert!(values(&["seqera", "config", "list", "--fields", ""]).contains(&"source".to_string()));
}

#[test]
fn batch_progress_shows_from_the_first_item() {
    let sandbox = OwnSandbox::start(&[("SEQERA_SANDBOX_DELAY_MS", "600")]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    // One at a time, four slow calls: the bar is there at 0/4, before the first call answers.
    let script = r#"let r = parallel([1, 2, 3, 4], |n| org_list().len(), #{limit: 1}); print(`done ${r.len()}`)"#;
    let mut pty = Pty::spawn(&env, &["run", "-e", script]);
    pty.wait_for("0/4");
    assert!(!pty.text().contains("1/4"), "0/4 was drawn before the first item finished: {}", pty.text());
    pty.wait_for("done 4");
    assert_eq!(wait_exit(&mut pty), Some(0));
    // In a pipe there is no bar at all.
    let run = env.run(&["run", "-e", script]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "done 4\n"), "{run:?}");
    assert!(!run.stderr.contains("/4"), "{run:?}");
}

#[test]
fn the_spinner_is_gone_before_a_prompt_and_never_comes_back_over_it() {
    let sandbox = OwnSandbox::start(&[("SEQERA_SANDBOX_DELAY_MS", "500")]);
    let env = sandbox.env().env("SEQERA_ACCESS_TOKEN", seqera::sandbox::DEMO_TOKEN);
    let mut pty = Pty::spawn(&env, &["-w", "acme/prod", "credentials", "delete", "github-ci"]);
    pty.wait_for_nth("Loading...", 1, Duration::from_secs(10));
    pty.wait_for("Delete credential `github-ci`");
    std::thread::sleep(Duration::from_millis(600));
    let text = pty.text();
    let prompt = text.rfind("Delete credential").unwrap();
    assert!(!text[prompt..].contains("Loading"), "the spinner drew over the prompt: {text}");
    pty.send("n\r");
    pty.wait_for("Nothing deleted.");
    assert_eq!(wait_exit(&mut pty), Some(0));
}

#[test]
fn show_gives_the_object_that_list_gives_for_orgs_and_workspaces() {
    let (_sandbox, env) = own();
    assert_eq!(env.run(&["org", "switch", "acme"]).code, 0);
    assert_eq!(env.run(&["workspace", "use", "acme/prod"]).code, 0);
    let org = env.run(&["org", "show", "-o", "json"]).json();
    let orgs = env.run(&["org", "list", "-o", "json"]).json();
    assert_eq!(Some(&org), orgs.as_array().unwrap().iter().find(|o| o["orgName"] == "acme"), "{org} in {orgs}");
    let ws = env.run(&["workspace", "show", "-o", "json"]).json();
    let all = env.run(&["workspace", "list", "-o", "json"]).json();
    let item = all.as_array().unwrap().iter().find(|w| w["workspaceId"] == 201).unwrap();
    for (k, v) in item.as_object().unwrap() {
        assert_eq!(&ws[k], v, "{k}: {ws} vs {item}");
    }
    assert_eq!(env.run(&["workspace", "show", "--jq", ".workspaceName"]).stdout, "prod\n");
    assert_eq!(env.run(&["org", "show", "--fields", "name,id"]).stdout, "orgName\tacme\norgId\t101\n");
}
