//! seqera: a terminal-native shell for Seqera Platform.
//!
//! Layers, top to bottom: front ends (`cli`, `shell`, `script`, with `exec` running the last two) parse
//! into the one command tree in `commands`; commands return data that `output` renders; the core
//! (`config`, `auth`, `http`, `platform`, `ai`) knows nothing of terminals. `sandbox` is a local emulator
//! of the services. See docs/ARCHITECTURE.md.

pub mod ai;
pub mod auth;
pub mod cli;
pub(crate) mod commands;
pub mod config;
pub(crate) mod context;
pub mod error;
pub(crate) mod exec;
pub(crate) mod fsutil;
pub mod http;
pub mod names;
pub mod output;
pub mod platform;
pub mod sandbox;
pub(crate) mod sanitize;
pub(crate) mod script;
pub mod secret;
pub mod shell;
pub(crate) mod timefmt;
pub(crate) mod units;
