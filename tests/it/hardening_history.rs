//! The shell's history never keeps a line that holds a secret, whether seqera refused it or ran it.

use crate::harness::TestEnv;
use std::time::Duration;

use crate::pty::Pty;

#[test]
fn history_keeps_no_line_that_holds_a_secret() {
    let env = TestEnv::new();
    let mut pty = Pty::spawn(&env, &["shell"]);
    let lines = [
        "credentials add aws --name leak --access-key AK --secret-key SUPERSECRET1",
        "let c = #{secretKey: \"SUPERSECRET2\"}",
        "let t = \"ghp_SUPERSECRET3abcdefghijklmnopqrstu\"",
        "let kept = \"no secret here\"",
        "org list",
    ];
    for (n, line) in lines.iter().enumerate() {
        // One line per prompt: rustyline drops what is typed before its prompt is up.
        pty.wait_for_nth("seqera> ", n + 1, Duration::from_secs(10));
        pty.send(&format!("{line}\r"));
    }
    pty.wait_for("globex");
    assert!(pty.text().contains("is refused"), "{}", pty.text());
    assert_eq!(pty.finish(), Some(0));
    let history = std::fs::read_to_string(env.dir.path().join("home/.local/state/seqera/history")).unwrap();
    assert!(!history.contains("SUPERSECRET"), "{history}");
    assert!(history.contains("no secret here") && history.contains("org list"), "ordinary lines are kept: {history}");
}
