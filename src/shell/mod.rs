//! `seqera shell`: the REPL. One session (login, HTTP client, sandbox) for every line; each line is a
//! seqera command parsed by the same clap tree as argv (optionally piped or redirected into the system
//! shell), a slash command, or Rhai evaluated in a scope that persists across lines.
//!
//! With stdin not a terminal it reads lines one by one, so it can be scripted and tested: it stops at the
//! first failing line with that line's exit code, unless `--keep-going`.

mod builtins;
mod helper;
mod history;
mod line;
mod secrets;

use std::io::{self, BufRead, IsTerminal, Write};
use std::process::{Command as Process, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};

use crate::commands::ShellArgs;
use crate::config::Key;
use crate::context::Globals;
use crate::error::{Error, ErrorKind};
use crate::exec::Runner;
use crate::names::{self, Names};
use crate::output::report;
use crate::output::status::Topic;
use crate::output::{Output, Palette};
use crate::script::{Interp, describe_error, exit_code, show_value};
pub use helper::ShellHelper;
pub(crate) use history::history_path;
use history::{dedupe_history, prepare_history, secure_history};
use line::read_line;
pub(crate) use line::{Line, classify};

/// The most workspaces whose credential names the shell fetches for completion.
const MAX_PREFETCH: usize = 30;

/// What a line asks of the loop.
enum Flow {
    Continue(u8),
    Exit,
}

pub(crate) struct Shell {
    runner: Arc<Runner>,
    interp: Interp,
    palette: Palette,
    /// A refresh is running; a second request while it runs sets `refresh_again` instead of starting another.
    refreshing: Arc<AtomicBool>,
    refresh_again: Arc<AtomicBool>,
}

pub(crate) fn main(args: ShellArgs, globals: Globals) -> u8 {
    let palette = Palette::new(globals.color.enabled(io::stderr().is_terminal()));
    let runner = match Runner::start(&globals) {
        Ok(r) => r,
        Err(e) => {
            report(&e, &palette);
            return e.exit_code();
        }
    };
    let interp = Interp::new(runner.clone(), Vec::new());
    let mut shell = Shell {
        runner: runner.clone(),
        interp,
        palette,
        refreshing: Arc::new(AtomicBool::new(false)),
        refresh_again: Arc::new(AtomicBool::new(false)),
    };
    let code = if io::stdin().is_terminal() { shell.interactive(&globals) } else { shell.lines(io::stdin().lock(), args.keep_going) };
    drop(shell);
    if let Some(id) = runner.expire_ai_session() {
        crate::output::status::Status::new(palette, false).resume(&id);
    }
    if let Ok(r) = Arc::try_unwrap(runner) {
        r.runtime.shutdown_background();
    }
    code
}

impl Shell {
    /// Reads and runs lines from a non-terminal stdin. Lines that leave a Rhai block open are joined
    /// with the following ones.
    fn lines(&mut self, input: impl BufRead, keep_going: bool) -> u8 {
        let mut last_failure = 0;
        let mut pending = String::new();
        let mut number = 0usize;
        let mut input = input;
        loop {
            number += 1;
            let line = match read_line(&mut input, number) {
                Ok(Some(line)) => line,
                Ok(None) => break,
                Err(e) => {
                    // A line that cannot be read is a failure of its own; later lines never run unseen.
                    report(&e, &self.palette);
                    pending.clear();
                    if !keep_going {
                        return e.exit_code();
                    }
                    last_failure = e.exit_code();
                    continue;
                }
            };
            if !pending.is_empty() {
                pending.push('\n');
            }
            pending.push_str(&line);
            if let Ok(Line::Rhai(_)) = classify(&pending)
                && self.interp.is_incomplete(&pending)
            {
                continue;
            }
            let text = std::mem::take(&mut pending);
            match self.run_line(&text) {
                Flow::Exit => return last_failure,
                Flow::Continue(0) => {}
                Flow::Continue(130) => return 130,
                Flow::Continue(code) if !keep_going => return code,
                Flow::Continue(code) => last_failure = code,
            }
        }
        if !pending.trim().is_empty() {
            match self.run_line(&pending) {
                Flow::Continue(code) if code != 0 => return code,
                _ => {}
            }
        }
        last_failure
    }

    fn interactive(&mut self, globals: &Globals) -> u8 {
        let prompt_palette = Palette::new(globals.color.enabled(io::stdout().is_terminal()));
        let functions = function_names(&self.interp.engine);
        let history = history_path();
        prepare_history(&history);
        names::set_live(names::snapshot().as_ref().clone());
        self.refresh_names();
        crate::output::status_line(&format!(
            "{} Type a command (`credentials list`), Rhai (`credentials_list().len()`), or /help. Ctrl-D leaves.",
            self.palette.dim("seqera shell:")
        ));
        loop {
            // A line editor per line: rustyline takes over SIGINT for as long as an editor lives, and a
            // Ctrl-C while a command runs must reach our handler (which stops the command) instead.
            let mut editor = match new_editor(&functions, prompt_palette, &history) {
                Ok(e) => e,
                Err(e) => {
                    report(&e, &self.palette);
                    return 1;
                }
            };
            let (plain, colored) = self.prompt(&prompt_palette);
            if let Some(h) = editor.helper_mut() {
                h.colored_prompt = colored;
            }
            let read = editor.readline(&plain);
            // A line with a secret in its text (refused on a flag, or a literal) is run but never kept.
            if let Ok(text) = &read
                && !text.trim().is_empty()
                && secrets::may_keep(text)
            {
                let _ = editor.add_history_entry(text.as_str());
                let _ = editor.append_history(&history);
                dedupe_history(&history);
                secure_history(&history);
            }
            drop(editor);
            match read {
                Ok(text) => {
                    if let Flow::Exit = self.run_line(&text) {
                        break;
                    }
                    if matches!(classify(&text), Ok(Line::Command { .. } | Line::Slash(..))) {
                        self.refresh_names();
                    }
                }
                Err(ReadlineError::Interrupted) => continue,
                Err(ReadlineError::Eof) => break,
                Err(e) => {
                    report(&Error::other(format!("Cannot read the line: {e}.")), &self.palette);
                    return 1;
                }
            }
        }
        0
    }

    /// `seqera acme/prod> `: `(sandbox)` under `--sandbox`, the profile (when not the default one), then the
    /// workspace or org in use.
    fn prompt(&self, palette: &Palette) -> (String, String) {
        let Ok(ctx) = self.runner.session.context(&self.runner.session.globals) else {
            return ("seqera> ".into(), format!("{}> ", palette.ok("seqera")));
        };
        let names = names::snapshot();
        let profile = (ctx.settings.profile != crate::config::DEFAULT_PROFILE).then(|| format!("({})", ctx.settings.profile));
        // The sandbox is a place of its own: say so, so nobody mistakes its demo data for theirs.
        let profile = match (self.runner.session.sandbox.is_some(), profile) {
            (true, Some(p)) => Some(format!("(sandbox){p}")),
            (true, None) => Some("(sandbox)".to_string()),
            (false, p) => p,
        };
        let value = |k: Key| ctx.settings.get(k).value.clone();
        let place = match (value(Key::Workspace), value(Key::Organization)) {
            (Some(ws), _) => Some(ws.parse::<i64>().ok().and_then(|id| names.workspace_path(id).map(str::to_string)).unwrap_or(ws)),
            (None, Some(org)) => Some(org.parse::<i64>().ok().and_then(|id| names.org_name(id).map(str::to_string)).unwrap_or(org)),
            (None, None) => None,
        };
        // Workspace and org names come from the server: shown, never obeyed, in the prompt.
        let place = place.map(|p| crate::sanitize::visible_line(&p).into_owned());
        let plain =
            format!("seqera{}{}> ", profile.clone().unwrap_or_default(), place.as_ref().map(|p| format!(" {p}")).unwrap_or_default());
        let colored = format!(
            "{}{}{}> ",
            palette.ok("seqera"),
            profile.map(|p| palette.warn(&p)).unwrap_or_default(),
            place.map(|p| format!(" {}", palette.header(&p))).unwrap_or_default()
        );
        (plain, colored)
    }

    /// Refreshes the names completion uses, in the background: a Tab never waits on the network.
    fn refresh_names(&self) {
        // A request that arrives while a refresh runs (an `org switch` right after start, say) is not
        // dropped: the running task goes round once more, so the snapshot ends up matching the new selection.
        self.refresh_again.store(true, Ordering::SeqCst);
        if self.refreshing.swap(true, Ordering::SeqCst) {
            return;
        }
        let session = self.runner.session.clone();
        let (running, again) = (self.refreshing.clone(), self.refresh_again.clone());
        self.runner.runtime.spawn(async move {
            loop {
                again.store(false, Ordering::SeqCst);
                refresh_names_once(&session).await;
                running.store(false, Ordering::SeqCst);
                if !again.load(Ordering::SeqCst) || running.swap(true, Ordering::SeqCst) {
                    break;
                }
            }
        });
    }

    /// Runs one line and says what the loop should do next; errors are reported here.
    fn run_line(&mut self, text: &str) -> Flow {
        self.runner.cancel.reset();
        let parsed = match classify(text) {
            Ok(l) => l,
            Err(message) => {
                report(&Error::usage(message), &self.palette);
                return Flow::Continue(2);
            }
        };
        match parsed {
            Line::Empty => Flow::Continue(0),
            Line::Exit => Flow::Exit,
            Line::Slash(name, rest) => self.slash(&name, &rest),
            Line::Command { words, tail } => Flow::Continue(self.command(&words, tail.as_deref())),
            Line::Rhai(source) => Flow::Continue(self.rhai(&source)),
            Line::Builtin(b) => Flow::Continue(builtins::run(&b, &self.palette)),
        }
    }

    fn slash(&mut self, name: &str, rest: &str) -> Flow {
        let words = |s: &str| shell_words::split(s).unwrap_or_default();
        match name {
            "exit" | "quit" | "q" => Flow::Exit,
            "help" | "?" => {
                let mut out = io::stdout().lock();
                let _ = writeln!(out, "{}", help_text());
                Flow::Continue(0)
            }
            "ai" if rest.is_empty() => {
                report(&Error::usage("/ai needs a question: /ai what does this pipeline do?"), &self.palette);
                Flow::Continue(2)
            }
            "ai" => Flow::Continue(self.command(&["ai".to_string(), rest.to_string()], None)),
            "status" => Flow::Continue(self.command(&[vec!["status".to_string()], words(rest)].concat(), None)),
            "org" if rest.is_empty() => Flow::Continue(self.command(&["org".to_string(), "show".to_string()], None)),
            "org" => Flow::Continue(self.command(&[vec!["org".to_string(), "switch".to_string()], words(rest)].concat(), None)),
            "credits" => Flow::Continue(self.command(&["ai".to_string(), "--credits".to_string()], None)),
            "approval" => Flow::Continue(self.approval(rest)),
            "clear" => {
                // As in the assistant's own TUI, /clear also starts the next `ai` on a new session.
                let _ = self.runner.expire_ai_session();
                builtins::clear_screen();
                Flow::Continue(0)
            }
            other => {
                let known: Vec<&str> = helper::SLASH_COMMANDS.iter().map(|(s, _)| *s).collect();
                report(
                    &Error::usage(format!("/{other} is not a shell command.")).with_hint(format!("Try {}.", known.join(", "))),
                    &self.palette,
                );
                Flow::Continue(2)
            }
        }
    }

    /// `/approval [basic|default|full]`: shows or sets the approval mode of the `ai` turns that follow.
    fn approval(&mut self, rest: &str) -> u8 {
        let memory = self.runner.session.ai_session.clone();
        if rest.is_empty() {
            let chosen = memory.lock().unwrap_or_else(|p| p.into_inner()).approval;
            let text = match chosen {
                Some(m) => format!("{} (set with /approval)", m.name()),
                None => match self.runner.session.context(&self.runner.session.globals) {
                    Ok(ctx) => {
                        let v = ctx.settings.get(Key::ApprovalMode);
                        format!("{} ({})", v.value.clone().unwrap_or_else(|| "default".into()), v.source)
                    }
                    Err(e) => {
                        report(&e, &self.palette);
                        return e.exit_code();
                    }
                },
            };
            let _ = writeln!(io::stdout().lock(), "{text}");
            return 0;
        }
        match crate::ai::approval::Mode::parse(rest) {
            Some(mode) => {
                memory.lock().unwrap_or_else(|p| p.into_inner()).approval = Some(mode);
                crate::output::status::Status::new(self.palette, false)
                    .done(Topic::Ai, format!("Approval mode for this session: {}.", mode.name()));
                0
            }
            None => {
                report(
                    &Error::usage(format!("`{rest}` is not an approval mode."))
                        .with_hint(format!("Use /approval {}.", crate::config::ApprovalMode::choices())),
                    &self.palette,
                );
                2
            }
        }
    }

    /// A seqera command; with a tail, its output is rendered as into a pipe and written to `sh -c TAIL`.
    fn command(&mut self, words: &[String], tail: Option<&str>) -> u8 {
        let cli = match Runner::parse(words) {
            Ok(cli) => cli,
            Err(e) => {
                let _ = e.print();
                return if e.use_stderr() { 2 } else { 0 };
            }
        };
        let (ctx, output) = match self.runner.run(cli, tail.is_some(), false) {
            Ok(r) => r,
            Err(e) => {
                report(&e, &self.palette);
                return e.exit_code();
            }
        };
        let failed = match &output {
            Output::Failed(_, e) => Some(e.clone()),
            _ => None,
        };
        let code = match tail {
            None => match crate::output::emit(&ctx.renderer, &output) {
                Ok(()) => 0,
                Err(e) => {
                    report(&e, &self.palette);
                    e.exit_code()
                }
            },
            Some(tail) => pipe_into(&ctx, &output, tail, &self.palette),
        };
        match failed {
            Some(e) => {
                report(&e, &self.palette);
                e.exit_code()
            }
            None => code,
        }
    }

    fn rhai(&mut self, source: &str) -> u8 {
        match self.interp.eval(source) {
            Ok(v) => {
                if !v.is_unit() {
                    let mut out = io::stdout().lock();
                    let _ = writeln!(out, "{}", show_value(&v));
                }
                0
            }
            Err(e) if crate::script::requested_exit(&e).is_some() => exit_code(&e),
            Err(e) => {
                let text = describe_error(&e, "<line>", source, &self.palette);
                let _ = io::stderr().lock().write_all(text.as_bytes());
                if exit_code(&e) == 130 { 130 } else { 1 }
            }
        }
    }
}

/// One pass of [`Shell::refresh_names`]: memberships, then the credential names of the workspaces.
async fn refresh_names_once(session: &std::sync::Arc<crate::context::Session>) {
    if let Ok(mut ctx) = session.context(&session.globals) {
        ctx.quiet = true;
        if let Ok(m) = ctx.memberships().await {
            let mut fresh = Names::from_memberships(&m);
            // The credential names of every workspace (up to MAX_PREFETCH of them, concurrently), so that
            // `-w X credentials get <Tab>` completes too; the workspace in use goes into the live snapshot.
            let current = ctx.workspace_id().await.ok().flatten();
            let mut ids: Vec<Option<i64>> = vec![None];
            ids.extend(fresh.workspaces.iter().map(|(id, _)| Some(*id)).take(MAX_PREFETCH));
            let platform = ctx.platform();
            let profile = ctx.settings.profile.clone();
            let mut tasks = tokio::task::JoinSet::new();
            for ws in ids {
                let (platform, profile) = (platform.clone(), profile.clone());
                tasks.spawn(async move {
                    let creds = platform.credentials_list(ws, None).await.ok()?;
                    let names: Vec<String> = creds.iter().filter_map(|c| c["name"].as_str().map(str::to_string)).collect();
                    names::store_credentials(&profile, ws, &names);
                    Some((ws, names))
                });
            }
            while let Some(done) = tasks.join_next().await {
                if let Ok(Some((ws, list))) = done
                    && ws == current
                {
                    fresh.credentials = list;
                }
            }
            names::set_live(fresh);
        }
    }
}

/// Writes the rendered output into `sh -c tail` and returns the tail's exit code.
fn pipe_into(ctx: &crate::context::Context, output: &Output, tail: &str, palette: &Palette) -> u8 {
    let child = Process::new("sh").arg("-c").arg(tail).stdin(Stdio::piped()).spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            report(&Error::other(format!("Cannot start `sh -c {tail}`: {e}.")), palette);
            return 1;
        }
    };
    if let Some(stdin) = child.stdin.take() {
        let mut w = io::BufWriter::new(stdin);
        // A tail that stops reading early (`| head -1`) closes the pipe: not an error.
        let _ = ctx.renderer.render(output, &mut w).and_then(|_| w.flush());
    }
    match child.wait() {
        Ok(status) => status.code().map(|c| c.clamp(0, 255) as u8).unwrap_or(ErrorKind::Interrupted.exit_code()),
        Err(e) => {
            report(&Error::other(format!("Cannot wait for `{tail}`: {e}.")), palette);
            1
        }
    }
}

fn new_editor(functions: &[String], palette: Palette, history: &std::path::Path) -> Result<Editor<ShellHelper, FileHistory>, Error> {
    let config = Config::builder()
        .max_history_size(10_000)
        .and_then(|b| b.history_ignore_dups(true))
        .map(|b| b.history_ignore_space(true).completion_type(CompletionType::List).auto_add_history(false).build())
        .map_err(|e| Error::other(format!("Cannot configure the line editor: {e}.")))?;
    let mut editor = Editor::with_config(config).map_err(|e| Error::other(format!("Cannot start the line editor: {e}.")))?;
    editor.set_helper(Some(ShellHelper::new(functions.to_vec(), palette)));
    let _ = editor.load_history(history);
    Ok(editor)
}

fn function_names(engine: &rhai::Engine) -> Vec<String> {
    let json = engine.gen_fn_metadata_to_json(false).unwrap_or_default();
    let meta: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let mut names: Vec<String> =
        meta["functions"].as_array().into_iter().flatten().filter_map(|f| f["name"].as_str().map(str::to_string)).collect();
    names.sort();
    names.dedup();
    names
}

fn help_text() -> String {
    let slash: Vec<String> = helper::SLASH_COMMANDS.iter().map(|(s, h)| format!("  {s:<10} {h}")).collect();
    format!(
        "Every seqera command works here as on the command line, on one login for the whole session:\n  \
         credentials list -o json      org switch acme      workspace use acme/prod      credentials --help\n\
         Pipes and redirects go to the system shell, with the output as it would be in a pipe:\n  \
         credentials list | grep aws   org list | wc -l     credentials list -o json > creds.json\n\
         A line that does not start with a command is Rhai; variables and functions stay across lines:\n  \
         let creds = credentials_list();   creds.len()   for c in creds {{ print(c.name) }}\n  \
         (`seqera run --functions` lists the functions; an open {{ block continues on the next line.)\n\
         Slash commands:\n{}\n\
         Keys: Tab completes commands, flags, values and names; Ctrl-C clears the line or stops a command;\n\
         Ctrl-R searches history; Ctrl-D or `exit` leaves.",
        slash.join("\n")
    )
}
