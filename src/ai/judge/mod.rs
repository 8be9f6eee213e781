//! The judge: what a tool call or a shell command from the AI backend would do, decided before anything
//! runs. A command is parsed whole with a real shell parser (brush-parser); every simple command in it,
//! in lists, pipelines, groups, substitutions and `sh -c` strings, is judged, and the whole is as risky
//! as its riskiest part. Every path it names is judged where it really points ([`paths`]). Whatever the
//! judge cannot see through (a variable, a loop, inline code for an interpreter, a here-document) is
//! [`Class::Unclear`], which is asked about in every mode.

mod lists;
mod path_args;
mod paths;
mod programs;
mod runners;
mod words;

pub(crate) use lists::HARMLESS_VARS;
use lists::{JUDGE_TIME, MAX_COMMAND, MAX_DEPTH};

use std::path::PathBuf;

use brush_parser::ast;

pub use paths::Scope;
pub(crate) use paths::resolve;
use words::Arg;

/// How risky a command is, from least to most. A command is the maximum of its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Reads inside the project (the safe list, the read tools).
    Safe,
    /// Changes files inside the project and nothing else.
    EditInside,
    /// Runs a program the judge understands, on paths inside the project.
    Other,
    /// Something the judge cannot see through: asked about in every mode.
    Unclear,
    /// Reads or writes outside the project: asked about in every mode.
    Outside,
    /// Touches seqera's stored logins, settings or the keyring: asked about in every mode.
    Protected,
    /// On the dangerous list: asked about in every mode, never remembered.
    Dangerous,
}

/// What the judge found.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub(crate) class: Class,
    /// Why it needs approval, for the prompt and the refusal (at most a few, most telling first).
    pub(crate) reasons: Vec<String>,
    /// Directories outside the project it only reads from: what "always" may open for reads.
    pub(crate) outside_reads: Vec<PathBuf>,
    /// It may write outside the project (or use a path outside in a way the judge cannot tell).
    pub(crate) writes_outside: bool,
    /// Its words, when it is one plain command with no shell syntax: what "always" remembers.
    pub(crate) plain: Option<Vec<String>>,
    /// Files inside the project it may write (resolved), so that running them later is asked about.
    pub(crate) writes: Vec<PathBuf>,
}

impl Judgement {
    fn new() -> Judgement {
        Judgement {
            class: Class::Safe,
            reasons: Vec::new(),
            outside_reads: Vec::new(),
            writes_outside: false,
            plain: None,
            writes: Vec::new(),
        }
    }

    fn raise(&mut self, class: Class, reason: String) {
        self.class = self.class.max(class);
        if !reason.is_empty() && !self.reasons.contains(&reason) && self.reasons.len() < 6 {
            self.reasons.push(reason);
        }
    }
}

/// How a path is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    Read,
    Write,
    /// By a program the judge does not know: it may read or write.
    Any,
}

/// Sorts a `seqera …` command (its words after `seqera`) by what it does to the Platform.
pub(crate) type SeqeraRisk = fn(&[String]) -> Class;

/// Judges a whole shell command line, as `/bin/bash -c` would run it in the project.
pub fn command(text: &str, scope: &Scope, seqera: SeqeraRisk) -> Judgement {
    let mut walk = Walk::new(scope, seqera);
    walk.program(text);
    walk.finish()
}

/// Judges one path a tool touches.
pub(crate) fn path(raw: &str, access: Access, scope: &Scope) -> Judgement {
    let mut walk = Walk::new(scope, |_| Class::Other);
    walk.path(raw, access);
    walk.finish()
}

pub(crate) struct Walk<'a> {
    scope: &'a Scope,
    seqera: SeqeraRisk,
    out: Judgement,
    /// Every directory a relative path may be taken from (the project, and where `cd` went).
    cwds: Vec<PathBuf>,
    depth: usize,
    simple_commands: usize,
    /// Anything beyond one plain command: lists, pipes, redirections, substitutions, runners.
    syntax: bool,
    first_words: Option<Vec<String>>,
    /// The programs it runs, by name.
    pub(crate) programs: Vec<String>,
    /// When the judge must give up (a pattern that walks too much of the disk).
    deadline: std::time::Instant,
}

impl<'a> Walk<'a> {
    fn new(scope: &'a Scope, seqera: SeqeraRisk) -> Walk<'a> {
        Walk {
            scope,
            seqera,
            out: Judgement::new(),
            cwds: vec![scope.root.clone()],
            depth: 0,
            simple_commands: 0,
            syntax: false,
            first_words: None,
            programs: Vec::new(),
            deadline: std::time::Instant::now() + JUDGE_TIME,
        }
    }

    fn finish(mut self) -> Judgement {
        if self.simple_commands > 1
            && let Some(p) = self.programs.iter().find(|p| lists::RELINKS.contains(&p.as_str()))
        {
            let p = p.clone();
            self.raise(
                Class::Unclear,
                format!("`{p}` can make links or move files, after which the command's other paths may point elsewhere"),
            );
        }
        if self.simple_commands == 1 && !self.syntax {
            self.out.plain = self.first_words.take();
        }
        if self.out.reasons.is_empty() && !self.programs.is_empty() {
            let mut names = self.programs.clone();
            names.dedup();
            let names = names.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ");
            match self.out.class {
                Class::EditInside => self.out.reasons.push(format!("it changes files in the project ({names})")),
                Class::Other => self.out.reasons.push(format!("it runs {names}, which is more than a read")),
                _ => {}
            }
        }
        self.out.outside_reads.sort();
        self.out.outside_reads.dedup();
        self.out
    }

    pub(crate) fn raise(&mut self, class: Class, reason: impl Into<String>) {
        self.out.raise(class, reason.into());
    }

    fn unclear(&mut self, why: impl std::fmt::Display) {
        self.raise(Class::Unclear, format!("it uses {why}, which cannot be judged before it runs"));
    }

    /// A command line (the whole, or the text of `sh -c`, `eval` or a substitution).
    pub(crate) fn program(&mut self, text: &str) {
        if self.depth > MAX_DEPTH {
            return self.unclear("commands nested too deeply");
        }
        if text.len() > MAX_COMMAND {
            return self.unclear(format!("a command of {} bytes", text.len()));
        }
        if text.chars().any(|c| c.is_control() && c != '\t' && c != '\n') {
            self.unclear("control characters");
        }
        if text.trim_end().contains('\n') {
            self.syntax = true;
            self.unclear("more than one line");
        }
        let options = brush_parser::ParserOptions::default();
        let parsed = brush_parser::Parser::new(std::io::BufReader::new(text.as_bytes()), &options).parse_program();
        match parsed {
            Ok(program) => program.complete_commands.iter().for_each(|list| self.list(list)),
            Err(_) => self.unclear("shell syntax the judge cannot parse (unbalanced quotes, say)"),
        }
    }

    /// Judges `text` as a command run by the one being judged (a substitution, `sh -c`, `eval`).
    pub(crate) fn nested(&mut self, text: &str) {
        self.syntax = true;
        self.raise(Class::Other, "");
        self.depth += 1;
        self.program(text);
        self.depth -= 1;
    }

    fn list(&mut self, list: &ast::CompoundList) {
        if list.0.len() > 1 {
            self.syntax = true;
        }
        for ast::CompoundListItem(and_or, separator) in &list.0 {
            if matches!(separator, ast::SeparatorOperator::Async) {
                self.syntax = true;
            }
            self.pipeline(&and_or.first);
            for next in &and_or.additional {
                self.syntax = true;
                match next {
                    ast::AndOr::And(p) | ast::AndOr::Or(p) => self.pipeline(p),
                }
            }
        }
    }

    fn pipeline(&mut self, pipeline: &ast::Pipeline) {
        if pipeline.seq.len() > 1 || pipeline.bang || pipeline.timed.is_some() {
            self.syntax = true;
        }
        for command in &pipeline.seq {
            match command {
                ast::Command::Simple(simple) => self.simple(simple),
                ast::Command::Compound(compound, redirects) => {
                    self.syntax = true;
                    for r in redirects.iter().flat_map(|r| &r.0) {
                        self.redirect(r);
                    }
                    match compound {
                        ast::CompoundCommand::BraceGroup(g) => self.list(&g.list),
                        ast::CompoundCommand::Subshell(s) => self.list(&s.list),
                        _ => self.unclear("a loop, condition or other compound command"),
                    }
                }
                ast::Command::Function(_) => {
                    self.syntax = true;
                    self.unclear("a shell function definition")
                }
                ast::Command::ExtendedTest(..) => {
                    self.syntax = true;
                    self.unclear("a [[ … ]] test")
                }
            }
        }
    }

    fn simple(&mut self, simple: &ast::SimpleCommand) {
        self.simple_commands += 1;
        let mut args: Vec<Arg> = Vec::new();
        let mut assigned = false;
        for item in simple.prefix.iter().flat_map(|p| &p.0) {
            self.item(item, &mut args, &mut assigned);
        }
        if let Some(w) = &simple.word_or_name {
            args.push(self.word(&w.value));
        }
        for item in simple.suffix.iter().flat_map(|s| &s.0) {
            self.item(item, &mut args, &mut assigned);
        }
        if args.is_empty() {
            if assigned {
                self.unclear("shell variables set for the commands that follow");
            }
            return;
        }
        if self.depth == 0 && self.first_words.is_none() {
            let words: Option<Vec<String>> = args
                .iter()
                .map(|a| match a {
                    Arg::Lit { text, glob: false } => Some(text.clone()),
                    _ => None,
                })
                .collect();
            match words {
                Some(w) => self.first_words = Some(w),
                None => self.syntax = true,
            }
        }
        self.run(&args);
    }

    fn item(&mut self, item: &ast::CommandPrefixOrSuffixItem, args: &mut Vec<Arg>, assigned: &mut bool) {
        match item {
            ast::CommandPrefixOrSuffixItem::Word(w) => args.push(self.word(&w.value)),
            ast::CommandPrefixOrSuffixItem::IoRedirect(r) => {
                self.syntax = true;
                self.redirect(r);
            }
            ast::CommandPrefixOrSuffixItem::AssignmentWord(a, w) => {
                if args.is_empty() {
                    *assigned = true;
                    self.syntax = true;
                    self.assignment(a);
                } else {
                    args.push(self.word(&w.value));
                }
            }
            ast::CommandPrefixOrSuffixItem::ProcessSubstitution(_, sub) => {
                self.syntax = true;
                self.raise(Class::Other, "");
                self.list(&sub.list);
            }
        }
    }

    /// A word as the shell will see it; the commands of its substitutions are judged too.
    fn word(&mut self, raw: &str) -> Arg {
        let mut bodies = Vec::new();
        let arg = words::parse(raw, &mut bodies);
        for body in bodies {
            self.nested(&body);
        }
        arg
    }

    fn assignment(&mut self, a: &ast::Assignment) {
        let value = match &a.value {
            ast::AssignmentValue::Scalar(w) => Some(self.word(&w.value)),
            ast::AssignmentValue::Array(_) => None,
        };
        match (&a.name, value) {
            (ast::AssignmentName::VariableName(n), Some(Arg::Lit { .. })) if HARMLESS_VARS.contains(&n.as_str()) => {}
            (ast::AssignmentName::VariableName(n), _) => self.unclear(format!("the variable {n} set for the command")),
            (ast::AssignmentName::ArrayElementName(n, _), _) => self.unclear(format!("the array {n}")),
        }
    }

    fn redirect(&mut self, r: &ast::IoRedirect) {
        use ast::{IoFileRedirectKind as K, IoFileRedirectTarget as T};
        match r {
            ast::IoRedirect::File(_, kind, target) => match target {
                T::Filename(w) => {
                    let arg = self.word(&w.value);
                    let access = if matches!(kind, K::Read | K::DuplicateInput) { Access::Read } else { Access::Write };
                    self.path_arg(&arg, access);
                }
                T::Fd(_) => {}
                T::Duplicate(w) => {
                    let arg = self.word(&w.value);
                    match arg.text() {
                        Some(t) if t == "-" || t.trim_end_matches('-').chars().all(|c| c.is_ascii_digit()) => {}
                        _ => self.path_arg(&arg, Access::Write),
                    }
                }
                T::ProcessSubstitution(_, sub) => {
                    self.raise(Class::Other, "");
                    self.list(&sub.list);
                }
            },
            ast::IoRedirect::HereDocument(..) => self.unclear("a here-document"),
            ast::IoRedirect::HereString(_, w) => {
                if let Arg::Unknown(why) = self.word(&w.value) {
                    self.unclear(why);
                }
            }
            ast::IoRedirect::OutputAndError(w, _) => {
                let arg = self.word(&w.value);
                self.path_arg(&arg, Access::Write);
            }
        }
    }
}

#[cfg(test)]
mod tests;
