//! `seqera help [COMMAND...|environment]` and `seqera man [COMMAND...] [--install DIR]`: help and man
//! pages generated from the clap tree (so every command, whoever adds it, is covered), and the list of
//! environment variables generated from `config::env::VARS` and the settings table.

use std::path::PathBuf;

use clap::CommandFactory;

use super::Cli;
use crate::config::env::VARS;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Output;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  seqera help credentials add\n  seqera help environment      # every environment variable, its meaning and default"
)]
pub(crate) struct HelpArgs {
    /// A command (`credentials add`), or `environment` for the environment variables
    #[arg(value_name = "COMMAND|TOPIC")]
    pub(crate) topic: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  seqera man credentials add | man -l -\n  \
                        seqera man --install ~/.local/share/man   # then: man seqera-credentials-add")]
pub(crate) struct ManArgs {
    /// The command whose page to print (all of them with --install)
    #[arg(value_name = "COMMAND")]
    pub(crate) command: Vec<String>,
    /// Write a page for every command into DIR/man1 (seqera.1, seqera-credentials-add.1, ...)
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub(crate) install: Option<PathBuf>,
}

/// The command named by `words` in the tree, with its full name (`seqera credentials add`).
fn find(words: &[String]) -> Result<clap::Command> {
    let mut cmd = Cli::command();
    cmd.build();
    for word in words {
        let Some(sub) = cmd.find_subcommand(word).cloned() else {
            let known: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
            return Err(Error::usage(format!("`{}` is not a seqera command.", words.join(" ")))
                .with_hint(format!("Try one of: {}; or `seqera help environment`.", known.join(", "))));
        };
        cmd = sub;
    }
    Ok(cmd)
}

/// `seqera help ...`'s text.
pub(crate) fn help_text(args: &HelpArgs) -> Result<String> {
    if matches!(args.topic.as_slice(), [t] if t == "environment" || t == "env") {
        return Ok(environment());
    }
    Ok(find(&args.topic)?.render_long_help().to_string())
}

/// Every environment variable seqera reads, with its meaning and default, fitted to the terminal.
pub(crate) fn environment() -> String {
    let width = terminal_size::terminal_size().map_or(100, |(w, _)| usize::from(w.0)).clamp(40, 120);
    let name_width = VARS.iter().map(|v| v.name.len()).max().unwrap_or(0);
    // Side by side when the meaning keeps 40 columns; else the meaning goes under the name.
    let (indent, beside) = if width >= name_width + 44 { (name_width + 4, true) } else { (6, false) };
    let mut text = wrap(
        "Environment variables seqera reads (an empty value counts as unset; a flag on the command line wins over its \
         variable, and a variable over config.toml):",
        width,
        0,
    );
    text.push('\n');
    for var in VARS {
        let setting = crate::config::keys::KEYS.iter().find(|k| k.envs.contains(&var.name));
        let default = setting.map_or(var.default, |k| k.default.unwrap_or(""));
        let mut meaning = var.meaning.to_string();
        if !default.is_empty() {
            // The default stays whole on one line: its spaces are held as NULs while wrapping.
            meaning.push_str(&format!(" [default:\0{}]", default.replace(' ', "\0")));
        }
        let body = wrap(&meaning, width, indent).replace('\0', " ");
        if beside {
            text.push_str(&format!("  {:name_width$}  {}", var.name, body.trim_start()));
        } else {
            text.push_str(&format!("  {}\n{body}", var.name));
        }
    }
    text
}

/// `text` in lines of at most `width` columns (a longer word stays whole), each indented by `indent`.
fn wrap(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent + line.len() + 1 + word.len() > width {
            out.push_str(&format!("{:indent$}{line}\n", ""));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&format!("{:indent$}{line}\n", ""));
    out
}

/// `seqera man`: one page on stdout, or every page into `DIR/man1`.
pub(crate) fn man(args: &ManArgs) -> Result<String> {
    let mut root = Cli::command();
    root.build();
    if let Some(dir) = &args.install {
        let dir = dir.join("man1");
        std::fs::create_dir_all(&dir).map_err(|e| Error::other(format!("Cannot create {}: {e}.", dir.display())))?;
        let mut written = 0;
        write_pages(&root, "seqera", &dir, &mut written)?;
        return Ok(format!("Wrote {written} man pages to {}.\n", dir.display()));
    }
    let cmd = find(&args.command)?;
    let name = std::iter::once("seqera".to_string()).chain(args.command.iter().cloned()).collect::<Vec<_>>().join("-");
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.name(name)).render(&mut out).map_err(|e| Error::other(format!("Cannot render the man page: {e}.")))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn write_pages(cmd: &clap::Command, name: &str, dir: &std::path::Path, written: &mut usize) -> Result<()> {
    let path = dir.join(format!("{name}.1"));
    let mut out = Vec::new();
    let mut page = clap_mangen::Man::new(cmd.clone().name(name.to_string()));
    if name == "seqera" {
        page = page.title("SEQERA");
    }
    page.render(&mut out).map_err(|e| Error::other(format!("Cannot render {name}: {e}.")))?;
    if name == "seqera" {
        out.extend_from_slice(environment_section().as_bytes());
    }
    std::fs::write(&path, out).map_err(|e| Error::other(format!("Cannot write {}: {e}.", path.display())))?;
    *written += 1;
    // clap's own `help` subcommands of groups get no page; the top-level `seqera help` does.
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && (s.get_name() != "help" || name == "seqera")) {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}

/// The ENVIRONMENT section of seqera(1), from the same table as `seqera help environment`.
fn environment_section() -> String {
    let mut roff = String::from(".SH ENVIRONMENT\n");
    for var in VARS {
        roff.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", var.name, var.meaning.replace('\\', "\\\\").replace('-', "\\-")));
    }
    roff
}

impl super::Group for HelpArgs {
    async fn run(self, _ctx: &mut Context) -> Result<Output> {
        Ok(Output::Value(help_text(&self)?.trim_end().to_string()))
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Safe
    }
}

impl super::Group for ManArgs {
    async fn run(self, _ctx: &mut Context) -> Result<Output> {
        Ok(Output::Value(man(&self)?.trim_end().to_string()))
    }
    fn risk(&self) -> crate::ai::judge::Class {
        if self.install.is_some() { crate::ai::judge::Class::Outside } else { crate::ai::judge::Class::Safe }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command of the tree, with its path, whoever added it.
    fn walk(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help" || path.is_empty()) {
            let p = format!("{path} {}", sub.get_name()).trim().to_string();
            out.push((p.clone(), sub.clone()));
            walk(sub, p, out);
        }
    }

    fn commands() -> Vec<(String, clap::Command)> {
        let mut out = Vec::new();
        walk(&Cli::command(), String::new(), &mut out);
        out
    }

    #[test]
    fn every_leaf_command_has_an_example() {
        let missing: Vec<String> = commands()
            .into_iter()
            .filter(|(_, c)| !c.has_subcommands())
            .filter(|(_, c)| {
                let after = [c.get_after_help(), c.get_after_long_help()].into_iter().flatten().map(|s| s.to_string()).collect::<String>();
                !(after.contains("Example") && after.contains("seqera "))
            })
            .map(|(p, _)| p)
            .collect();
        assert!(missing.is_empty(), "commands without an `Examples:` section (add #[command(after_help = ...)]): {missing:?}");
    }

    /// clap_complete offers one word per command, the first in sort order: a visible alias that sorts
    /// before the name (`describe` before `get`) would be offered instead of it.
    #[test]
    fn no_visible_alias_sorts_before_its_command_name() {
        for (path, c) in commands() {
            for alias in c.get_visible_aliases() {
                assert!(alias > c.get_name(), "`{path}`: the visible alias `{alias}` would be completed instead of the name");
            }
        }
    }

    #[test]
    fn every_flag_and_argument_has_help() {
        for (path, c) in commands() {
            for arg in c.get_arguments().filter(|a| !a.is_hide_set() && a.get_id() != "help" && a.get_id() != "version") {
                assert!(arg.get_help().is_some() || arg.get_long_help().is_some(), "`{path}`: {} has no help", arg.get_id());
            }
        }
    }

    #[test]
    fn the_environment_table_has_every_setting_variable_and_lists_defaults() {
        for k in crate::config::keys::KEYS {
            for name in k.envs {
                assert!(VARS.iter().any(|v| v.name == *name), "{name} (setting {}) is not in config::env::VARS", k.name);
            }
        }
        let text = environment();
        assert!(text.contains("SEQERA_PLATFORM_API_URL") && text.contains("[default: https://api.cloud.seqera.io]"), "{text}");
    }
}
