//! `seqera version`: the official CLI's spelling of `seqera --version`.

use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  seqera version")]
pub(crate) struct Args {}

impl super::Group for Args {
    async fn run(self, _ctx: &mut Context) -> Result<Output> {
        Ok(Output::Value(super::version_line()))
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Safe
    }
}
