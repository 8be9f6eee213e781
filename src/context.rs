//! Everything a command needs for one invocation, built once: the resolved settings, the renderer, the
//! shared HTTP client and the token provider, and the sandbox when `--sandbox` started one.

use crate::ai::AiClient;
use crate::auth::TokenProvider;
use crate::config::{ConfigFile, FlagValues, Settings, paths};
use crate::error::Result;
use crate::http::Http;
use crate::output::{ColorChoice, Format, Palette, Renderer};
use crate::platform::PlatformClient;
use crate::sandbox;

/// The flags every command accepts, as the front ends give them.
#[derive(Debug, Clone, Default)]
pub struct Globals {
    pub profile: Option<String>,
    pub output: Option<String>,
    pub workspace: Option<String>,
    pub color: ColorChoice,
    pub sandbox: bool,
}

pub struct Context {
    pub settings: Settings,
    pub file: ConfigFile,
    pub renderer: Renderer,
    /// Styles for status lines on stderr.
    pub stderr: Palette,
    pub http: Http,
    pub tokens: TokenProvider,
    pub sandbox: Option<sandbox::Running>,
}

impl Context {
    pub async fn build(globals: &Globals) -> Result<Context> {
        let file = ConfigFile::load(&paths::config_file())?;
        let sandbox = if globals.sandbox { Some(sandbox::start(sandbox::Options::default()).await?) } else { None };
        let mut flags = FlagValues::default();
        flags.push("output", "--output", globals.output.clone());
        flags.push("workspace", "--workspace", globals.workspace.clone());
        let settings = Settings::resolve(&file, globals.profile.as_deref(), &flags, sandbox.as_ref().map(|s| s.urls()).as_ref())?;
        let format = settings.get("output").value.as_deref().map(Format::parse).transpose()?;
        let renderer = Renderer::new(format, globals.color);
        let stderr = Palette::new(globals.color.enabled(std::io::IsTerminal::is_terminal(&std::io::stderr())));
        let http = Http::new(settings.seconds("connect_timeout"), settings.seconds("request_timeout"))?;
        let tokens = TokenProvider::new(sandbox.as_ref().map(|_| sandbox::DEMO_TOKEN.to_string()));
        Ok(Context { settings, file, renderer, stderr, http, tokens, sandbox })
    }

    pub fn platform(&self) -> PlatformClient {
        PlatformClient::new(self.http.clone(), self.settings.api_url(), self.tokens.clone(), self.settings.describe("api_url"))
    }

    pub fn ai(&self) -> AiClient {
        AiClient::new(self.http.clone(), self.settings.ai_backend_url(), self.tokens.clone(), self.settings.describe("ai_backend_url"))
    }

    /// A status line on stderr (never data).
    pub fn say(&self, line: &str) {
        crate::output::status_line(line);
    }
}
