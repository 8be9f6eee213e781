//! Resolving what users type (`42`, `acme`, `acme/prod`) against the rows of
//! `GET /user/{userId}/workspaces`, with suggestions of the closest names when nothing matches.

use super::models::OrgAndWorkspaceDto;
use crate::error::{Error, Result};

/// The predefined workspace roles, from least to most (`WspRole` in the spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    View,
    Connect,
    Launch,
    Maintain,
    Admin,
    Owner,
}

impl Role {
    pub(crate) const ALL: [Role; 6] = [Role::View, Role::Connect, Role::Launch, Role::Maintain, Role::Admin, Role::Owner];

    /// The name in the API and in messages.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Role::View => "view",
            Role::Connect => "connect",
            Role::Launch => "launch",
            Role::Maintain => "maintain",
            Role::Admin => "admin",
            Role::Owner => "owner",
        }
    }

    /// A predefined role by name (any case); `None` for a custom role.
    pub(crate) fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str().eq_ignore_ascii_case(name))
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the role named `role` is `least` or above. Unknown (custom) roles count as below every
/// predefined one.
pub(crate) fn role_at_least(role: &str, least: Role) -> bool {
    Role::parse(role).is_some_and(|r| r >= least)
}

/// An organization the user belongs to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OrgRef {
    pub(crate) id: i64,
    pub(crate) name: String,
}

/// A workspace the user belongs to, with its org.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WorkspaceRef {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) org_id: i64,
    pub(crate) org_name: String,
    pub(crate) roles: Vec<String>,
}

impl WorkspaceRef {
    pub(crate) fn path(&self) -> String {
        format!("{}/{}", self.org_name, self.name)
    }
}

pub(crate) fn orgs(rows: &[OrgAndWorkspaceDto]) -> Vec<OrgRef> {
    let mut out: Vec<OrgRef> = Vec::new();
    for r in rows {
        if !out.iter().any(|o| o.id == r.org_id) {
            out.push(OrgRef { id: r.org_id, name: r.org_name.clone() });
        }
    }
    out
}

pub(crate) fn workspaces(rows: &[OrgAndWorkspaceDto]) -> Vec<WorkspaceRef> {
    rows.iter()
        .filter_map(|r| {
            Some(WorkspaceRef {
                id: r.workspace_id?,
                name: r.workspace_name.clone()?,
                org_id: r.org_id,
                org_name: r.org_name.clone(),
                roles: r.roles.clone(),
            })
        })
        .collect()
}

/// Up to three names close to `wanted`, closest first.
fn closest<'a>(wanted: &str, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let wanted = wanted.to_ascii_lowercase();
    let mut scored: Vec<(f64, &str)> =
        names.map(|n| (strsim::jaro_winkler(&wanted, &n.to_ascii_lowercase()), n)).filter(|(score, _)| *score > 0.7).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, n)| n.to_string()).collect()
}

fn suggest(e: Error, names: Vec<String>) -> Error {
    if names.is_empty() { e } else { e.with_hint(format!("Did you mean {}?", names.join(", "))) }
}

/// An org by numeric ID or by name (case-insensitive).
pub(crate) fn resolve_org(wanted: &str, rows: &[OrgAndWorkspaceDto]) -> Result<OrgRef> {
    let all = orgs(rows);
    let wanted = wanted.trim();
    if let Ok(id) = wanted.parse::<i64>()
        && let Some(o) = all.iter().find(|o| o.id == id)
    {
        return Ok(o.clone());
    }
    if let Some(o) = all.iter().find(|o| o.name.eq_ignore_ascii_case(wanted)) {
        return Ok(o.clone());
    }
    let e = Error::not_found(format!("No organization `{wanted}` among the {} you belong to.", all.len()));
    let names = closest(wanted, all.iter().map(|o| o.name.as_str()));
    Err(if names.is_empty() { e.with_hint("List them with `seqera org list`.") } else { suggest(e, names) })
}

/// A workspace by numeric ID, by `Org/Workspace`, or by bare name within `org` when one is selected.
pub(crate) fn resolve_workspace(wanted: &str, rows: &[OrgAndWorkspaceDto], org: Option<&OrgRef>) -> Result<WorkspaceRef> {
    let all = workspaces(rows);
    let wanted = wanted.trim();
    if let Ok(id) = wanted.parse::<i64>() {
        return all.iter().find(|w| w.id == id).cloned().ok_or_else(|| {
            Error::not_found(format!("No workspace with ID {id} among yours.")).with_hint("List them with `seqera workspace list`.")
        });
    }
    let (org_name, ws_name) = match wanted.split_once('/') {
        Some((o, w)) => (Some(o.trim()), w.trim()),
        None => (org.map(|o| o.name.as_str()), wanted),
    };
    let in_org = |w: &&WorkspaceRef| org_name.is_none_or(|o| w.org_name.eq_ignore_ascii_case(o));
    let matches: Vec<&WorkspaceRef> = all.iter().filter(in_org).filter(|w| w.name.eq_ignore_ascii_case(ws_name)).collect();
    match matches.as_slice() {
        [one] => return Ok((*one).clone()),
        [] => {}
        many => {
            let paths: Vec<String> = many.iter().map(|w| format!("{} (ID {})", w.path(), w.id)).collect();
            return Err(Error::usage(format!("`{ws_name}` names {} workspaces: {}.", many.len(), paths.join(", ")))
                .with_hint("Say which with Org/Workspace or the numeric ID."));
        }
    }
    let searched = match org_name {
        Some(o) => format!("in organization `{o}`"),
        None => "in any of your organizations".to_string(),
    };
    let candidates: Vec<String> = all.iter().filter(in_org).map(WorkspaceRef::path).collect();
    let e = Error::not_found(format!("No workspace `{ws_name}` {searched}."));
    let near = closest(wanted, candidates.iter().map(String::as_str));
    let near = if near.is_empty() { closest(ws_name, all.iter().map(|w| w.name.as_str())) } else { near };
    Err(if near.is_empty() { e.with_hint("List them with `seqera workspace list`.") } else { suggest(e, near) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<OrgAndWorkspaceDto> {
        let org = |id: i64, name: &str| OrgAndWorkspaceDto { org_id: id, org_name: name.into(), ..Default::default() };
        let ws = |org_id: i64, org_name: &str, id: i64, name: &str| OrgAndWorkspaceDto {
            org_id,
            org_name: org_name.into(),
            workspace_id: Some(id),
            workspace_name: Some(name.into()),
            roles: vec!["admin".into()],
            ..Default::default()
        };
        vec![org(1, "acme"), ws(1, "acme", 10, "prod"), ws(1, "acme", 11, "dev"), org(2, "globex"), ws(2, "globex", 20, "research")]
    }

    #[test]
    fn workspaces_resolve_by_id_path_and_name_in_org() {
        let r = rows();
        assert_eq!(resolve_workspace("11", &r, None).unwrap().name, "dev");
        assert_eq!(resolve_workspace("ACME/Prod", &r, None).unwrap().id, 10);
        let globex = resolve_org("globex", &r).unwrap();
        assert_eq!(resolve_workspace("research", &r, Some(&globex)).unwrap().id, 20);
    }

    #[test]
    fn unknown_workspace_names_the_org_and_suggests() {
        let e = resolve_workspace("acme/prd", &r(), None).unwrap_err();
        assert!(e.message.contains("organization `acme`"), "{}", e.message);
        assert!(e.hint.unwrap().contains("acme/prod"));
    }

    fn r() -> Vec<OrgAndWorkspaceDto> {
        rows()
    }

    #[test]
    fn a_bare_name_in_two_orgs_is_ambiguous() {
        let mut r = rows();
        r.push(OrgAndWorkspaceDto {
            org_id: 2,
            org_name: "globex".into(),
            workspace_id: Some(21),
            workspace_name: Some("prod".into()),
            ..Default::default()
        });
        let e = resolve_workspace("prod", &r, None).unwrap_err();
        assert!(e.message.contains("acme/prod (ID 10)") && e.message.contains("globex/prod (ID 21)"), "{}", e.message);
        assert_eq!(resolve_workspace("globex/prod", &r, None).unwrap().id, 21);
    }

    #[test]
    fn orgs_resolve_by_id_or_name() {
        assert_eq!(resolve_org("2", &rows()).unwrap().name, "globex");
        assert!(resolve_org("globx", &rows()).unwrap_err().hint.unwrap().contains("globex"));
    }
}
