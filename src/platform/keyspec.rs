//! How each provider's `keys` object is built from flags: the fields a user can set (with the flag that sets
//! them and whether they are secret), and each provider's required fields and defaults. One table drives
//! the flags, their help, and the checks made before any request.

use serde_json::{Map, Value, json};

use crate::error::{Error, Result};

/// One settable key field. Secret fields have no plain flag that works: they come from `--FLAG-env`,
/// `--FLAG-file`, `--FLAG-stdin`, or a prompt.
#[derive(Debug)]
pub struct KeySpec {
    pub key: &'static str,
    pub flag: &'static str,
    pub secret: bool,
    pub boolean: bool,
    pub help: &'static str,
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
pub const KEY_SPECS: &[KeySpec] = &[
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

pub fn spec(key: &str) -> &'static KeySpec {
    KEY_SPECS.iter().find(|s| s.key == key).expect("a key in KEY_SPECS")
}

/// The key fields a provider accepts (by our key names; `username` is mapped for container-reg).
pub fn accepted(provider: &str) -> &'static [&'static str] {
    match provider {
        "aws" | "seqeracompute" => &["accessKey", "secretKey", "assumeRoleArn"],
        "s3" => &["accessKey", "secretKey", "pathStyleAccessEnabled"],
        "google" => &["data", "serviceAccountEmail", "workloadIdentityProvider", "tokenAudience"],
        "azure" => &["batchName", "batchKey", "storageName", "storageKey"],
        "azure_entra" => &["batchName", "batchKey", "storageName", "storageKey", "tenantId", "clientId", "clientSecret"],
        "azure-cloud" => &["batchName", "batchKey", "storageName", "storageKey", "subscriptionId", "tenantId", "clientId", "clientSecret"],
        "github" | "gitea" | "codecommit" | "azurerepos" | "gitlab" | "bitbucket" => &["username", "password", "token"],
        "github_app" => &["appId", "clientId", "slug", "clientSecret", "privateKey", "webhookSecret"],
        "container-reg" => &["registry", "username", "password"],
        "ssh" => &["privateKey", "passphrase"],
        "k8s" => &["certificate", "privateKey", "token"],
        "tw-agent" => &["connectionId", "workDir", "shared"],
        _ => &[],
    }
}

fn has(keys: &Map<String, Value>, k: &str) -> bool {
    keys.get(k).is_some_and(|v| !v.is_null() && v.as_str() != Some(""))
}

fn need(provider: &str, missing: &[&str]) -> Error {
    let flags: Vec<String> = missing.iter().map(|k| format!("--{}", spec(k).flag)).collect();
    Error::usage(format!("{provider} credentials need {}.", flags.join(" and ")))
}

/// Checks the required fields and fills defaults; `keys` uses our key names, before mapping.
pub fn complete(provider: &str, keys: &mut Map<String, Value>) -> Result<()> {
    fn missing(keys: &Map<String, Value>, ks: &[&'static str]) -> Vec<&'static str> {
        ks.iter().copied().filter(|k| !has(keys, k)).collect()
    }
    match provider {
        "aws" | "seqeracompute" => {
            let role = has(keys, "assumeRoleArn");
            let pair = missing(keys, &["accessKey", "secretKey"]);
            if !role && !pair.is_empty() {
                return Err(need(provider, &pair).with_hint("Give an access key and secret key, or --role-arn for role mode."));
            }
            keys.insert("mode".into(), json!(if role && !has(keys, "accessKey") { "role" } else { "keys" }));
        }
        "google"
            if !has(keys, "data") && !missing(keys, &["serviceAccountEmail", "workloadIdentityProvider", "tokenAudience"]).is_empty() =>
        {
            return Err(need(provider, &["data"]).with_hint("Give --service-account-file KEY.json, or all three Workload Identity flags."));
        }
        "k8s" if !has(keys, "token") && !missing(keys, &["certificate", "privateKey"]).is_empty() => {
            return Err(need(provider, &["token"]).with_hint("Give a service-account token, or --certificate with a private key."));
        }
        "container-reg" if !has(keys, "registry") => {
            keys.insert("registry".into(), json!("docker.io"));
        }
        "tw-agent" if !has(keys, "workDir") => {
            keys.insert("workDir".into(), json!("$TW_AGENT_WORK"));
        }
        _ => {}
    }
    let required: &[&str] = match provider {
        "s3" => &["accessKey", "secretKey"],
        "azure" => &["batchName", "batchKey", "storageName", "storageKey"],
        "azure_entra" => &["batchName", "storageName", "tenantId", "clientId", "clientSecret"],
        "azure-cloud" => &["subscriptionId", "tenantId", "clientId", "clientSecret"],
        "github" | "gitea" | "codecommit" | "azurerepos" | "bitbucket" => &["username", "password"],
        "gitlab" => &["username", "password", "token"],
        "github_app" => &["appId", "privateKey"],
        "container-reg" => &["username", "password"],
        "ssh" => &["privateKey"],
        "tw-agent" => &["connectionId"],
        _ => &[],
    };
    let absent = missing(keys, required);
    if absent.is_empty() { Ok(()) } else { Err(need(provider, &absent)) }
}

/// The API's `keys` object: our names mapped to the provider's field names, plus the discriminator.
pub fn to_api(provider: &str, keys: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    out.insert("discriminator".into(), json!(provider));
    for (k, v) in keys {
        let name = if provider == "container-reg" && k == "username" { "userName" } else { k.as_str() };
        out.insert(name.to_string(), v.clone());
    }
    Value::Object(out)
}

/// Whether `key` is a secret of this provider (write-only in the spec, or a secret flag).
pub fn is_secret(provider: &str, key: &str) -> bool {
    super::providers::secret_fields(provider).contains(&key) || KEY_SPECS.iter().any(|s| s.key == key && s.secret)
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
        for (p, _) in super::super::providers::PROVIDERS {
            for k in accepted(p) {
                spec(k);
            }
        }
    }
}
