//! Settings that hold under bad values, parallel writers and symlinks, and plain http refused by default:
//! every case through the real binary, none may panic (exit 101 or 134).

use crate::harness::{Run, TestEnv};

fn assert_no_panic(run: &Run) {
    assert!(![101, 134, -1].contains(&run.code), "a panic or a signal: {run:?}");
    assert!(!run.stderr.contains("panicked"), "{run:?}");
}

/// Every bad value in a timeout: refused by `config set` with a one-line error.
const BAD_SECONDS: &[&str] = &["1e300", "NaN", "nan", "inf", "-inf", "-1", "0", "0.05", "86401", "", " ", "ten", "1e-300", "0x10"];

#[test]
fn out_of_bounds_timeouts_are_refused_by_config_set_without_a_panic() {
    let env = TestEnv::bare();
    for bad in BAD_SECONDS {
        for key in ["request_timeout", "connect_timeout"] {
            let run = env.run(&["config", "set", key, "--", bad]);
            assert_no_panic(&run);
            assert_eq!(run.code, 2, "{key}={bad:?}: {run:?}");
            assert!(run.stderr.contains("from 0.1 to 86400"), "{run:?}");
        }
    }
    for good in ["0.1", "30", "86400", " 12.5 "] {
        assert_eq!(env.run(&["config", "set", "request_timeout", good]).code, 0, "{good}");
    }
}

#[test]
fn out_of_bounds_timeouts_in_env_are_one_line_errors_naming_the_variable() {
    let env = TestEnv::new();
    for bad in BAD_SECONDS.iter().filter(|v| !v.trim().is_empty()) {
        for var in ["SEQERA_REQUEST_TIMEOUT", "SEQERA_CONNECT_TIMEOUT"] {
            let run = env.run_with_env(var, bad, &["org", "list"]);
            assert_no_panic(&run);
            assert_eq!(run.code, 1, "{var}={bad}: {run:?}");
            assert!(run.stderr.contains(&format!("(from env {var})")) && run.stderr.contains(&format!("Unset {var}")), "{run:?}");
        }
    }
}

#[test]
fn a_bad_stored_timeout_names_the_file_and_the_fix_and_config_unset_repairs_it() {
    let env = TestEnv::new();
    let path = env.config_file();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "# mine\n[profiles.default]\nrequest_timeout = \"1e300\"\n").unwrap();
    let run = env.run(&["org", "list"]);
    assert_no_panic(&run);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains(&format!("Invalid request_timeout in profile `default` of {}", path.display())), "{run:?}");
    assert!(run.stderr.contains("seqera config unset request_timeout"), "{run:?}");
    let list = env.run(&["config", "list"]);
    assert_eq!(list.code, 0, "config list still works, with a warning: {list:?}");
    assert!(list.stderr.contains("Warning: Invalid request_timeout"), "{list:?}");
    let unset = env.run(&["config", "unset", "request_timeout"]);
    assert_eq!(unset.code, 0, "{unset:?}");
    assert_eq!(env.run(&["org", "list"]).code, 0, "repaired");
    assert!(std::fs::read_to_string(&path).unwrap().contains("# mine"));
}

#[test]
fn a_stored_value_of_the_wrong_type_can_be_repaired_with_config_set() {
    let env = TestEnv::new();
    let path = env.config_file();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "[profiles.default]\nconnect_timeout = nan\nrequest_timeout = -5\n").unwrap();
    let run = env.run(&["org", "list"]);
    assert_no_panic(&run);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("line 2") && run.stderr.contains("config set connect_timeout"), "{run:?}");
    assert_eq!(env.run(&["config", "set", "connect_timeout", "5"]).code, 0);
    assert_eq!(env.run(&["config", "set", "request_timeout", "20"]).code, 0);
    let run = env.run(&["org", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn bad_urls_and_booleans_are_refused_when_set_and_when_read() {
    let env = TestEnv::bare();
    for (key, bad) in
        [("api_url", "not a url"), ("api_url", "ftp://x"), ("auth_domain", ""), ("ai_backend_url", "http://"), ("allow_http", "maybe")]
    {
        let run = env.run(&["config", "set", key, bad]);
        assert_no_panic(&run);
        assert_eq!(run.code, 2, "{key}={bad:?}: {run:?}");
    }
    let run = env.run_with_env("SEQERA_ALLOW_HTTP", "perhaps", &["status"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Invalid allow_http (from env SEQERA_ALLOW_HTTP)"), "{run:?}");
}

#[test]
fn plain_http_to_another_machine_is_refused_unless_allow_http_and_then_warned_every_time() {
    let env = TestEnv::bare();
    for (var, url) in [
        ("SEQERA_PLATFORM_API_URL", "http://platform.example.com/api"),
        ("TOWER_API_ENDPOINT", "http://10.0.0.5/api"),
        ("SEQERA_AUTH_DOMAIN", "http://auth.example.com"),
        ("SEQERA_AI_BACKEND_URL", "http://ai.example.com"),
    ] {
        let run = env.run_with_env(var, url, &["status"]);
        assert_no_panic(&run);
        assert_eq!(run.code, 1, "{var}: {run:?}");
        assert!(run.stderr.contains("is plain http to another machine") && run.stderr.contains("allow_http"), "{run:?}");
    }
    let run = env.run(&["config", "set", "api_url", "http://platform.example.com/api"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(!env.config_file().exists() || !std::fs::read_to_string(env.config_file()).unwrap().contains("example.com"));
    assert_eq!(env.run(&["config", "set", "allow_http", "true"]).code, 0);
    assert_eq!(env.run(&["config", "set", "api_url", "http://platform.example.com/api"]).code, 0);
    for _ in 0..2 {
        let run = env.run(&["config", "get", "api_url"]);
        assert_eq!(run.code, 0, "{run:?}");
        assert!(run.stderr.contains("Warning: api_url http://platform.example.com/api") && run.stderr.contains("unencrypted"), "{run:?}");
    }
}

#[test]
fn plain_http_on_loopback_needs_no_allow_http() {
    let env = TestEnv::bare();
    for url in ["http://127.0.0.1:9/api", "http://127.9.9.9:9", "http://localhost:9", "http://[::1]:9/api"] {
        let run = env.run_with_env("SEQERA_PLATFORM_API_URL", url, &["config", "get", "api_url"]);
        assert_eq!(run.code, 0, "{url}: {run:?}");
        assert!(!run.stderr.contains("Warning"), "{run:?}");
    }
}

#[test]
fn twenty_parallel_config_creates_keep_all_twenty_profiles() {
    for round in 0..3 {
        let env = TestEnv::bare();
        let children: Vec<_> = (0..20)
            .map(|i| {
                env.command(&["config", "create", &format!("p{i}")])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
        let run = env.run(&["config", "profiles", "-o", "json"]);
        let names: Vec<String> = run.json().as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()).collect();
        for i in 0..20 {
            assert!(names.contains(&format!("p{i}")), "round {round}: profile p{i} was lost: {names:?}");
        }
    }
}

#[test]
#[cfg(unix)]
fn a_symlinked_config_is_written_at_its_target_and_stays_a_link() {
    let env = TestEnv::bare();
    let dotfiles = env.dir.path().join("dotfiles");
    std::fs::create_dir_all(&dotfiles).unwrap();
    let target = dotfiles.join("seqera.toml");
    std::fs::write(&target, "# from my dotfiles\n").unwrap();
    let link = env.config_file();
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink("../../../dotfiles/seqera.toml", &link).unwrap();
    assert_eq!(env.run(&["config", "create", "lab"]).code, 0);
    assert_eq!(env.run(&["-p", "lab", "config", "set", "request_timeout", "12"]).code, 0);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is kept");
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains("# from my dotfiles") && text.contains("[profiles.lab]") && text.contains("request_timeout = \"12\""), "{text}");
    assert_eq!(std::fs::read_dir(&dotfiles).unwrap().count(), 1, "no temp file left beside the target");
}
