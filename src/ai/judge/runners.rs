//! The programs that run other programs or code (`sed` scripts, runners, `xargs`, `find -exec`, `eval`,
//! shells, interpreters, `awk`, `git -c`): their inner command is judged in turn or, when it cannot be
//! seen, asked about.

use super::programs::flag;
use super::words::Arg;
use super::{Access, Class, Walk};

impl Walk<'_> {
    /// `sed`: an edit; a script that can run commands (`e`) or write files (`w`) is asked about, and so is
    /// any option the judge does not know (one that takes a value would hide the script).
    pub(super) fn sed(&mut self, args: &[Arg]) {
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

    pub(super) fn sed_script(&mut self, script: &Arg) {
        match script.text() {
            Some(t) if plain_sed(t) => {}
            _ => self.unclear("a sed script that can run commands or write files"),
        }
    }

    /// `env`, `nice`, `timeout` …: their own options, then the command they run, judged as a command.
    pub(super) fn runner(&mut self, prog: &str, args: &[Arg]) {
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
    pub(super) fn xargs(&mut self, args: &[Arg]) {
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
    pub(super) fn find(&mut self, args: &[Arg]) {
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

    pub(super) fn eval(&mut self, args: &[Arg]) {
        let words: Option<Vec<&str>> = args.iter().map(Arg::text).collect();
        match words {
            Some(w) => self.nested(&w.join(" ")),
            None => self.unclear("eval of text only known when it runs"),
        }
    }

    /// `sh -c TEXT` is judged as a command; `sh FILE` runs a script; `sh` alone reads commands from input.
    pub(super) fn shell(&mut self, args: &[Arg]) {
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
    pub(super) fn interpreter(&mut self, args: &[Arg]) {
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
    pub(super) fn awk(&mut self, args: &[Arg]) {
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

    pub(super) fn git(&mut self, args: &[Arg]) {
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
