//! Logins that hold against races, other Platforms, hostile token endpoints and forged callbacks.
