//! The names of the local tools, as the backend sends them in `execute-local`: one enum, so a tool is
//! matched by variant and its wire name is written once.

/// A local tool the assistant can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tool {
    ExecuteBash,
    RunNextflowLint,
    RunNfCoreLint,
    ReadFile,
    WriteFile,
    EditFile,
    CreateDirectory,
    ListDirectory,
    SearchFiles,
}

impl Tool {
    pub(crate) const ALL: [Tool; 9] = [
        Tool::ExecuteBash,
        Tool::RunNextflowLint,
        Tool::RunNfCoreLint,
        Tool::ReadFile,
        Tool::WriteFile,
        Tool::EditFile,
        Tool::CreateDirectory,
        Tool::ListDirectory,
        Tool::SearchFiles,
    ];

    /// The name on the wire.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Tool::ExecuteBash => "execute_bash_local",
            Tool::RunNextflowLint => "run_nextflow_lint_local",
            Tool::RunNfCoreLint => "run_nf_core_lint_local",
            Tool::ReadFile => "read_file_local",
            Tool::WriteFile => "write_file_local",
            Tool::EditFile => "edit_file_local",
            Tool::CreateDirectory => "create_directory_local",
            Tool::ListDirectory => "list_directory_local",
            Tool::SearchFiles => "search_files_local",
        }
    }

    /// The tool with this wire name; `None` for one this client does not have (answered "Unknown tool").
    pub(crate) fn parse(name: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// Whether the tool changes files (a remembered "always" for one write covers later writes inside).
    pub(crate) fn writes(self) -> bool {
        matches!(self, Tool::WriteFile | Tool::EditFile | Tool::CreateDirectory)
    }

    /// Whether plan mode keeps it from running (fact sheet D6): everything that runs a command or
    /// changes a file.
    pub(crate) fn blocked_in_plan_mode(self) -> bool {
        self.writes() || matches!(self, Tool::ExecuteBash | Tool::RunNextflowLint | Tool::RunNfCoreLint)
    }
}

impl std::fmt::Display for Tool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Tool;

    #[test]
    fn wire_names_parse_back_and_unknown_names_do_not() {
        for t in Tool::ALL {
            assert_eq!(Tool::parse(t.as_str()), Some(t));
        }
        assert_eq!(Tool::parse("frobnicate"), None);
        assert_eq!(Tool::parse("READ_FILE_LOCAL"), None);
    }
}
