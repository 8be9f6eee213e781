//! `seqera sandbox serve`: run the local Platform emulator in the foreground until Ctrl-C; `seqera sandbox
//! reset`: put the demo data back. The sandbox keeps its data in `$XDG_STATE_HOME/seqera/sandbox/`, which
//! `--sandbox` commands and a plain `sandbox serve` share.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use crate::config::paths;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::status::{Status, Topic};
use crate::output::{ColorChoice, Output};
use crate::sandbox;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Sub,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Sub {
    /// Serve the sandbox on 127.0.0.1 until interrupted
    #[command(after_help = "Examples:\n  seqera sandbox serve\n  SEQERA_SANDBOX_DELAY_MS=2000 seqera sandbox serve   # a slow Platform")]
    Serve(ServeArgs),
    /// Put the sandbox's demo data back, and forget its selections, logins and caches
    #[command(after_help = "Examples:\n  seqera sandbox reset")]
    Reset,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 8990)]
    pub(crate) port: u16,
    /// Keep the sandbox's data in this JSON file of its own, instead of the one `--sandbox` commands share
    #[arg(long, value_name = "FILE", conflicts_with = "ephemeral")]
    pub(crate) state: Option<PathBuf>,
    /// Keep the sandbox's data in memory only: start from the demo data, forget it at exit
    #[arg(long)]
    pub(crate) ephemeral: bool,
    /// Also accept JWT access tokens issued by this OIDC issuer, as the demo user (testing against another
    /// OAuth server; signatures are not checked)
    #[arg(long, value_name = "ISSUER_URL")]
    pub(crate) trust_issuer: Option<String>,
    /// Start with N more workspaces, in an organization `bench` the demo user owns (benchmarks; needs
    /// --ephemeral)
    #[arg(long, value_name = "N", requires = "ephemeral")]
    pub(crate) seed_workspaces: Option<usize>,
    /// Start with N more credentials in each seeded workspace, or in acme/dev (202) when no workspaces are
    /// seeded (benchmarks; needs --ephemeral)
    #[arg(long, value_name = "N", requires = "ephemeral")]
    pub(crate) seed_credentials: Option<usize>,
    /// How long each launched run takes, SUBMITTED to its end, in seconds [env: SEQERA_SANDBOX_RUN_MS, in
    /// milliseconds] [default: 45]
    #[arg(long, value_name = "SECONDS", value_parser = run_seconds)]
    pub(crate) run_seconds: Option<f64>,
}

fn run_seconds(v: &str) -> std::result::Result<f64, String> {
    match v.parse::<f64>() {
        Ok(s) if (0.05..=86_400.0).contains(&s) => Ok(s),
        _ => Err("a run takes from 0.05 to 86400 seconds".into()),
    }
}

pub(crate) async fn run(args: Args, _ctx: &Context) -> Result<Output> {
    main(args).await
}

/// Runs without a `Context`, so a broken config file cannot stop the sandbox or its reset.
pub(crate) async fn main(args: Args) -> Result<Output> {
    match args.command {
        Sub::Serve(a) => serve(a).await,
        Sub::Reset => reset(),
    }
}

pub(crate) async fn serve(args: ServeArgs) -> Result<Output> {
    let (state_file, shared) = match (args.state, args.ephemeral) {
        (Some(file), _) => (Some(file), false),
        (None, true) => (None, false),
        (None, false) => (Some(paths::sandbox_state_file()), true),
    };
    let kept = match &state_file {
        Some(file) => format!("its data in {}", file.display()),
        None => "its data in memory only".to_string(),
    };
    let seed = sandbox::Seed { workspaces: args.seed_workspaces.unwrap_or(0), credentials: args.seed_credentials.unwrap_or(0) };
    let kept = match (seed.workspaces, seed.credentials) {
        (0, 0) => kept,
        (0, c) => format!("{kept} (seeded: {c} credentials in acme/dev)"),
        (w, c) => format!("{kept} (seeded: {w} workspaces in org bench, {c} credentials each)"),
    };
    let running = sandbox::start(sandbox::Options {
        port: args.port,
        state_file,
        trusted_issuer: args.trust_issuer,
        shared,
        seed,
        run_ms: args.run_seconds.map(|s| (s * 1000.0) as u64),
    })
    .await?;
    let urls = running.urls();
    // A closed stderr must not stop the server, so write errors are ignored (eprintln! would panic).
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "Sandbox listening on {} (Ctrl-C stops it), {kept}. To use it from another shell:", running.url);
    let _ = writeln!(err, "  export SEQERA_PLATFORM_API_URL={}", urls.api_url);
    let _ = writeln!(err, "  export SEQERA_AUTH_DOMAIN={}", urls.auth_domain);
    let _ = writeln!(err, "  export SEQERA_AI_BACKEND_URL={}", urls.ai_backend_url);
    let _ = writeln!(err, "  export SEQERA_ACCESS_TOKEN={}   # the sandbox's demo token", sandbox::DEMO_TOKEN);
    drop(err);
    super::interrupt_or_terminate().await;
    running.flush();
    Ok(Output::Nothing)
}

/// The demo data back in the shared state file (a running sandbox sees it at its next request), and the
/// sandbox's selections, logins and caches gone. Its shell history is kept: it is what the user typed.
fn reset() -> Result<Output> {
    sandbox::reset_state(&paths::sandbox_state_file())?;
    paths::enter_sandbox();
    for dir in [paths::config_dir(), paths::cache_dir(), paths::state_dir().join("tokens")] {
        match std::fs::remove_dir_all(&dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(Error::other(format!("Cannot remove {}: {e}.", dir.display())));
            }
            _ => {}
        }
    }
    Status::stderr(ColorChoice::Auto)
        .done(Topic::Sandbox, format!("The sandbox has its demo data back ({}).", paths::sandbox_dir().display()));
    Ok(Output::Nothing)
}

/// What `seqera --sandbox status` says after its checks: where the user is, and a few commands to try.
pub(crate) fn what_next() -> String {
    format!(
        "This is the sandbox: demo data and settings of its own, kept in {} until `seqera sandbox reset`.\n\
         Try next:\n  \
         seqera --sandbox org switch globex\n  \
         seqera --sandbox -w acme/prod credentials list\n  \
         seqera --sandbox run -e 'credentials_list(#{{workspace: \"acme/dev\"}}).map(|c| c.status)'\n  \
         seqera --sandbox shell            (Tab completes commands and names)\n\
         The whole tour is under \"Try it\" in README.md.",
        paths::sandbox_dir().display()
    )
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Unclear
    }
}
