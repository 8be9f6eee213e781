//! `credentials add PROVIDER`: one subcommand per row of `platform::providers::PROVIDERS`, each with only
//! that provider's flags (in help and Tab completion), their help, and an example built from the row.
//! Nothing here is written per provider: adding a row adds its subcommand.

use clap::{Arg, ArgAction, ArgMatches, Command, FromArgMatches, Subcommand};

use super::keyargs::{KeyArgs, augment_for};
use crate::platform::keyspec::spec;
use crate::platform::providers::{PROVIDERS, Provider, Rule, find};

/// What `credentials add PROVIDER ...` was given.
#[derive(Debug, Clone)]
pub(crate) struct AddProvider {
    pub(crate) provider: &'static str,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) base_url: Option<String>,
    pub(crate) use_external_id: bool,
    pub(crate) keys: KeyArgs,
}

/// Git hosts take a server URL (`--base-url`); the others do not show it.
fn takes_base_url(p: &Provider) -> bool {
    p.fields.contains(&"username") && p.fields.contains(&"token") || p.name == "codecommit" || p.name == "github_app"
}

/// The key fields shown in the example: the required ones, or what the provider's rule asks for.
fn example_fields(p: &Provider) -> &'static [&'static str] {
    match p.rule {
        Rule::KeysOrRole => &["accessKey", "secretKey"],
        Rule::KeyOrWorkloadIdentity => &["data"],
        Rule::TokenOrCertificate => &["token"],
        _ => p.required,
    }
}

/// `seqera credentials add github --name github-main --username VALUE --password-env GITHUB_PASSWORD`.
pub(crate) fn example(p: &Provider) -> String {
    let mut line = format!("  seqera credentials add {} --name {}-main", p.name, p.name.replace('_', "-"));
    for key in example_fields(p) {
        let s = spec(key);
        let var = format!("{}_{}", p.name.replace(['-'], "_"), s.flag.replace('-', "_")).to_ascii_uppercase();
        let part = match (s.secret, *key) {
            (true, "data" | "privateKey") => format!(" --{}-file {}", s.flag, if *key == "data" { "key.json" } else { "key.pem" }),
            (true, _) => format!(" --{}-env {var}", s.flag),
            (false, _) => format!(" --{} {}", s.flag, s.flag.replace('-', "_").to_ascii_uppercase()),
        };
        // Long examples continue on the next line, as a shell reads them, instead of being wrapped.
        let last = line.rsplit('\n').next().unwrap_or_default().len();
        if last + part.len() > 88 {
            line.push_str(" \\\n     ");
        }
        line.push_str(&part);
    }
    let mut text = format!("Example:\n{line}");
    if p.rule == Rule::KeysOrRole {
        text.push_str(&format!(
            "\n  seqera credentials add {} --name {}-role \\\n      --role-arn arn:aws:iam::123456789012:role/seqera --use-external-id",
            p.name, p.name
        ));
    }
    text.push_str("\n\nSecrets never go on the command line: give each with --X-env VAR, --X-file PATH or --X-stdin,\nor leave it out to be asked on a terminal.");
    text
}

fn provider_command(p: &'static Provider) -> Command {
    let cmd = Command::new(p.name)
        .about(p.about)
        .after_help(example(p))
        .arg(
            Arg::new("name")
                .long("name")
                .required(true)
                .value_name("NAME")
                .help("Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace"),
        )
        .arg(Arg::new("description").long("description").value_name("TEXT").help("A description, shown with the credential"))
        .arg(
            Arg::new("base_url")
                .long("base-url")
                .value_name("URL")
                .help("The server's URL, for a self-hosted or regional server")
                .hide(!takes_base_url(p)),
        )
        .arg(
            Arg::new("use_external_id")
                .long("use-external-id")
                .action(ArgAction::SetTrue)
                .help("Role mode: have Platform generate an external ID, shown with the trust policy to paste")
                .hide(p.rule != Rule::KeysOrRole),
        );
    augment_for(cmd, Some(p))
}

impl FromArgMatches for AddProvider {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let Some((name, sub)) = m.subcommand() else {
            return Err(clap::Error::raw(clap::error::ErrorKind::MissingSubcommand, "credentials add needs a provider\n"));
        };
        let Some(p) = find(name) else {
            let names: Vec<&str> = PROVIDERS.iter().map(|p| p.name).collect();
            let close: Vec<&str> =
                names.iter().copied().filter(|n| strsim::damerau_levenshtein(n, &name.to_ascii_lowercase()) <= 2).collect();
            let tip = if close.is_empty() { String::new() } else { format!("Did you mean {}?\n", close.join(" or ")) };
            return Err(clap::Error::raw(
                clap::error::ErrorKind::InvalidSubcommand,
                format!("`{name}` is not a credential provider; they are: {}.\n{tip}", names.join(", ")),
            ));
        };
        Ok(AddProvider {
            provider: p.name,
            name: sub.get_one::<String>("name").cloned().unwrap_or_default(),
            description: sub.get_one::<String>("description").cloned(),
            base_url: sub.get_one::<String>("base_url").cloned(),
            use_external_id: sub.get_flag("use_external_id"),
            keys: KeyArgs::from_arg_matches(sub)?,
        })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl Subcommand for AddProvider {
    fn augment_subcommands(mut cmd: Command) -> Command {
        for p in PROVIDERS {
            cmd = cmd.subcommand(provider_command(p));
        }
        // An unknown provider reaches `from_arg_matches`, which names the providers.
        cmd.subcommand_required(true)
            .allow_external_subcommands(true)
            .disable_help_subcommand(true)
            .subcommand_value_name("PROVIDER")
            .subcommand_help_heading("Providers")
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(_name: &str) -> bool {
        true // unknown names are refused by `from_arg_matches`, with the providers listed
    }
}
