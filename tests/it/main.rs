//! Integration tests: the real binary against a real local server (the sandbox, or Prism in front of it).

mod harness;

mod ai;
mod ai_hostile;
mod auth;
mod completions;
mod config;
mod credentials;
mod errors;
mod hardening_auth;
mod hardening_config;
mod oidc;
mod orgs;
mod output;
mod providers;
mod pty;
mod readme;
mod sandbox;
mod sandbox_home;
mod scripted;
mod scripts;
mod shell;
mod spec_fetch;
mod status;
