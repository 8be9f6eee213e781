//! The credential providers of the spec (`Credentials.provider`): one row each, which drives the provider
//! names (`credentials add PROVIDER`, its help and completion), the key flags that apply, the fields that
//! must be set, the secrets asked for on a terminal, the write-only fields never printed, and the API's
//! field names. Adding a provider is one row here (its fields' flags are rows of `keyspec::KEY_SPECS`).

/// One provider. Field names are ours (`keyspec::KEY_SPECS`); `api_names` maps the ones the API spells
/// differently.
#[derive(Debug)]
pub(crate) struct Provider {
    pub(crate) name: &'static str,
    /// What it is, in one line (the summary of `credentials add NAME`).
    pub(crate) about: &'static str,
    /// The key fields a user can set.
    pub(crate) fields: &'static [&'static str],
    /// The fields that must be set, after `rule` has been applied.
    pub(crate) required: &'static [&'static str],
    /// The secrets asked for (without echo, on a terminal) when not given.
    pub(crate) asked: &'static [&'static str],
    /// The fields the spec marks `writeOnly`: the API accepts them but never returns them, and seqera
    /// never prints or logs them.
    pub(crate) write_only: &'static [&'static str],
    /// A check or default beyond the required fields.
    pub(crate) rule: Rule,
    /// Our field name -> the API's, where they differ.
    pub(crate) api_names: &'static [(&'static str, &'static str)],
}

/// What a provider needs beyond a list of required fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    None,
    /// An access key pair, or a role ARN alone (role mode, the only mode with an external ID); `mode`
    /// is filled in, and the secret key is asked for only when an access key was given.
    KeysOrRole,
    /// A service-account key, or all three Workload Identity fields.
    KeyOrWorkloadIdentity,
    /// A service-account token, or a client certificate with its private key.
    TokenOrCertificate,
    /// This value for a field left out.
    Default(&'static str, &'static str),
}

const NONE: Provider =
    Provider { name: "", about: "", fields: &[], required: &[], asked: &[], write_only: &[], rule: Rule::None, api_names: &[] };

const AWS_FIELDS: &[&str] = &["accessKey", "secretKey", "assumeRoleArn"];
const AZURE_FIELDS: &[&str] = &["batchName", "batchKey", "storageName", "storageKey"];
const GIT_FIELDS: &[&str] = &["username", "password", "token"];
const GIT_REQUIRED: &[&str] = &["username", "password"];

pub(crate) const PROVIDERS: &[Provider] = &[
    Provider {
        name: "aws",
        about: "Amazon Web Services: an access key pair, or an IAM role to assume",
        fields: AWS_FIELDS,
        asked: &["secretKey"],
        write_only: &["secretKey"],
        rule: Rule::KeysOrRole,
        ..NONE
    },
    Provider {
        name: "azure",
        about: "Azure Batch and Storage accounts, by their shared keys",
        fields: AZURE_FIELDS,
        required: AZURE_FIELDS,
        asked: &["batchKey", "storageKey"],
        write_only: &["batchKey", "storageKey"],
        ..NONE
    },
    Provider {
        name: "azure_entra",
        about: "Azure Batch and Storage through a Microsoft Entra service principal",
        fields: &["batchName", "batchKey", "storageName", "storageKey", "tenantId", "clientId", "clientSecret"],
        required: &["batchName", "storageName", "tenantId", "clientId", "clientSecret"],
        asked: &["clientSecret"],
        write_only: &["batchKey", "clientSecret", "storageKey"],
        ..NONE
    },
    Provider {
        name: "azure-cloud",
        about: "Azure Cloud (a subscription) through an Entra service principal",
        fields: &["batchName", "batchKey", "storageName", "storageKey", "subscriptionId", "tenantId", "clientId", "clientSecret"],
        required: &["subscriptionId", "tenantId", "clientId", "clientSecret"],
        asked: &["clientSecret"],
        write_only: &["batchKey", "clientSecret", "storageKey"],
        ..NONE
    },
    Provider {
        name: "google",
        about: "Google Cloud: a service-account key, or Workload Identity Federation",
        fields: &["data", "serviceAccountEmail", "workloadIdentityProvider", "tokenAudience"],
        write_only: &["data"],
        rule: Rule::KeyOrWorkloadIdentity,
        ..NONE
    },
    Provider {
        name: "github",
        about: "GitHub: a user name and a personal access token",
        fields: GIT_FIELDS,
        required: GIT_REQUIRED,
        asked: &["password"],
        write_only: &["password"],
        ..NONE
    },
    Provider {
        name: "github_app",
        about: "A GitHub App: its ID and private key",
        fields: &["appId", "clientId", "slug", "clientSecret", "privateKey", "webhookSecret"],
        required: &["appId", "privateKey"],
        asked: &["privateKey"],
        write_only: &["clientSecret", "privateKey", "webhookSecret"],
        ..NONE
    },
    Provider {
        name: "gitlab",
        about: "GitLab: a user name, password and API token",
        fields: GIT_FIELDS,
        required: GIT_FIELDS,
        asked: &["password", "token"],
        write_only: &["password", "token"],
        ..NONE
    },
    Provider {
        name: "bitbucket",
        about: "Bitbucket: a user name and an app password",
        fields: GIT_FIELDS,
        required: GIT_REQUIRED,
        asked: &["password"],
        write_only: &["password", "token"],
        ..NONE
    },
    Provider {
        name: "gitea",
        about: "Gitea: a user name and password or token",
        fields: GIT_FIELDS,
        required: GIT_REQUIRED,
        asked: &["password"],
        write_only: &["password"],
        ..NONE
    },
    Provider {
        name: "codecommit",
        about: "AWS CodeCommit: an access key pair for Git",
        fields: GIT_FIELDS,
        required: GIT_REQUIRED,
        asked: &["password"],
        write_only: &["password"],
        ..NONE
    },
    Provider {
        name: "azurerepos",
        about: "Azure Repos: a user name and a personal access token",
        fields: GIT_FIELDS,
        required: GIT_REQUIRED,
        asked: &["password"],
        write_only: &["password"],
        ..NONE
    },
    Provider {
        name: "container-reg",
        about: "A container registry (docker.io by default): user name and password",
        fields: &["registry", "username", "password"],
        required: &["username", "password"],
        asked: &["password"],
        write_only: &["password"],
        rule: Rule::Default("registry", "docker.io"),
        api_names: &[("username", "userName")],
    },
    Provider {
        name: "ssh",
        about: "An SSH private key (and its passphrase)",
        fields: &["privateKey", "passphrase"],
        required: &["privateKey"],
        asked: &["privateKey"],
        write_only: &["passphrase", "privateKey"],
        ..NONE
    },
    Provider {
        name: "k8s",
        about: "Kubernetes: a service-account token, or a client certificate and key",
        fields: &["certificate", "privateKey", "token"],
        write_only: &["privateKey", "token"],
        rule: Rule::TokenOrCertificate,
        ..NONE
    },
    Provider {
        name: "tw-agent",
        about: "Tower Agent: the connection ID of a running agent",
        fields: &["connectionId", "workDir", "shared"],
        required: &["connectionId"],
        rule: Rule::Default("workDir", "$TW_AGENT_WORK"),
        ..NONE
    },
    Provider {
        name: "seqeracompute",
        about: "Seqera Compute: an AWS access key pair or IAM role",
        fields: AWS_FIELDS,
        asked: &["secretKey"],
        write_only: &["secretKey"],
        rule: Rule::KeysOrRole,
        ..NONE
    },
    Provider {
        name: "s3",
        about: "S3-compatible storage: an access key pair",
        fields: &["accessKey", "secretKey", "pathStyleAccessEnabled"],
        required: &["accessKey", "secretKey"],
        asked: &["secretKey"],
        write_only: &["secretKey"],
        ..NONE
    },
];

/// The provider with this name, if the spec has it.
pub(crate) fn find(name: &str) -> Option<&'static Provider> {
    PROVIDERS.iter().find(|p| p.name == name)
}

/// The provider names, in the spec's order (for the `PROVIDER` argument's values and completion).
pub fn names() -> impl Iterator<Item = &'static str> {
    PROVIDERS.iter().map(|p| p.name)
}

/// The write-only key fields of a provider (empty for an unknown one).
pub(crate) fn secret_fields(provider: &str) -> &'static [&'static str] {
    find(provider).map(|p| p.write_only).unwrap_or(&[])
}

/// Removes every write-only field from a `keys` object.
pub(crate) fn strip_secrets(provider: &str, keys: &mut serde_json::Value) {
    if let Some(obj) = keys.as_object_mut() {
        for f in secret_fields(provider) {
            obj.remove(*f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_named_by_a_provider_has_a_flag_and_is_accepted() {
        for p in PROVIDERS {
            for k in p.fields.iter().chain(p.required).chain(p.asked) {
                super::super::keyspec::spec(k);
                assert!(p.fields.contains(k), "{}: {k} is not among its fields", p.name);
            }
            for k in p.asked {
                assert!(super::super::keyspec::spec(k).secret, "{}: {k} is asked for but not secret", p.name);
            }
        }
    }
}
