//! What each program does with its arguments: the fact sheet's safe, edit and dangerous lists, and the
//! programs that run other programs or code (runners, shells, interpreters, `find -exec`, `git -c`), whose
//! inner command is judged in turn or, when it cannot be seen, asked about.

use super::words::Arg;
use super::{Access, Class, Walk};

/// The fact sheet's safe list, less `env` and `printenv` (which would print the environment).
const SAFE: &[&str] = &["cat", "date", "echo", "head", "ls", "pwd", "stat", "tail", "tree", "uptime", "whoami", "cd"];
/// Safe programs whose arguments are not paths.
const NO_PATHS: &[&str] = &["echo", "pwd", "uptime", "whoami", "printf", "true", "false", ":"];
const DANGEROUS: &[&str] = &[
    "chmod",
    "chown",
    "dd",
    "kill",
    "killall",
    "mkfs",
    "mount",
    "pkill",
    "reboot",
    "rm",
    "shutdown",
    "sudo",
    "umount",
    "su",
    "doas",
    "pkexec",
    "shred",
    "wipefs",
    "fdisk",
    "sfdisk",
    "parted",
    "halt",
    "poweroff",
    "systemctl",
    "crontab",
    "chattr",
    "chroot",
    "nsenter",
    "unshare",
    "iptables",
    "userdel",
    "usermod",
    "passwd",
    "chgrp",
    "setfacl",
];
const EDITS: &[&str] = &["cp", "ln", "mkdir", "mv", "rmdir", "tee", "touch", "truncate", "install"];
/// Programs that read stored secrets without naming a path.
const KEYRING: &[&str] = &[
    "secret-tool",
    "security",
    "keyctl",
    "kwallet-query",
    "gpg",
    "gpg2",
    "pass",
    "op",
    "bw",
    "ssh-add",
    "keyring",
    "gdbus",
    "dbus-send",
    "busctl",
    "qdbus",
];
/// Programs that make links or move files: after one of them, the other paths of the same command may
/// point somewhere else than they did when judged.
pub(super) const RELINKS: &[&str] =
    &["ln", "link", "mv", "cp", "install", "rsync", "tar", "bsdtar", "unzip", "7z", "cpio", "git", "rename"];
/// Words in an option's name that say it runs another program (`--strip-program`, `--rsh`, `--to-command`).
const RUNS_A_PROGRAM: &[&str] = &[
    "program",
    "command",
    "exec",
    "rsh",
    "proxy",
    "pager",
    "editor",
    "shell",
    "hook",
    "wrapper",
    "helper",
    "askpass",
    "checkpoint-action",
    "info-script",
    "volume-script",
    "eval",
    "config",
    "plugin",
    "preload",
    "rcfile",
    "init-file",
    "load",
];
/// Short options that run a program or read a config that can: (program, option).
const SHORT_RUNNERS: &[(&str, &str)] = &[
    ("tar", "-I"),
    ("tar", "-F"),
    ("rsync", "-e"),
    ("ssh", "-o"),
    ("ssh", "-F"),
    ("scp", "-o"),
    ("scp", "-F"),
    ("scp", "-S"),
    ("sftp", "-o"),
    ("sftp", "-F"),
    ("sftp", "-S"),
    ("zip", "-TT"),
    ("make", "-E"),
    ("install", "-s"),
    ("sort", "--compress-program"),
];
/// Runners: they run the command in their arguments; (option, takes a value) after which it starts.
const RUNNERS: &[&str] = &[
    "env", "nice", "nohup", "timeout", "time", "command", "builtin", "exec", "stdbuf", "setsid", "ionice", "taskset", "unbuffer", "nocache",
];
const SHELLS: &[&str] = &["sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "csh", "tcsh", "yash", "posh"];
const INTERPRETERS: &[&str] = &[
    "node",
    "nodejs",
    "deno",
    "bun",
    "perl",
    "ruby",
    "php",
    "lua",
    "luajit",
    "Rscript",
    "R",
    "julia",
    "tclsh",
    "wish",
    "pwsh",
    "powershell",
    "osascript",
    "groovy",
    "scala",
    "jshell",
    "ipython",
    "irb",
    "java",
];
/// Shell builtins that take code or change how later words are read (`trap 'cmd' EXIT`, `alias`,
/// `compgen -C`, `mapfile -C`, `printf -v 'a[$(cmd)]'`, `set`, `shopt`, `declare`…).
const STATEFUL_BUILTINS: &[&str] = &[
    "trap",
    "alias",
    "unalias",
    "bind",
    "compgen",
    "complete",
    "compopt",
    "declare",
    "typeset",
    "local",
    "readonly",
    "enable",
    "fc",
    "hash",
    "history",
    "let",
    "mapfile",
    "readarray",
    "set",
    "shopt",
    "ulimit",
    "umask",
    "unset",
    "getopts",
    "read",
    "caller",
    "popd",
    "dirs",
    "fg",
    "bg",
    "suspend",
    "logout",
    "coproc",
    "select",
    "function",
    "((",
];
/// Programs that keep running after the command ends.
const OUTLIVES: &[&str] = &["setsid", "nohup", "disown", "daemonize", "at", "batch", "systemd-run"];
const AWKS: &[&str] = &["awk", "gawk", "mawk", "nawk", "busybox-awk"];
/// Interactive programs that can run commands of their own (`:!`, `!`).
const INTERACTIVE: &[&str] = &[
    "vi", "vim", "nvim", "view", "ex", "ed", "emacs", "nano", "less", "more", "most", "man", "info", "screen", "tmux", "watch", "script",
    "expect", "gdb", "strace", "ltrace", "parallel", "flock",
];

/// Commands that print a stored credential: (program, first argument).
const PRINTS_SECRETS: &[(&str, &str)] = &[
    ("gh", "auth"),
    ("gcloud", "auth"),
    ("aws", "configure"),
    ("aws", "sts"),
    ("az", "account"),
    ("docker", "login"),
    ("kubectl", "config"),
    ("npm", "token"),
    ("vault", "read"),
    ("vault", "kv"),
];

fn flag(arg: &Arg) -> Option<&str> {
    arg.text().filter(|t| t.starts_with('-') && *t != "-")
}

impl Walk<'_> {
    /// Judges one simple command from its words (the first is the program).
    pub(crate) fn run(&mut self, args: &[Arg]) {
        let Some(name) = args.first().and_then(Arg::text).map(str::to_string) else {
            return self.unclear("a command name that is only known when it runs");
        };
        if matches!(args.first(), Some(Arg::Lit { glob: true, .. })) {
            return self.unclear("a command name that is a file name pattern");
        }
        let rest = &args[1..];
        let prog = name.rsplit('/').next().unwrap_or(&name).to_string();
        if name.contains('/') {
            self.raise(Class::Other, "");
            self.path(&name, Access::Read);
            self.not_written(&name);
        }
        let prog = prog.as_str();
        self.programs.push(prog.to_string());
        if OUTLIVES.contains(&prog) {
            self.unclear(format!("`{prog}`, which starts a process that outlives the command"));
        }
        self.options_that_run(prog, rest);
        if DANGEROUS.contains(&prog) || prog.starts_with("mkfs.") {
            self.raise(Class::Dangerous, format!("`{prog}` is on the dangerous list"));
            return self.paths(rest, Access::Write);
        }
        if KEYRING.contains(&prog) {
            self.raise(Class::Protected, format!("`{prog}` can read stored secrets"));
        }
        if let Some(sub) = rest.first().and_then(Arg::text)
            && PRINTS_SECRETS.contains(&(prog, sub))
        {
            self.raise(Class::Protected, format!("`{prog} {sub}` can print a stored credential"));
        }
        match prog {
            p if STATEFUL_BUILTINS.contains(&p) => {
                self.unclear(format!("the shell builtin `{p}`, which can run code or change how later commands are read"))
            }
            "export" => self.export(rest),
            "test" | "[" if rest.iter().any(|a| a.text() == Some("-v")) => self.unclear("`test -v`, which evaluates array subscripts"),
            "printf" if rest.iter().any(|a| a.text().is_some_and(|t| t.starts_with("-v"))) => {
                self.unclear("`printf -v`, which evaluates array subscripts")
            }
            "make" | "gmake" => {
                self.raise(Class::Other, "");
                self.scripts_named(rest, &["-f", "--file", "--makefile"]);
                self.paths(rest, Access::Any);
            }
            "seqera" => self.seqera(rest),
            "cd" | "pushd" => self.cd(rest),
            "tree" if rest.iter().any(|a| a.text().is_some_and(|t| t == "-o" || t.starts_with("-o"))) => {
                self.raise(Class::EditInside, "");
                self.paths(rest, Access::Write);
            }
            p if SAFE.contains(&p) => {
                if NO_PATHS.contains(&p) {
                    self.known_words(rest);
                } else {
                    self.paths(rest, Access::Read);
                }
                if p == "date" && rest.iter().any(|a| a.text().is_some_and(|t| t.starts_with("-s") || t.starts_with("--set"))) {
                    self.raise(Class::Other, "");
                }
            }
            p if NO_PATHS.contains(&p) => {
                self.raise(Class::Other, "");
                self.known_words(rest);
            }
            p if EDITS.contains(&p) => {
                self.raise(Class::EditInside, "");
                self.paths(rest, Access::Write);
            }
            "sed" => self.sed(rest),
            p if RUNNERS.contains(&p) => self.runner(p, rest),
            "xargs" => self.xargs(rest),
            "find" => self.find(rest),
            "busybox" => {
                self.syntax = true;
                self.run(rest)
            }
            "eval" => self.eval(rest),
            "source" | "." => {
                self.raise(Class::Other, "");
                self.paths(rest, Access::Read);
                if let Some(t) = rest.first().and_then(Arg::text) {
                    self.not_written(t);
                }
            }
            p if SHELLS.contains(&p) => self.shell(rest),
            p if INTERPRETERS.contains(&p) || p.starts_with("python") => self.interpreter(rest),
            p if AWKS.contains(&p) => self.awk(rest),
            "git" => self.git(rest),
            p if INTERACTIVE.contains(&p) => {
                self.raise(Class::Unclear, format!("`{p}` is an interactive program that can run commands of its own"));
                self.paths(rest, Access::Any);
            }
            _ => {
                self.raise(Class::Other, "");
                self.paths(rest, Access::Any);
            }
        }
    }

    /// Options that make a program run another one (`--strip-program=bash`, `tar -I CMD`, `ssh -o
    /// ProxyCommand=…`, `make --eval`, `cargo --config`): what runs then is not in the judge's view.
    fn options_that_run(&mut self, prog: &str, args: &[Arg]) {
        for t in args.iter().filter_map(flag) {
            let name = t.split('=').next().unwrap_or(t);
            let lower = name.to_ascii_lowercase();
            let long = name.starts_with("--") && RUNS_A_PROGRAM.iter().any(|w| lower.contains(w));
            let short = SHORT_RUNNERS.iter().any(|(p, o)| *p == prog && (name == *o || (o.len() == 2 && name.starts_with(o))));
            if long || short {
                return self.unclear(format!("`{prog} {name}`, an option that runs or configures another program"));
            }
        }
    }

    /// `export NAME=VALUE`: harmless names only; anything else changes what later commands do.
    fn export(&mut self, args: &[Arg]) {
        self.raise(Class::Other, "");
        for a in args {
            let name = a.text().map(|t| t.split('=').next().unwrap_or(t));
            if !name.is_some_and(|n| super::HARMLESS_VARS.contains(&n)) {
                return self.unclear(format!("`export {}`, which changes what later commands do", name.unwrap_or("…")));
            }
        }
    }

    /// Files given to an option that makes the program run them (`make -f`, `node --require`).
    fn scripts_named(&mut self, args: &[Arg], options: &[&str]) {
        for (i, a) in args.iter().enumerate() {
            let Some(t) = a.text() else { continue };
            let named = if options.contains(&t) {
                args.get(i + 1).and_then(Arg::text)
            } else {
                options.iter().find_map(|o| t.strip_prefix(o).map(|v| v.trim_start_matches('=')).filter(|v| !v.is_empty()))
            };
            if let Some(file) = named {
                self.not_written(file);
            }
        }
    }

    /// A file the assistant itself wrote in this session is not run unasked: what it does was never shown.
    pub(crate) fn not_written(&mut self, raw: &str) {
        if self.scope.written.is_empty() {
            return;
        }
        for cwd in self.cwds.clone() {
            let path = super::resolve(&cwd, raw, &self.scope.home);
            if self.scope.written.contains(&path) {
                self.raise(Class::Unclear, format!("it runs {}, which the assistant wrote in this session", path.display()));
            }
        }
    }

    /// Arguments that are not paths must still be known before the command runs.
    fn known_words(&mut self, args: &[Arg]) {
        if let Some(Arg::Unknown(why)) = args.iter().find(|a| matches!(a, Arg::Unknown(_))) {
            self.unclear(why);
        }
    }

    /// Every argument that may be a path: the plain ones, and those glued to an option (`--out=../x`,
    /// `-o/tmp/x`) when they look like paths.
    pub(crate) fn paths(&mut self, args: &[Arg], access: Access) {
        for arg in args {
            let Arg::Lit { text, glob } = arg else {
                self.path_arg(arg, access);
                continue;
            };
            if text == "-" || text == "--" {
                continue;
            }
            if let Some(rest) = text.get(..7).filter(|s| s.eq_ignore_ascii_case("file://")).map(|_| &text[7..]) {
                let local = rest.strip_prefix("localhost").unwrap_or(rest);
                self.path_arg(&Arg::Lit { text: local.to_string(), glob: *glob }, access);
                continue;
            }
            if text.contains("://") {
                continue;
            }
            if !text.starts_with('-') {
                self.path_arg(arg, access);
                continue;
            }
            // A value glued to an option may be a path (`--target-directory=link`, `-tlink`, `-o/tmp/x`):
            // judged as one; a word that is no path lands inside the project and costs nothing.
            let glued = match text.split_once('=') {
                Some((_, value)) => value,
                None if !text.starts_with("--") && text.len() > 2 => &text[2..],
                None => continue,
            };
            if !glued.is_empty() {
                self.path_arg(&Arg::Lit { text: glued.to_string(), glob: *glob }, access);
            }
        }
    }

    fn seqera(&mut self, args: &[Arg]) {
        let words: Option<Vec<String>> = args.iter().map(|a| a.text().map(str::to_string)).collect();
        match words {
            Some(words) => {
                let class = (self.seqera)(&words);
                let reason = match class {
                    Class::Dangerous => "it deletes from the Platform or ends the login".to_string(),
                    Class::Protected => "it changes seqera's settings, selection or login".to_string(),
                    Class::Unclear => "it runs seqera code the judge cannot see (a script, a shell, the assistant)".to_string(),
                    _ => String::new(),
                };
                self.raise(class, reason);
            }
            None => self.unclear("a seqera command with arguments only known when it runs"),
        }
        self.paths(args, Access::Any);
    }

    fn cd(&mut self, args: &[Arg]) {
        match args.iter().find(|a| flag(a).is_none()) {
            None => self.change_dir("~"),
            Some(Arg::Lit { text, glob: false }) if text != "-" => self.change_dir(&text.clone()),
            Some(other) => {
                let other = other.clone();
                self.path_arg(&other, Access::Read);
                self.unclear("a directory change the judge cannot follow");
            }
        }
    }

    /// `sed`: an edit; a script that can run commands (`e`) or write files (`w`) is asked about, and so is
    /// any option the judge does not know (one that takes a value would hide the script).
    fn sed(&mut self, args: &[Arg]) {
        self.raise(Class::EditInside, "");
        const PLAIN: &[&str] = &[
            "--quiet",
            "--silent",
            "--regexp-extended",
            "--null-data",
            "--separate",
            "--posix",
            "--debug",
            "--in-place",
            "--unbuffered",
            "--sandbox",
        ];
        let mut scripts: Vec<&Arg> = Vec::new();
        let mut files: Vec<Arg> = Vec::new();
        let mut i = 0;
        while i < args.len() {
            let a = &args[i];
            match a.text() {
                Some("-e" | "--expression") => {
                    match args.get(i + 1) {
                        Some(s) => scripts.push(s),
                        None => self.unclear("a sed -e without a script"),
                    }
                    i += 1;
                }
                Some(t) if PLAIN.contains(&t) => {}
                // `-i` with a backup suffix: a plain suffix stays beside the file; one with `/` or `*` does not.
                Some(t) if t.starts_with("-i") || t.starts_with("--in-place=") => {
                    let suffix = t.trim_start_matches("--in-place=").trim_start_matches("-i");
                    if suffix.contains(['/', '*']) || suffix.starts_with('-') {
                        self.unclear("a sed -i backup name that is a path");
                    }
                }
                Some(t) if t.starts_with("--") => self.unclear(format!("the sed option {t}")),
                Some(t) if t.starts_with('-') && t.len() > 1 => {
                    if !t[1..].chars().all(|c| "nErsuz".contains(c)) {
                        self.unclear(format!("the sed option {t}"));
                    }
                }
                _ => files.push(a.clone()),
            }
            i += 1;
        }
        if scripts.is_empty() {
            if files.is_empty() {
                return self.unclear("sed with no script");
            }
            let first = files.remove(0);
            self.sed_script(&first);
        }
        for s in scripts {
            let s = s.clone();
            self.sed_script(&s);
        }
        self.paths(&files, Access::Write);
    }

    fn sed_script(&mut self, script: &Arg) {
        match script.text() {
            Some(t) if plain_sed(t) => {}
            _ => self.unclear("a sed script that can run commands or write files"),
        }
    }

    /// `env`, `nice`, `timeout` …: their own options, then the command they run, judged as a command.
    fn runner(&mut self, prog: &str, args: &[Arg]) {
        self.syntax = true;
        self.raise(Class::Other, "");
        let with_value: &[&str] = match prog {
            "env" => &["-u", "--unset"],
            "nice" => &["-n", "--adjustment"],
            "timeout" => &["-s", "--signal", "-k", "--kill-after"],
            "time" => &["-f", "--format"],
            "exec" => &["-a"],
            "stdbuf" => &["-i", "-o", "-e"],
            "ionice" => &["-c", "-n", "--class", "--classdata"],
            "taskset" => &["-c", "--cpu-list"],
            _ => &[],
        };
        let mut i = 0;
        while let Some(a) = args.get(i) {
            let Some(t) = a.text() else { break };
            if t == "--" {
                i += 1;
                break;
            }
            if prog == "env" && ["-C", "--chdir", "-S", "--split-string"].iter().any(|f| t.starts_with(f)) {
                return self.unclear("`env -S` or `env -C`");
            }
            if prog == "time" && (t == "-o" || t.starts_with("--output")) {
                if let Some(out) = args.get(i + 1) {
                    self.path_arg(&out.clone(), Access::Write);
                }
                i += 2;
                continue;
            }
            if prog == "command" && (t == "-v" || t == "-V") {
                return;
            }
            if prog == "env" && !t.starts_with('-') && t.contains('=') {
                let name = t.split('=').next().unwrap_or_default();
                self.unclear(format!("the variable {name} set for the command"));
                i += 1;
                continue;
            }
            if !t.starts_with('-') {
                break;
            }
            i += if with_value.contains(&t) { 2 } else { 1 };
        }
        // `timeout` takes a duration, `taskset` a mask, before the command.
        if matches!(prog, "timeout" | "taskset") && args.get(i).and_then(Arg::text).is_some_and(|t| !t.is_empty()) {
            i += 1;
        }
        if i < args.len() {
            self.run(&args[i..]);
        }
    }

    /// `xargs CMD`: the command is judged, and its arguments come from input the judge cannot see.
    fn xargs(&mut self, args: &[Arg]) {
        self.syntax = true;
        let with_value = ["-a", "-d", "-E", "-e", "-I", "-L", "-n", "-P", "-s", "--arg-file", "--delimiter", "--max-args", "--max-procs"];
        let mut i = 0;
        while let Some(t) = args.get(i).and_then(flag) {
            if (t == "-a" || t.starts_with("--arg-file"))
                && let Some(f) = args.get(i + 1)
            {
                self.path_arg(&f.clone(), Access::Read);
            }
            i += if with_value.contains(&t) { 2 } else { 1 };
        }
        if i < args.len() {
            self.run(&args[i..]);
        }
        self.unclear("a command run on names read from its input (xargs)");
    }

    /// `find`: its starting points are read; `-exec` runs a command on each file; `-delete` deletes.
    fn find(&mut self, args: &[Arg]) {
        self.raise(Class::Other, "");
        let start = args.iter().position(|a| a.text().is_none_or(|t| t.starts_with('-') || t == "(" || t == "!")).unwrap_or(args.len());
        if start == 0 {
            self.path(".", Access::Read);
        }
        self.paths(&args[..start], Access::Read);
        let mut i = start;
        while let Some(a) = args.get(i) {
            match a.text() {
                Some("-exec" | "-execdir" | "-ok" | "-okdir") => {
                    self.syntax = true;
                    let end = args[i + 1..].iter().position(|a| matches!(a.text(), Some(";" | "+"))).map_or(args.len(), |p| i + 1 + p);
                    let inner: Vec<Arg> = args[i + 1..end].to_vec();
                    if !inner.is_empty() {
                        self.run(&inner);
                    }
                    self.unclear("a command run on each file find finds (-exec)");
                    i = end;
                }
                Some("-delete") => self.raise(Class::Dangerous, "`find -delete` deletes files".to_string()),
                Some("-files0-from" | "-newer" | "-anewer" | "-cnewer" | "-samefile") => {
                    if let Some(f) = args.get(i + 1) {
                        self.path_arg(&f.clone(), Access::Read);
                    }
                    i += 1;
                }
                Some(t) if t.starts_with("-newer") && t.len() == 8 => {
                    if let Some(f) = args.get(i + 1) {
                        self.path_arg(&f.clone(), Access::Read);
                    }
                    i += 1;
                }
                Some("-fprint" | "-fprint0" | "-fprintf" | "-fls") => {
                    if let Some(f) = args.get(i + 1) {
                        self.path_arg(&f.clone(), Access::Write);
                    }
                    i += 1;
                }
                None => self.unclear("a find expression only known when it runs"),
                _ => {}
            }
            i += 1;
        }
    }

    fn eval(&mut self, args: &[Arg]) {
        let words: Option<Vec<&str>> = args.iter().map(Arg::text).collect();
        match words {
            Some(w) => self.nested(&w.join(" ")),
            None => self.unclear("eval of text only known when it runs"),
        }
    }

    /// `sh -c TEXT` is judged as a command; `sh FILE` runs a script; `sh` alone reads commands from input.
    fn shell(&mut self, args: &[Arg]) {
        self.raise(Class::Other, "");
        let mut i = 0;
        while let Some(t) = args.get(i).and_then(flag) {
            if t == "-i" || t == "-s" || t.starts_with("--rcfile") || t == "--init-file" {
                return self.unclear("an interactive shell or one reading commands from its input");
            }
            if !t.starts_with("--") && t.contains('c') {
                return match args.get(i + 1).map(Arg::text) {
                    Some(Some(text)) => self.nested(text),
                    _ => self.unclear("a shell command only known when it runs"),
                };
            }
            i += if t == "-o" || t == "+o" { 2 } else { 1 };
        }
        match args.get(i) {
            Some(script) => {
                let script = script.clone();
                self.path_arg(&script, Access::Read);
                if let Some(t) = script.text() {
                    self.not_written(t);
                }
                self.paths(&args[i + 1..], Access::Any);
            }
            None => self.unclear("a shell reading commands from its input"),
        }
    }

    /// `python3 script.py` runs a file of the project; `python3 -c CODE` runs code the judge cannot read.
    fn interpreter(&mut self, args: &[Arg]) {
        self.raise(Class::Other, "");
        const INLINE: &[&str] = &["-c", "-e", "-E", "-r", "-p", "--eval", "--print", "eval", "-", "--command"];
        for a in args {
            match a.text() {
                Some(t)
                    if INLINE.contains(&t)
                        || INLINE.iter().any(|f| f.len() == 2 && t.starts_with(f) && t.len() > 2 && !t.starts_with("--")) =>
                {
                    return self.unclear("code given inline to an interpreter");
                }
                _ => {}
            }
        }
        if let Some(i) = args.iter().position(|a| a.text() == Some("-m"))
            && matches!(
                args.get(i + 1).and_then(Arg::text),
                Some("timeit" | "code" | "pdb" | "trace" | "profile" | "cProfile" | "runpy" | "IPython")
            )
        {
            return self.unclear("a Python module that runs code given on the command line");
        }
        let informational = args.iter().any(|a| matches!(a.text(), Some("--version" | "-V" | "--help" | "-h" | "-v")));
        if !informational && !args.iter().any(|a| flag(a).is_none()) && !args.iter().any(|a| a.text() == Some("-m")) {
            return self.unclear("an interpreter reading its program from input");
        }
        for t in args.iter().filter(|a| flag(a).is_none()).filter_map(Arg::text) {
            self.not_written(t);
        }
        self.scripts_named(args, &["-r", "--require", "--import", "--loader", "-I", "-M"]);
        self.paths(args, Access::Any);
    }

    /// `awk PROGRAM FILE…`: a program that can run commands or write files is asked about.
    fn awk(&mut self, args: &[Arg]) {
        self.raise(Class::Other, "");
        let mut i = 0;
        let mut from_file = false;
        while let Some(t) = args.get(i).and_then(flag) {
            from_file |= t == "-f" || t.starts_with("--file");
            let known = ["-F", "-v", "-f", "--file", "--assign", "--field-separator"];
            if !known.iter().any(|k| t == *k || (k.len() == 2 && t.starts_with(k))) && t != "--" {
                return self.unclear(format!("the awk option {t}"));
            }
            i += if known.contains(&t) { 2 } else { 1 };
        }
        let mut files = &args[i.min(args.len())..];
        if !from_file {
            match files.first().map(Arg::text) {
                Some(Some(program))
                    if !["system", "getline", "|", ">", "ENVIRON", "PROCINFO", "@load", "@include"].iter().any(|w| program.contains(w)) => {
                }
                Some(_) => self.unclear("an awk program that can run commands or write files"),
                None => return self.unclear("awk with no program"),
            }
            files = &files[1..];
        } else {
            self.unclear("an awk program in a file");
        }
        self.paths(files, Access::Read);
    }

    fn git(&mut self, args: &[Arg]) {
        self.raise(Class::Other, "");
        let mut i = 0;
        while let Some(t) = args.get(i).and_then(flag) {
            match t {
                "-c" => return self.unclear("git settings given with -c, which can run commands"),
                t if t.starts_with("--config-env") || t.starts_with("--exec-path") => return self.unclear(format!("git {t}")),
                "-C" => {
                    if let Some(dir) = args.get(i + 1).and_then(Arg::text) {
                        self.change_dir(dir);
                    }
                    i += 1;
                }
                t if t.starts_with("--git-dir") || t.starts_with("--work-tree") => {
                    self.paths(&args[i..=i], Access::Any);
                    if !t.contains('=') {
                        if let Some(dir) = args.get(i + 1) {
                            self.path_arg(&dir.clone(), Access::Any);
                        }
                        i += 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let rest = &args[i.min(args.len())..];
        let sub = rest.first().and_then(Arg::text).unwrap_or_default();
        let runs_commands = [
            "filter-branch",
            "difftool",
            "mergetool",
            "bisect",
            "submodule",
            "instaweb",
            "daemon",
            "shell",
            "credential",
            "credential-store",
            "credential-cache",
            "web--browse",
            "archimport",
            "cvsimport",
            "svn",
            "p4",
        ];
        let opts_that_run = ["--upload-pack", "--receive-pack", "--exec", "--extcmd", "--open-files-in-pager", "--tool", "-x", "-O", "-u"];
        if runs_commands.contains(&sub)
            || rest.iter().filter_map(Arg::text).any(|t| opts_that_run.iter().any(|o| t == *o || t.starts_with(&format!("{o}="))))
        {
            return self.unclear(format!("`git {sub}` with options that can run other commands"));
        }
        if sub == "config"
            && !rest
                .iter()
                .filter_map(Arg::text)
                .any(|t| ["--get", "--get-all", "--get-regexp", "--list", "-l", "get", "list"].contains(&t))
        {
            return self.unclear("a change to git settings, which can run commands later");
        }
        if sub == "clean" || (sub == "reset" && rest.iter().any(|a| a.text() == Some("--hard"))) {
            self.raise(Class::Dangerous, format!("`git {sub}` throws away work"));
        }
        self.paths(&rest[rest.len().min(1)..], Access::Any);
    }
}

/// A sed script made only of printing, deleting and substituting commands (no `e`, `w`, `r`).
fn plain_sed(script: &str) -> bool {
    let chars: Vec<char> = script.chars().collect();
    let mut i = 0;
    let skip_address = |i: &mut usize| {
        loop {
            match chars.get(*i) {
                Some(c) if c.is_ascii_digit() || *c == '$' || *c == ',' || *c == '!' || *c == ' ' => *i += 1,
                Some('/') => {
                    *i += 1;
                    while let Some(c) = chars.get(*i) {
                        *i += 1;
                        if *c == '\\' {
                            *i += 1;
                        } else if *c == '/' {
                            break;
                        }
                    }
                }
                _ => break,
            }
        }
    };
    while i < chars.len() {
        match chars[i] {
            ';' | '\n' | ' ' | '\t' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        skip_address(&mut i);
        match chars.get(i) {
            None => return true,
            Some('p' | 'd' | '=' | 'n' | 'N' | 'D' | 'P' | 'G' | 'H' | 'g' | 'h' | 'x' | 'q' | 'Q') => i += 1,
            Some('s' | 'y') => {
                let is_s = chars[i] == 's';
                let Some(&delim) = chars.get(i + 1) else { return false };
                if delim == '\\' || delim == '\n' {
                    return false;
                }
                i += 2;
                for _ in 0..2 {
                    loop {
                        match chars.get(i) {
                            None => return false,
                            Some('\\') => i += 2,
                            Some(c) if *c == delim => {
                                i += 1;
                                break;
                            }
                            Some(_) => i += 1,
                        }
                    }
                }
                while is_s && chars.get(i).is_some_and(|c| "gpiImM0123456789".contains(*c)) {
                    i += 1;
                }
            }
            Some(_) => return false,
        }
        match chars.get(i) {
            None | Some(';' | '\n' | ' ' | '}') => {}
            Some(_) => return false,
        }
    }
    true
}
