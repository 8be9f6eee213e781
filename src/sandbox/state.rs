//! The sandbox's data: users, organizations, workspaces with memberships and roles, and the tokens it
//! accepts. Seeded with a small demo world; optionally loaded from and saved to a JSON state file.

use serde::{Deserialize, Serialize};

/// The token `--sandbox` uses and `seqera sandbox serve` prints: a demo value, not a secret.
pub const DEMO_TOKEN: &str = "sandbox-demo-token";
/// A second user with only the `view` role, for permission tests.
pub(crate) const VIEWER_TOKEN: &str = "sandbox-viewer-token";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct User {
    pub(crate) id: i64,
    pub(crate) user_name: String,
    pub(crate) email: String,
    pub(crate) first_name: String,
    pub(crate) last_name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Org {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) full_name: String,
    pub(crate) description: String,
    pub(crate) org_type: String,
    /// (user id, org role: owner | member | collaborator)
    pub(crate) members: Vec<(i64, String)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Workspace {
    pub(crate) id: i64,
    pub(crate) org_id: i64,
    pub(crate) name: String,
    pub(crate) full_name: String,
    pub(crate) description: String,
    pub(crate) visibility: String,
    /// (user id, workspace role: owner | admin | maintain | launch | connect | view)
    pub(crate) participants: Vec<(i64, String)>,
}

/// A credential as stored, with its secret key fields (which the API never returns).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Credential {
    pub(crate) id: String,
    /// `None`: the owner's personal workspace.
    pub(crate) workspace_id: Option<i64>,
    pub(crate) owner: i64,
    pub(crate) name: String,
    pub(crate) provider: String,
    pub(crate) description: Option<String>,
    pub(crate) base_url: Option<String>,
    pub(crate) category: Option<String>,
    pub(crate) keys: serde_json::Value,
    pub(crate) status: String,
    pub(crate) message: Option<String>,
    pub(crate) date_created: String,
    pub(crate) last_updated: String,
    pub(crate) last_used: Option<String>,
}

/// A compute environment: what runs launch on, and what a checked delete of its credential conflicts with.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ComputeEnv {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) workspace_id: Option<i64>,
    pub(crate) credentials_id: String,
    #[serde(default)]
    pub(crate) platform: String,
    #[serde(default)]
    pub(crate) region: Option<String>,
    #[serde(default)]
    pub(crate) work_dir: String,
    #[serde(default)]
    pub(crate) status: String,
    #[serde(default)]
    pub(crate) primary: bool,
    #[serde(default)]
    pub(crate) date_created: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct TokenEntry {
    pub(crate) token: String,
    pub(crate) user_id: i64,
    /// Unix seconds; `None` never expires (the demo personal access tokens).
    #[serde(default)]
    pub(crate) expires_at: Option<u64>,
    /// A personal access token's ID and name (`GET /tokens`); `None` for OIDC access tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) date_created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last_used: Option<String>,
}

impl TokenEntry {
    /// A personal access token as `POST /tokens` makes them (and the seed's two).
    pub(crate) fn personal(token: &str, user_id: i64, id: i64, name: &str) -> TokenEntry {
        TokenEntry {
            token: token.into(),
            user_id,
            id: Some(id),
            name: Some(name.into()),
            date_created: Some(SEED_DATE.into()),
            ..TokenEntry::default()
        }
    }
}

/// An authorization code waiting to be exchanged, with the PKCE challenge it must match.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct AuthCode {
    pub(crate) code: String,
    pub(crate) user_id: i64,
    pub(crate) redirect_uri: String,
    pub(crate) challenge: String,
    pub(crate) expires_at: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct RefreshEntry {
    pub(crate) token: String,
    pub(crate) user_id: i64,
    pub(crate) revoked: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct DeviceCode {
    pub(crate) device_code: String,
    pub(crate) user_code: String,
    pub(crate) expires_at: u64,
    pub(crate) polls: u32,
}

/// Counters tests and benchmarks read from `GET /_sandbox/stats`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Stats {
    pub(crate) discovery: u64,
    pub(crate) code_grants: u64,
    pub(crate) refresh_grants: u64,
    pub(crate) device_grants: u64,
    pub(crate) revocations: u64,
    pub(crate) api_requests: u64,
    /// `GET /workflow` (run lists) and `GET /workflow/{id}` (one run), which `runs watch` is judged by.
    #[serde(default)]
    pub(crate) workflow_lists: u64,
    #[serde(default)]
    pub(crate) workflow_gets: u64,
    /// Platform API requests other than GET (what `--dry-run` must never send).
    #[serde(default)]
    pub(crate) api_writes: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct State {
    pub(crate) users: Vec<User>,
    pub(crate) orgs: Vec<Org>,
    pub(crate) workspaces: Vec<Workspace>,
    pub(crate) tokens: Vec<TokenEntry>,
    #[serde(default)]
    pub(crate) credentials: Vec<Credential>,
    #[serde(default)]
    pub(crate) compute_envs: Vec<ComputeEnv>,
    #[serde(default)]
    pub(crate) pipelines: Vec<super::runs_state::Pipeline>,
    #[serde(default)]
    pub(crate) runs: Vec<super::runs_state::Run>,
    #[serde(default)]
    pub(crate) auth_codes: Vec<AuthCode>,
    #[serde(default)]
    pub(crate) refresh_tokens: Vec<RefreshEntry>,
    #[serde(default)]
    pub(crate) device_codes: Vec<DeviceCode>,
    #[serde(default)]
    pub(crate) stats: Stats,
    pub(crate) next_id: i64,
}

pub(crate) const SEED_DATE: &str = "2024-03-04T09:30:00Z";

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
    pub(crate) fn seed() -> State {
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
                TokenEntry::personal(DEMO_TOKEN, 1, 1, "sandbox-demo"),
                TokenEntry::personal(VIEWER_TOKEN, 2, 2, "sandbox-viewer"),
            ],
            credentials: seed_credentials(),
            compute_envs: super::runs_state::seed_compute_envs(),
            pipelines: super::runs_state::seed_pipelines(),
            runs: Vec::new(),
            auth_codes: Vec::new(),
            refresh_tokens: Vec::new(),
            device_codes: Vec::new(),
            stats: Stats::default(),
            next_id: 1000,
        }
    }

    /// A new credentials ID: 22 base62 characters, like the Platform's.
    pub(crate) fn new_credentials_id(&mut self) -> String {
        const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        self.next_id += 1;
        let mut rng = fastrand::Rng::with_seed(self.next_id as u64 * 7919);
        (0..22).map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char).collect()
    }

    /// The user's role in a workspace; the personal workspace (`None`) is their own.
    pub(crate) fn role_in(&self, workspace_id: Option<i64>, user_id: i64) -> Option<String> {
        match workspace_id {
            None => Some("owner".into()),
            Some(id) => self.workspaces.iter().find(|w| w.id == id).and_then(|w| self.workspace_role(w, user_id)),
        }
    }

    pub(crate) fn user_for_token(&self, token: &str) -> Option<&User> {
        let now = crate::platform::cache::now_secs();
        let entry = self.tokens.iter().find(|t| t.token == token && t.expires_at.is_none_or(|e| e > now))?;
        self.users.iter().find(|u| u.id == entry.user_id)
    }

    pub(crate) fn org_role(&self, org: &Org, user_id: i64) -> Option<String> {
        org.members.iter().find(|(u, _)| *u == user_id).map(|(_, r)| r.clone())
    }

    pub(crate) fn workspace_role(&self, ws: &Workspace, user_id: i64) -> Option<String> {
        ws.participants.iter().find(|(u, _)| *u == user_id).map(|(_, r)| r.clone())
    }

    /// Orgs the user can see: members, or collaborators in at least one of its workspaces.
    pub(crate) fn visible_orgs(&self, user_id: i64) -> Vec<&Org> {
        self.orgs.iter().filter(|o| self.org_role(o, user_id).is_some()).collect()
    }

    pub(crate) fn visible_workspaces(&self, user_id: i64, org_id: i64) -> Vec<&Workspace> {
        self.workspaces.iter().filter(|w| w.org_id == org_id && self.workspace_role(w, user_id).is_some()).collect()
    }
}
