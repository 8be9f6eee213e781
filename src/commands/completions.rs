//! `seqera completions SHELL`: the shell's completion script. The script is small: on every Tab it asks
//! the binary (`COMPLETE=bash seqera -- WORDS...`), which completes from the one clap tree through
//! clap_complete's engine, the same one `seqera shell` uses. So commands, flags, enum values, file paths
//! and the live names (orgs, workspaces, credentials, from the per-profile cache files) complete
//! everywhere, and the scripts cannot drift from the commands. They are also kept in `completions/`
//! (a test fails when they are stale).

use clap_complete::Shell;
use clap_complete::env::Shells;

use crate::error::Result;
use crate::output::Output;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  echo 'source <(seqera completions bash)' >> ~/.bashrc\n  seqera completions zsh > ~/.zfunc/_seqera\n  seqera completions fish > ~/.config/fish/completions/seqera.fish"
)]
pub(crate) struct Args {
    /// Shell to generate for
    #[arg(value_enum)]
    pub(crate) shell: Shell,
}

/// The completion script for `shell`.
pub(crate) fn script(shell: Shell) -> String {
    let name = shell.to_string();
    let shells = Shells::builtins();
    let completer = shells.completer(&name).expect("clap_complete knows every Shell it names");
    let mut out = Vec::new();
    completer.write_registration("COMPLETE", "seqera", "seqera", "seqera", &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("completion scripts are UTF-8")
}

pub(crate) fn run(args: Args) -> Result<Output> {
    Ok(Output::Value(script(args.shell).trim_end().to_string()))
}

impl super::Group for Args {
    async fn run(self, _ctx: &mut crate::context::Context) -> Result<Output> {
        run(self)
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Safe
    }
}
