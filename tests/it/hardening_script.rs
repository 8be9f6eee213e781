//! Rhai scripts cannot take the machine's memory or load other files.

use crate::harness::TestEnv;

#[test]
fn a_script_growing_an_array_past_the_limit_stops_with_an_error_not_an_abort() {
    let env = TestEnv::new();
    for expr in ["[].pad(100000000, 0)", "[].pad(200000000, 0)", "blob(100000000)", "let a = [1]; a.pad(2000000, [1, 2])"] {
        let run = env.run(&["run", "-e", expr]);
        assert_eq!(run.code, 1, "{expr}: {run:?}");
        assert!(run.stderr.contains("Size of array/BLOB too large for a seqera script.") && run.stderr.contains("Hint:"), "{run:?}");
        assert!(run.elapsed < std::time::Duration::from_secs(10), "refused before allocating: {run:?}");
    }
    let run = env.run(&["run", "-e", "let a = []; a.pad(999000, 0); a.len()"]);
    assert_eq!((run.code, run.stdout.trim()), (0, "999000"), "below the limit works: {run:?}");
}

#[test]
fn a_script_growing_a_string_or_map_past_the_limit_stops_with_an_error() {
    let env = TestEnv::new();
    let run = env.run(&["run", "-e", r#""x".pad(100000000, "y")"#]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Length of string too large"), "{run:?}");
    let run = env.run(&["run", "-e", "let m = #{}; let big = []; big.pad(600000, 0); m.a = big; m.b = big; m"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("too large for a seqera script"), "{run:?}");
}

#[test]
fn import_is_turned_off_even_for_a_file_beside_the_script() {
    let env = TestEnv::new();
    let dir = env.dir.path();
    std::fs::write(dir.join("lib.rhai"), "fn hello() { \"hi\" }\n").unwrap();
    std::fs::write(dir.join("main.rhai"), "import \"lib\" as lib;\nprint(lib::hello());\n").unwrap();
    let run = env.run(&["run", "main.rhai"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("`import \"lib\"` is turned off in seqera scripts.") && run.stderr.contains("main.rhai:1:"), "{run:?}");
    assert!(!run.stdout.contains("hi"), "{run:?}");
    let run = env.run_with_stdin(&["shell"], "import \"/etc/passwd\" as x\n");
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("is turned off"), "{run:?}");
}
