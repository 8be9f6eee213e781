//! The key-field flags of `credentials add|update|rotate`, generated from `platform::keyspec::KEY_SPECS`.
//! A plain field takes `--flag VALUE`. A secret field takes `--flag-env VAR`, `--flag-file PATH` or
//! `--flag-stdin`, or is asked for without echo on a terminal; `--flag VALUE` exists only to be refused
//! with the right way shown, because argv ends up in shell history and `ps`.

use std::io::Read;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};
use serde_json::{Map, Value, json};

use crate::config::env;
use crate::error::{Error, Result};
use crate::output::prompt;
use crate::platform::keyspec::{KEY_SPECS, KeySpec, accepted, asked};
use crate::platform::providers::Provider;

#[derive(Debug, Clone)]
pub(crate) enum KeyInput {
    Plain(String),
    Flag,
    Env(String),
    File(PathBuf),
    Stdin,
    /// A secret given as a plain argument: refused when resolved.
    OnArgv,
    /// A value handed over in memory by a script (`credentials_add(#{secretKey: ..})`), never on argv.
    Given(crate::secret::Secret<String>),
}

#[derive(Debug, Clone, Default)]
pub(crate) struct KeyArgs {
    pub(crate) inputs: Vec<(&'static KeySpec, KeyInput)>,
}

const HEADING: &str = "Key fields (secrets: --X-env VAR, --X-file PATH, --X-stdin, or a prompt)";

impl Args for KeyArgs {
    fn augment_args(cmd: Command) -> Command {
        augment_for(cmd, None)
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

/// The key flags on `cmd`. With a provider, only its own fields are shown (in help and completion), marked
/// when required; the others stay as hidden arguments so that using one says which flags apply instead.
pub(crate) fn augment_for(mut cmd: Command, provider: Option<&Provider>) -> Command {
    let heading = match provider {
        Some(p) => format!("{} key fields", p.name),
        None => HEADING.to_string(),
    };
    for s in KEY_SPECS {
        let hide = provider.is_some_and(|p| !p.fields.contains(&s.key));
        let required = provider.is_some_and(|p| p.required.contains(&s.key));
        let req = if required { " [required]" } else { "" };
        let help = format!("{}{req}", s.help);
        let arg = |id: String| Arg::new(id.clone()).long(id).help_heading(heading.clone()).hide(hide);
        cmd = if s.boolean {
            cmd.arg(arg(s.flag.into()).action(ArgAction::SetTrue).help(help))
        } else if s.secret {
            cmd.arg(Arg::new(s.flag).long(s.flag).value_name("REFUSED").hide(true))
                .arg(arg(format!("{}-env", s.flag)).value_name("VAR").help(format!("{} from this env var{req}", s.help)))
                .arg(
                    arg(format!("{}-file", s.flag))
                        .value_name("PATH")
                        .value_parser(clap::value_parser!(PathBuf))
                        .value_hint(clap::ValueHint::FilePath)
                        .help(format!("{} from this file{req}", s.help)),
                )
                .arg(arg(format!("{}-stdin", s.flag)).action(ArgAction::SetTrue).help(format!("{} from stdin{req}", s.help)))
        } else {
            cmd.arg(arg(s.flag.into()).value_name("VALUE").help(help))
        };
    }
    cmd
}

impl FromArgMatches for KeyArgs {
    fn from_arg_matches(m: &ArgMatches) -> std::result::Result<Self, clap::Error> {
        let mut inputs = Vec::new();
        for s in KEY_SPECS {
            if s.boolean {
                if m.get_flag(s.flag) {
                    inputs.push((s, KeyInput::Flag));
                }
                continue;
            }
            if let Some(v) = m.get_one::<String>(s.flag) {
                inputs.push((s, if s.secret { KeyInput::OnArgv } else { KeyInput::Plain(v.clone()) }));
            }
            if !s.secret {
                continue;
            }
            if let Some(var) = m.get_one::<String>(&format!("{}-env", s.flag)) {
                inputs.push((s, KeyInput::Env(var.clone())));
            }
            if let Some(p) = m.get_one::<PathBuf>(&format!("{}-file", s.flag)) {
                inputs.push((s, KeyInput::File(p.clone())));
            }
            if m.get_flag(&format!("{}-stdin", s.flag)) {
                inputs.push((s, KeyInput::Stdin));
            }
        }
        Ok(KeyArgs { inputs })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> std::result::Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

/// The most bytes a secret read from stdin or a file may have: an SSH or GitHub App private key is a few
/// KiB, so anything past this is the wrong input (a whole file, a stream), refused before it is sent.
pub(crate) const MAX_SECRET_BYTES: usize = 1 << 20;

/// Reads one secret, at most [`MAX_SECRET_BYTES`], as UTF-8 and not blank. `what` names the source in errors.
pub(crate) fn read_secret(source: impl Read, what: &str) -> Result<String> {
    let mut bytes = Vec::new();
    source
        .take(MAX_SECRET_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::usage(format!("Cannot read the secret from {what}: {e}.")))?;
    if bytes.len() > MAX_SECRET_BYTES {
        return Err(Error::usage(format!("The secret from {what} is too large: more than {}.", crate::units::size_text(MAX_SECRET_BYTES)))
            .with_hint("Give the secret itself (a key or token), not a larger file or stream."));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::usage(format!("The secret from {what} is not UTF-8 text.")).with_hint("Give the secret as text (PEM, not DER, for keys).")
    })?;
    if text.trim().is_empty() {
        return Err(Error::usage(format!("The secret from {what} is empty.")).with_hint("Give the secret itself (a key or token)."));
    }
    Ok(text)
}

impl KeyArgs {
    pub(crate) fn secrets_given(&self) -> bool {
        self.inputs.iter().any(|(s, _)| s.secret)
    }

    /// The key values for `provider`, read from env vars, files, stdin or prompts. `ask_for_missing`
    /// prompts (on a terminal) for required secrets that were not given.
    pub(crate) fn resolve(&self, provider: &str, ask_for_missing: bool) -> Result<Map<String, Value>> {
        let ok = accepted(provider);
        let stdin_count = self.inputs.iter().filter(|(_, i)| matches!(i, KeyInput::Stdin)).count();
        if stdin_count > 1 {
            return Err(Error::usage("Only one secret can come from stdin.").with_hint("Use --X-env or --X-file for the others."));
        }
        let mut keys = Map::new();
        for (s, input) in &self.inputs {
            if !ok.contains(&s.key) {
                let flags: Vec<String> = ok.iter().map(|k| format!("--{}", crate::platform::keyspec::spec(k).flag)).collect();
                return Err(Error::usage(format!("--{} does not apply to {provider} credentials.", s.flag)).with_hint(format!(
                    "{provider} takes: {}.",
                    if flags.is_empty() { "no key fields".into() } else { flags.join(", ") }
                )));
            }
            let value = match input {
                KeyInput::Plain(v) => json!(v),
                KeyInput::Given(v) => json!(v.expose()),
                KeyInput::Flag => json!(true),
                KeyInput::OnArgv => {
                    return Err(Error::usage(format!(
                        "A secret on the command line ends up in shell history and `ps`, so --{} VALUE is refused.",
                        s.flag
                    ))
                    .with_hint(format!("Use --{f}-env VAR, --{f}-file PATH or --{f}-stdin, or leave it out to be asked.", f = s.flag)));
                }
                KeyInput::Env(var) => {
                    json!(env::var(var).ok_or_else(|| {
                        Error::usage(format!("--{}-env names {var}, which is not set.", s.flag))
                            .with_hint(format!("Set {var} to the secret first, or use --{f}-file PATH or --{f}-stdin.", f = s.flag))
                    })?)
                }
                KeyInput::File(path) => {
                    let flag = format!("--{}-file", s.flag);
                    let file = std::fs::File::open(path).map_err(|e| {
                        Error::usage(format!("Cannot read {} for {flag}: {e}.", path.display()))
                            .with_hint(format!("Check the path, or use --{f}-env VAR or --{f}-stdin.", f = s.flag))
                    })?;
                    let text = read_secret(file, &format!("{} for {flag}", path.display()))?;
                    json!(text.trim_end_matches(['\n', '\r']))
                }
                KeyInput::Stdin => {
                    let text = read_secret(std::io::stdin().lock(), &format!("stdin for --{}-stdin", s.flag))?;
                    json!(text.trim_end_matches(['\n', '\r']))
                }
            };
            keys.insert(s.key.to_string(), value);
        }
        // Without a terminal nothing is asked: `keyspec::complete` then names every missing field in one
        // error. On one, fields that would not be asked are checked first, so nobody types a secret in vain.
        if ask_for_missing && prompt::can_prompt() {
            let mut filled = keys.clone();
            for key in asked(provider, &keys) {
                filled.entry(key.to_string()).or_insert(json!("asked"));
            }
            crate::platform::keyspec::complete(provider, &mut filled)?;
            for key in asked(provider, &keys) {
                if keys.contains_key(*key) {
                    continue;
                }
                let s = crate::platform::keyspec::spec(key);
                let what = s.help.split(" (").next().unwrap_or(s.help);
                let v = prompt::secret(&format!("{provider} {what}"))?;
                keys.insert(key.to_string(), json!(v.trim()));
            }
        }
        Ok(keys)
    }
}
