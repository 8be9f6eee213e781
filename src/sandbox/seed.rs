//! Bulk data for benchmarks (`sandbox serve --ephemeral --seed-workspaces N --seed-credentials N`): a
//! `bench` organization the demo user owns, with N workspaces, and N credentials in each (or in acme/dev
//! when no workspaces are seeded). Deterministic, so two runs serve the same bytes.

use super::state::{Credential, Org, SEED_DATE, State, Workspace};

/// What to add to the demo data.
#[derive(Debug, Clone, Copy, Default)]
pub struct Seed {
    pub workspaces: usize,
    pub credentials: usize,
}

/// The seeded organization's ID; its workspaces are numbered from `FIRST_WORKSPACE`.
pub const BENCH_ORG: i64 = 105;
pub const FIRST_WORKSPACE: i64 = 10_001;
/// acme/dev: where seeded credentials go when no workspaces are seeded.
const DEFAULT_WORKSPACE: i64 = 202;

impl Seed {
    pub fn apply(&self, state: &mut State) {
        if self.workspaces > 0 {
            state.orgs.push(Org {
                id: BENCH_ORG,
                name: "bench".into(),
                full_name: "Bench Scale".into(),
                description: "Seeded for benchmarks".into(),
                org_type: "pro".into(),
                members: vec![(1, "owner".into())],
            });
        }
        let ids: Vec<i64> = (0..self.workspaces as i64).map(|i| FIRST_WORKSPACE + i).collect();
        for (n, &id) in ids.iter().enumerate() {
            state.workspaces.push(Workspace {
                id,
                org_id: BENCH_ORG,
                name: format!("ws-{:04}", n + 1),
                full_name: format!("Bench workspace {}", n + 1),
                description: "Seeded for benchmarks".into(),
                visibility: "PRIVATE".into(),
                participants: vec![(1, "admin".into())],
            });
        }
        let targets = if ids.is_empty() { vec![DEFAULT_WORKSPACE] } else { ids };
        state.credentials.reserve(targets.len() * self.credentials);
        for ws in targets {
            for i in 0..self.credentials {
                state.credentials.push(credential(ws, i));
            }
        }
    }
}

const PROVIDERS: [(&str, &str); 3] = [("aws", "cloud-compute"), ("github", "scm-host"), ("google", "cloud-compute")];

fn credential(ws: i64, i: usize) -> Credential {
    let (provider, category) = PROVIDERS[i % PROVIDERS.len()];
    let keys = match provider {
        "aws" => serde_json::json!({"discriminator": "aws", "accessKey": format!("AKIA{i:016}"), "secretKey": "x", "mode": "keys"}),
        "github" => serde_json::json!({"discriminator": "github", "username": format!("ci-{i}"), "password": "x"}),
        _ => serde_json::json!({"discriminator": "google", "data": "{}"}),
    };
    Credential {
        // 22 letters and digits, like the Platform's IDs.
        id: format!("b{ws:06}{i:015}"),
        workspace_id: Some(ws),
        owner: 1,
        name: format!("{provider}-{i:05}"),
        provider: provider.into(),
        description: i.is_multiple_of(4).then(|| format!("Seeded credential {i} for benchmarks")),
        base_url: None,
        category: Some(category.into()),
        keys,
        status: if i % 10 == 9 { "INVALID" } else { "AVAILABLE" }.into(),
        message: None,
        date_created: SEED_DATE.into(),
        last_updated: SEED_DATE.into(),
        last_used: (!i.is_multiple_of(3)).then(|| "2024-05-06T12:00:00Z".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_workspaces_hold_their_credentials_with_valid_ids() {
        let mut state = State::seed();
        let before = state.credentials.len();
        Seed { workspaces: 3, credentials: 4 }.apply(&mut state);
        assert_eq!(state.credentials.len(), before + 12);
        assert_eq!(state.workspaces.iter().filter(|w| w.org_id == BENCH_ORG).count(), 3);
        let seeded = &state.credentials[before..];
        assert!(seeded.iter().all(|c| c.id.len() == 22 && c.id.bytes().all(|b| b.is_ascii_alphanumeric())));
        let ids: std::collections::HashSet<_> = seeded.iter().map(|c| &c.id).collect();
        assert_eq!(ids.len(), 12, "IDs are unique");
    }

    #[test]
    fn credentials_alone_go_to_acme_dev() {
        let mut state = State::seed();
        Seed { workspaces: 0, credentials: 5 }.apply(&mut state);
        assert_eq!(state.credentials.iter().filter(|c| c.workspace_id == Some(DEFAULT_WORKSPACE)).count(), 5 + 1);
    }
}
