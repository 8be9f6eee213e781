//! The workspace role each command needs: one table keyed by command path. It is shown in each
//! command's help ("Needs role: …", added to the tree by [`annotate`]) and named when the Platform
//! answers 403 (the front end hands [`needed`] to the context, whose client puts it in the hint).
//!
//! Roles are Platform's predefined workspace roles (owner > admin > maintain > launch > connect > view);
//! a role "or higher" always does. Commands not in the table need no workspace role (your own
//! settings, login, tokens, organizations). Paths of commands another branch adds (`launch`, `runs …`,
//! `pipelines …`, `compute-envs …`) are here already, so their help and 403s follow the same table.

use crate::platform::workspaces::Role;

/// (command path, role needed in the workspace); `None`: no workspace role, only a login.
// size: table
pub(crate) const ROLES: &[(&str, Option<Role>)] = &[
    ("credentials list", Some(Role::View)),
    ("credentials get", Some(Role::View)),
    ("credentials validate", Some(Role::View)),
    ("credentials add", Some(Role::Maintain)),
    ("credentials update", Some(Role::Maintain)),
    ("credentials rotate", Some(Role::Maintain)),
    ("credentials delete", Some(Role::Maintain)),
    ("compute-envs list", Some(Role::View)),
    ("compute-envs get", Some(Role::View)),
    ("pipelines list", Some(Role::View)),
    ("pipelines get", Some(Role::View)),
    ("launch", Some(Role::Maintain)),
    ("runs list", Some(Role::View)),
    ("runs get", Some(Role::View)),
    ("runs watch", Some(Role::View)),
    ("runs cancel", Some(Role::Maintain)),
    ("tokens list", None),
    ("tokens create", None),
    ("tokens delete", None),
    ("tokens rotate", None),
];

/// The table's row for a command path (`credentials add`), aliases already resolved by clap.
fn row(path: &str) -> Option<Option<Role>> {
    ROLES.iter().find(|(p, _)| *p == path).map(|(_, r)| *r)
}

/// The role a command path needs, for 403 messages; `None` when it needs none (or is not in the table).
pub(crate) fn needed(path: &str) -> Option<Role> {
    row(path).flatten()
}

/// The help line of a command path.
pub(crate) fn help_line(path: &str) -> Option<String> {
    Some(match row(path)? {
        Some(role) => format!("Needs role: {role} (or higher) in the workspace (-w, or the profile's)."),
        None => "Needs role: none: personal access tokens are your own, in no workspace.".to_string(),
    })
}

/// Adds "Needs role: …" to the help of every command in the table (applied to each top-level command
/// of the tree, see `Cli`).
pub(crate) fn annotate(cmd: clap::Command) -> clap::Command {
    let path = cmd.get_name().to_string();
    annotate_at(cmd, path)
}

fn annotate_at(mut cmd: clap::Command, path: String) -> clap::Command {
    if let Some(line) = help_line(&path) {
        let help = match cmd.get_after_help() {
            Some(before) => format!("{before}\n\n{line}"),
            None => line,
        };
        cmd = cmd.after_help(help);
    }
    cmd.mut_subcommands(|sub| {
        let sub_path = format!("{path} {}", sub.get_name());
        annotate_at(sub, sub_path)
    })
}

/// The path of the command `matches` holds (`credentials add`): subcommand names, outermost first.
pub(crate) fn path_of(matches: &clap::ArgMatches) -> String {
    let mut words = Vec::new();
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        words.push(name);
        m = sub;
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_tree_shows_the_role_in_each_tabled_commands_help() {
        let mut cmd = crate::commands::Cli::command();
        let add = cmd.find_subcommand_mut("credentials").and_then(|c| c.find_subcommand_mut("add")).expect("credentials add");
        let help = add.render_long_help().to_string();
        assert!(help.contains("Needs role: maintain (or higher)"), "{help}");
        let list = cmd.find_subcommand_mut("credentials").and_then(|c| c.find_subcommand_mut("list")).expect("credentials list");
        assert!(list.render_long_help().to_string().contains("Needs role: view"));
    }

    #[test]
    fn the_issues_roles_are_in_the_table() {
        for (path, role) in [("launch", Role::Maintain), ("runs cancel", Role::Maintain), ("runs watch", Role::View)] {
            assert_eq!(needed(path), Some(role), "{path}");
        }
        assert_eq!(needed("tokens rotate"), None);
        assert_eq!(needed("org list"), None);
    }
}
