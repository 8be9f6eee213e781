//! Commands of the official `seqera` 1.12 CLI that have no place here, kept (hidden) so that typing one
//! says what to use instead of "unrecognized subcommand"; and `completion`, its spelling of ours.

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

/// The official CLI's self-update.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  seqera update      # says how to update this seqera")]
pub(crate) struct UpdateArgs {
    /// Ignored: the official CLI's options
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<String>,
}

/// The official CLI's agent-skill installer.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  seqera skill install      # says what to use instead")]
pub(crate) struct SkillArgs {
    /// Ignored: the official CLI's subcommand and options
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<String>,
}

/// The official CLI's `completion`: the bash script, as ours prints it with `completions bash`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  seqera completion >> ~/.bashrc      # the same as: seqera completions bash")]
pub(crate) struct CompletionArgs {}

impl super::Group for UpdateArgs {
    async fn run(self, _ctx: &mut Context) -> Result<Output> {
        Err(Error::usage("`seqera update` is the official CLI's self-update; this seqera is updated the way it was installed.").with_hint(
            format!(
                "Reinstall the newer release (cargo install, your package manager, or the release binary). This is {}.",
                super::version_line()
            ),
        ))
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Safe
    }
}

impl super::Group for SkillArgs {
    async fn run(self, _ctx: &mut Context) -> Result<Output> {
        Err(Error::usage("`seqera skill` (the official CLI's agent skill for other coding assistants) is not part of this seqera.")
            .with_hint("Another agent can call `seqera ai --headless \"...\"` or `seqera ai --sub-agent \"...\"` (JSON lines) directly."))
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Safe
    }
}

impl super::Group for CompletionArgs {
    async fn run(self, _ctx: &mut Context) -> Result<Output> {
        Ok(Output::Value(super::completions::script(clap_complete::Shell::Bash)))
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Safe
    }
}
