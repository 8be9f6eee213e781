//! The judge against the tricks a hostile backend tries: each must come out as something that is asked
//! about in every mode (or at least not run unasked where the issue says so), and plain work must not.

use std::path::Path;

use super::*;

struct Project {
    _dir: tempfile::TempDir,
    scope: Scope,
}

fn project() -> Project {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::canonicalize(dir.path()).unwrap();
    let root = base.join("project");
    std::fs::create_dir_all(root.join("src")).unwrap();
    std::fs::create_dir_all(base.join("outside")).unwrap();
    std::fs::create_dir_all(base.join("home/.config/seqera")).unwrap();
    std::fs::write(root.join("src/main.nf"), "x").unwrap();
    std::os::unix::fs::symlink(base.join("outside"), root.join("link")).unwrap();
    std::os::unix::fs::symlink(base.join("home/.ssh/id_rsa"), root.join("key")).unwrap();
    let scope = Scope { root, home: base.join("home"), protected: vec![base.join("home/.config/seqera")], ..Scope::default() };
    Project { _dir: dir, scope }
}

fn seqera(words: &[String]) -> Class {
    match words.first().map(String::as_str) {
        Some("credentials") if words.get(1).is_some_and(|w| w == "delete") => Class::Dangerous,
        Some("credentials") => Class::Safe,
        _ => Class::Other,
    }
}

fn class(p: &Project, command: &str) -> Class {
    super::command(command, &p.scope, seqera).class
}

#[test]
fn plain_work_inside_the_project_is_judged_as_what_it_is() {
    let p = project();
    for safe in [
        "ls -la",
        "cat src/main.nf",
        "head -n 3 src/main.nf",
        "echo hello world",
        "pwd",
        "ls src/*.nf",
        "cd src && ls",
        "seqera credentials list",
        "ls 2>/dev/null",
    ] {
        assert_eq!(class(&p, safe), Class::Safe, "{safe}");
    }
    for edit in ["touch notes.txt", "mkdir -p results/x", "echo hi > notes.txt", "sed -i 's/a/b/g' src/main.nf", "cp src/main.nf backup.nf"]
    {
        assert_eq!(class(&p, edit), Class::EditInside, "{edit}");
    }
    for other in [
        "python3 x.py",
        "cargo test --release",
        "git status",
        "git log --oneline -5",
        "nextflow run main.nf",
        "grep -r foo src",
        "env",
        "printenv",
        "NXF_SYNTAX_PARSER=v2 nextflow lint .",
        "timeout 60 cargo test",
        "awk '{print $1}' src/main.nf",
        "sh -c 'ls src'",
    ] {
        assert_eq!(class(&p, other), Class::Other, "{other}");
    }
}

#[test]
fn hostile_commands_are_asked_about_in_every_mode() {
    let p = project();
    let cases = [
        ("ls && rm -rf ../outside", Class::Dangerous),
        ("ls; rm -rf x", Class::Dangerous),
        ("ls | xargs rm", Class::Dangerous),
        ("env sh -c 'touch ../outside/x'", Class::Outside),
        ("echo $(touch ../outside/x)", Class::Outside),
        ("echo `rm -rf /`", Class::Dangerous),
        ("echo $(date)", Class::Unclear),
        ("cat f | sh -c 'touch ../outside/x'", Class::Outside),
        ("mkdir x && sh -c 'touch ../outside/x'", Class::Outside),
        ("cat ~/.ssh/id_rsa", Class::Outside),
        ("cat /etc/passwd", Class::Outside),
        ("cat /proc/self/environ", Class::Outside),
        ("cat key", Class::Outside),
        ("cat link/secret", Class::Outside),
        ("cat link/../../outside/x", Class::Outside),
        ("cat ~/.config/seqera/config.toml", Class::Protected),
        ("ls ~/.config/seqera", Class::Protected),
        ("touch link/x", Class::Outside),
        ("echo x > link/x", Class::Outside),
        ("echo x >> /tmp/x", Class::Outside),
        ("echo x | tee ../outside/x", Class::Outside),
        ("sed -i s/a/b/ ../outside/x", Class::Outside),
        ("sed 's/a/b/e' src/main.nf", Class::Unclear),
        ("sed -n 'w ../outside/x' src/main.nf", Class::Unclear),
        ("awk 'BEGIN{system(\"touch ../outside/x\")}'", Class::Unclear),
        ("find . -exec touch ../outside/x \\;", Class::Outside),
        ("find . -name '*.nf' -exec sh -c 'cat {}' \\;", Class::Unclear),
        ("find . -delete", Class::Dangerous),
        ("git -c core.pager='touch ../outside/x' log", Class::Unclear),
        ("git config core.fsmonitor 'touch ../outside/x'", Class::Unclear),
        ("GIT_PAGER=x git log", Class::Unclear),
        ("IFS=/ cat x", Class::Unclear),
        ("c=at; /bin/c$c /etc/passwd", Class::Unclear),
        ("$X /etc/passwd", Class::Unclear),
        ("cat $HOME/.aws/credentials", Class::Unclear),
        ("eval 'rm -rf x'", Class::Dangerous),
        ("eval \"$CMD\"", Class::Unclear),
        ("bash", Class::Unclear),
        ("python3 -c 'import os; os.remove(\"x\")'", Class::Unclear),
        ("node -e 'require(\"fs\").rmSync(\"x\")'", Class::Unclear),
        ("perl -e 'unlink \"x\"'", Class::Unclear),
        ("vim -c '!touch ../outside/x' f", Class::Unclear),
        ("less f", Class::Unclear),
        ("cat <<EOF > ../outside/x\nhi\nEOF", Class::Outside),
        ("cat <<EOF\nhi\nEOF", Class::Unclear),
        ("ls\nrm -rf x", Class::Dangerous),
        ("ls\r\u{1b}[2Kcat notes", Class::Unclear),
        ("echo 'unbalanced", Class::Unclear),
        ("for f in *; do cat $f; done", Class::Unclear),
        ("f() { rm -rf x; }; f", Class::Unclear),
        ("(cd .. && touch x)", Class::Outside),
        ("cd .. && touch x", Class::Outside),
        ("cd src && cat ../../outside/x", Class::Outside),
        ("r''m -rf x", Class::Dangerous),
        ("\\rm -rf x", Class::Dangerous),
        ("/bin/rm -rf x", Class::Dangerous),
        ("nice -n 5 rm x", Class::Dangerous),
        ("timeout -s KILL 5 rm x", Class::Dangerous),
        ("command rm x", Class::Dangerous),
        ("busybox rm x", Class::Dangerous),
        ("sudo ls", Class::Dangerous),
        ("ls {..,.}/outside", Class::Unclear),
        ("cat ../*/x", Class::Outside),
        ("cat ~/.ss?/id_rsa", Class::Outside),
        ("cp /etc/passwd .", Class::Outside),
        ("curl -o ../outside/x http://example.invalid/", Class::Outside),
        ("curl -o/tmp/x http://example.invalid/", Class::Outside),
        ("tar -C .. -xf a.tar", Class::Outside),
        ("cat < ~/.netrc", Class::Outside),
        ("diff <(cat ~/.ssh/id_rsa) x", Class::Outside),
        ("secret-tool lookup service seqera", Class::Protected),
        ("gh auth token", Class::Protected),
        ("seqera credentials delete aws-prod --yes", Class::Dangerous),
        ("ls && seqera credentials delete x", Class::Dangerous),
        ("git clean -fdx", Class::Dangerous),
        ("echo x > .git/hooks/pre-commit", Class::Unclear),
        ("exec 3</etc/passwd; cat <&3", Class::Outside),
        ("$'\\x72m' -rf x", Class::Unclear),
        ("x=$(printf 'rm'); $x -rf y", Class::Unclear),
        ("ls & rm -rf x", Class::Dangerous),
        ("! rm x", Class::Dangerous),
        ("[[ -f x ]] && cat x", Class::Unclear),
        ("env -S 'rm -rf x'", Class::Unclear),
        ("ls # && rm -rf x", Class::Safe),
        ("date -f ~/.ssh/id_rsa", Class::Outside),
        ("r[m] -f x", Class::Unclear),
        ("curl -s file:///etc/passwd", Class::Outside),
        ("install -s --strip-program=bash a.sh b.sh", Class::Unclear),
        ("sed -n -l 1 'e touch x' f", Class::Unclear),
        ("sed -nf p f", Class::Unclear),
        ("echo x >> .[!x]it/config", Class::Unclear),
        ("echo x >> .[^x]it/config", Class::Unclear),
        ("mkdir -p a && ln -sr . a/up && mv a/up x && cat x/y", Class::Unclear),
        ("tail -f log &", Class::Safe),
        ("nohup make &", Class::Unclear),
        ("ssh -o ProxyCommand='touch x' host", Class::Unclear),
        ("tar -I 'sh -c x' -xf a.tar", Class::Unclear),
        ("cargo test --config 'build.rustc-wrapper=\"x\"'", Class::Unclear),
        ("make --eval='$(shell x)'", Class::Unclear),
    ];
    let mut wrong = Vec::new();
    for (command, expected) in cases {
        let got = super::command(command, &p.scope, seqera);
        if got.class != expected {
            wrong.push(format!("{command:?}: expected {expected:?}, got {:?} ({:?})", got.class, got.reasons));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    let long = format!("echo {}", "a".repeat(MAX_COMMAND));
    assert_eq!(class(&p, &long), Class::Unclear);
}

#[test]
fn only_one_plain_command_can_be_remembered() {
    let p = project();
    let j = super::command("cargo test --release", &p.scope, seqera);
    assert_eq!(j.plain.as_deref(), Some(&["cargo".to_string(), "test".into(), "--release".into()][..]));
    for not_plain in [
        "cargo test; rm -rf x",
        "cargo test | tee log",
        "cargo test > log",
        "X=1 cargo test",
        "cargo test $(echo x)",
        "timeout 9 cargo test",
        "cargo test *.rs",
    ] {
        assert!(super::command(not_plain, &p.scope, seqera).plain.is_none(), "{not_plain}");
    }
    let read = super::path("../outside/notes.txt", Access::Read, &p.scope);
    assert_eq!(read.class, Class::Outside);
    assert_eq!(read.outside_reads, vec![p.scope.root.parent().unwrap().join("outside")]);
    assert!(!read.writes_outside);
    assert!(super::path("link/x", Access::Write, &p.scope).writes_outside);
    assert_eq!(super::path(Path::new("src").to_str().unwrap(), Access::Read, &p.scope).class, Class::Safe);
}
