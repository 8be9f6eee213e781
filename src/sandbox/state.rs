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

/// A credential as stored, with its secret key fields (which the API never returns).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Credential {
    pub id: String,
    /// `None`: the owner's personal workspace.
    pub workspace_id: Option<i64>,
    pub owner: i64,
    pub name: String,
    pub provider: String,
    pub description: Option<String>,
    pub base_url: Option<String>,
    pub category: Option<String>,
    pub keys: serde_json::Value,
    pub status: String,
    pub message: Option<String>,
    pub date_created: String,
    pub last_updated: String,
    pub last_used: Option<String>,
}

/// A compute environment, only as far as credentials need it (what a checked delete conflicts with).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ComputeEnv {
    pub id: String,
    pub name: String,
    pub workspace_id: Option<i64>,
    pub credentials_id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenEntry {
    pub token: String,
    pub user_id: i64,
    /// Unix seconds; `None` never expires (the demo personal access tokens).
    #[serde(default)]
    pub expires_at: Option<u64>,
}

/// An authorization code waiting to be exchanged, with the PKCE challenge it must match.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthCode {
    pub code: String,
    pub user_id: i64,
    pub redirect_uri: String,
    pub challenge: String,
    pub expires_at: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RefreshEntry {
    pub token: String,
    pub user_id: i64,
    pub revoked: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeviceCode {
    pub device_code: String,
    pub user_code: String,
    pub expires_at: u64,
    pub polls: u32,
}

/// Counters tests and benchmarks read from `GET /_sandbox/stats`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Stats {
    pub discovery: u64,
    pub code_grants: u64,
    pub refresh_grants: u64,
    pub device_grants: u64,
    pub revocations: u64,
    pub api_requests: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub users: Vec<User>,
    pub orgs: Vec<Org>,
    pub workspaces: Vec<Workspace>,
    pub tokens: Vec<TokenEntry>,
    #[serde(default)]
    pub credentials: Vec<Credential>,
    #[serde(default)]
    pub compute_envs: Vec<ComputeEnv>,
    #[serde(default)]
    pub auth_codes: Vec<AuthCode>,
    #[serde(default)]
    pub refresh_tokens: Vec<RefreshEntry>,
    #[serde(default)]
    pub device_codes: Vec<DeviceCode>,
    #[serde(default)]
    pub stats: Stats,
    pub next_id: i64,
}

pub const SEED_DATE: &str = "2024-03-04T09:30:00Z";

fn seed_credentials() -> Vec<Credential> {
    let cred = |id: &str, ws: Option<i64>, name: &str, provider: &str, category: &str, keys: serde_json::Value| Credential {
        id: id.into(),
        workspace_id: ws,
        owner: 1,
        name: name.into(),
        provider: provider.into(),
        description: None,
        base_url: None,
        category: Some(category.into()),
        keys,
        status: "AVAILABLE".into(),
        message: None,
        date_created: SEED_DATE.into(),
        last_updated: SEED_DATE.into(),
        last_used: Some("2024-05-06T12:00:00Z".into()),
    };
    use serde_json::json;
    let mut invalid = cred(
        "6dFk2Qx9LmNpRsTuVwXyZa",
        Some(202),
        "aws-dev",
        "aws",
        "cloud-compute",
        json!({"discriminator": "aws", "accessKey": "AKIADEVEXAMPLE000001", "secretKey": "sandbox-secret-dev-invalid", "mode": "keys"}),
    );
    invalid.status = "INVALID".into();
    invalid.message = Some("The security token included in the request is invalid.".into());
    invalid.last_used = None;
    vec![
        cred(
            "0aB1cD2eF3gH4iJ5kL6mNo",
            None,
            "github-personal",
            "github",
            "scm-host",
            json!({"discriminator": "github", "username": "demo", "password": "sandbox-secret-gh"}),
        ),
        cred(
            "1cz5A8cuBkB5iJliCwJCFU",
            Some(201),
            "aws-prod",
            "aws",
            "cloud-compute",
            json!({"discriminator": "aws", "accessKey": "AKIAPRODEXAMPLE00001", "secretKey": "sandbox-secret-prod", "mode": "keys"}),
        ),
        cred(
            "2hJ7kL8mN9pQ0rS1tU2vWx",
            Some(201),
            "github-ci",
            "github",
            "scm-host",
            json!({"discriminator": "github", "username": "acme-ci", "password": "sandbox-secret-ci"}),
        ),
        cred(
            "3yZ4aB5cD6eF7gH8iJ9kLm",
            Some(201),
            "docker-hub",
            "container-reg",
            "container-reg",
            json!({"discriminator": "container-reg", "registry": "docker.io", "userName": "acme", "password": "sandbox-secret-docker"}),
        ),
        invalid,
        cred(
            "5nO6pQ7rS8tU9vW0xY1zAb",
            Some(203),
            "gcp-research",
            "google",
            "cloud-compute",
            json!({"discriminator": "google", "data": "{\"type\":\"service_account\"}"}),
        ),
    ]
}

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
            tokens: vec![
                TokenEntry { token: DEMO_TOKEN.into(), user_id: 1, expires_at: None },
                TokenEntry { token: VIEWER_TOKEN.into(), user_id: 2, expires_at: None },
            ],
            credentials: seed_credentials(),
            compute_envs: vec![ComputeEnv {
                id: "3xkQ0BnMcVr2YbLhUo5Wtz".into(),
                name: "prod-batch".into(),
                workspace_id: Some(201),
                credentials_id: "1cz5A8cuBkB5iJliCwJCFU".into(),
            }],
            auth_codes: Vec::new(),
            refresh_tokens: Vec::new(),
            device_codes: Vec::new(),
            stats: Stats::default(),
            next_id: 1000,
        }
    }

    /// A new credentials ID: 22 base62 characters, like the Platform's.
    pub fn new_credentials_id(&mut self) -> String {
        const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        self.next_id += 1;
        let mut rng = fastrand::Rng::with_seed(self.next_id as u64 * 7919);
        (0..22).map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char).collect()
    }

    /// The user's role in a workspace; the personal workspace (`None`) is their own.
    pub fn role_in(&self, workspace_id: Option<i64>, user_id: i64) -> Option<String> {
        match workspace_id {
            None => Some("owner".into()),
            Some(id) => self.workspaces.iter().find(|w| w.id == id).and_then(|w| self.workspace_role(w, user_id)),
        }
    }

    pub fn user_for_token(&self, token: &str) -> Option<&User> {
        let now = crate::platform::cache::now_secs();
        let entry = self.tokens.iter().find(|t| t.token == token && t.expires_at.is_none_or(|e| e > now))?;
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
