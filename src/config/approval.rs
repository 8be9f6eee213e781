//! The approval modes of the assistant (the `approval_mode` setting, `--approval-mode`, `/approval`): the
//! one list of their names. What each mode lets run is decided in `ai::approval`.

/// Which of the assistant's tool calls run without asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ApprovalMode {
    Basic,
    Default,
    Full,
}

impl ApprovalMode {
    pub(crate) const ALL: [ApprovalMode; 3] = [ApprovalMode::Basic, ApprovalMode::Default, ApprovalMode::Full];
    pub(crate) const NAMES: [&'static str; 3] = [ApprovalMode::Basic.name(), ApprovalMode::Default.name(), ApprovalMode::Full.name()];

    pub(crate) fn parse(s: &str) -> Option<ApprovalMode> {
        ApprovalMode::ALL.into_iter().find(|m| m.name() == s)
    }

    pub(crate) const fn name(self) -> &'static str {
        match self {
            ApprovalMode::Basic => "basic",
            ApprovalMode::Default => "default",
            ApprovalMode::Full => "full",
        }
    }

    /// The names as a sentence lists them: `basic, default or full`.
    pub(crate) fn choices() -> String {
        let (last, rest) = ApprovalMode::NAMES.split_last().expect("there are modes");
        format!("{} or {last}", rest.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back_to_their_mode() {
        for m in ApprovalMode::ALL {
            assert_eq!(ApprovalMode::parse(m.name()), Some(m));
        }
        assert_eq!(ApprovalMode::parse("auto"), None);
        assert_eq!(ApprovalMode::choices(), "basic, default or full");
    }
}
