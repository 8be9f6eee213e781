//! `seqera sandbox serve`: run the local Platform emulator in the foreground until Ctrl-C.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use crate::context::Context;
use crate::error::Result;
use crate::output::Output;
use crate::sandbox;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// Serve the sandbox on 127.0.0.1 until interrupted
    Serve(ServeArgs),
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 8990)]
    pub port: u16,
    /// Keep the sandbox's data in this JSON file across restarts
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Also accept JWT access tokens issued by this OIDC issuer, as the demo user (testing against another
    /// OAuth server; signatures are not checked)
    #[arg(long, value_name = "ISSUER_URL")]
    pub trust_issuer: Option<String>,
}

pub async fn run(args: Args, _ctx: &mut Context) -> Result<Output> {
    match args.command {
        Sub::Serve(a) => serve(a).await,
    }
}

/// Runs without a `Context`, so a broken config file cannot stop the sandbox.
pub async fn serve(args: ServeArgs) -> Result<Output> {
    let running = sandbox::start(sandbox::Options { port: args.port, state_file: args.state, trusted_issuer: args.trust_issuer }).await?;
    let urls = running.urls();
    // A closed stderr must not stop the server, so write errors are ignored (eprintln! would panic).
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "Sandbox listening on {} (Ctrl-C stops it). To use it from another shell:", running.url);
    let _ = writeln!(err, "  export SEQERA_PLATFORM_API_URL={}", urls.api_url);
    let _ = writeln!(err, "  export SEQERA_AUTH_DOMAIN={}", urls.auth_domain);
    let _ = writeln!(err, "  export SEQERA_AI_BACKEND_URL={}", urls.ai_backend_url);
    let _ = writeln!(err, "  export SEQERA_ACCESS_TOKEN={}   # the sandbox's demo token", sandbox::DEMO_TOKEN);
    drop(err);
    wait_for_stop().await;
    running.flush();
    Ok(Output::Nothing)
}

/// Ctrl-C, or SIGTERM where there is one.
async fn wait_for_stop() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
