//! The command tree, defined once with clap. The one-shot CLI parses it from argv; the shell and scripts
//! parse the same tree. Each command group lives in its own file with an `Args` type and a `run`.

pub(crate) mod ai;
pub(crate) mod auth;
pub(crate) mod completions;
pub(crate) mod compute_envs;
pub(crate) mod config;
pub(crate) mod credentials;
pub(crate) mod help;
pub(crate) mod keyargs;
pub(crate) mod launch;
pub(crate) mod official;
pub(crate) mod org;
pub(crate) mod pipelines;
pub(crate) mod provider_cmds;
pub(crate) mod roles;
pub(crate) mod runs;
pub(crate) mod runs_watch;
pub(crate) mod sandbox;
mod session;
pub(crate) mod status;
pub(crate) mod tokens;
mod validation;
mod version;
pub(crate) mod workspace;

use clap::{Args, Parser, Subcommand};
use clap_complete::engine::ArgValueCandidates;

pub(crate) use session::{RunArgs, ShellArgs};

use crate::ai::judge::Class;
use crate::context::{Context, Globals};
use crate::error::Result;
use crate::output::{ColorChoice, Output};

/// seqera: a terminal-native shell for Seqera Platform.
///
/// Data goes to stdout (a table on a terminal, tab-separated in a pipe); status and errors go to stderr.
#[derive(Debug, Parser)]
#[command(name = "seqera", version, max_term_width = 100, disable_help_subcommand = true, mut_subcommands = roles::annotate)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    #[command(subcommand)]
    pub(crate) command: Command,
    /// The command's path (`credentials add`), filled in by [`parse_from`]: its row in [`roles::ROLES`].
    #[arg(skip)]
    pub(crate) path: String,
}

/// Parses words (the program name first) with the tree `cmd` (built by `Cli::command()`), keeping the
/// command's path for [`roles::needed`].
pub(crate) fn parse_from<I, T>(cmd: &mut clap::Command, words: I) -> std::result::Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::FromArgMatches;
    let mut matches = cmd.try_get_matches_from_mut(words)?;
    let path = roles::path_of(&matches);
    let mut cli = Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(cmd))?;
    cli.path = path;
    Ok(cli)
}

#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Global options")]
pub(crate) struct GlobalArgs {
    /// Profile to use from config.toml [env: SEQERA_PROFILE]
    #[arg(short = 'p', long, global = true, value_name = "NAME", add = ArgValueCandidates::new(crate::names::profile_candidates))]
    pub(crate) profile: Option<String>,
    /// Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]
    #[arg(short = 'o', long, global = true, value_name = "FORMAT", value_parser = OutputFormat)]
    pub(crate) output: Option<String>,
    /// Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]
    #[arg(short = 'w', long, global = true, value_name = "WORKSPACE", value_parser = named_workspace,
          add = ArgValueCandidates::new(crate::names::workspace_candidates))]
    pub(crate) workspace: Option<String>,
    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub(crate) color: ColorChoice,
    /// Run against the local sandbox: demo data, settings and logins of its own, kept between runs
    #[arg(long, global = true)]
    pub(crate) sandbox: bool,
    /// Log HTTP requests to stderr (secrets redacted; the official CLI's -v/--verbose too)
    #[arg(long, global = true, alias = "verbose", short_alias = 'v')]
    pub(crate) debug: bool,
    /// Show only these fields, comma-separated, by API name or column header (tables, TSV, CSV and JSON)
    #[arg(long, global = true, value_name = "FIELDS", value_delimiter = ',', add = ArgValueCandidates::new(field_candidates))]
    pub(crate) fields: Vec<String>,
    /// Filter the JSON output with a jq expression (built in); strings print bare, one result per line
    #[arg(long, global = true, value_name = "EXPR", value_parser = crate::output::jq::check)]
    pub(crate) jq: Option<String>,
    /// Start TSV and CSV with a header line of field names (CSV has one by default)
    #[arg(long, global = true, overrides_with = "no_header")]
    pub(crate) header: bool,
    /// Leave out the header line (TSV has none by default)
    #[arg(long, global = true, overrides_with = "header")]
    pub(crate) no_header: bool,
}

impl GlobalArgs {
    pub(crate) fn globals(&self) -> Globals {
        Globals {
            profile: self.profile.clone(),
            output: self.output.clone(),
            workspace: self.workspace.clone(),
            color: self.color,
            sandbox: self.sandbox,
            dry_run: false,
            view: self.view(),
        }
    }

    /// How the output is to be shown beyond its format: `--fields`, `--jq`, `--header`/`--no-header`.
    pub(crate) fn view(&self) -> crate::output::View {
        crate::output::View {
            fields: (!self.fields.is_empty()).then(|| self.fields.clone()),
            jq: self.jq.clone(),
            see_more: None,
            header: if self.header {
                Some(true)
            } else if self.no_header {
                Some(false)
            } else {
                None
            },
        }
    }
}

/// A command group: its arguments run in a context, and say how risky they are when the assistant asks
/// to run them (see [`seqera_risk`]). Each group implements it in its own file.
pub(crate) trait Group {
    async fn run(self, ctx: &mut Context) -> Result<Output>;
    fn risk(&self) -> Class;
}

/// The command tree from one list: the clap enum, [`run`] and [`Command::risk`]. Adding a command group is
/// its own file (an `Args` type implementing [`Group`]) and one line here; the shell, scripts and
/// completion read the clap tree.
macro_rules! command_tree {
    ($( $(#[$meta:meta])* $name:ident($args:ty), )*) => {
        #[derive(Debug, Subcommand)]
        pub(crate) enum Command {
            $( $(#[$meta])* $name($args), )*
        }

        /// Runs one parsed command in a context, with a spinner on stderr if it keeps the user waiting.
        pub(crate) async fn run(command: Command, ctx: &mut Context) -> Result<Output> {
            let _wait = (!ctx.quiet && command.waits_quietly()).then(|| crate::output::spinner::wait("Loading..."));
            let output = match command {
                $( Command::$name(args) => Group::run(args, ctx).await, )*
            }?;
            // A `--fields` name that is not there is a usage error in every front end (a shell line piped
            // to a program too), said before anything is shown.
            crate::output::fields::check(&output, ctx.renderer.view.fields.as_deref())?;
            Ok(output)
        }

        impl Command {
            /// The risk class of this command when the assistant asks to run it (see [`seqera_risk`]).
            pub(crate) fn risk(&self) -> Class {
                match self {
                    $( Command::$name(args) => args.risk(), )*
                }
            }
        }
    };
}

command_tree! {
    /// Log in through the browser (`--device`: a code to enter elsewhere; `--with-token`: a personal access token)
    Login(auth::LoginArgs),
    /// Forget the stored login of this profile (`--all`: every profile); the selection is kept
    Logout(auth::LogoutArgs),
    /// Check the connection: Platform, login, organization and workspace, AI backend (also `info`)
    #[command(alias = "info")]
    Status(status::Args),
    /// Show and change settings and profiles
    Config(config::Args),
    /// Organizations you belong to
    Org(org::Args),
    /// Credentials of a workspace: list, get, add, update, rotate, validate, delete
    #[command(visible_alias = "creds")]
    Credentials(credentials::Args),
    /// Your personal access tokens: list, create, delete, and rotate the one this profile uses
    Tokens(tokens::Args),
    /// Workspaces you belong to
    #[command(visible_alias = "ws")]
    Workspace(workspace::Args),
    /// Compute environments of a workspace, with the credentials each uses (also `ce`)
    #[command(name = "compute-envs", alias = "ce")]
    ComputeEnvs(compute_envs::Args),
    /// Pipelines of a workspace's Launchpad
    Pipelines(pipelines::Args),
    /// Launch a pipeline (name, ID or repository URL) with its defaults, or flags that override them
    Launch(launch::Args),
    /// Runs of a workspace: list, get, cancel, and watch until they end
    Runs(runs::Args),
    /// Run the local sandbox that emulates Seqera Platform
    Sandbox(sandbox::Args),
    /// Ask the Co-Scientist assistant; its tool calls run here, under the approval rules
    Ai(ai::Args),
    /// The interactive shell: every command, Rhai lines, `| pipes`, Tab completion, history
    Shell(ShellArgs),
    /// Run a Rhai script (`seqera run FILE.rhai [-- ARGS...]`, or `-e EXPR`) with every command as a function
    Run(RunArgs),
    /// Print the completion script for a shell (bash, zsh, fish, elvish, powershell)
    Completions(completions::Args),
    /// Print seqera's version (as `seqera --version` does)
    Version(version::Args),
    /// Help for a command (`seqera help credentials add`), or every environment variable (`help environment`)
    Help(help::HelpArgs),
    /// Print a command's man page, or write one for every command with `--install DIR`
    Man(help::ManArgs),
    /// The official CLI's self-update: says how to update this seqera
    #[command(hide = true)]
    Update(official::UpdateArgs),
    /// The official CLI's agent skill: says what to use instead
    #[command(hide = true)]
    Skill(official::SkillArgs),
    /// The official CLI's spelling of `completions bash`
    #[command(hide = true)]
    Completion(official::CompletionArgs),
}

impl Command {
    /// Whether the command waits without a word of its own, so a spinner may show while it does: not
    /// the ones that talk as they go (login's browser, the assistant's stream, `runs watch`'s live view) or run
    /// other commands.
    fn waits_quietly(&self) -> bool {
        let watching = matches!(self, Command::Runs(runs::Args { command: runs::Sub::Watch { .. } }));
        !watching
            && !matches!(
                self,
                Command::Login(_) | Command::Ai(_) | Command::Sandbox(_) | Command::Shell(_) | Command::Run(_) | Command::Completions(_)
            )
    }
}

/// The subcommand names (aliases resolved) that the words of a line being completed run, `["credentials",
/// "list"]`: a best guess from a line that may not parse yet.
fn command_path(words: &[String]) -> Vec<String> {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    let mut path = Vec::new();
    for w in words.iter().filter(|w| !w.starts_with('-')) {
        if let Some(sub) = cmd.find_subcommand(w) {
            path.push(sub.get_name().to_string());
            cmd = sub.clone();
        }
    }
    path
}

/// Completion of `--fields`: the field names of the command on the line.
fn field_candidates() -> Vec<clap_complete::engine::CompletionCandidate> {
    let path = command_path(&crate::names::line_words());
    let path: Vec<&str> = path.iter().map(String::as_str).collect();
    fields_of(&path)
        .iter()
        .map(|c| clap_complete::engine::CompletionCandidate::new(c.field.as_ref()).help(Some(c.header.to_string().into())))
        .collect()
}

/// Checks `--fields` before the command runs, where the command's fields are known: a write with a
/// misspelt field is refused before it writes. (Every output is checked again before it is shown.)
pub(crate) fn check_fields(words: &[String], wanted: &[String]) -> Result<()> {
    if wanted.is_empty() {
        return Ok(());
    }
    // The line parsed as clap parses it (a flag's value is never taken for a subcommand).
    let args = std::iter::once("seqera").chain(words.iter().map(String::as_str));
    let Ok(mut matches) = <Cli as clap::CommandFactory>::command().try_get_matches_from(args) else { return Ok(()) };
    let mut path = Vec::new();
    while let Some((name, sub)) = matches.remove_subcommand() {
        path.push(name);
        matches = sub;
    }
    let path: Vec<&str> = path.iter().map(String::as_str).collect();
    let columns = fields_of(&path);
    if columns.is_empty() {
        return Ok(());
    }
    let probe = Output::Record { fields: columns, item: serde_json::Value::Null };
    crate::output::fields::check(&probe, Some(wanted))
}

/// The fields a command shows (what `--fields` picks from), by its path of subcommand names.
pub(crate) fn fields_of(path: &[&str]) -> Vec<crate::output::Column> {
    match path {
        ["credentials", "list"] => credentials::LIST_COLUMNS.to_vec(),
        ["credentials", "get" | "add" | "update" | "rotate"] | ["credentials", "add", _] => credentials::RECORD_FIELDS.to_vec(),
        ["credentials", "validate"] => credentials::VALIDATION_FIELDS.to_vec(),
        ["org", "list"] => org::LIST_COLUMNS.to_vec(),
        ["org"] | ["org", "show"] => org::SHOW_FIELDS.to_vec(),
        ["workspace", "list"] => workspace::LIST_COLUMNS.to_vec(),
        ["workspace"] | ["workspace", "show"] => workspace::SHOW_FIELDS.to_vec(),
        ["config", "list"] => config::LIST_COLUMNS.to_vec(),
        ["config", "profiles"] => config::PROFILE_COLUMNS.to_vec(),
        ["status"] => status::COLUMNS.to_vec(),
        ["compute-envs", "list" | "get"] => compute_envs::COLUMNS.to_vec(),
        ["pipelines", "list" | "get"] => pipelines::COLUMNS.to_vec(),
        ["runs", "list"] => runs::LIST_COLUMNS.to_vec(),
        _ => Vec::new(),
    }
}

/// `-w VALUE` must name a workspace: an empty value (often an unset shell or Rhai variable) is a usage
/// error, never a quiet fall back to the profile's workspace, which may be production.
pub(crate) fn named_workspace(value: &str) -> std::result::Result<String, String> {
    if value.trim().is_empty() {
        return Err("an empty workspace is refused; name one (numeric ID or Org/Workspace), or leave out -w to use the profile's".into());
    }
    Ok(value.to_string())
}

/// `seqera version`'s line, the same as `seqera --version`'s.
pub(crate) fn version_line() -> String {
    format!("seqera {}", env!("CARGO_PKG_VERSION"))
}

/// `-o FORMAT`: one of the output formats. Anything else is refused with the formats named, and with
/// what a `tw` user meant by `-o ORG` (an organization) spelled our way.
#[derive(Clone)]
pub(crate) struct OutputFormat;

impl clap::builder::TypedValueParser for OutputFormat {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> std::result::Result<String, clap::Error> {
        let v = value.to_string_lossy();
        // The official CLI's `info -o console` is our table.
        if v == "console" {
            return Ok("table".to_string());
        }
        if crate::config::Format::NAMES.contains(&v.as_ref()) {
            return Ok(v.into_owned());
        }
        let names = crate::config::Format::NAMES;
        let close = names.iter().find(|n| strsim::damerau_levenshtein(n, &v.to_ascii_lowercase()) <= 2);
        let instead = match close {
            Some(name) => format!("Did you mean `-o {name}`?"),
            None => format!(
                "If you meant tw's `-o ORG` (an organization): choose it with `seqera org switch {v}`, or name a \
                 workspace for one command with `-w {v}/WORKSPACE`."
            ),
        };
        let message = format!(
            "`{v}` is not an output format: -o/--output takes table, tsv, csv or json.\n{instead}\n\n\
             For more information, try '--help'.\n"
        );
        Err(clap::Error::raw(clap::error::ErrorKind::InvalidValue, message).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(crate::config::Format::NAMES.iter().map(clap::builder::PossibleValue::new)))
    }
}

/// `tw credentials delete --name X` / `--id X`: tw's spelling, refused with ours.
pub(crate) fn tw_credential_flag(value: &str) -> std::result::Result<String, String> {
    Err(format!("that is tw's spelling; here the credential (name or ID) is an argument: `seqera credentials delete {value}`"))
}

/// An organization argument must name one: an empty value is a usage error, never "no filter".
pub(crate) fn named_org(value: &str) -> std::result::Result<String, String> {
    if value.trim().is_empty() {
        return Err("an empty organization is refused; name one (name or numeric ID)".into());
    }
    Ok(value.to_string())
}

/// How risky a `seqera …` command the assistant asks for is, by what it does (the agent is handed this
/// function, so it never needs the command tree): a read of the Platform is safe and a change needs
/// approval; a delete (or ending the login) is dangerous; a change to seqera's own settings or login is
/// protected (asked in every mode: later commands would follow it); and what runs code of its own (`run`,
/// `shell`, `ai`, `sandbox`) cannot be judged before it runs.
pub(crate) fn seqera_risk(words: &[String]) -> Class {
    match Cli::try_parse_from(std::iter::once("seqera").chain(words.iter().map(String::as_str))) {
        Ok(cli) => cli.command.risk(),
        Err(_) => Class::Unclear,
    }
}

/// Ctrl-C, or SIGTERM from a supervisor where there is one: what stops a one-shot `seqera ai` (the session
/// is expired and the resume hint shown) and a foreground `seqera sandbox`.
async fn interrupt_or_terminate() {
    #[cfg(unix)]
    if let Ok(mut term) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
        return;
    }
    let _ = tokio::signal::ctrl_c().await;
}
