//! Integration tests: the real binary against a real local server (the sandbox, or Prism in front of it).

mod harness;

mod ai;
mod ai_hostile;
mod auth;
mod bad_input;
mod code_size;
mod completions;
mod config;
mod credentials;
mod errors;
mod fuzz_parsers;
mod hardening_auth;
mod hardening_config;
mod hardening_history;
mod hardening_input;
mod hardening_sandbox;
mod hardening_script;
mod hardening_server;
mod oidc;
mod orgs;
mod output;
mod prompts;
mod providers;
mod pty;
mod readme;
mod red_team;
mod red_team2;
mod sandbox;
mod sandbox_home;
mod scripted;
mod scripts;
mod shell;
mod snapshots;
mod spec_fetch;
mod status;
