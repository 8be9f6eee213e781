//! The one-shot front end: parse argv, run the command under Ctrl-C, render, and map the error to an exit
//! code. This is the only place that prints `Error:` / `Caused by:` / `Hint:`.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use crate::commands::{self, Cli, Command};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Palette, emit, report};

pub fn main() -> ExitCode {
    // `COMPLETE=bash seqera ...`: the shell's completion script asking for candidates (clap_complete).
    if std::env::var_os("COMPLETE").is_some_and(|v| !v.is_empty() && v != "0") {
        let words: Vec<String> = std::env::args().collect();
        if words.iter().any(|w| w == "--sandbox") {
            crate::config::paths::enter_sandbox();
        }
        crate::names::set_line_hint(&words);
    }
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    let cli = match commands::parse_from(&mut <Cli as clap::CommandFactory>::command(), std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp && io::stdout().is_terminal() => {
            let _ = crate::output::pager::page(&e.render().ansi().to_string());
            return ExitCode::from(0);
        }
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    if cli.global.debug {
        crate::http::set_debug(crate::output::status_line);
    }
    if cli.global.sandbox {
        crate::config::paths::enter_sandbox();
    }
    // A headless `ai` run uses the file store only, as the official CLI does: no keyring needed.
    if let Command::Ai(args) = &cli.command
        && (args.headless || args.sub_agent)
    {
        crate::auth::store::use_file_store_only();
    }
    // The session front ends run their own multi-threaded runtime and handle Ctrl-C themselves.
    match cli.command {
        Command::Shell(args) => return ExitCode::from(crate::shell::main(args, cli.global.globals())),
        Command::Run(args) => return ExitCode::from(crate::script::main(args, cli.global.globals())),
        _ => {}
    }
    let palette = Palette::new(cli.global.color.enabled(io::stderr().is_terminal()));
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            report(&Error::other(format!("Cannot start the async runtime: {e}.")), &palette);
            return ExitCode::from(1);
        }
    };
    // `sandbox serve` handles Ctrl-C itself: it saves its state file before it stops.
    // `ai` expires its session and prints the resume hint on Ctrl-C.
    let serving = matches!(cli.command, Command::Sandbox(_) | Command::Ai(_));
    let code = runtime.block_on(async {
        if serving {
            return run(cli, &palette).await;
        }
        tokio::select! {
            code = run(cli, &palette) => code,
            _ = tokio::signal::ctrl_c() => {
                report(&Error::interrupted(), &palette);
                Error::interrupted().exit_code()
            }
        }
    });
    // Don't wait for background tasks (an in-process sandbox) to finish.
    runtime.shutdown_background();
    ExitCode::from(code)
}

async fn run(cli: Cli, palette: &Palette) -> u8 {
    match execute(cli).await {
        Ok(()) => 0,
        Err(e) => {
            report(&e, palette);
            e.exit_code()
        }
    }
}

async fn execute(cli: Cli) -> Result<()> {
    if let Command::Sandbox(args) = cli.command {
        commands::sandbox::main(args).await?;
        return Ok(());
    }
    // Completions and the version need no config, token or network: a broken config must not break the shell's startup.
    let text = match &cli.command {
        Command::Completions(args) => Some(commands::completions::script(args.shell)),
        Command::Version(_) => Some(format!("{}\n", commands::version_line())),
        Command::Completion(_) => Some(commands::completions::script(clap_complete::Shell::Bash)),
        Command::Man(args) => Some(commands::help::man(args)?),
        Command::Help(args) => {
            return crate::output::pager::page(&commands::help::help_text(args)?)
                .map_err(|e| Error::other(format!("Cannot write the output: {e}.")));
        }
        _ => None,
    };
    if let Some(script) = text {
        let mut out = io::stdout().lock();
        return match out.write_all(script.as_bytes()).and_then(|_| out.flush()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::other(format!("Cannot write the output: {e}."))),
            _ => Ok(()),
        };
    }
    commands::check_fields(&std::env::args().skip(1).collect::<Vec<_>>(), &cli.global.fields)?;
    // `config` is how a bad setting is repaired, so a bad setting must not stop it.
    let mut ctx = match cli.command {
        Command::Config(_) => Context::build_for_repair(&cli.global.globals()).await?,
        _ => Context::build(&cli.global.globals()).await?,
    };
    ctx.needs = commands::roles::needed(&cli.path);
    let first_look = matches!(cli.command, Command::Status(_)) && ctx.session().sandbox.is_some();
    let output = commands::run(cli.command, &mut ctx).await?;
    emit(&ctx.renderer, &output)?;
    if first_look {
        ctx.status().say(crate::output::status::Topic::Sandbox, commands::sandbox::what_next());
    }
    match output {
        Output::Failed(_, e) => Err(e),
        _ => Ok(()),
    }
}
