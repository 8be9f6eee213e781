//! `seqera completions SHELL`: the shell completion script, generated from the one clap tree so it cannot
//! drift from the commands. The generated scripts are also kept in `completions/` (a test fails when they
//! are stale). Completion of live names (orgs, workspaces, credentials) is not built yet.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::error::Result;
use crate::output::Output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Shell to generate for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut cmd = super::Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "seqera", &mut out);
    String::from_utf8(out).expect("completion scripts are UTF-8")
}

pub fn run(args: Args) -> Result<Output> {
    Ok(Output::Value(script(args.shell).trim_end().to_string()))
}
