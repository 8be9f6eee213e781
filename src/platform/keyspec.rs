//! How each provider's `keys` object is built from flags: the fields a user can set (with the flag that sets
//! them and whether they are secret), and the checks made before any request from each provider's row in
//! `providers::PROVIDERS`. This table drives the flags and their help.

use serde_json::{Map, Value, json};

use super::providers::{Provider, Rule, find};
use crate::error::{Error, Result};

/// One settable key field. Secret fields have no plain flag that works: they come from `--FLAG-env`,
/// `--FLAG-file`, `--FLAG-stdin`, or a prompt.
#[derive(Debug)]
pub(crate) struct KeySpec {
    pub(crate) key: &'static str,
    pub(crate) flag: &'static str,
    pub(crate) secret: bool,
    pub(crate) boolean: bool,
    pub(crate) help: &'static str,
}

const fn plain(key: &'static str, flag: &'static str, help: &'static str) -> KeySpec {
    KeySpec { key, flag, secret: false, boolean: false, help }
}
const fn secret(key: &'static str, flag: &'static str, help: &'static str) -> KeySpec {
    KeySpec { key, flag, secret: true, boolean: false, help }
}
const fn boolean(key: &'static str, flag: &'static str, help: &'static str) -> KeySpec {
    KeySpec { key, flag, secret: false, boolean: true, help }
}

/// Every key flag, across providers. `username` also fills container-reg's `userName`.
pub(crate) const KEY_SPECS: &[KeySpec] = &[
    plain("accessKey", "access-key", "AWS / S3 access key ID"),
    secret("secretKey", "secret-key", "AWS / S3 secret access key"),
    plain("assumeRoleArn", "role-arn", "AWS IAM role ARN to assume (role mode)"),
    boolean("pathStyleAccessEnabled", "path-style-access", "S3: use path-style access"),
    secret("data", "service-account", "Google service-account key JSON"),
    plain("serviceAccountEmail", "service-account-email", "Google Workload Identity: service account email"),
    plain("workloadIdentityProvider", "workload-identity-provider", "Google Workload Identity provider"),
    plain("tokenAudience", "token-audience", "Google Workload Identity token audience"),
    plain("batchName", "batch-name", "Azure Batch account name"),
    secret("batchKey", "batch-key", "Azure Batch account key"),
    plain("storageName", "storage-name", "Azure Storage account name"),
    secret("storageKey", "storage-key", "Azure Storage account key"),
    plain("subscriptionId", "subscription-id", "Azure subscription ID"),
    plain("tenantId", "tenant-id", "Azure / Entra tenant ID"),
    plain("clientId", "client-id", "Azure / GitHub App client ID"),
    secret("clientSecret", "client-secret", "Azure / GitHub App client secret"),
    plain("username", "username", "user name (Git hosts, registries; CodeCommit: access key ID)"),
    secret("password", "password", "password or personal access token (CodeCommit: secret key)"),
    secret("token", "token", "API token (GitLab, Bitbucket, Kubernetes, ...)"),
    plain("appId", "app-id", "GitHub App ID"),
    plain("slug", "slug", "GitHub App slug"),
    secret("privateKey", "private-key", "private key (SSH, GitHub App, Kubernetes client key)"),
    secret("webhookSecret", "webhook-secret", "GitHub App webhook secret"),
    secret("passphrase", "passphrase", "SSH key passphrase"),
    plain("registry", "registry", "container registry host (default docker.io)"),
    plain("certificate", "certificate", "Kubernetes client certificate (PEM)"),
    plain("connectionId", "connection-id", "Tower Agent connection ID"),
    plain("workDir", "work-dir", "Tower Agent work directory"),
    boolean("shared", "shared", "Tower Agent: shared agent"),
];

pub(crate) fn spec(key: &str) -> &'static KeySpec {
    KEY_SPECS.iter().find(|s| s.key == key).expect("a key in KEY_SPECS")
}

/// The command-line flags that set `key` (a secret's `-env`, `-file` and `-stdin` forms).
fn flags_of_key(s: &KeySpec) -> Vec<String> {
    if s.secret {
        ["env", "file", "stdin"].iter().map(|form| format!("--{}-{form}", s.flag)).collect()
    } else {
        vec![format!("--{}", s.flag)]
    }
}

/// The key flags `credentials add PROVIDER` takes (empty for an unknown provider).
pub fn key_flags(provider: &str) -> Vec<String> {
    accepted(provider).iter().flat_map(|k| flags_of_key(spec(k))).collect()
}

/// Every key flag of every provider.
pub fn all_key_flags() -> Vec<String> {
    KEY_SPECS.iter().flat_map(flags_of_key).collect()
}

/// The key fields a provider accepts (by our key names; none for a provider the spec does not have).
pub(crate) fn accepted(provider: &str) -> &'static [&'static str] {
    find(provider).map(|p| p.fields).unwrap_or(&[])
}

/// The secrets to ask for when they were not given, given what else was set.
pub(crate) fn asked(provider: &str, keys: &Map<String, Value>) -> &'static [&'static str] {
    match find(provider) {
        Some(Provider { rule: Rule::KeysOrRole, .. }) if !keys.contains_key("accessKey") => &[],
        Some(p) => p.asked,
        None => &[],
    }
}

/// Whether the provider can use an external ID with these fields (an AWS role without a key pair).
pub(crate) fn takes_external_id(provider: &str, keys: &Map<String, Value>) -> bool {
    find(provider).is_some_and(|p| p.rule == Rule::KeysOrRole) && keys.contains_key("assumeRoleArn")
}

fn has(keys: &Map<String, Value>, k: &str) -> bool {
    keys.get(k).is_some_and(|v| !v.is_null() && v.as_str() != Some(""))
}

/// One error naming every missing field; secrets are named with the flags that take them.
fn need(provider: &str, missing: &[&str]) -> Error {
    let flags: Vec<String> = missing.iter().map(|k| format!("--{}", spec(k).flag)).collect();
    let list = match flags.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => flags.join(""),
    };
    let error = Error::usage(format!("{provider} credentials need {list}."));
    let secrets: Vec<String> = missing
        .iter()
        .map(|k| spec(k))
        .filter(|s| s.secret)
        .map(|s| format!("--{f}-env VAR, --{f}-file PATH or --{f}-stdin", f = s.flag))
        .collect();
    if secrets.is_empty() {
        return error;
    }
    error.with_hint(format!("Give {} (on a terminal, left-out secrets are asked for).", secrets.join("; ")))
}

/// Checks the required fields and fills defaults; `keys` uses our key names, before mapping.
pub(crate) fn complete(provider: &str, keys: &mut Map<String, Value>) -> Result<()> {
    fn missing(keys: &Map<String, Value>, ks: &[&'static str]) -> Vec<&'static str> {
        ks.iter().copied().filter(|k| !has(keys, k)).collect()
    }
    let Some(p) = find(provider) else { return Ok(()) };
    match p.rule {
        Rule::KeysOrRole => {
            let role = has(keys, "assumeRoleArn");
            let pair = missing(keys, &["accessKey", "secretKey"]);
            if !role && !pair.is_empty() {
                return Err(need(provider, &pair).with_hint("Give an access key and secret key, or --role-arn for role mode."));
            }
            keys.insert("mode".into(), json!(if role && !has(keys, "accessKey") { "role" } else { "keys" }));
        }
        Rule::KeyOrWorkloadIdentity
            if !has(keys, "data") && !missing(keys, &["serviceAccountEmail", "workloadIdentityProvider", "tokenAudience"]).is_empty() =>
        {
            return Err(need(provider, &["data"]).with_hint("Give --service-account-file KEY.json, or all three Workload Identity flags."));
        }
        Rule::TokenOrCertificate if !has(keys, "token") && !missing(keys, &["certificate", "privateKey"]).is_empty() => {
            return Err(need(provider, &["token"]).with_hint("Give a service-account token, or --certificate with a private key."));
        }
        Rule::Default(field, value) if !has(keys, field) => {
            keys.insert(field.into(), json!(value));
        }
        _ => {}
    }
    let absent = missing(keys, p.required);
    if absent.is_empty() { Ok(()) } else { Err(need(provider, &absent)) }
}

/// The API's `keys` object: our names mapped to the provider's field names, plus the discriminator.
pub(crate) fn to_api(provider: &str, keys: &Map<String, Value>) -> Value {
    let renames = find(provider).map(|p| p.api_names).unwrap_or(&[]);
    let mut out = Map::new();
    out.insert("discriminator".into(), json!(provider));
    for (k, v) in keys {
        let name = renames.iter().find(|(ours, _)| ours == k).map_or(k.as_str(), |(_, theirs)| theirs);
        out.insert(name.to_string(), v.clone());
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(pairs: &[(&str, &str)]) -> Map<String, Value> {
        pairs.iter().map(|(k, v)| (k.to_string(), json!(v))).collect()
    }

    #[test]
    fn aws_needs_a_key_pair_or_a_role() {
        assert!(complete("aws", &mut keys(&[("accessKey", "A")])).unwrap_err().message.contains("--secret-key"));
        let mut role = keys(&[("assumeRoleArn", "arn:aws:iam::1:role/x")]);
        complete("aws", &mut role).unwrap();
        assert_eq!(role["mode"], "role");
        let mut pair = keys(&[("accessKey", "A"), ("secretKey", "S")]);
        complete("aws", &mut pair).unwrap();
        assert_eq!(pair["mode"], "keys");
    }

    #[test]
    fn container_registry_defaults_to_docker_hub_and_maps_user_name() {
        let mut k = keys(&[("username", "u"), ("password", "p")]);
        complete("container-reg", &mut k).unwrap();
        let api = to_api("container-reg", &k);
        assert_eq!(api, json!({"discriminator": "container-reg", "registry": "docker.io", "userName": "u", "password": "p"}));
    }

    #[test]
    fn every_provider_has_accepted_fields_or_is_agent() {
        for p in super::super::providers::names() {
            for k in accepted(p) {
                spec(k);
            }
        }
    }
}
