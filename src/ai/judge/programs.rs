//! What each program does with its arguments: the fact sheet's safe, edit and dangerous lists, and the
//! programs that run other programs or code (runners, shells, interpreters, `find -exec`, `git -c`), whose
//! inner command is judged in turn or, when it cannot be seen, asked about.

use super::lists::*;
use super::words::Arg;
use super::{Access, Class, Walk};

pub(super) fn flag(arg: &Arg) -> Option<&str> {
    arg.text().filter(|t| t.starts_with('-') && *t != "-")
}

impl Walk<'_> {
    /// Judges one simple command from its words (the first is the program). The order of the checks is
    /// the rule: the dangerous list ends the judgement, then the keyring, then each program's own rule.
    pub(crate) fn run(&mut self, args: &[Arg]) {
        let Some(prog) = self.program_name(args) else { return };
        let rest = &args[1..];
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
        self.program_rule(prog, rest);
    }

    /// The program's name without its directory, or `None` (judged unclear) when it is not known before
    /// the command runs. A program named by its path is also judged as a path read.
    fn program_name(&mut self, args: &[Arg]) -> Option<String> {
        let Some(name) = args.first().and_then(Arg::text).map(str::to_string) else {
            self.unclear("a command name that is only known when it runs");
            return None;
        };
        if matches!(args.first(), Some(Arg::Lit { glob: true, .. })) {
            self.unclear("a command name that is a file name pattern");
            return None;
        }
        let prog = name.rsplit('/').next().unwrap_or(&name).to_string();
        if name.contains('/') {
            self.raise(Class::Other, "");
            self.path(&name, Access::Read);
            self.not_written(&name);
        }
        Some(prog)
    }

    /// Each program's own rule: what its arguments touch, and the programs it runs in turn.
    fn program_rule(&mut self, prog: &str, rest: &[Arg]) {
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
            p if SAFE.contains(&p) => self.safe(p, rest),
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
            "source" | "." => self.source(rest),
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

    /// A program on the safe list: it reads its path arguments (or takes none); `date -s` sets the clock.
    fn safe(&mut self, prog: &str, rest: &[Arg]) {
        if NO_PATHS.contains(&prog) {
            self.known_words(rest);
        } else {
            self.paths(rest, Access::Read);
        }
        if prog == "date" && rest.iter().any(|a| a.text().is_some_and(|t| t.starts_with("-s") || t.starts_with("--set"))) {
            self.raise(Class::Other, "");
        }
    }

    /// `source FILE`: runs the file in this shell, so it is read, and must not be one the assistant wrote.
    fn source(&mut self, rest: &[Arg]) {
        self.raise(Class::Other, "");
        self.paths(rest, Access::Read);
        if let Some(t) = rest.first().and_then(Arg::text) {
            self.not_written(t);
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
    pub(super) fn scripts_named(&mut self, args: &[Arg], options: &[&str]) {
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
                    Class::Protected => "it changes seqera's settings, selection or login, or makes an access token".to_string(),
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
}
