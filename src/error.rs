//! One error type for the whole program: a kind (which decides the exit code), a message that says what
//! happened and to what, an optional hint that says what to do next, and the chain of causes.
//!
//! The core builds these; only `output::report` prints them, and only `ErrorKind::exit_code` maps them to exit codes.

use std::fmt;

/// What went wrong, coarsely: enough for a script to branch on the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// Bad flags or arguments, or a missing argument that cannot be prompted for.
    Usage,
    /// No usable credentials: log in, or fix the token.
    Auth,
    /// The token works but the role is not enough (HTTP 403).
    Forbidden,
    /// The thing named does not exist (HTTP 404 or not found locally).
    NotFound,
    /// A name or state conflict (HTTP 409).
    Conflict,
    /// The service could not be reached: connection refused, DNS, timeout, TLS.
    Network,
    /// The local configuration is unreadable or invalid.
    Config,
    /// The user pressed Ctrl-C.
    Interrupted,
    /// Anything else: a server error, an unexpected answer, an I/O failure.
    Other,
    /// `--dry-run` stopped a mutation before it was sent (it was printed instead). Not a failure.
    DryRun,
}

impl ErrorKind {
    /// The process exit code for this kind. README.md lists the same table.
    pub(crate) fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Other | ErrorKind::Config | ErrorKind::Conflict => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Network => 3,
            ErrorKind::Auth => 4,
            ErrorKind::NotFound => 5,
            ErrorKind::Forbidden => 6,
            ErrorKind::Interrupted => 130,
            ErrorKind::DryRun => 0,
        }
    }

    /// A stable lower-case name, used in JSON error output and by scripts.
    pub(crate) fn name(self) -> &'static str {
        match self {
            ErrorKind::Usage => "usage",
            ErrorKind::Auth => "auth",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Network => "network",
            ErrorKind::Config => "config",
            ErrorKind::Interrupted => "interrupted",
            ErrorKind::Other => "error",
            ErrorKind::DryRun => "dry_run",
        }
    }
}

/// The error every fallible function in seqera returns.
#[derive(Debug, Clone)]
pub struct Error {
    pub(crate) kind: ErrorKind,
    pub message: String,
    pub(crate) hint: Option<String>,
    pub(crate) causes: Vec<String>,
    /// For `ErrorKind::DryRun`: the request that was held back.
    pub(crate) held: Option<Box<DryRun>>,
}

/// A mutation `--dry-run` held back: what would have been sent, secrets redacted. The client returns
/// it (inside an `ErrorKind::DryRun` error, so a command stops there); the front end shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DryRun {
    pub(crate) method: String,
    /// The URL with its query.
    pub(crate) target: String,
    /// The JSON body, secrets redacted.
    pub(crate) body: Option<String>,
}

impl DryRun {
    /// `POST https://…/credentials?workspaceId=1`: what a script sees as `request`.
    pub(crate) fn request(&self) -> String {
        format!("{} {}", self.method, self.target)
    }

    /// The status line that shows it: `[dry-run] POST https://… {"name":…}`.
    pub(crate) fn line(&self) -> String {
        format!("[dry-run] {}{}", self.request(), self.body.as_deref().map(|b| format!(" {b}")).unwrap_or_default())
    }
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), hint: None, causes: Vec::new(), held: None }
    }

    /// The mutation `--dry-run` did not send.
    pub(crate) fn dry_run(held: DryRun) -> Self {
        let mut e = Error::new(ErrorKind::DryRun, format!("{} was not sent (--dry-run).", held.request()));
        e.held = Some(Box::new(held));
        e
    }

    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Usage, message)
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Config, message)
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::NotFound, message)
    }

    pub(crate) fn auth(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Auth, message)
    }

    pub(crate) fn other(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Other, message)
    }

    pub(crate) fn interrupted() -> Self {
        Error::new(ErrorKind::Interrupted, "Interrupted.")
    }

    /// Adds what to do next.
    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds a lower-level cause, printed as `Caused by:`.
    pub(crate) fn caused_by(mut self, cause: impl fmt::Display) -> Self {
        self.causes.push(cause.to_string());
        self
    }

    pub(crate) fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::other(e.to_string())
    }
}
