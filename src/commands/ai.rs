//! `seqera ai "question"`: ask the Co-Scientist assistant. The answer streams to stdout; tool calls run
//! here under the approval rules; the session is expired when a one-shot run ends. In `seqera shell`
//! the turns continue one session; in scripts `ai(question)` returns the answer's text.

use std::path::PathBuf;

use crate::ai::approval::Mode;
use crate::ai::turn::{Conversation, TurnOptions, TurnResult};
use crate::config::{ApprovalMode, Key};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::Output;
use crate::output::agent::{Shows, Terminal, View};
use crate::output::status::Topic;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  seqera ai \"which of my credentials are invalid?\"\n  \
                        seqera ai -c \"and in acme/dev?\"          # continue the last session here\n  \
                        seqera ai --approval-mode full \"lint my pipeline\"")]
pub(crate) struct Args {
    /// The question (quote it)
    #[arg(value_name = "QUESTION")]
    pub(crate) question: Vec<String>,
    /// Show the AI credits left for you and the selected organization, and ask nothing
    #[arg(long, conflicts_with_all = ["question", "continue_last", "session", "sub_agent", "plan"])]
    pub(crate) credits: bool,
    /// Show the assistant's reasoning on stderr
    #[arg(long)]
    pub(crate) show_thinking: bool,
    /// Show tool calls on stderr
    #[arg(long)]
    pub(crate) show_tools: bool,
    /// Show tool results on stderr (first 500 characters)
    #[arg(long)]
    pub(crate) show_tool_results: bool,
    /// Which tool calls run without asking [config: approval_mode] [default: default]
    #[arg(long, value_name = "MODE", value_parser = approval_modes())]
    pub(crate) approval_mode: Option<ApprovalMode>,
    /// Plan only: the assistant may read and search here, but commands and file changes are blocked
    #[arg(long)]
    pub(crate) plan: bool,
    /// Continue a session started in this directory (the most recent; a picker on a terminal)
    #[arg(short = 'c', long = "continue", conflicts_with = "session")]
    pub(crate) continue_last: bool,
    /// Continue this session
    #[arg(short = 's', long, value_name = "ID", add = clap_complete::engine::ArgValueCandidates::new(crate::names::ai_session_candidates))]
    pub(crate) session: Option<String>,
    /// Also write every event as a JSON line to this file
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub(crate) events_path: Option<PathBuf>,
    /// Print only JSON lines on stdout (for another agent to read)
    #[arg(long)]
    pub(crate) sub_agent: bool,
    /// No terminal UI, as in the official CLI: the answer's text on stdout, nothing asked (tool calls that
    /// would need approval are refused). Implied when stdout is not a terminal.
    #[arg(long)]
    pub(crate) headless: bool,
}

/// `--approval-mode`'s values, help and completion, from the one list of modes.
fn approval_modes() -> impl clap::builder::TypedValueParser<Value = ApprovalMode> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(ApprovalMode::NAMES).map(|s| ApprovalMode::parse(&s).expect("a listed mode"))
}

pub(crate) async fn run(args: Args, ctx: &Context) -> Result<Output> {
    if args.credits {
        return credits(ctx).await;
    }
    let question = question(&args)?;
    let approval = approval_mode(&args, ctx)?;
    let events = open_events_file(args.events_path.as_deref())?;
    let can_ask = crate::output::prompt::can_prompt() && !args.headless;
    let mut opts = TurnOptions { sink: terminal_sink(&args, ctx, can_ask), approval, events, verbose: false, plan: args.plan };
    let cwd = std::env::current_dir().map_err(|e| Error::other(format!("Cannot tell the current directory: {e}.")))?;
    let one_shot = !ctx.session().long_lived;
    let mut conv = conversation(&args, ctx, cwd.clone()).await;
    if let Some(id) = args.session.clone() {
        conv.continue_session(id);
    } else if args.continue_last && !continue_from_directory(&mut conv, ctx, &cwd, can_ask).await? {
        return Ok(Output::Nothing);
    }
    let outcome = if one_shot {
        tokio::select! {
            r = conv.ask(&question, &mut opts) => r,
            _ = super::interrupt_or_terminate() => Err(Error::interrupted()),
        }
    } else {
        conv.ask(&question, &mut opts).await
    };
    end_turn(&conv, ctx, &mut opts, &question, &outcome).await;
    answer(outcome, ctx, can_ask)
}

/// The question: unquoted words are one question (`ai list my credentials` in the shell).
fn question(args: &Args) -> Result<String> {
    let question = args.question.join(" ").trim().to_string();
    if question.is_empty() {
        // The official CLI exits 1 for a headless run without a question (scripts check for it).
        let kind = if args.headless { ErrorKind::Other } else { ErrorKind::Usage };
        let hint = if args.headless {
            "Usage: seqera ai --headless \"your question here\", or seqera ai \"your question\" | other-command."
        } else {
            "Ask one: seqera ai \"which of my credentials are invalid?\". For a conversation, `seqera shell` keeps one AI \
             session across its `ai ...` lines."
        };
        return Err(Error::new(kind, "seqera ai needs a question.").with_hint(hint));
    }
    Ok(question)
}

/// The flag, else the shell's `/approval` choice, else the setting.
fn approval_mode(args: &Args, ctx: &Context) -> Result<Mode> {
    let chosen = if ctx.session().long_lived { ctx.session().ai_session.lock().unwrap_or_else(|p| p.into_inner()).approval } else { None };
    match args.approval_mode.or(chosen) {
        Some(mode) => Ok(mode),
        None => {
            let setting = ctx.settings.get(Key::ApprovalMode).value.as_deref().unwrap_or(ApprovalMode::Default.name());
            ApprovalMode::parse(setting).ok_or_else(|| Error::usage(format!("`{setting}` is not an approval mode.")))
        }
    }
}

/// `--events-path`: the file every event is also written to, created private (and its directory).
fn open_events_file(path: Option<&std::path::Path>) -> Result<Option<std::fs::File>> {
    let Some(p) = path else { return Ok(None) };
    if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::other(format!("cannot create directory for --events-path: {} ({e})", dir.display())))?;
    }
    Ok(Some(crate::fsutil::create_private_no_follow(p).map_err(|e| Error::other(format!("cannot write to {} ({e})", p.display())))?))
}

/// Where the turn shows up: collected for scripts (`quiet`), JSON lines for another agent, else for a person.
fn terminal_sink(args: &Args, ctx: &Context, can_ask: bool) -> Box<Terminal> {
    let view = if ctx.quiet {
        View::Collect
    } else if args.sub_agent {
        View::SubAgent
    } else {
        View::Human
    };
    let shows = Shows { thinking: args.show_thinking, tools: args.show_tools, tool_results: args.show_tool_results };
    Box::new(Terminal::new(view, shows, can_ask))
}

/// The conversation this turn belongs to, with what its tools need and how `seqera …` commands are judged.
async fn conversation(args: &Args, ctx: &Context, cwd: PathBuf) -> Conversation {
    let org = org_id(ctx).await;
    let headless = args.headless || args.sub_agent || !std::io::IsTerminal::is_terminal(&std::io::stdout());
    let mut conv = Conversation::new(ctx.ai(), cwd, org, headless);
    conv.extra_env = tool_env(ctx);
    conv.seqera_risk = super::seqera_risk;
    // The shell and scripts keep one session (and what was read and approved in it) across turns; a
    // one-shot run has its own.
    if ctx.session().long_lived {
        conv = conv.remembering(ctx.session().ai_session.clone());
    }
    conv
}

/// `-c`: continues a session started in this directory; `false` when the user picked none.
async fn continue_from_directory(conv: &mut Conversation, ctx: &Context, cwd: &std::path::Path, can_ask: bool) -> Result<bool> {
    let sessions = conv.client.expired_sessions(&cwd.display().to_string()).await?;
    let chosen = if sessions.len() > 1 && can_ask {
        // On a terminal, the user picks (newest first); without one, the newest is taken and named.
        let labels: Vec<String> = sessions.iter().map(session_label).collect();
        match crate::output::prompt::pick(&Topic::Ai.title("Sessions in this directory:"), &labels)? {
            Some(i) => sessions.get(i),
            None => {
                ctx.status().say(Topic::Ai, "No session chosen.");
                return Ok(false);
            }
        }
    } else {
        sessions.first()
    };
    match chosen.and_then(|s| s["session_id"].as_str()) {
        Some(id) => {
            if sessions.len() > 1 && !can_ask {
                ctx.status().say(Topic::Ai, format!("{} sessions here; continuing the most recent, {id}.", sessions.len()));
            }
            conv.continue_session(id.to_string());
        }
        None => ctx.status().say(Topic::Ai, "No earlier session in this directory; starting a new one."),
    }
    Ok(true)
}

/// One line of the `-c` picker.
fn session_label(s: &serde_json::Value) -> String {
    format!(
        "{}  (last used {}, {})",
        s["title"].as_str().unwrap_or("untitled"),
        s["last_used"].as_str().unwrap_or("?"),
        s["session_id"].as_str().unwrap_or("?")
    )
}

/// Remembers the session for `-s` completion; a one-shot run expires it, and after Ctrl-C says how to resume.
async fn end_turn(conv: &Conversation, ctx: &Context, opts: &mut TurnOptions, question: &str, outcome: &Result<TurnResult>) {
    let Some(id) = &conv.session else { return };
    crate::names::remember_ai_session(&ctx.settings.profile, id, question);
    if !ctx.session().long_lived {
        conv.client.expire(id).await;
        if outcome.as_ref().is_err_and(|e| e.kind == ErrorKind::Interrupted) {
            crate::ai::turn::emit_interrupted(opts);
            ctx.status().resume(id);
        }
    }
}

/// The command's output: the answer's text for scripts, and a failure when tool calls were refused.
fn answer(outcome: Result<TurnResult>, ctx: &Context, can_ask: bool) -> Result<Output> {
    // Anything but success is exit 1 (a usage error stays 2, Ctrl-C 130).
    let result = outcome.map_err(|e| match e.kind {
        ErrorKind::Usage | ErrorKind::Interrupted => e,
        _ => Error { kind: ErrorKind::Other, ..e },
    })?;
    if !result.rejected.is_empty() {
        let text = if ctx.quiet { result.text.clone() } else { String::new() };
        let mut e = Error::other(format!("{} tool call(s) were not approved: {}", result.rejected.len(), result.rejected.join("; ")));
        if !can_ask {
            e = e.with_hint("Run it on a terminal to be asked, or allow such calls with --approval-mode full.");
        }
        return Ok(Output::Failed(Box::new(if text.is_empty() { Output::Nothing } else { Output::Value(text) }), e));
    }
    Ok(if ctx.quiet { Output::Value(result.text) } else { Output::Nothing })
}

/// The selected organization's numeric ID, from the settings or the membership cache.
async fn org_id(ctx: &Context) -> Option<String> {
    match ctx.settings.get(Key::Organization).value.clone().filter(|o| o.trim().parse::<i64>().is_ok()) {
        Some(id) => Some(id),
        None => ctx.selected_org().await.ok().flatten().map(|o| o.id.to_string()),
    }
}

/// `seqera ai --credits` (the TUI's `/credits`, fact sheet D12): JSON prints the backend's answer as is.
async fn credits(ctx: &Context) -> Result<Output> {
    use crate::output::col;
    let org = org_id(ctx).await;
    let raw = ctx.ai().credits(org.as_deref()).await?;
    if ctx.renderer.format == crate::output::Format::Json {
        return Ok(Output::Record { fields: Vec::new(), item: raw });
    }
    let num = |k: &str| raw[k].as_f64();
    let amount = |v: f64| format!("{v:.2}").trim_end_matches('0').trim_end_matches('.').to_string();
    let share = |used: Option<f64>, total: Option<f64>| match (used, total) {
        (Some(u), Some(t)) if t > 0.0 => Some(format!("{} of {} used ({:.0}%)", amount(u), amount(t), 100.0 * u / t)),
        (Some(u), _) => Some(format!("{} used", amount(u))),
        _ => None,
    };
    let mut item = serde_json::json!({});
    let org_name = raw["org_name"].as_str().map(|n| match raw["org_tier"].as_str() {
        Some(tier) => format!("{n} ({tier})"),
        None => n.to_string(),
    });
    item["organization"] = serde_json::json!(org_name);
    item["metering"] = serde_json::json!(raw["metering_tier"].as_str().map(|t| match t {
        "exhausted" => "exhausted: no credits left".to_string(),
        other => other.to_string(),
    }));
    item["orgCredits"] = if raw["org_credits_enabled"] == false {
        serde_json::json!("managed by your organization")
    } else {
        let c = &raw["org_credits"];
        let text = share(c["consumed"].as_f64(), c["total"].as_f64())
            .map(|s| c["expiration_date"].as_str().map(|d| format!("{s}, until {d}")).unwrap_or(s.clone()));
        serde_json::json!(text)
    };
    item["included"] = serde_json::json!(share(num("included_used"), num("included_limit")));
    item["limit"] = serde_json::json!(share(num("used"), num("limit")));
    if let (Some(i), Some(o)) = (raw["input_tokens"].as_u64(), raw["output_tokens"].as_u64()) {
        item["tokens"] = serde_json::json!(format!("{i} in, {o} out"));
    }
    if let (Some(r), Some(c)) = (raw["cache_read_tokens"].as_u64(), raw["cache_creation_tokens"].as_u64()) {
        item["cache"] = serde_json::json!(format!("{r} read, {c} written"));
    }
    let fields = vec![
        col("Organization", "organization"),
        col("Metering", "metering"),
        col("Org credits", "orgCredits"),
        col("Included", "included"),
        col("Your limit", "limit"),
        col("Tokens", "tokens"),
        col("Cache tokens", "cache"),
    ];
    // Only what the backend said: an organization without a pool has no "Org credits" numbers, and so on.
    let fields = fields.into_iter().filter(|c| !item[c.field.as_ref()].is_null()).collect();
    Ok(Output::Record { fields, item })
}

/// What a tool's `seqera` commands need to reach the same services: the sandbox's URLs, token and
/// directory when this session runs one (otherwise the environment and the stored login serve).
fn tool_env(ctx: &Context) -> Vec<(String, String)> {
    let Some(sb) = &ctx.session().sandbox else { return Vec::new() };
    let urls = sb.urls();
    vec![
        ("SEQERA_PLATFORM_API_URL".into(), urls.api_url),
        ("SEQERA_AUTH_DOMAIN".into(), urls.auth_domain),
        ("SEQERA_AI_BACKEND_URL".into(), urls.ai_backend_url),
        ("SEQERA_ACCESS_TOKEN".into(), crate::sandbox::DEMO_TOKEN.into()),
        // Its selections and caches, not the user's.
        (crate::config::paths::SANDBOX_DIR_VAR.into(), crate::config::paths::sandbox_dir().display().to_string()),
    ]
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    /// The assistant asking for another assistant: not something the judge can see through.
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Unclear
    }
}
