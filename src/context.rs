//! What a command runs in. A [`Context`] is one command's view: the resolved settings and config file,
//! the renderer and the stderr palette, the token provider, and the clients built from them. What the
//! front end set up and every command of a session shares (the HTTP pool, the sandbox, `--dry-run`, the
//! AI session's memory, whether the session is long-lived) stays in the [`Session`] it points to.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::ai::AiClient;
use crate::auth::TokenProvider;
use crate::auth::store::TokenStore;
use crate::config::{Check, ConfigFile, FlagValues, Key, Settings, paths};
use crate::error::{Error, ErrorKind, Result};
use crate::http::Http;
use crate::output::status::Topic;
use crate::output::{ColorChoice, Format, Palette, Renderer};
use crate::platform::PlatformClient;
use crate::platform::cache::{self, Memberships};
use crate::platform::workspaces::{OrgRef, Role, WorkspaceRef, resolve_org, resolve_workspace, role_at_least, workspaces};
use crate::sandbox;

/// The palette for status lines on stderr.
fn stderr_palette(globals: &Globals) -> Palette {
    Palette::new(globals.color.enabled(std::io::IsTerminal::is_terminal(&std::io::stderr())))
}

/// The flags every command accepts, as the front ends give them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Globals {
    pub(crate) profile: Option<String>,
    pub(crate) output: Option<String>,
    pub(crate) workspace: Option<String>,
    pub(crate) color: ColorChoice,
    pub(crate) sandbox: bool,
    /// Print mutations instead of sending them (`seqera run --dry-run`).
    pub(crate) dry_run: bool,
    /// `--fields`, `--jq`, `--header`/`--no-header`.
    pub(crate) view: crate::output::View,
}

/// One command's view: what it reads (settings, config file), how it renders, and who it is (the token
/// provider and store). The clients come from [`Context::platform`] and [`Context::ai`].
pub(crate) struct Context {
    pub(crate) settings: Settings,
    pub(crate) file: ConfigFile,
    pub(crate) renderer: Renderer,
    /// Styles for status lines on stderr.
    pub(crate) stderr: Palette,
    /// No status lines (`say`): a script's function calls speak through their results.
    pub(crate) quiet: bool,
    pub(crate) tokens: TokenProvider,
    pub(crate) token_store: TokenStore,
    /// The workspace role the command needs (`commands::roles`), named when the Platform answers 403.
    pub(crate) needs: Option<Role>,
    /// The front end's session this command runs in.
    session: Arc<Session>,
}

/// What outlives one command: the HTTP client (and its connection pool), the sandbox when `--sandbox`
/// started one, and one token provider per profile. A one-shot command builds one for itself; `seqera
/// shell` and `seqera run` keep one for the whole session, so every line shares the login and the
/// single-flight refresh.
pub(crate) struct Session {
    pub(crate) globals: Globals,
    pub(crate) http: Http,
    pub(crate) sandbox: Option<Arc<sandbox::Running>>,
    /// `seqera run --dry-run`: mutations are returned as data, not sent.
    pub(crate) dry_run: bool,
    /// The AI session the shell or a script continues across turns, and what is remembered of it.
    pub(crate) ai_session: crate::ai::turn::SharedMemory,
    /// Built by the shell or a script (several commands), not for one command.
    pub(crate) long_lived: bool,
    /// Whether an invalid setting stops a command (everywhere but `seqera config`, which repairs them).
    check: Check,
    /// One token provider per profile and the Platform it is for.
    tokens: Mutex<HashMap<String, TokenProvider>>,
}

impl Session {
    pub(crate) async fn start(globals: &Globals, long_lived: bool) -> Result<Arc<Session>> {
        Session::start_checked(globals, long_lived, Check::Strict).await
    }

    /// A session whose commands only read and repair settings (`seqera config ...`): an invalid stored
    /// value is a warning, so `config set` and `config unset` can fix it.
    pub(crate) async fn start_checked(globals: &Globals, long_lived: bool, check: Check) -> Result<Arc<Session>> {
        if globals.sandbox {
            paths::enter_sandbox();
        }
        let file = ConfigFile::load(&paths::config_file())?;
        let sandbox = if globals.sandbox { Some(Arc::new(sandbox::start(sandbox::Options::persistent()).await?)) } else { None };
        let settings = resolve(&file, globals, sandbox.as_deref(), check)?;
        for w in &settings.warnings {
            crate::output::status::Status::new(stderr_palette(globals), false).warn(Topic::Config, w);
        }
        let http = Http::new(settings.seconds(Key::ConnectTimeout), settings.seconds(Key::RequestTimeout))?;
        Ok(Arc::new(Session {
            globals: globals.clone(),
            http,
            sandbox,
            dry_run: globals.dry_run,
            ai_session: Default::default(),
            long_lived,
            check,
            tokens: Mutex::new(HashMap::new()),
        }))
    }

    /// A context for one command with these flags: the config file is read again (so a line sees what the
    /// line before it switched), the session's client and token provider are reused.
    pub(crate) fn context(self: &Arc<Self>, globals: &Globals) -> Result<Context> {
        self.context_rendering(globals, false)
    }

    /// As `context`, rendering as into a pipe or file when `piped` says so (a REPL line with `| cmd`).
    pub(crate) fn context_rendering(self: &Arc<Self>, globals: &Globals, piped: bool) -> Result<Context> {
        let file = ConfigFile::load(&paths::config_file())?;
        let settings = resolve(&file, globals, self.sandbox.as_deref(), self.check)?;
        let format = settings.get(Key::Output).value.as_deref().map(Format::parse).transpose()?;
        let renderer = if piped {
            Renderer::for_pipe(format, globals.color, globals.view.clone())
        } else {
            Renderer::new(format, globals.color, globals.view.clone())
        };
        let stderr = stderr_palette(globals);
        let token_store = TokenStore::new(&paths::state_dir());
        let tokens = {
            let mut cache = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
            // A line that changed api_url or auth_domain gets a provider bound to the new ones.
            let key = format!("{}\n{}\n{}", settings.profile, settings.api_url(), settings.auth_domain());
            match cache.get(&key) {
                Some(t) => t.clone(),
                None => {
                    let t = TokenProvider::new(
                        self.sandbox.as_ref().map(|_| sandbox::DEMO_TOKEN.to_string()),
                        &token_store,
                        &settings.profile,
                        &self.http,
                        settings.describe(Key::AuthDomain),
                    )?
                    .bound_to(
                        settings.api_url(),
                        &settings.describe(Key::ApiUrl),
                        settings.auth_domain(),
                        &settings.describe(Key::AuthDomain),
                    );
                    cache.insert(key, t.clone());
                    t
                }
            }
        };
        Ok(Context { settings, file, renderer, stderr, quiet: false, tokens, token_store, needs: None, session: self.clone() })
    }

    /// Forgets the token providers, after `login` or `logout` changed what is stored.
    pub(crate) fn forget_tokens(&self) {
        self.tokens.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

fn resolve(file: &ConfigFile, globals: &Globals, sandbox: Option<&sandbox::Running>, check: Check) -> Result<Settings> {
    let mut flags = FlagValues::default();
    flags.push(Key::Output, "--output", globals.output.clone());
    flags.push(Key::Workspace, "--workspace", globals.workspace.clone());
    Settings::resolve_checked(file, globals.profile.as_deref(), &flags, sandbox.map(|s| s.urls()).as_ref(), check)
}

impl Context {
    pub(crate) async fn build(globals: &Globals) -> Result<Context> {
        Session::start(globals, false).await?.context(globals)
    }

    /// A context for `seqera config ...`, where invalid settings are warnings so they can be repaired.
    pub(crate) async fn build_for_repair(globals: &Globals) -> Result<Context> {
        Session::start_checked(globals, false, Check::Repair).await?.context(globals)
    }

    pub(crate) fn platform(&self) -> PlatformClient {
        PlatformClient::new(self.http().clone(), self.settings.api_url(), self.tokens.clone(), self.settings.describe(Key::ApiUrl))
            .with_dry_run(self.session.dry_run)
            .needing(self.needs)
    }

    pub(crate) fn ai(&self) -> AiClient {
        AiClient::new(self.http().clone(), self.settings.ai_backend_url(), self.tokens.clone(), self.settings.describe(Key::AiBackendUrl))
    }

    /// The session's HTTP client (for requests that are not to Platform or the AI backend: OIDC).
    pub(crate) fn http(&self) -> &Http {
        &self.session.http
    }

    /// The session this command runs in: its sandbox, its AI memory, whether it is long-lived.
    pub(crate) fn session(&self) -> &Session {
        &self.session
    }

    fn cache_path(&self) -> std::path::PathBuf {
        cache::path(&paths::cache_dir(), &self.settings.profile)
    }

    /// The user's orgs and workspaces, from the per-profile cache when fresh.
    pub(crate) async fn memberships(&self) -> Result<Memberships> {
        let source = self.tokens.source().map(|s| s.to_string()).unwrap_or_default();
        let path = self.cache_path();
        if let Some(m) = cache::load(&path, self.settings.api_url(), &source) {
            return Ok(m);
        }
        let (user, rows) = self.platform().memberships().await?;
        let m = Memberships {
            fetched_at: cache::now_secs(),
            api_url: self.settings.api_url().to_string(),
            token_source: source,
            user_id: user.user.id,
            user_name: user.user.user_name,
            rows,
        };
        cache::store(&path, &m);
        Ok(m)
    }

    /// Forgets cached memberships (after a switch, or when a name did not resolve).
    pub(crate) fn drop_memberships(&self) {
        cache::drop_cache(&self.cache_path());
    }

    /// The selected organization, resolved; `None` when none is selected.
    pub(crate) async fn selected_org(&self) -> Result<Option<OrgRef>> {
        let Some(org) = self.settings.get(Key::Organization).value.clone() else { return Ok(None) };
        let m = self.memberships().await?;
        resolve_org(&org, &m.rows).map(Some).map_err(|e| {
            self.drop_memberships();
            let source = &self.settings.get(Key::Organization).source;
            Error { message: format!("The selected organization (from {source}) is not valid: {}", e.message), ..e }
        })
    }

    /// The numeric workspace ID to send as `workspaceId`: from `-w`, the env vars or the profile; a
    /// number needs no request, a name is resolved from the memberships. `None` is the personal workspace.
    pub(crate) async fn workspace_id(&self) -> Result<Option<i64>> {
        let Some(ws) = self.settings.get(Key::Workspace).value.clone() else { return Ok(None) };
        if let Ok(id) = ws.trim().parse::<i64>() {
            return Ok(Some(id));
        }
        Ok(Some(self.resolve_workspace(&ws).await?.id))
    }

    /// A workspace named by ID, `Org/Workspace`, or a bare name within the selected organization.
    pub(crate) async fn resolve_workspace(&self, wanted: &str) -> Result<WorkspaceRef> {
        let m = self.memberships().await?;
        let org = match wanted.contains('/') {
            true => None,
            false => self.selected_org().await?,
        };
        resolve_workspace(wanted, &m.rows, org.as_ref()).inspect_err(|_| self.drop_memberships())
    }

    /// Checks the user's role in the workspace before a mutation, so they hear which role is missing
    /// instead of a bare 403. The personal workspace (`None`) is always theirs.
    pub(crate) async fn require_role(&self, workspace_id: Option<i64>, least: Role, action: &str) -> Result<()> {
        let Some(id) = workspace_id else { return Ok(()) };
        let m = self.memberships().await?;
        let Some(ws) = workspaces(&m.rows).into_iter().find(|w| w.id == id) else {
            return Err(Error::not_found(format!("You are not a member of a workspace with ID {id}."))
                .with_hint("Use the numeric ID of one of your workspaces (see `seqera workspace list`)."));
        };
        if ws.roles.iter().any(|r| role_at_least(r, least)) {
            return Ok(());
        }
        let yours = if ws.roles.is_empty() { "none".to_string() } else { ws.roles.join(", ") };
        Err(Error::new(
            ErrorKind::Forbidden,
            format!("To {action} in {} you need the `{least}` role or higher; your role there is `{yours}`.", ws.path()),
        )
        .with_hint("Ask a workspace owner or admin to grant the role, or choose another workspace with -w."))
    }

    /// Where this command's status lines go (`output::status`): stderr, or nowhere in a script.
    pub(crate) fn status(&self) -> crate::output::status::Status {
        crate::output::status::Status::new(self.stderr, self.quiet)
    }
}
