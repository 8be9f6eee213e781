use crate::harness::TestEnv;

#[test]
fn lists_are_headerless_tsv_in_a_pipe() {
    let run = TestEnv::new().run(&["workspace", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stdout,
        "acme\tprod\t201\tmaintain\tSHARED\tProduction\t\nacme\tdev\t202\tadmin\tPRIVATE\tDevelopment\t\nglobex\tresearch\t203\tview\tSHARED\tResearch\t\n"
    );
}

#[test]
fn csv_has_api_field_names_as_header() {
    let run = TestEnv::new().run(&["org", "list", "-o", "csv"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "orgName,orgId,roles,orgType,current\nacme,101,member,pro,\nglobex,102,collaborator,academic,\n");
}

#[test]
fn json_is_compact_in_a_pipe_with_api_field_names() {
    let run = TestEnv::new().run(&["workspace", "list", "--org", "globex", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.lines().count(), 1, "compact: {run:?}");
    let j = run.json();
    assert_eq!(j[0]["workspaceId"], 203);
    assert_eq!(j[0]["orgName"], "globex");
    assert_eq!(j[0]["workspaceFullName"], "Research");
    assert_eq!(j.as_array().unwrap().len(), 1);
}

#[test]
fn table_output_has_headers_and_aligned_columns() {
    let run = TestEnv::new().run(&["org", "list", "-o", "table"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("NAME") && lines[0].contains("ROLE"), "{run:?}");
    assert_eq!(lines[1].find("101"), lines[0].find("ID"), "columns line up: {run:?}");
    assert!(!run.stdout.contains('\u{1b}'), "no colour when stdout is not a terminal");
}

#[test]
fn colour_is_forced_by_flag_or_clicolor_force_even_over_no_color() {
    let env = TestEnv::new();
    assert!(env.run(&["--color", "always", "org", "list", "-o", "table"]).stdout.contains('\u{1b}'));
    assert!(env.run_with_env("CLICOLOR_FORCE", "1", &["org", "list", "-o", "table"]).stdout.contains('\u{1b}'));
    // gh's rule (`pkg/iostreams`): CLICOLOR_FORCE wins over NO_COLOR; NO_COLOR alone turns colour off.
    let both = env.run_with_envs(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &["org", "list", "-o", "table"]);
    assert!(both.stdout.contains('\u{1b}'), "{both:?}");
    assert!(!env.run_with_env("NO_COLOR", "1", &["--color", "auto", "org", "list", "-o", "table"]).stdout.contains('\u{1b}'));
}

#[test]
fn output_env_var_chooses_the_format() {
    let run = TestEnv::new().env("SEQERA_OUTPUT", "json").run(&["org", "list"]);
    assert_eq!(run.json()[1]["orgName"], "globex");
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let run = TestEnv::new().sh("seqera workspace list | head -1");
    assert_eq!(run.stdout, "acme\tprod\t201\tmaintain\tSHARED\tProduction\t\n", "{run:?}");
    // The reader is gone before seqera writes a byte: the write fails with EPIPE, and seqera still exits 0
    // without a word.
    let run = TestEnv::new().sh("{ seqera workspace list; echo \"rc=$?\" >&2; } | true");
    assert_eq!(run.stderr, "rc=0\n", "{run:?}");
}

#[test]
fn status_messages_go_to_stderr_and_data_to_stdout() {
    let env = TestEnv::bare();
    let run = env.run(&["config", "set", "output", "csv"]);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("Set output = csv"));
}
