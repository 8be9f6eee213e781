
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'seqera' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'seqera'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'seqera' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in: store a personal access token for this profile (`--with-token`, read from stdin)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored login of this profile (`--all`: every profile); the selection is kept')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the connection: Platform, login, organization and workspace, AI backend')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Check the connection: Platform, login, organization and workspace, AI backend')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change settings and profiles')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations you belong to')
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Credentials of a workspace: list, get, add, update, rotate, validate, delete')
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Credentials of a workspace: list, get, add, update, rotate, validate, delete')
            [CompletionResult]::new('workspace', 'workspace', [CompletionResultType]::ParameterValue, 'Workspaces you belong to')
            [CompletionResult]::new('ws', 'ws', [CompletionResultType]::ParameterValue, 'Workspaces you belong to')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the local sandbox that emulates Seqera Platform')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;login' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read a personal access token from stdin (create one under "Your tokens" in Seqera Platform)')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Log in from another device: show a code to enter at a URL (SSH sessions, headless machines)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the login URL instead of opening a browser')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Store the login in a file (0600) instead of the OS keyring (also: SEQERA_NO_KEYCHAIN=true)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;logout' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Log out of every profile')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;status' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;info' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every effective setting, its value and where it comes from (flag, env var, profile, default)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Every effective setting, its value and where it comes from (flag, env var, profile, default)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the effective value of one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the active profile')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the active profile')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List profiles; the active one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default for later commands')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a profile, optionally copying another one''s settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;config;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;ls' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;unset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;profiles' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;create' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Copy the settings of this profile')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every effective setting, its value and where it comes from (flag, env var, profile, default)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the effective value of one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the active profile')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the active profile')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List profiles; the active one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default for later commands')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a profile, optionally copying another one''s settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;config;help;list' {
            break
        }
        'seqera;config;help;get' {
            break
        }
        'seqera;config;help;set' {
            break
        }
        'seqera;config;help;unset' {
            break
        }
        'seqera;config;help;profiles' {
            break
        }
        'seqera;config;help;use' {
            break
        }
        'seqera;config;help;create' {
            break
        }
        'seqera;config;help;delete' {
            break
        }
        'seqera;config;help;help' {
            break
        }
        'seqera;org' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The selected organization (the default)')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'The selected organization (the default)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The selected organization (the default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'All organizations you belong to, with your role; the selected one is marked')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'All organizations you belong to, with your role; the selected one is marked')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Select an organization by name or ID; with none given on a terminal, pick from a list')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Select an organization by name or ID; with none given on a terminal, pick from a list')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Select an organization by name or ID; with none given on a terminal, pick from a list')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Forget the selected organization (and workspace)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget the selected organization (and workspace)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;org;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;info' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;current' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;ls' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;switch' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;select' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;change' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;clear' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;reset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;org;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The selected organization (the default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'All organizations you belong to, with your role; the selected one is marked')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Select an organization by name or ID; with none given on a terminal, pick from a list')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Forget the selected organization (and workspace)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;org;help;show' {
            break
        }
        'seqera;org;help;list' {
            break
        }
        'seqera;org;help;switch' {
            break
        }
        'seqera;org;help;clear' {
            break
        }
        'seqera;org;help;help' {
            break
        }
        'seqera;credentials' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Credentials in the workspace: id, name, provider, status, last used, last updated')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Credentials in the workspace: id, name, provider, status, last used, last updated')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a credential in place (its ID is kept, so compute environments using it keep working)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Put new secret keys in place, validate them, and report the status')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;creds' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Credentials in the workspace: id, name, provider, status, last used, last updated')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Credentials in the workspace: id, name, provider, status, last used, last updated')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a credential in place (its ID is kept, so compute environments using it keep working)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Put new secret keys in place, validate them, and report the status')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;credentials;list' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (aws, github, google, ...)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;ls' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (aws, github, google, ...)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;list' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (aws, github, google, ...)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;ls' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (aws, github, google, ...)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;describe' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;describe' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'AWS / S3 access key ID')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'secret-key')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this env var')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS IAM role ARN to assume (role mode)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'service-account')
            [CompletionResult]::new('--service-account-env', '--service-account-env', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this env var')
            [CompletionResult]::new('--service-account-file', '--service-account-file', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this file')
            [CompletionResult]::new('--service-account-email', '--service-account-email', [CompletionResultType]::ParameterName, 'Google Workload Identity: service account email')
            [CompletionResult]::new('--workload-identity-provider', '--workload-identity-provider', [CompletionResultType]::ParameterName, 'Google Workload Identity provider')
            [CompletionResult]::new('--token-audience', '--token-audience', [CompletionResultType]::ParameterName, 'Google Workload Identity token audience')
            [CompletionResult]::new('--batch-name', '--batch-name', [CompletionResultType]::ParameterName, 'Azure Batch account name')
            [CompletionResult]::new('--batch-key', '--batch-key', [CompletionResultType]::ParameterName, 'batch-key')
            [CompletionResult]::new('--batch-key-env', '--batch-key-env', [CompletionResultType]::ParameterName, 'Azure Batch account key from this env var')
            [CompletionResult]::new('--batch-key-file', '--batch-key-file', [CompletionResultType]::ParameterName, 'Azure Batch account key from this file')
            [CompletionResult]::new('--storage-name', '--storage-name', [CompletionResultType]::ParameterName, 'Azure Storage account name')
            [CompletionResult]::new('--storage-key', '--storage-key', [CompletionResultType]::ParameterName, 'storage-key')
            [CompletionResult]::new('--storage-key-env', '--storage-key-env', [CompletionResultType]::ParameterName, 'Azure Storage account key from this env var')
            [CompletionResult]::new('--storage-key-file', '--storage-key-file', [CompletionResultType]::ParameterName, 'Azure Storage account key from this file')
            [CompletionResult]::new('--subscription-id', '--subscription-id', [CompletionResultType]::ParameterName, 'Azure subscription ID')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Azure / Entra tenant ID')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Azure / GitHub App client ID')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'client-secret')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this env var')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'user name (Git hosts, registries; CodeCommit: access key ID)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'password')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this env var')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'token')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'GitHub App ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'GitHub App slug')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'private-key')
            [CompletionResult]::new('--private-key-env', '--private-key-env', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this env var')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this file')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'webhook-secret')
            [CompletionResult]::new('--webhook-secret-env', '--webhook-secret-env', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this env var')
            [CompletionResult]::new('--webhook-secret-file', '--webhook-secret-file', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this file')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'passphrase')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'SSH key passphrase from this env var')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'SSH key passphrase from this file')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'container registry host (default docker.io)')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Kubernetes client certificate (PEM)')
            [CompletionResult]::new('--connection-id', '--connection-id', [CompletionResultType]::ParameterName, 'Tower Agent connection ID')
            [CompletionResult]::new('--work-dir', '--work-dir', [CompletionResultType]::ParameterName, 'Tower Agent work directory')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--use-external-id', '--use-external-id', [CompletionResultType]::ParameterName, 'AWS role mode: have Platform generate an external ID; it is shown with the trust-policy snippet')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from stdin')
            [CompletionResult]::new('--path-style-access', '--path-style-access', [CompletionResultType]::ParameterName, 'S3: use path-style access')
            [CompletionResult]::new('--service-account-stdin', '--service-account-stdin', [CompletionResultType]::ParameterName, 'Google service-account key JSON from stdin')
            [CompletionResult]::new('--batch-key-stdin', '--batch-key-stdin', [CompletionResultType]::ParameterName, 'Azure Batch account key from stdin')
            [CompletionResult]::new('--storage-key-stdin', '--storage-key-stdin', [CompletionResultType]::ParameterName, 'Azure Storage account key from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin')
            [CompletionResult]::new('--private-key-stdin', '--private-key-stdin', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from stdin')
            [CompletionResult]::new('--webhook-secret-stdin', '--webhook-secret-stdin', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from stdin')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'SSH key passphrase from stdin')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Tower Agent: shared agent')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'AWS / S3 access key ID')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'secret-key')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this env var')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS IAM role ARN to assume (role mode)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'service-account')
            [CompletionResult]::new('--service-account-env', '--service-account-env', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this env var')
            [CompletionResult]::new('--service-account-file', '--service-account-file', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this file')
            [CompletionResult]::new('--service-account-email', '--service-account-email', [CompletionResultType]::ParameterName, 'Google Workload Identity: service account email')
            [CompletionResult]::new('--workload-identity-provider', '--workload-identity-provider', [CompletionResultType]::ParameterName, 'Google Workload Identity provider')
            [CompletionResult]::new('--token-audience', '--token-audience', [CompletionResultType]::ParameterName, 'Google Workload Identity token audience')
            [CompletionResult]::new('--batch-name', '--batch-name', [CompletionResultType]::ParameterName, 'Azure Batch account name')
            [CompletionResult]::new('--batch-key', '--batch-key', [CompletionResultType]::ParameterName, 'batch-key')
            [CompletionResult]::new('--batch-key-env', '--batch-key-env', [CompletionResultType]::ParameterName, 'Azure Batch account key from this env var')
            [CompletionResult]::new('--batch-key-file', '--batch-key-file', [CompletionResultType]::ParameterName, 'Azure Batch account key from this file')
            [CompletionResult]::new('--storage-name', '--storage-name', [CompletionResultType]::ParameterName, 'Azure Storage account name')
            [CompletionResult]::new('--storage-key', '--storage-key', [CompletionResultType]::ParameterName, 'storage-key')
            [CompletionResult]::new('--storage-key-env', '--storage-key-env', [CompletionResultType]::ParameterName, 'Azure Storage account key from this env var')
            [CompletionResult]::new('--storage-key-file', '--storage-key-file', [CompletionResultType]::ParameterName, 'Azure Storage account key from this file')
            [CompletionResult]::new('--subscription-id', '--subscription-id', [CompletionResultType]::ParameterName, 'Azure subscription ID')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Azure / Entra tenant ID')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Azure / GitHub App client ID')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'client-secret')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this env var')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'user name (Git hosts, registries; CodeCommit: access key ID)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'password')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this env var')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'token')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'GitHub App ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'GitHub App slug')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'private-key')
            [CompletionResult]::new('--private-key-env', '--private-key-env', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this env var')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this file')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'webhook-secret')
            [CompletionResult]::new('--webhook-secret-env', '--webhook-secret-env', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this env var')
            [CompletionResult]::new('--webhook-secret-file', '--webhook-secret-file', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this file')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'passphrase')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'SSH key passphrase from this env var')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'SSH key passphrase from this file')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'container registry host (default docker.io)')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Kubernetes client certificate (PEM)')
            [CompletionResult]::new('--connection-id', '--connection-id', [CompletionResultType]::ParameterName, 'Tower Agent connection ID')
            [CompletionResult]::new('--work-dir', '--work-dir', [CompletionResultType]::ParameterName, 'Tower Agent work directory')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--use-external-id', '--use-external-id', [CompletionResultType]::ParameterName, 'AWS role mode: have Platform generate an external ID; it is shown with the trust-policy snippet')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from stdin')
            [CompletionResult]::new('--path-style-access', '--path-style-access', [CompletionResultType]::ParameterName, 'S3: use path-style access')
            [CompletionResult]::new('--service-account-stdin', '--service-account-stdin', [CompletionResultType]::ParameterName, 'Google service-account key JSON from stdin')
            [CompletionResult]::new('--batch-key-stdin', '--batch-key-stdin', [CompletionResultType]::ParameterName, 'Azure Batch account key from stdin')
            [CompletionResult]::new('--storage-key-stdin', '--storage-key-stdin', [CompletionResultType]::ParameterName, 'Azure Storage account key from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin')
            [CompletionResult]::new('--private-key-stdin', '--private-key-stdin', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from stdin')
            [CompletionResult]::new('--webhook-secret-stdin', '--webhook-secret-stdin', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from stdin')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'SSH key passphrase from stdin')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Tower Agent: shared agent')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'AWS / S3 access key ID')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'secret-key')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this env var')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS IAM role ARN to assume (role mode)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'service-account')
            [CompletionResult]::new('--service-account-env', '--service-account-env', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this env var')
            [CompletionResult]::new('--service-account-file', '--service-account-file', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this file')
            [CompletionResult]::new('--service-account-email', '--service-account-email', [CompletionResultType]::ParameterName, 'Google Workload Identity: service account email')
            [CompletionResult]::new('--workload-identity-provider', '--workload-identity-provider', [CompletionResultType]::ParameterName, 'Google Workload Identity provider')
            [CompletionResult]::new('--token-audience', '--token-audience', [CompletionResultType]::ParameterName, 'Google Workload Identity token audience')
            [CompletionResult]::new('--batch-name', '--batch-name', [CompletionResultType]::ParameterName, 'Azure Batch account name')
            [CompletionResult]::new('--batch-key', '--batch-key', [CompletionResultType]::ParameterName, 'batch-key')
            [CompletionResult]::new('--batch-key-env', '--batch-key-env', [CompletionResultType]::ParameterName, 'Azure Batch account key from this env var')
            [CompletionResult]::new('--batch-key-file', '--batch-key-file', [CompletionResultType]::ParameterName, 'Azure Batch account key from this file')
            [CompletionResult]::new('--storage-name', '--storage-name', [CompletionResultType]::ParameterName, 'Azure Storage account name')
            [CompletionResult]::new('--storage-key', '--storage-key', [CompletionResultType]::ParameterName, 'storage-key')
            [CompletionResult]::new('--storage-key-env', '--storage-key-env', [CompletionResultType]::ParameterName, 'Azure Storage account key from this env var')
            [CompletionResult]::new('--storage-key-file', '--storage-key-file', [CompletionResultType]::ParameterName, 'Azure Storage account key from this file')
            [CompletionResult]::new('--subscription-id', '--subscription-id', [CompletionResultType]::ParameterName, 'Azure subscription ID')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Azure / Entra tenant ID')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Azure / GitHub App client ID')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'client-secret')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this env var')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'user name (Git hosts, registries; CodeCommit: access key ID)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'password')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this env var')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'token')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'GitHub App ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'GitHub App slug')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'private-key')
            [CompletionResult]::new('--private-key-env', '--private-key-env', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this env var')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this file')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'webhook-secret')
            [CompletionResult]::new('--webhook-secret-env', '--webhook-secret-env', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this env var')
            [CompletionResult]::new('--webhook-secret-file', '--webhook-secret-file', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this file')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'passphrase')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'SSH key passphrase from this env var')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'SSH key passphrase from this file')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'container registry host (default docker.io)')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Kubernetes client certificate (PEM)')
            [CompletionResult]::new('--connection-id', '--connection-id', [CompletionResultType]::ParameterName, 'Tower Agent connection ID')
            [CompletionResult]::new('--work-dir', '--work-dir', [CompletionResultType]::ParameterName, 'Tower Agent work directory')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--use-external-id', '--use-external-id', [CompletionResultType]::ParameterName, 'AWS role mode: have Platform generate an external ID; it is shown with the trust-policy snippet')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from stdin')
            [CompletionResult]::new('--path-style-access', '--path-style-access', [CompletionResultType]::ParameterName, 'S3: use path-style access')
            [CompletionResult]::new('--service-account-stdin', '--service-account-stdin', [CompletionResultType]::ParameterName, 'Google service-account key JSON from stdin')
            [CompletionResult]::new('--batch-key-stdin', '--batch-key-stdin', [CompletionResultType]::ParameterName, 'Azure Batch account key from stdin')
            [CompletionResult]::new('--storage-key-stdin', '--storage-key-stdin', [CompletionResultType]::ParameterName, 'Azure Storage account key from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin')
            [CompletionResult]::new('--private-key-stdin', '--private-key-stdin', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from stdin')
            [CompletionResult]::new('--webhook-secret-stdin', '--webhook-secret-stdin', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from stdin')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'SSH key passphrase from stdin')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Tower Agent: shared agent')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'AWS / S3 access key ID')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'secret-key')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this env var')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS IAM role ARN to assume (role mode)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'service-account')
            [CompletionResult]::new('--service-account-env', '--service-account-env', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this env var')
            [CompletionResult]::new('--service-account-file', '--service-account-file', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this file')
            [CompletionResult]::new('--service-account-email', '--service-account-email', [CompletionResultType]::ParameterName, 'Google Workload Identity: service account email')
            [CompletionResult]::new('--workload-identity-provider', '--workload-identity-provider', [CompletionResultType]::ParameterName, 'Google Workload Identity provider')
            [CompletionResult]::new('--token-audience', '--token-audience', [CompletionResultType]::ParameterName, 'Google Workload Identity token audience')
            [CompletionResult]::new('--batch-name', '--batch-name', [CompletionResultType]::ParameterName, 'Azure Batch account name')
            [CompletionResult]::new('--batch-key', '--batch-key', [CompletionResultType]::ParameterName, 'batch-key')
            [CompletionResult]::new('--batch-key-env', '--batch-key-env', [CompletionResultType]::ParameterName, 'Azure Batch account key from this env var')
            [CompletionResult]::new('--batch-key-file', '--batch-key-file', [CompletionResultType]::ParameterName, 'Azure Batch account key from this file')
            [CompletionResult]::new('--storage-name', '--storage-name', [CompletionResultType]::ParameterName, 'Azure Storage account name')
            [CompletionResult]::new('--storage-key', '--storage-key', [CompletionResultType]::ParameterName, 'storage-key')
            [CompletionResult]::new('--storage-key-env', '--storage-key-env', [CompletionResultType]::ParameterName, 'Azure Storage account key from this env var')
            [CompletionResult]::new('--storage-key-file', '--storage-key-file', [CompletionResultType]::ParameterName, 'Azure Storage account key from this file')
            [CompletionResult]::new('--subscription-id', '--subscription-id', [CompletionResultType]::ParameterName, 'Azure subscription ID')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Azure / Entra tenant ID')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Azure / GitHub App client ID')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'client-secret')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this env var')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'user name (Git hosts, registries; CodeCommit: access key ID)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'password')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this env var')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'token')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'GitHub App ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'GitHub App slug')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'private-key')
            [CompletionResult]::new('--private-key-env', '--private-key-env', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this env var')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this file')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'webhook-secret')
            [CompletionResult]::new('--webhook-secret-env', '--webhook-secret-env', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this env var')
            [CompletionResult]::new('--webhook-secret-file', '--webhook-secret-file', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this file')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'passphrase')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'SSH key passphrase from this env var')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'SSH key passphrase from this file')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'container registry host (default docker.io)')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Kubernetes client certificate (PEM)')
            [CompletionResult]::new('--connection-id', '--connection-id', [CompletionResultType]::ParameterName, 'Tower Agent connection ID')
            [CompletionResult]::new('--work-dir', '--work-dir', [CompletionResultType]::ParameterName, 'Tower Agent work directory')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--use-external-id', '--use-external-id', [CompletionResultType]::ParameterName, 'AWS role mode: have Platform generate an external ID; it is shown with the trust-policy snippet')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from stdin')
            [CompletionResult]::new('--path-style-access', '--path-style-access', [CompletionResultType]::ParameterName, 'S3: use path-style access')
            [CompletionResult]::new('--service-account-stdin', '--service-account-stdin', [CompletionResultType]::ParameterName, 'Google service-account key JSON from stdin')
            [CompletionResult]::new('--batch-key-stdin', '--batch-key-stdin', [CompletionResultType]::ParameterName, 'Azure Batch account key from stdin')
            [CompletionResult]::new('--storage-key-stdin', '--storage-key-stdin', [CompletionResultType]::ParameterName, 'Azure Storage account key from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin')
            [CompletionResult]::new('--private-key-stdin', '--private-key-stdin', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from stdin')
            [CompletionResult]::new('--webhook-secret-stdin', '--webhook-secret-stdin', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from stdin')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'SSH key passphrase from stdin')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Tower Agent: shared agent')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'base-url')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'AWS / S3 access key ID')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'secret-key')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this env var')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS IAM role ARN to assume (role mode)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'service-account')
            [CompletionResult]::new('--service-account-env', '--service-account-env', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this env var')
            [CompletionResult]::new('--service-account-file', '--service-account-file', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this file')
            [CompletionResult]::new('--service-account-email', '--service-account-email', [CompletionResultType]::ParameterName, 'Google Workload Identity: service account email')
            [CompletionResult]::new('--workload-identity-provider', '--workload-identity-provider', [CompletionResultType]::ParameterName, 'Google Workload Identity provider')
            [CompletionResult]::new('--token-audience', '--token-audience', [CompletionResultType]::ParameterName, 'Google Workload Identity token audience')
            [CompletionResult]::new('--batch-name', '--batch-name', [CompletionResultType]::ParameterName, 'Azure Batch account name')
            [CompletionResult]::new('--batch-key', '--batch-key', [CompletionResultType]::ParameterName, 'batch-key')
            [CompletionResult]::new('--batch-key-env', '--batch-key-env', [CompletionResultType]::ParameterName, 'Azure Batch account key from this env var')
            [CompletionResult]::new('--batch-key-file', '--batch-key-file', [CompletionResultType]::ParameterName, 'Azure Batch account key from this file')
            [CompletionResult]::new('--storage-name', '--storage-name', [CompletionResultType]::ParameterName, 'Azure Storage account name')
            [CompletionResult]::new('--storage-key', '--storage-key', [CompletionResultType]::ParameterName, 'storage-key')
            [CompletionResult]::new('--storage-key-env', '--storage-key-env', [CompletionResultType]::ParameterName, 'Azure Storage account key from this env var')
            [CompletionResult]::new('--storage-key-file', '--storage-key-file', [CompletionResultType]::ParameterName, 'Azure Storage account key from this file')
            [CompletionResult]::new('--subscription-id', '--subscription-id', [CompletionResultType]::ParameterName, 'Azure subscription ID')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Azure / Entra tenant ID')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Azure / GitHub App client ID')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'client-secret')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this env var')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'user name (Git hosts, registries; CodeCommit: access key ID)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'password')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this env var')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'token')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'GitHub App ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'GitHub App slug')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'private-key')
            [CompletionResult]::new('--private-key-env', '--private-key-env', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this env var')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this file')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'webhook-secret')
            [CompletionResult]::new('--webhook-secret-env', '--webhook-secret-env', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this env var')
            [CompletionResult]::new('--webhook-secret-file', '--webhook-secret-file', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this file')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'passphrase')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'SSH key passphrase from this env var')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'SSH key passphrase from this file')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'container registry host (default docker.io)')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Kubernetes client certificate (PEM)')
            [CompletionResult]::new('--connection-id', '--connection-id', [CompletionResultType]::ParameterName, 'Tower Agent connection ID')
            [CompletionResult]::new('--work-dir', '--work-dir', [CompletionResultType]::ParameterName, 'Tower Agent work directory')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from stdin')
            [CompletionResult]::new('--path-style-access', '--path-style-access', [CompletionResultType]::ParameterName, 'S3: use path-style access')
            [CompletionResult]::new('--service-account-stdin', '--service-account-stdin', [CompletionResultType]::ParameterName, 'Google service-account key JSON from stdin')
            [CompletionResult]::new('--batch-key-stdin', '--batch-key-stdin', [CompletionResultType]::ParameterName, 'Azure Batch account key from stdin')
            [CompletionResult]::new('--storage-key-stdin', '--storage-key-stdin', [CompletionResultType]::ParameterName, 'Azure Storage account key from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin')
            [CompletionResult]::new('--private-key-stdin', '--private-key-stdin', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from stdin')
            [CompletionResult]::new('--webhook-secret-stdin', '--webhook-secret-stdin', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from stdin')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'SSH key passphrase from stdin')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Tower Agent: shared agent')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'base-url')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'AWS / S3 access key ID')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'secret-key')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this env var')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS IAM role ARN to assume (role mode)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'service-account')
            [CompletionResult]::new('--service-account-env', '--service-account-env', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this env var')
            [CompletionResult]::new('--service-account-file', '--service-account-file', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this file')
            [CompletionResult]::new('--service-account-email', '--service-account-email', [CompletionResultType]::ParameterName, 'Google Workload Identity: service account email')
            [CompletionResult]::new('--workload-identity-provider', '--workload-identity-provider', [CompletionResultType]::ParameterName, 'Google Workload Identity provider')
            [CompletionResult]::new('--token-audience', '--token-audience', [CompletionResultType]::ParameterName, 'Google Workload Identity token audience')
            [CompletionResult]::new('--batch-name', '--batch-name', [CompletionResultType]::ParameterName, 'Azure Batch account name')
            [CompletionResult]::new('--batch-key', '--batch-key', [CompletionResultType]::ParameterName, 'batch-key')
            [CompletionResult]::new('--batch-key-env', '--batch-key-env', [CompletionResultType]::ParameterName, 'Azure Batch account key from this env var')
            [CompletionResult]::new('--batch-key-file', '--batch-key-file', [CompletionResultType]::ParameterName, 'Azure Batch account key from this file')
            [CompletionResult]::new('--storage-name', '--storage-name', [CompletionResultType]::ParameterName, 'Azure Storage account name')
            [CompletionResult]::new('--storage-key', '--storage-key', [CompletionResultType]::ParameterName, 'storage-key')
            [CompletionResult]::new('--storage-key-env', '--storage-key-env', [CompletionResultType]::ParameterName, 'Azure Storage account key from this env var')
            [CompletionResult]::new('--storage-key-file', '--storage-key-file', [CompletionResultType]::ParameterName, 'Azure Storage account key from this file')
            [CompletionResult]::new('--subscription-id', '--subscription-id', [CompletionResultType]::ParameterName, 'Azure subscription ID')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Azure / Entra tenant ID')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Azure / GitHub App client ID')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'client-secret')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this env var')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'user name (Git hosts, registries; CodeCommit: access key ID)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'password')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this env var')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'token')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'GitHub App ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'GitHub App slug')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'private-key')
            [CompletionResult]::new('--private-key-env', '--private-key-env', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this env var')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this file')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'webhook-secret')
            [CompletionResult]::new('--webhook-secret-env', '--webhook-secret-env', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this env var')
            [CompletionResult]::new('--webhook-secret-file', '--webhook-secret-file', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this file')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'passphrase')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'SSH key passphrase from this env var')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'SSH key passphrase from this file')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'container registry host (default docker.io)')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Kubernetes client certificate (PEM)')
            [CompletionResult]::new('--connection-id', '--connection-id', [CompletionResultType]::ParameterName, 'Tower Agent connection ID')
            [CompletionResult]::new('--work-dir', '--work-dir', [CompletionResultType]::ParameterName, 'Tower Agent work directory')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from stdin')
            [CompletionResult]::new('--path-style-access', '--path-style-access', [CompletionResultType]::ParameterName, 'S3: use path-style access')
            [CompletionResult]::new('--service-account-stdin', '--service-account-stdin', [CompletionResultType]::ParameterName, 'Google service-account key JSON from stdin')
            [CompletionResult]::new('--batch-key-stdin', '--batch-key-stdin', [CompletionResultType]::ParameterName, 'Azure Batch account key from stdin')
            [CompletionResult]::new('--storage-key-stdin', '--storage-key-stdin', [CompletionResultType]::ParameterName, 'Azure Storage account key from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin')
            [CompletionResult]::new('--private-key-stdin', '--private-key-stdin', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from stdin')
            [CompletionResult]::new('--webhook-secret-stdin', '--webhook-secret-stdin', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from stdin')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'SSH key passphrase from stdin')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Tower Agent: shared agent')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;rotate' {
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'AWS / S3 access key ID')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'secret-key')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this env var')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS IAM role ARN to assume (role mode)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'service-account')
            [CompletionResult]::new('--service-account-env', '--service-account-env', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this env var')
            [CompletionResult]::new('--service-account-file', '--service-account-file', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this file')
            [CompletionResult]::new('--service-account-email', '--service-account-email', [CompletionResultType]::ParameterName, 'Google Workload Identity: service account email')
            [CompletionResult]::new('--workload-identity-provider', '--workload-identity-provider', [CompletionResultType]::ParameterName, 'Google Workload Identity provider')
            [CompletionResult]::new('--token-audience', '--token-audience', [CompletionResultType]::ParameterName, 'Google Workload Identity token audience')
            [CompletionResult]::new('--batch-name', '--batch-name', [CompletionResultType]::ParameterName, 'Azure Batch account name')
            [CompletionResult]::new('--batch-key', '--batch-key', [CompletionResultType]::ParameterName, 'batch-key')
            [CompletionResult]::new('--batch-key-env', '--batch-key-env', [CompletionResultType]::ParameterName, 'Azure Batch account key from this env var')
            [CompletionResult]::new('--batch-key-file', '--batch-key-file', [CompletionResultType]::ParameterName, 'Azure Batch account key from this file')
            [CompletionResult]::new('--storage-name', '--storage-name', [CompletionResultType]::ParameterName, 'Azure Storage account name')
            [CompletionResult]::new('--storage-key', '--storage-key', [CompletionResultType]::ParameterName, 'storage-key')
            [CompletionResult]::new('--storage-key-env', '--storage-key-env', [CompletionResultType]::ParameterName, 'Azure Storage account key from this env var')
            [CompletionResult]::new('--storage-key-file', '--storage-key-file', [CompletionResultType]::ParameterName, 'Azure Storage account key from this file')
            [CompletionResult]::new('--subscription-id', '--subscription-id', [CompletionResultType]::ParameterName, 'Azure subscription ID')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Azure / Entra tenant ID')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Azure / GitHub App client ID')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'client-secret')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this env var')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'user name (Git hosts, registries; CodeCommit: access key ID)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'password')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this env var')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'token')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'GitHub App ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'GitHub App slug')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'private-key')
            [CompletionResult]::new('--private-key-env', '--private-key-env', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this env var')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this file')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'webhook-secret')
            [CompletionResult]::new('--webhook-secret-env', '--webhook-secret-env', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this env var')
            [CompletionResult]::new('--webhook-secret-file', '--webhook-secret-file', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this file')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'passphrase')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'SSH key passphrase from this env var')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'SSH key passphrase from this file')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'container registry host (default docker.io)')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Kubernetes client certificate (PEM)')
            [CompletionResult]::new('--connection-id', '--connection-id', [CompletionResultType]::ParameterName, 'Tower Agent connection ID')
            [CompletionResult]::new('--work-dir', '--work-dir', [CompletionResultType]::ParameterName, 'Tower Agent work directory')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from stdin')
            [CompletionResult]::new('--path-style-access', '--path-style-access', [CompletionResultType]::ParameterName, 'S3: use path-style access')
            [CompletionResult]::new('--service-account-stdin', '--service-account-stdin', [CompletionResultType]::ParameterName, 'Google service-account key JSON from stdin')
            [CompletionResult]::new('--batch-key-stdin', '--batch-key-stdin', [CompletionResultType]::ParameterName, 'Azure Batch account key from stdin')
            [CompletionResult]::new('--storage-key-stdin', '--storage-key-stdin', [CompletionResultType]::ParameterName, 'Azure Storage account key from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin')
            [CompletionResult]::new('--private-key-stdin', '--private-key-stdin', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from stdin')
            [CompletionResult]::new('--webhook-secret-stdin', '--webhook-secret-stdin', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from stdin')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'SSH key passphrase from stdin')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Tower Agent: shared agent')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;rotate' {
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'AWS / S3 access key ID')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'secret-key')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this env var')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from this file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS IAM role ARN to assume (role mode)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'service-account')
            [CompletionResult]::new('--service-account-env', '--service-account-env', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this env var')
            [CompletionResult]::new('--service-account-file', '--service-account-file', [CompletionResultType]::ParameterName, 'Google service-account key JSON from this file')
            [CompletionResult]::new('--service-account-email', '--service-account-email', [CompletionResultType]::ParameterName, 'Google Workload Identity: service account email')
            [CompletionResult]::new('--workload-identity-provider', '--workload-identity-provider', [CompletionResultType]::ParameterName, 'Google Workload Identity provider')
            [CompletionResult]::new('--token-audience', '--token-audience', [CompletionResultType]::ParameterName, 'Google Workload Identity token audience')
            [CompletionResult]::new('--batch-name', '--batch-name', [CompletionResultType]::ParameterName, 'Azure Batch account name')
            [CompletionResult]::new('--batch-key', '--batch-key', [CompletionResultType]::ParameterName, 'batch-key')
            [CompletionResult]::new('--batch-key-env', '--batch-key-env', [CompletionResultType]::ParameterName, 'Azure Batch account key from this env var')
            [CompletionResult]::new('--batch-key-file', '--batch-key-file', [CompletionResultType]::ParameterName, 'Azure Batch account key from this file')
            [CompletionResult]::new('--storage-name', '--storage-name', [CompletionResultType]::ParameterName, 'Azure Storage account name')
            [CompletionResult]::new('--storage-key', '--storage-key', [CompletionResultType]::ParameterName, 'storage-key')
            [CompletionResult]::new('--storage-key-env', '--storage-key-env', [CompletionResultType]::ParameterName, 'Azure Storage account key from this env var')
            [CompletionResult]::new('--storage-key-file', '--storage-key-file', [CompletionResultType]::ParameterName, 'Azure Storage account key from this file')
            [CompletionResult]::new('--subscription-id', '--subscription-id', [CompletionResultType]::ParameterName, 'Azure subscription ID')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Azure / Entra tenant ID')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Azure / GitHub App client ID')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'client-secret')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this env var')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'user name (Git hosts, registries; CodeCommit: access key ID)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'password')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this env var')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from this file')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'token')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'GitHub App ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'GitHub App slug')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'private-key')
            [CompletionResult]::new('--private-key-env', '--private-key-env', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this env var')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from this file')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'webhook-secret')
            [CompletionResult]::new('--webhook-secret-env', '--webhook-secret-env', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this env var')
            [CompletionResult]::new('--webhook-secret-file', '--webhook-secret-file', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from this file')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'passphrase')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'SSH key passphrase from this env var')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'SSH key passphrase from this file')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'container registry host (default docker.io)')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Kubernetes client certificate (PEM)')
            [CompletionResult]::new('--connection-id', '--connection-id', [CompletionResultType]::ParameterName, 'Tower Agent connection ID')
            [CompletionResult]::new('--work-dir', '--work-dir', [CompletionResultType]::ParameterName, 'Tower Agent work directory')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'AWS / S3 secret access key from stdin')
            [CompletionResult]::new('--path-style-access', '--path-style-access', [CompletionResultType]::ParameterName, 'S3: use path-style access')
            [CompletionResult]::new('--service-account-stdin', '--service-account-stdin', [CompletionResultType]::ParameterName, 'Google service-account key JSON from stdin')
            [CompletionResult]::new('--batch-key-stdin', '--batch-key-stdin', [CompletionResultType]::ParameterName, 'Azure Batch account key from stdin')
            [CompletionResult]::new('--storage-key-stdin', '--storage-key-stdin', [CompletionResultType]::ParameterName, 'Azure Storage account key from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Azure / GitHub App client secret from stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'password or personal access token (CodeCommit: secret key) from stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin')
            [CompletionResult]::new('--private-key-stdin', '--private-key-stdin', [CompletionResultType]::ParameterName, 'private key (SSH, GitHub App, Kubernetes client key) from stdin')
            [CompletionResult]::new('--webhook-secret-stdin', '--webhook-secret-stdin', [CompletionResultType]::ParameterName, 'GitHub App webhook secret from stdin')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'SSH key passphrase from stdin')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Tower Agent: shared agent')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;validate' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Skip the provider check and mark an INVALID credential AVAILABLE again')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;validate' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Skip the provider check and mark an INVALID credential AVAILABLE again')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--checked', '--checked', [CompletionResultType]::ParameterName, 'Refuse when something (a compute environment, running jobs) still uses it, and show what')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;rm' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--checked', '--checked', [CompletionResultType]::ParameterName, 'Refuse when something (a compute environment, running jobs) still uses it, and show what')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--checked', '--checked', [CompletionResultType]::ParameterName, 'Refuse when something (a compute environment, running jobs) still uses it, and show what')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;creds;rm' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--checked', '--checked', [CompletionResultType]::ParameterName, 'Refuse when something (a compute environment, running jobs) still uses it, and show what')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;credentials;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Credentials in the workspace: id, name, provider, status, last used, last updated')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a credential in place (its ID is kept, so compute environments using it keep working)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Put new secret keys in place, validate them, and report the status')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;credentials;help;list' {
            break
        }
        'seqera;credentials;help;get' {
            break
        }
        'seqera;credentials;help;add' {
            break
        }
        'seqera;credentials;help;update' {
            break
        }
        'seqera;credentials;help;rotate' {
            break
        }
        'seqera;credentials;help;validate' {
            break
        }
        'seqera;credentials;help;delete' {
            break
        }
        'seqera;credentials;help;help' {
            break
        }
        'seqera;creds;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Credentials in the workspace: id, name, provider, status, last used, last updated')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a credential in place (its ID is kept, so compute environments using it keep working)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Put new secret keys in place, validate them, and report the status')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;creds;help;list' {
            break
        }
        'seqera;creds;help;get' {
            break
        }
        'seqera;creds;help;add' {
            break
        }
        'seqera;creds;help;update' {
            break
        }
        'seqera;creds;help;rotate' {
            break
        }
        'seqera;creds;help;validate' {
            break
        }
        'seqera;creds;help;delete' {
            break
        }
        'seqera;creds;help;help' {
            break
        }
        'seqera;workspace' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'All workspaces you belong to, with your role; the one in use is marked')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'All workspaces you belong to, with your role; the one in use is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Go back to the personal workspace')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Go back to the personal workspace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;ws' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'All workspaces you belong to, with your role; the one in use is marked')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'All workspaces you belong to, with your role; the one in use is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Go back to the personal workspace')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Go back to the personal workspace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;workspace;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;info' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;current' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;info' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;current' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only the workspaces of this organization (name or ID)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;ls' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only the workspaces of this organization (name or ID)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only the workspaces of this organization (name or ID)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;ls' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only the workspaces of this organization (name or ID)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;switch' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;select' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;switch' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;select' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;clear' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;reset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;clear' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;ws;reset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;workspace;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'All workspaces you belong to, with your role; the one in use is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Go back to the personal workspace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;workspace;help;show' {
            break
        }
        'seqera;workspace;help;list' {
            break
        }
        'seqera;workspace;help;use' {
            break
        }
        'seqera;workspace;help;clear' {
            break
        }
        'seqera;workspace;help;help' {
            break
        }
        'seqera;ws;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'All workspaces you belong to, with your role; the one in use is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Go back to the personal workspace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;ws;help;show' {
            break
        }
        'seqera;ws;help;list' {
            break
        }
        'seqera;ws;help;use' {
            break
        }
        'seqera;ws;help;clear' {
            break
        }
        'seqera;ws;help;help' {
            break
        }
        'seqera;sandbox' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep the sandbox''s data in this JSON file across restarts')
            [CompletionResult]::new('--trust-issuer', '--trust-issuer', [CompletionResultType]::ParameterName, 'Also accept JWT access tokens issued by this OIDC issuer, as the demo user (testing against another OAuth server; signatures are not checked)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;sandbox;help;serve' {
            break
        }
        'seqera;sandbox;help;help' {
            break
        }
        'seqera;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from config.toml [env: SEQERA_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox with demo data, started for this command')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (secrets redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'seqera;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in: store a personal access token for this profile (`--with-token`, read from stdin)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored login of this profile (`--all`: every profile); the selection is kept')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the connection: Platform, login, organization and workspace, AI backend')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change settings and profiles')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations you belong to')
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Credentials of a workspace: list, get, add, update, rotate, validate, delete')
            [CompletionResult]::new('workspace', 'workspace', [CompletionResultType]::ParameterValue, 'Workspaces you belong to')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the local sandbox that emulates Seqera Platform')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seqera;help;login' {
            break
        }
        'seqera;help;logout' {
            break
        }
        'seqera;help;status' {
            break
        }
        'seqera;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every effective setting, its value and where it comes from (flag, env var, profile, default)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the effective value of one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the active profile')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the active profile')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List profiles; the active one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default for later commands')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a profile, optionally copying another one''s settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its settings')
            break
        }
        'seqera;help;config;list' {
            break
        }
        'seqera;help;config;get' {
            break
        }
        'seqera;help;config;set' {
            break
        }
        'seqera;help;config;unset' {
            break
        }
        'seqera;help;config;profiles' {
            break
        }
        'seqera;help;config;use' {
            break
        }
        'seqera;help;config;create' {
            break
        }
        'seqera;help;config;delete' {
            break
        }
        'seqera;help;org' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The selected organization (the default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'All organizations you belong to, with your role; the selected one is marked')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Select an organization by name or ID; with none given on a terminal, pick from a list')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Forget the selected organization (and workspace)')
            break
        }
        'seqera;help;org;show' {
            break
        }
        'seqera;help;org;list' {
            break
        }
        'seqera;help;org;switch' {
            break
        }
        'seqera;help;org;clear' {
            break
        }
        'seqera;help;credentials' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Credentials in the workspace: id, name, provider, status, last used, last updated')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One credential, whole (without its secret keys), with its setup snippet when there is one')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a credential in place (its ID is kept, so compute environments using it keep working)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Put new secret keys in place, validate them, and report the status')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script')
            break
        }
        'seqera;help;credentials;list' {
            break
        }
        'seqera;help;credentials;get' {
            break
        }
        'seqera;help;credentials;add' {
            break
        }
        'seqera;help;credentials;update' {
            break
        }
        'seqera;help;credentials;rotate' {
            break
        }
        'seqera;help;credentials;validate' {
            break
        }
        'seqera;help;credentials;delete' {
            break
        }
        'seqera;help;workspace' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The workspace commands use now, and where that choice comes from (the default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'All workspaces you belong to, with your role; the one in use is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the profile''s default: numeric ID, Org/Workspace, or a name in the selected org')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Go back to the personal workspace')
            break
        }
        'seqera;help;workspace;show' {
            break
        }
        'seqera;help;workspace;list' {
            break
        }
        'seqera;help;workspace;use' {
            break
        }
        'seqera;help;workspace;clear' {
            break
        }
        'seqera;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted')
            break
        }
        'seqera;help;sandbox;serve' {
            break
        }
        'seqera;help;completions' {
            break
        }
        'seqera;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
