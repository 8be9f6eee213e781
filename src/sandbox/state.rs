//! The sandbox's data: users, organizations, workspaces with memberships and roles, and the tokens it
//! accepts. Seeded with a small demo world; optionally loaded from and saved to a JSON state file.

use serde::{Deserialize, Serialize};

/// The token `--sandbox` uses and `seqera sandbox serve` prints: a demo value, not a secret.
pub const DEMO_TOKEN: &str = "sandbox-demo-token";
/// A second user with only the `view` role, for permission tests.
pub const VIEWER_TOKEN: &str = "sandbox-viewer-token";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    pub user_name: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Org {
    pub id: i64,
    pub name: String,
    pub full_name: String,
    pub description: String,
    pub org_type: String,
    /// (user id, org role: owner | member | collaborator)
    pub members: Vec<(i64, String)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Workspace {
    pub id: i64,
    pub org_id: i64,
    pub name: String,
    pub full_name: String,
    pub description: String,
    pub visibility: String,
    /// (user id, workspace role: owner | admin | maintain | launch | connect | view)
    pub participants: Vec<(i64, String)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenEntry {
    pub token: String,
    pub user_id: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub users: Vec<User>,
    pub orgs: Vec<Org>,
    pub workspaces: Vec<Workspace>,
    pub tokens: Vec<TokenEntry>,
    pub next_id: i64,
}

pub const SEED_DATE: &str = "2024-03-04T09:30:00Z";

impl State {
    pub fn seed() -> State {
        let user = |id: i64, name: &str, first: &str, last: &str| User {
            id,
            user_name: name.into(),
            email: format!("{name}@example.com"),
            first_name: first.into(),
            last_name: last.into(),
        };
        let org = |id: i64, name: &str, full: &str, ty: &str, members: Vec<(i64, &str)>| Org {
            id,
            name: name.into(),
            full_name: full.into(),
            description: format!("{full} (sandbox demo organization)"),
            org_type: ty.into(),
            members: members.into_iter().map(|(u, r)| (u, r.to_string())).collect(),
        };
        let ws = |id: i64, org_id: i64, name: &str, full: &str, vis: &str, parts: Vec<(i64, &str)>| Workspace {
            id,
            org_id,
            name: name.into(),
            full_name: full.into(),
            description: format!("{full} workspace"),
            visibility: vis.into(),
            participants: parts.into_iter().map(|(u, r)| (u, r.to_string())).collect(),
        };
        State {
            users: vec![user(1, "demo", "Demo", "User"), user(2, "viewer", "View", "Only"), user(3, "other", "Other", "Person")],
            orgs: vec![
                org(101, "acme", "Acme Genomics", "pro", vec![(1, "member"), (2, "member")]),
                org(102, "globex", "Globex Research", "academic", vec![(1, "collaborator")]),
                org(103, "initech", "Initech Labs", "basic", vec![(3, "owner")]),
            ],
            workspaces: vec![
                ws(201, 101, "prod", "Production", "SHARED", vec![(1, "maintain"), (2, "view")]),
                ws(202, 101, "dev", "Development", "PRIVATE", vec![(1, "admin")]),
                ws(203, 102, "research", "Research", "SHARED", vec![(1, "view")]),
                ws(204, 103, "secret", "Secret Projects", "PRIVATE", vec![(3, "owner")]),
            ],
            tokens: vec![TokenEntry { token: DEMO_TOKEN.into(), user_id: 1 }, TokenEntry { token: VIEWER_TOKEN.into(), user_id: 2 }],
            next_id: 1000,
        }
    }

    pub fn user_for_token(&self, token: &str) -> Option<&User> {
        let entry = self.tokens.iter().find(|t| t.token == token)?;
        self.users.iter().find(|u| u.id == entry.user_id)
    }

    pub fn org_role(&self, org: &Org, user_id: i64) -> Option<String> {
        org.members.iter().find(|(u, _)| *u == user_id).map(|(_, r)| r.clone())
    }

    pub fn workspace_role(&self, ws: &Workspace, user_id: i64) -> Option<String> {
        ws.participants.iter().find(|(u, _)| *u == user_id).map(|(_, r)| r.clone())
    }

    /// Orgs the user can see: members, or collaborators in at least one of its workspaces.
    pub fn visible_orgs(&self, user_id: i64) -> Vec<&Org> {
        self.orgs.iter().filter(|o| self.org_role(o, user_id).is_some()).collect()
    }

    pub fn visible_workspaces(&self, user_id: i64, org_id: i64) -> Vec<&Workspace> {
        self.workspaces.iter().filter(|w| w.org_id == org_id && self.workspace_role(w, user_id).is_some()).collect()
    }
}
