//! The credential providers of the spec (`Credentials.provider`) and, for each, the key fields the spec
//! marks `writeOnly`: secrets the API accepts but never returns, and that seqera never prints or logs.

pub const PROVIDERS: &[(&str, &[&str])] = &[
    ("aws", &["secretKey"]),
    ("azure", &["batchKey", "storageKey"]),
    ("azure_entra", &["batchKey", "clientSecret", "storageKey"]),
    ("azure-cloud", &["batchKey", "clientSecret", "storageKey"]),
    ("google", &["data"]),
    ("github", &["password"]),
    ("github_app", &["clientSecret", "privateKey", "webhookSecret"]),
    ("gitlab", &["password", "token"]),
    ("bitbucket", &["password", "token"]),
    ("gitea", &["password"]),
    ("codecommit", &["password"]),
    ("azurerepos", &["password"]),
    ("container-reg", &["password"]),
    ("ssh", &["passphrase", "privateKey"]),
    ("k8s", &["privateKey", "token"]),
    ("tw-agent", &[]),
    ("seqeracompute", &["secretKey"]),
    ("s3", &["secretKey"]),
];

/// The write-only key fields of a provider (empty for an unknown one).
pub fn secret_fields(provider: &str) -> &'static [&'static str] {
    PROVIDERS.iter().find(|(p, _)| *p == provider).map(|(_, f)| *f).unwrap_or(&[])
}

/// Removes every write-only field from a `keys` object.
pub fn strip_secrets(provider: &str, keys: &mut serde_json::Value) {
    if let Some(obj) = keys.as_object_mut() {
        for f in secret_fields(provider) {
            obj.remove(*f);
        }
    }
}
