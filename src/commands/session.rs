//! The arguments of the two commands that start a session of their own, `seqera shell` and `seqera run`:
//! plain data here, so the command tree can hold them; the front ends (`shell`, `script`) run them.

/// `seqera shell`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  seqera shell\n  seqera -w acme/prod shell\n  printf 'org list\\ncredentials list\\n' | seqera shell --keep-going"
)]
pub(crate) struct ShellArgs {
    /// Without a terminal: run every line even after one fails (the exit code is the last failure's)
    #[arg(long)]
    pub(crate) keep_going: bool,
}

/// `seqera run`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  seqera run scripts/examples/audit-credentials.rhai\n  seqera run scripts/examples/rotate-credentials.rhai -- acme aws-\n  \
                        seqera run -e 'credentials_list().len()'\n  seqera run --functions      # the function reference"
)]
pub(crate) struct RunArgs {
    /// The script file (`-` reads it from stdin)
    #[arg(value_name = "FILE.rhai", value_hint = clap::ValueHint::FilePath, required_unless_present_any = ["expr", "functions"])]
    pub(crate) file: Option<std::path::PathBuf>,
    /// Evaluate this expression instead of a file
    #[arg(short = 'e', long = "eval", value_name = "EXPR", conflicts_with = "file")]
    pub(crate) expr: Option<String>,
    /// Print mutations (POST, PUT, DELETE) as they would be sent, secrets redacted, and send only reads
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Print the reference of the functions scripts can call (Markdown)
    #[arg(long, conflicts_with_all = ["file", "expr"])]
    pub(crate) functions: bool,
    /// Arguments for the script, as the array `ARGS`
    #[arg(last = true, value_name = "ARGS")]
    pub(crate) args: Vec<String>,
}

/// The front ends start these before any context; reaching [`super::Group::run`] means inside a session.
fn nested() -> crate::error::Result<crate::output::Output> {
    Err(crate::error::Error::usage("`seqera shell` and `seqera run` cannot be started from inside a session.")
        .with_hint("Rhai lines run in the shell as they are; open another terminal for a second session."))
}

impl super::Group for ShellArgs {
    async fn run(self, _ctx: &mut crate::context::Context) -> crate::error::Result<crate::output::Output> {
        nested()
    }
    /// A shell reads commands the judge cannot see.
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Unclear
    }
}

impl super::Group for RunArgs {
    async fn run(self, _ctx: &mut crate::context::Context) -> crate::error::Result<crate::output::Output> {
        nested()
    }
    /// A script runs code the judge cannot see.
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Unclear
    }
}
