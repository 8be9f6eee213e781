//! The script functions that run a seqera command: each builds the words a user would type and runs them
//! on the session (`run_words`), so it obeys the same rules and errors as the command line. Their Rust
//! signatures are their script signatures, and their doc comments are their help (`seqera run --functions`).

use rhai::plugin::*;

#[export_module]
pub(super) mod platform {
    use crate::error::Error;
    use crate::script::functions::{check_keys, key_words, opt_words, run_words, text, throw, truthy, typed, words, workspace_words};
    use crate::script::registry::host;
    use rhai::{Array, Dynamic, EvalAltResult, Map, NativeCallContext};

    /// Platform, login, organization, workspace and AI backend checks, as `seqera status -o json` shows them.
    #[rhai_fn(return_raw)]
    pub fn status(ctx: NativeCallContext) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["status"]), vec![])?)
    }

    /// Your organizations: `orgId`, `orgName`, `orgType`, and your `roles` there.
    #[rhai_fn(return_raw)]
    pub fn org_list(ctx: NativeCallContext) -> Result<Array, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["org", "list"]), vec![])?)
    }

    /// The selected organization (a map), or `()` when none is selected.
    #[rhai_fn(return_raw)]
    pub fn org_current(ctx: NativeCallContext) -> Result<Dynamic, Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["org", "show"]), vec![])
    }

    /// Selects an organization by name or ID for this profile (drops its workspace selection).
    #[rhai_fn(return_raw)]
    pub fn org_switch(ctx: NativeCallContext, name: &str) -> Result<(), Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["org", "switch", name]), vec![]).map(drop)
    }

    /// Forgets the selected organization and workspace.
    #[rhai_fn(return_raw)]
    pub fn org_clear(ctx: NativeCallContext) -> Result<(), Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["org", "clear"]), vec![]).map(drop)
    }

    /// Your workspaces (`workspaceId`, `workspaceName`, `orgName`, `roles`, ...).
    #[rhai_fn(return_raw)]
    pub fn workspace_list(ctx: NativeCallContext) -> Result<Array, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["workspace", "list"]), vec![])?)
    }

    /// Your workspaces; options: `org` (name or ID) to keep one organization's.
    #[rhai_fn(name = "workspace_list", return_raw)]
    pub fn workspace_list_with(ctx: NativeCallContext, options: Map) -> Result<Array, Box<EvalAltResult>> {
        check_keys("workspace_list", &options, &["org"])?;
        let mut w = words(&["workspace", "list"]);
        w.extend(opt_words(&options, &[("org", "--org")]));
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }

    /// The workspace commands use now and where that choice comes from (a map), or `()` when none is set.
    #[rhai_fn(return_raw)]
    pub fn workspace_current(ctx: NativeCallContext) -> Result<Dynamic, Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["workspace", "show"]), vec![])
    }

    /// Makes a workspace (ID, `Org/Workspace`, or a name in the selected org) the profile's default.
    #[rhai_fn(return_raw)]
    pub fn workspace_use(ctx: NativeCallContext, workspace: &str) -> Result<(), Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["workspace", "use", workspace]), vec![]).map(drop)
    }

    /// Goes back to the personal workspace.
    #[rhai_fn(return_raw)]
    pub fn workspace_clear(ctx: NativeCallContext) -> Result<(), Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["workspace", "clear"]), vec![]).map(drop)
    }

    /// Credentials of the workspace in use: `id`, `name`, `provider`, `status`, `lastUsed`, ...
    #[rhai_fn(return_raw)]
    pub fn credentials_list(ctx: NativeCallContext) -> Result<Array, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["credentials", "list"]), vec![])?)
    }

    /// Credentials; options: `workspace` (ID or `Org/Workspace`), `provider` (aws, github, ...),
    /// `platform` (aws-batch, ...).
    #[rhai_fn(name = "credentials_list", return_raw)]
    pub fn credentials_list_with(ctx: NativeCallContext, options: Map) -> Result<Array, Box<EvalAltResult>> {
        check_keys("credentials_list", &options, &["workspace", "provider", "platform"])?;
        let mut w = workspace_words(&options);
        w.extend(words(&["credentials", "list"]));
        w.extend(opt_words(&options, &[("provider", "--provider"), ("platform", "--platform")]));
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }

    /// One credential by name or ID, whole except its secret keys.
    #[rhai_fn(return_raw)]
    pub fn credentials_get(ctx: NativeCallContext, credential: &str) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["credentials", "get", credential]), vec![])?)
    }

    /// One credential; options: `workspace`.
    #[rhai_fn(name = "credentials_get", return_raw)]
    pub fn credentials_get_with(ctx: NativeCallContext, credential: &str, options: Map) -> Result<Map, Box<EvalAltResult>> {
        check_keys("credentials_get", &options, &["workspace"])?;
        let mut w = workspace_words(&options);
        w.extend(words(&["credentials", "get", credential]));
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }

    /// Adds a credential: `provider`, `name`, optional `description`, `baseUrl`, `useExternalId`,
    /// `workspace`, and the key fields by API name (`accessKey`, `secretKey`, `password`, ...), flat or
    /// under `keys`. Secrets stay in memory, never on a command line. Returns the new credential as
    /// `#{credentials: #{id, ..}}`.
    #[rhai_fn(return_raw)]
    pub fn credentials_add(ctx: NativeCallContext, fields: Map) -> Result<Map, Box<EvalAltResult>> {
        const KNOWN: &[&str] = &["provider", "name", "description", "baseUrl", "useExternalId", "workspace"];
        let needs = |k: &str| fields.get(k).and_then(text).ok_or_else(|| throw(Error::usage(format!("credentials_add() needs `{k}`."))));
        let (provider, name) = (needs("provider")?, needs("name")?);
        let mut w = workspace_words(&fields);
        w.extend(["credentials".into(), "add".into(), provider, "--name".into(), name]);
        w.extend(opt_words(&fields, &[("description", "--description"), ("baseUrl", "--base-url")]));
        if truthy(fields.get("useExternalId")) {
            w.push("--use-external-id".into());
        }
        let (kw, secrets) = key_words("credentials_add", &fields, KNOWN)?;
        w.extend(kw);
        typed(run_words(&host(&ctx).runner, w, secrets)?)
    }

    /// Updates a credential in place (same ID): optional `description`, `baseUrl`, `workspace` and key
    /// fields; secrets not given are kept.
    #[rhai_fn(return_raw)]
    pub fn credentials_update(ctx: NativeCallContext, credential: &str, fields: Map) -> Result<Map, Box<EvalAltResult>> {
        const KNOWN: &[&str] = &["description", "baseUrl", "workspace"];
        let mut w = workspace_words(&fields);
        w.extend(words(&["credentials", "update", credential]));
        w.extend(opt_words(&fields, &[("description", "--description"), ("baseUrl", "--base-url")]));
        let (kw, secrets) = key_words("credentials_update", &fields, KNOWN)?;
        w.extend(kw);
        typed(run_words(&host(&ctx).runner, w, secrets)?)
    }

    /// Puts new secret keys in place (same ID), validates them, and returns the credential as written,
    /// with the `status` its validation left (AVAILABLE or INVALID). Options: `workspace` and the key fields.
    #[rhai_fn(return_raw)]
    pub fn credentials_rotate(ctx: NativeCallContext, credential: &str, keys: Map) -> Result<Map, Box<EvalAltResult>> {
        const KNOWN: &[&str] = &["workspace"];
        let mut w = workspace_words(&keys);
        w.extend(words(&["credentials", "rotate", credential]));
        let (kw, secrets) = key_words("credentials_rotate", &keys, KNOWN)?;
        w.extend(kw);
        typed(run_words(&host(&ctx).runner, w, secrets)?)
    }

    /// Asks Platform to check a credential with its provider; returns the report (`status`: AVAILABLE or
    /// INVALID).
    #[rhai_fn(return_raw)]
    pub fn credentials_validate(ctx: NativeCallContext, credential: &str) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["credentials", "validate", credential]), vec![])?)
    }

    /// Validates; options: `workspace`, `force` (mark an INVALID credential AVAILABLE without the provider
    /// check).
    #[rhai_fn(name = "credentials_validate", return_raw)]
    pub fn credentials_validate_with(ctx: NativeCallContext, credential: &str, options: Map) -> Result<Map, Box<EvalAltResult>> {
        check_keys("credentials_validate", &options, &["workspace", "force"])?;
        let mut w = workspace_words(&options);
        w.extend(words(&["credentials", "validate", credential]));
        if truthy(options.get("force")) {
            w.push("--force".into());
        }
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }

    /// Deletes a credential (a script does not ask). Returns `()`, or the held request under `--dry-run`.
    #[rhai_fn(return_raw)]
    pub fn credentials_delete(ctx: NativeCallContext, credential: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["credentials", "delete", credential, "--yes"]), vec![])
    }

    /// Deletes unless something uses it (then the error lists what); options: `workspace`, `force` (delete
    /// anyway).
    #[rhai_fn(name = "credentials_delete", return_raw)]
    pub fn credentials_delete_with(ctx: NativeCallContext, credential: &str, options: Map) -> Result<Dynamic, Box<EvalAltResult>> {
        check_keys("credentials_delete", &options, &["workspace", "checked", "force"])?;
        let mut w = workspace_words(&options);
        w.extend(words(&["credentials", "delete", credential, "--yes"]));
        if truthy(options.get("force")) {
            w.push("--force".into());
        }
        run_words(&host(&ctx).runner, w, vec![])
    }

    /// Runs any seqera command line (`seqera("config get api_url")`) and returns its data.
    #[rhai_fn(return_raw)]
    pub fn seqera(ctx: NativeCallContext, command: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        let w = shell_words::split(command).map_err(|e| throw(Error::usage(format!("Cannot split `{command}`: {e}."))))?;
        run_words(&host(&ctx).runner, w, vec![])
    }

    /// Asks the Co-Scientist assistant and returns the answer's text (`()` when it is empty). Calls in one
    /// script continue one session; tool calls follow the approval mode (`SEQERA_APPROVAL_MODE`, config
    /// `approval_mode`), and without a terminal a call that needs approval is refused and said so to the
    /// assistant.
    #[rhai_fn(return_raw)]
    pub fn ai(ctx: NativeCallContext, question: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        run_words(&host(&ctx).runner, words(&["ai", question]), vec![])
    }
    /// Your personal access tokens: `id`, `name`, `dateCreated`, `lastUsed` (never their values).
    #[rhai_fn(return_raw)]
    pub fn tokens_list(ctx: NativeCallContext) -> Result<Array, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["tokens", "list"]), vec![])?)
    }

    /// Creates a token: `#{accessKey, token: #{id, name, ..}}`. `accessKey` is its value, given only
    /// this once; keep it out of `print`.
    #[rhai_fn(return_raw)]
    pub fn tokens_create(ctx: NativeCallContext, name: &str) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["tokens", "create", name]), vec![])?)
    }

    /// Deletes a token by name or ID (no confirmation), and returns it. The token this profile uses is
    /// refused; see `tokens_rotate()`.
    #[rhai_fn(return_raw)]
    pub fn tokens_delete(ctx: NativeCallContext, token: &str) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["tokens", "delete", token, "--yes"]), vec![])?)
    }

    /// Rotates this profile's token (create, prove, store, then delete the old one) and returns the new
    /// token (`#{id, name, ..}`, no value). On failure it throws, saying which token the profile uses.
    #[rhai_fn(return_raw)]
    pub fn tokens_rotate(ctx: NativeCallContext) -> Result<Map, Box<EvalAltResult>> {
        typed(run_words(&host(&ctx).runner, words(&["tokens", "rotate"]), vec![])?)
    }

    /// Rotates with options: `old` (the token in use, name or ID, for a `login --with-token` login),
    /// `name` (the new token's name).
    #[rhai_fn(name = "tokens_rotate", return_raw)]
    pub fn tokens_rotate_with(ctx: NativeCallContext, options: Map) -> Result<Map, Box<EvalAltResult>> {
        check_keys("tokens_rotate", &options, &["old", "name"])?;
        let mut w = words(&["tokens", "rotate"]);
        w.extend(opt_words(&options, &[("old", "--old"), ("name", "--name")]));
        typed(run_words(&host(&ctx).runner, w, vec![])?)
    }
}
