# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_seqera_global_optspecs
    string join \n p/profile= o/output= w/workspace= color= sandbox debug h/help V/version
end

function __fish_seqera_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_seqera_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_seqera_using_subcommand
    set -l cmd (__fish_seqera_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c seqera -n "__fish_seqera_needs_command" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_needs_command" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_needs_command" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_needs_command" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_needs_command" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seqera -n "__fish_seqera_needs_command" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "login" -d 'Log in: store a personal access token for this profile (`--with-token`, read from stdin)'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "logout" -d 'Forget the stored login of this profile (`--all`: every profile); the selection is kept'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "status" -d 'Check the connection: Platform, login, organization and workspace, AI backend'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "info" -d 'Check the connection: Platform, login, organization and workspace, AI backend'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "config" -d 'Show and change settings and profiles'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "org" -d 'Organizations you belong to'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "credentials" -d 'Credentials of a workspace: list, get, add, update, rotate, validate, delete'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "creds" -d 'Credentials of a workspace: list, get, add, update, rotate, validate, delete'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "workspace" -d 'Workspaces you belong to'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "ws" -d 'Workspaces you belong to'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "sandbox" -d 'Run the local sandbox that emulates Seqera Platform'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "completions" -d 'Print the completion script for a shell (bash, zsh, fish, elvish, powershell)'
complete -c seqera -n "__fish_seqera_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand login" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand login" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand login" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand login" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand login" -l with-token -d 'Read a personal access token from stdin (create one under "Your tokens" in Seqera Platform)'
complete -c seqera -n "__fish_seqera_using_subcommand login" -l device -d 'Log in from another device: show a code to enter at a URL (SSH sessions, headless machines)'
complete -c seqera -n "__fish_seqera_using_subcommand login" -l no-browser -d 'Print the login URL instead of opening a browser'
complete -c seqera -n "__fish_seqera_using_subcommand login" -l insecure-storage -d 'Store the login in a file (0600) instead of the OS keyring (also: SEQERA_NO_KEYCHAIN=true)'
complete -c seqera -n "__fish_seqera_using_subcommand login" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand login" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand login" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand login" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand logout" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand logout" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand logout" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand logout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand logout" -l all -d 'Log out of every profile'
complete -c seqera -n "__fish_seqera_using_subcommand logout" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand logout" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand logout" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand logout" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand status" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand status" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand status" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand status" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand status" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand status" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand status" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand info" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand info" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand info" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand info" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand info" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand info" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand info" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand info" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "list" -d 'Every effective setting, its value and where it comes from (flag, env var, profile, default)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "ls" -d 'Every effective setting, its value and where it comes from (flag, env var, profile, default)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "get" -d 'Print the effective value of one setting'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "set" -d 'Set a value in the active profile'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "unset" -d 'Remove a value from the active profile'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "profiles" -d 'List profiles; the active one is marked'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "use" -d 'Make a profile the default for later commands'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "create" -d 'Create a profile, optionally copying another one\'s settings'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "delete" -d 'Delete a profile and its settings'
complete -c seqera -n "__fish_seqera_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from list" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from ls" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from ls" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from get" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from get" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from set" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from set" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from unset" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from unset" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from unset" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from unset" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from profiles" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from profiles" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from profiles" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from profiles" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from profiles" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from use" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from use" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from use" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -l from -d 'Copy the settings of this profile' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from delete" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from delete" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every effective setting, its value and where it comes from (flag, env var, profile, default)'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the effective value of one setting'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a value in the active profile'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a value from the active profile'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List profiles; the active one is marked'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default for later commands'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a profile, optionally copying another one\'s settings'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a profile and its settings'
complete -c seqera -n "__fish_seqera_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "show" -d 'The selected organization (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "info" -d 'The selected organization (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "current" -d 'The selected organization (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "list" -d 'All organizations you belong to, with your role; the selected one is marked'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "ls" -d 'All organizations you belong to, with your role; the selected one is marked'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "switch" -d 'Select an organization by name or ID; with none given on a terminal, pick from a list'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "select" -d 'Select an organization by name or ID; with none given on a terminal, pick from a list'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "change" -d 'Select an organization by name or ID; with none given on a terminal, pick from a list'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "clear" -d 'Forget the selected organization (and workspace)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "reset" -d 'Forget the selected organization (and workspace)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and not __fish_seen_subcommand_from show info current list ls switch select change clear reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from show" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from info" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from info" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from info" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from info" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from info" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from current" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from current" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from current" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from current" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from current" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from list" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from ls" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from ls" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from switch" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from switch" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from switch" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from switch" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from switch" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from switch" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from switch" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from select" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from select" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from select" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from select" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from select" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from select" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from change" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from change" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from change" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from change" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from change" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from change" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from clear" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from clear" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from clear" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from clear" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from clear" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from reset" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from reset" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'The selected organization (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'All organizations you belong to, with your role; the selected one is marked'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "switch" -d 'Select an organization by name or ID; with none given on a terminal, pick from a list'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Forget the selected organization (and workspace)'
complete -c seqera -n "__fish_seqera_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "list" -d 'Credentials in the workspace: id, name, provider, status, last used, last updated'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "ls" -d 'Credentials in the workspace: id, name, provider, status, last used, last updated'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "get" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "show" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "describe" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "add" -d 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "create" -d 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "update" -d 'Change a credential in place (its ID is kept, so compute environments using it keep working)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "rotate" -d 'Put new secret keys in place, validate them, and report the status'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "validate" -d 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "delete" -d 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "rm" -d 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -l provider -d 'Only this provider (aws, github, google, ...)' -r -f -a "aws\t''
azure\t''
azure_entra\t''
azure-cloud\t''
google\t''
github\t''
github_app\t''
gitlab\t''
bitbucket\t''
gitea\t''
codecommit\t''
azurerepos\t''
container-reg\t''
ssh\t''
k8s\t''
tw-agent\t''
seqeracompute\t''
s3\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -l platform -d 'Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -l provider -d 'Only this provider (aws, github, google, ...)' -r -f -a "aws\t''
azure\t''
azure_entra\t''
azure-cloud\t''
google\t''
github\t''
github_app\t''
gitlab\t''
bitbucket\t''
gitea\t''
codecommit\t''
azurerepos\t''
container-reg\t''
ssh\t''
k8s\t''
tw-agent\t''
seqeracompute\t''
s3\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -l platform -d 'Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from get" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from get" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from show" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from describe" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from describe" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from describe" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from describe" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from describe" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l name -d 'Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l description -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l base-url -d 'Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l access-key -d 'AWS / S3 access key ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l secret-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l secret-key-env -d 'AWS / S3 secret access key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l secret-key-file -d 'AWS / S3 secret access key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l role-arn -d 'AWS IAM role ARN to assume (role mode)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l service-account -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l service-account-env -d 'Google service-account key JSON from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l service-account-file -d 'Google service-account key JSON from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l service-account-email -d 'Google Workload Identity: service account email' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l workload-identity-provider -d 'Google Workload Identity provider' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l token-audience -d 'Google Workload Identity token audience' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l batch-name -d 'Azure Batch account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l batch-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l batch-key-env -d 'Azure Batch account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l batch-key-file -d 'Azure Batch account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l storage-name -d 'Azure Storage account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l storage-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l storage-key-env -d 'Azure Storage account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l storage-key-file -d 'Azure Storage account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l subscription-id -d 'Azure subscription ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l tenant-id -d 'Azure / Entra tenant ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l client-id -d 'Azure / GitHub App client ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l client-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l client-secret-env -d 'Azure / GitHub App client secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l client-secret-file -d 'Azure / GitHub App client secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l username -d 'user name (Git hosts, registries; CodeCommit: access key ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l password -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l password-env -d 'password or personal access token (CodeCommit: secret key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l password-file -d 'password or personal access token (CodeCommit: secret key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l token -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l token-env -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l token-file -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l app-id -d 'GitHub App ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l slug -d 'GitHub App slug' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l private-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l private-key-env -d 'private key (SSH, GitHub App, Kubernetes client key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l private-key-file -d 'private key (SSH, GitHub App, Kubernetes client key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l webhook-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l webhook-secret-env -d 'GitHub App webhook secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l webhook-secret-file -d 'GitHub App webhook secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l passphrase -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l passphrase-env -d 'SSH key passphrase from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l passphrase-file -d 'SSH key passphrase from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l registry -d 'container registry host (default docker.io)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l certificate -d 'Kubernetes client certificate (PEM)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l connection-id -d 'Tower Agent connection ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l work-dir -d 'Tower Agent work directory' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l use-external-id -d 'AWS role mode: have Platform generate an external ID; it is shown with the trust-policy snippet'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l secret-key-stdin -d 'AWS / S3 secret access key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l path-style-access -d 'S3: use path-style access'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l service-account-stdin -d 'Google service-account key JSON from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l batch-key-stdin -d 'Azure Batch account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l storage-key-stdin -d 'Azure Storage account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l client-secret-stdin -d 'Azure / GitHub App client secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l password-stdin -d 'password or personal access token (CodeCommit: secret key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l token-stdin -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l private-key-stdin -d 'private key (SSH, GitHub App, Kubernetes client key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l webhook-secret-stdin -d 'GitHub App webhook secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l passphrase-stdin -d 'SSH key passphrase from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l shared -d 'Tower Agent: shared agent'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l name -d 'Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l description -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l base-url -d 'Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l access-key -d 'AWS / S3 access key ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l secret-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l secret-key-env -d 'AWS / S3 secret access key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l secret-key-file -d 'AWS / S3 secret access key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l role-arn -d 'AWS IAM role ARN to assume (role mode)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l service-account -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l service-account-env -d 'Google service-account key JSON from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l service-account-file -d 'Google service-account key JSON from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l service-account-email -d 'Google Workload Identity: service account email' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l workload-identity-provider -d 'Google Workload Identity provider' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l token-audience -d 'Google Workload Identity token audience' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l batch-name -d 'Azure Batch account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l batch-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l batch-key-env -d 'Azure Batch account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l batch-key-file -d 'Azure Batch account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l storage-name -d 'Azure Storage account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l storage-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l storage-key-env -d 'Azure Storage account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l storage-key-file -d 'Azure Storage account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l subscription-id -d 'Azure subscription ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l tenant-id -d 'Azure / Entra tenant ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l client-id -d 'Azure / GitHub App client ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l client-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l client-secret-env -d 'Azure / GitHub App client secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l client-secret-file -d 'Azure / GitHub App client secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l username -d 'user name (Git hosts, registries; CodeCommit: access key ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l password -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l password-env -d 'password or personal access token (CodeCommit: secret key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l password-file -d 'password or personal access token (CodeCommit: secret key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l token -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l token-env -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l token-file -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l app-id -d 'GitHub App ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l slug -d 'GitHub App slug' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l private-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l private-key-env -d 'private key (SSH, GitHub App, Kubernetes client key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l private-key-file -d 'private key (SSH, GitHub App, Kubernetes client key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l webhook-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l webhook-secret-env -d 'GitHub App webhook secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l webhook-secret-file -d 'GitHub App webhook secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l passphrase -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l passphrase-env -d 'SSH key passphrase from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l passphrase-file -d 'SSH key passphrase from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l registry -d 'container registry host (default docker.io)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l certificate -d 'Kubernetes client certificate (PEM)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l connection-id -d 'Tower Agent connection ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l work-dir -d 'Tower Agent work directory' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l use-external-id -d 'AWS role mode: have Platform generate an external ID; it is shown with the trust-policy snippet'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l secret-key-stdin -d 'AWS / S3 secret access key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l path-style-access -d 'S3: use path-style access'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l service-account-stdin -d 'Google service-account key JSON from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l batch-key-stdin -d 'Azure Batch account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l storage-key-stdin -d 'Azure Storage account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l client-secret-stdin -d 'Azure / GitHub App client secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l password-stdin -d 'password or personal access token (CodeCommit: secret key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l token-stdin -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l private-key-stdin -d 'private key (SSH, GitHub App, Kubernetes client key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l webhook-secret-stdin -d 'GitHub App webhook secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l passphrase-stdin -d 'SSH key passphrase from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l shared -d 'Tower Agent: shared agent'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l description -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l base-url -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l access-key -d 'AWS / S3 access key ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l secret-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l secret-key-env -d 'AWS / S3 secret access key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l secret-key-file -d 'AWS / S3 secret access key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l role-arn -d 'AWS IAM role ARN to assume (role mode)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l service-account -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l service-account-env -d 'Google service-account key JSON from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l service-account-file -d 'Google service-account key JSON from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l service-account-email -d 'Google Workload Identity: service account email' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l workload-identity-provider -d 'Google Workload Identity provider' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l token-audience -d 'Google Workload Identity token audience' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l batch-name -d 'Azure Batch account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l batch-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l batch-key-env -d 'Azure Batch account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l batch-key-file -d 'Azure Batch account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l storage-name -d 'Azure Storage account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l storage-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l storage-key-env -d 'Azure Storage account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l storage-key-file -d 'Azure Storage account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l subscription-id -d 'Azure subscription ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l tenant-id -d 'Azure / Entra tenant ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l client-id -d 'Azure / GitHub App client ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l client-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l client-secret-env -d 'Azure / GitHub App client secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l client-secret-file -d 'Azure / GitHub App client secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l username -d 'user name (Git hosts, registries; CodeCommit: access key ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l password -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l password-env -d 'password or personal access token (CodeCommit: secret key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l password-file -d 'password or personal access token (CodeCommit: secret key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l token -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l token-env -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l token-file -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l app-id -d 'GitHub App ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l slug -d 'GitHub App slug' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l private-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l private-key-env -d 'private key (SSH, GitHub App, Kubernetes client key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l private-key-file -d 'private key (SSH, GitHub App, Kubernetes client key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l webhook-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l webhook-secret-env -d 'GitHub App webhook secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l webhook-secret-file -d 'GitHub App webhook secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l passphrase -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l passphrase-env -d 'SSH key passphrase from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l passphrase-file -d 'SSH key passphrase from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l registry -d 'container registry host (default docker.io)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l certificate -d 'Kubernetes client certificate (PEM)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l connection-id -d 'Tower Agent connection ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l work-dir -d 'Tower Agent work directory' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l secret-key-stdin -d 'AWS / S3 secret access key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l path-style-access -d 'S3: use path-style access'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l service-account-stdin -d 'Google service-account key JSON from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l batch-key-stdin -d 'Azure Batch account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l storage-key-stdin -d 'Azure Storage account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l client-secret-stdin -d 'Azure / GitHub App client secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l password-stdin -d 'password or personal access token (CodeCommit: secret key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l token-stdin -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l private-key-stdin -d 'private key (SSH, GitHub App, Kubernetes client key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l webhook-secret-stdin -d 'GitHub App webhook secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l passphrase-stdin -d 'SSH key passphrase from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l shared -d 'Tower Agent: shared agent'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l access-key -d 'AWS / S3 access key ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l secret-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l secret-key-env -d 'AWS / S3 secret access key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l secret-key-file -d 'AWS / S3 secret access key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l role-arn -d 'AWS IAM role ARN to assume (role mode)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l service-account -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l service-account-env -d 'Google service-account key JSON from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l service-account-file -d 'Google service-account key JSON from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l service-account-email -d 'Google Workload Identity: service account email' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l workload-identity-provider -d 'Google Workload Identity provider' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l token-audience -d 'Google Workload Identity token audience' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l batch-name -d 'Azure Batch account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l batch-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l batch-key-env -d 'Azure Batch account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l batch-key-file -d 'Azure Batch account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l storage-name -d 'Azure Storage account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l storage-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l storage-key-env -d 'Azure Storage account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l storage-key-file -d 'Azure Storage account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l subscription-id -d 'Azure subscription ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l tenant-id -d 'Azure / Entra tenant ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l client-id -d 'Azure / GitHub App client ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l client-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l client-secret-env -d 'Azure / GitHub App client secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l client-secret-file -d 'Azure / GitHub App client secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l username -d 'user name (Git hosts, registries; CodeCommit: access key ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l password -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l password-env -d 'password or personal access token (CodeCommit: secret key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l password-file -d 'password or personal access token (CodeCommit: secret key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l token -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l token-env -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l token-file -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l app-id -d 'GitHub App ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l slug -d 'GitHub App slug' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l private-key -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l private-key-env -d 'private key (SSH, GitHub App, Kubernetes client key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l private-key-file -d 'private key (SSH, GitHub App, Kubernetes client key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l webhook-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l webhook-secret-env -d 'GitHub App webhook secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l webhook-secret-file -d 'GitHub App webhook secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l passphrase -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l passphrase-env -d 'SSH key passphrase from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l passphrase-file -d 'SSH key passphrase from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l registry -d 'container registry host (default docker.io)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l certificate -d 'Kubernetes client certificate (PEM)' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l connection-id -d 'Tower Agent connection ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l work-dir -d 'Tower Agent work directory' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l secret-key-stdin -d 'AWS / S3 secret access key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l path-style-access -d 'S3: use path-style access'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l service-account-stdin -d 'Google service-account key JSON from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l batch-key-stdin -d 'Azure Batch account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l storage-key-stdin -d 'Azure Storage account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l client-secret-stdin -d 'Azure / GitHub App client secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l password-stdin -d 'password or personal access token (CodeCommit: secret key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l token-stdin -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l private-key-stdin -d 'private key (SSH, GitHub App, Kubernetes client key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l webhook-secret-stdin -d 'GitHub App webhook secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l passphrase-stdin -d 'SSH key passphrase from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l shared -d 'Tower Agent: shared agent'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -l force -d 'Skip the provider check and mark an INVALID credential AVAILABLE again'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -l checked -d 'Refuse when something (a compute environment, running jobs) still uses it, and show what'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -l checked -d 'Refuse when something (a compute environment, running jobs) still uses it, and show what'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "list" -d 'Credentials in the workspace: id, name, provider, status, last used, last updated'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "get" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a credential in place (its ID is kept, so compute environments using it keep working)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Put new secret keys in place, validate them, and report the status'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script'
complete -c seqera -n "__fish_seqera_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "list" -d 'Credentials in the workspace: id, name, provider, status, last used, last updated'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "ls" -d 'Credentials in the workspace: id, name, provider, status, last used, last updated'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "get" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "show" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "describe" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "add" -d 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "create" -d 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "update" -d 'Change a credential in place (its ID is kept, so compute environments using it keep working)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "rotate" -d 'Put new secret keys in place, validate them, and report the status'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "validate" -d 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "delete" -d 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "rm" -d 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and not __fish_seen_subcommand_from list ls get show describe add create update rotate validate delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -l provider -d 'Only this provider (aws, github, google, ...)' -r -f -a "aws\t''
azure\t''
azure_entra\t''
azure-cloud\t''
google\t''
github\t''
github_app\t''
gitlab\t''
bitbucket\t''
gitea\t''
codecommit\t''
azurerepos\t''
container-reg\t''
ssh\t''
k8s\t''
tw-agent\t''
seqeracompute\t''
s3\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -l platform -d 'Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -l provider -d 'Only this provider (aws, github, google, ...)' -r -f -a "aws\t''
azure\t''
azure_entra\t''
azure-cloud\t''
google\t''
github\t''
github_app\t''
gitlab\t''
bitbucket\t''
gitea\t''
codecommit\t''
azurerepos\t''
container-reg\t''
ssh\t''
k8s\t''
tw-agent\t''
seqeracompute\t''
s3\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -l platform -d 'Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from get" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from get" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from show" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from describe" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from describe" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from describe" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from describe" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from describe" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l name -d 'Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l description -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l base-url -d 'Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l access-key -d 'AWS / S3 access key ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l secret-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l secret-key-env -d 'AWS / S3 secret access key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l secret-key-file -d 'AWS / S3 secret access key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l role-arn -d 'AWS IAM role ARN to assume (role mode)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l service-account -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l service-account-env -d 'Google service-account key JSON from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l service-account-file -d 'Google service-account key JSON from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l service-account-email -d 'Google Workload Identity: service account email' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l workload-identity-provider -d 'Google Workload Identity provider' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l token-audience -d 'Google Workload Identity token audience' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l batch-name -d 'Azure Batch account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l batch-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l batch-key-env -d 'Azure Batch account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l batch-key-file -d 'Azure Batch account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l storage-name -d 'Azure Storage account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l storage-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l storage-key-env -d 'Azure Storage account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l storage-key-file -d 'Azure Storage account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l subscription-id -d 'Azure subscription ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l tenant-id -d 'Azure / Entra tenant ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l client-id -d 'Azure / GitHub App client ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l client-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l client-secret-env -d 'Azure / GitHub App client secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l client-secret-file -d 'Azure / GitHub App client secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l username -d 'user name (Git hosts, registries; CodeCommit: access key ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l password -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l password-env -d 'password or personal access token (CodeCommit: secret key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l password-file -d 'password or personal access token (CodeCommit: secret key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l token -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l token-env -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l token-file -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l app-id -d 'GitHub App ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l slug -d 'GitHub App slug' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l private-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l private-key-env -d 'private key (SSH, GitHub App, Kubernetes client key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l private-key-file -d 'private key (SSH, GitHub App, Kubernetes client key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l webhook-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l webhook-secret-env -d 'GitHub App webhook secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l webhook-secret-file -d 'GitHub App webhook secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l passphrase -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l passphrase-env -d 'SSH key passphrase from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l passphrase-file -d 'SSH key passphrase from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l registry -d 'container registry host (default docker.io)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l certificate -d 'Kubernetes client certificate (PEM)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l connection-id -d 'Tower Agent connection ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l work-dir -d 'Tower Agent work directory' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l use-external-id -d 'AWS role mode: have Platform generate an external ID; it is shown with the trust-policy snippet'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l secret-key-stdin -d 'AWS / S3 secret access key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l path-style-access -d 'S3: use path-style access'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l service-account-stdin -d 'Google service-account key JSON from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l batch-key-stdin -d 'Azure Batch account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l storage-key-stdin -d 'Azure Storage account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l client-secret-stdin -d 'Azure / GitHub App client secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l password-stdin -d 'password or personal access token (CodeCommit: secret key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l token-stdin -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l private-key-stdin -d 'private key (SSH, GitHub App, Kubernetes client key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l webhook-secret-stdin -d 'GitHub App webhook secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l passphrase-stdin -d 'SSH key passphrase from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l shared -d 'Tower Agent: shared agent'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l name -d 'Name: 1 to 100 letters, digits, `-` or `_`, unique in the workspace' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l description -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l base-url -d 'Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l access-key -d 'AWS / S3 access key ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l secret-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l secret-key-env -d 'AWS / S3 secret access key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l secret-key-file -d 'AWS / S3 secret access key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l role-arn -d 'AWS IAM role ARN to assume (role mode)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l service-account -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l service-account-env -d 'Google service-account key JSON from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l service-account-file -d 'Google service-account key JSON from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l service-account-email -d 'Google Workload Identity: service account email' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l workload-identity-provider -d 'Google Workload Identity provider' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l token-audience -d 'Google Workload Identity token audience' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l batch-name -d 'Azure Batch account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l batch-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l batch-key-env -d 'Azure Batch account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l batch-key-file -d 'Azure Batch account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l storage-name -d 'Azure Storage account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l storage-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l storage-key-env -d 'Azure Storage account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l storage-key-file -d 'Azure Storage account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l subscription-id -d 'Azure subscription ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l tenant-id -d 'Azure / Entra tenant ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l client-id -d 'Azure / GitHub App client ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l client-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l client-secret-env -d 'Azure / GitHub App client secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l client-secret-file -d 'Azure / GitHub App client secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l username -d 'user name (Git hosts, registries; CodeCommit: access key ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l password -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l password-env -d 'password or personal access token (CodeCommit: secret key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l password-file -d 'password or personal access token (CodeCommit: secret key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l token -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l token-env -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l token-file -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l app-id -d 'GitHub App ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l slug -d 'GitHub App slug' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l private-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l private-key-env -d 'private key (SSH, GitHub App, Kubernetes client key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l private-key-file -d 'private key (SSH, GitHub App, Kubernetes client key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l webhook-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l webhook-secret-env -d 'GitHub App webhook secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l webhook-secret-file -d 'GitHub App webhook secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l passphrase -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l passphrase-env -d 'SSH key passphrase from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l passphrase-file -d 'SSH key passphrase from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l registry -d 'container registry host (default docker.io)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l certificate -d 'Kubernetes client certificate (PEM)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l connection-id -d 'Tower Agent connection ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l work-dir -d 'Tower Agent work directory' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l use-external-id -d 'AWS role mode: have Platform generate an external ID; it is shown with the trust-policy snippet'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l secret-key-stdin -d 'AWS / S3 secret access key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l path-style-access -d 'S3: use path-style access'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l service-account-stdin -d 'Google service-account key JSON from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l batch-key-stdin -d 'Azure Batch account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l storage-key-stdin -d 'Azure Storage account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l client-secret-stdin -d 'Azure / GitHub App client secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l password-stdin -d 'password or personal access token (CodeCommit: secret key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l token-stdin -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l private-key-stdin -d 'private key (SSH, GitHub App, Kubernetes client key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l webhook-secret-stdin -d 'GitHub App webhook secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l passphrase-stdin -d 'SSH key passphrase from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l shared -d 'Tower Agent: shared agent'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l description -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l base-url -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l access-key -d 'AWS / S3 access key ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l secret-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l secret-key-env -d 'AWS / S3 secret access key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l secret-key-file -d 'AWS / S3 secret access key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l role-arn -d 'AWS IAM role ARN to assume (role mode)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l service-account -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l service-account-env -d 'Google service-account key JSON from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l service-account-file -d 'Google service-account key JSON from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l service-account-email -d 'Google Workload Identity: service account email' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l workload-identity-provider -d 'Google Workload Identity provider' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l token-audience -d 'Google Workload Identity token audience' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l batch-name -d 'Azure Batch account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l batch-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l batch-key-env -d 'Azure Batch account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l batch-key-file -d 'Azure Batch account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l storage-name -d 'Azure Storage account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l storage-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l storage-key-env -d 'Azure Storage account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l storage-key-file -d 'Azure Storage account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l subscription-id -d 'Azure subscription ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l tenant-id -d 'Azure / Entra tenant ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l client-id -d 'Azure / GitHub App client ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l client-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l client-secret-env -d 'Azure / GitHub App client secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l client-secret-file -d 'Azure / GitHub App client secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l username -d 'user name (Git hosts, registries; CodeCommit: access key ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l password -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l password-env -d 'password or personal access token (CodeCommit: secret key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l password-file -d 'password or personal access token (CodeCommit: secret key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l token -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l token-env -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l token-file -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l app-id -d 'GitHub App ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l slug -d 'GitHub App slug' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l private-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l private-key-env -d 'private key (SSH, GitHub App, Kubernetes client key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l private-key-file -d 'private key (SSH, GitHub App, Kubernetes client key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l webhook-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l webhook-secret-env -d 'GitHub App webhook secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l webhook-secret-file -d 'GitHub App webhook secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l passphrase -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l passphrase-env -d 'SSH key passphrase from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l passphrase-file -d 'SSH key passphrase from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l registry -d 'container registry host (default docker.io)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l certificate -d 'Kubernetes client certificate (PEM)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l connection-id -d 'Tower Agent connection ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l work-dir -d 'Tower Agent work directory' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l secret-key-stdin -d 'AWS / S3 secret access key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l path-style-access -d 'S3: use path-style access'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l service-account-stdin -d 'Google service-account key JSON from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l batch-key-stdin -d 'Azure Batch account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l storage-key-stdin -d 'Azure Storage account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l client-secret-stdin -d 'Azure / GitHub App client secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l password-stdin -d 'password or personal access token (CodeCommit: secret key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l token-stdin -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l private-key-stdin -d 'private key (SSH, GitHub App, Kubernetes client key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l webhook-secret-stdin -d 'GitHub App webhook secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l passphrase-stdin -d 'SSH key passphrase from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l shared -d 'Tower Agent: shared agent'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l access-key -d 'AWS / S3 access key ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l secret-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l secret-key-env -d 'AWS / S3 secret access key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l secret-key-file -d 'AWS / S3 secret access key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l role-arn -d 'AWS IAM role ARN to assume (role mode)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l service-account -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l service-account-env -d 'Google service-account key JSON from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l service-account-file -d 'Google service-account key JSON from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l service-account-email -d 'Google Workload Identity: service account email' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l workload-identity-provider -d 'Google Workload Identity provider' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l token-audience -d 'Google Workload Identity token audience' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l batch-name -d 'Azure Batch account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l batch-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l batch-key-env -d 'Azure Batch account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l batch-key-file -d 'Azure Batch account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l storage-name -d 'Azure Storage account name' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l storage-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l storage-key-env -d 'Azure Storage account key from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l storage-key-file -d 'Azure Storage account key from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l subscription-id -d 'Azure subscription ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l tenant-id -d 'Azure / Entra tenant ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l client-id -d 'Azure / GitHub App client ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l client-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l client-secret-env -d 'Azure / GitHub App client secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l client-secret-file -d 'Azure / GitHub App client secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l username -d 'user name (Git hosts, registries; CodeCommit: access key ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l password -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l password-env -d 'password or personal access token (CodeCommit: secret key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l password-file -d 'password or personal access token (CodeCommit: secret key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l token -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l token-env -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l token-file -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l app-id -d 'GitHub App ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l slug -d 'GitHub App slug' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l private-key -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l private-key-env -d 'private key (SSH, GitHub App, Kubernetes client key) from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l private-key-file -d 'private key (SSH, GitHub App, Kubernetes client key) from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l webhook-secret -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l webhook-secret-env -d 'GitHub App webhook secret from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l webhook-secret-file -d 'GitHub App webhook secret from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l passphrase -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l passphrase-env -d 'SSH key passphrase from this env var' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l passphrase-file -d 'SSH key passphrase from this file' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l registry -d 'container registry host (default docker.io)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l certificate -d 'Kubernetes client certificate (PEM)' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l connection-id -d 'Tower Agent connection ID' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l work-dir -d 'Tower Agent work directory' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l secret-key-stdin -d 'AWS / S3 secret access key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l path-style-access -d 'S3: use path-style access'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l service-account-stdin -d 'Google service-account key JSON from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l batch-key-stdin -d 'Azure Batch account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l storage-key-stdin -d 'Azure Storage account key from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l client-secret-stdin -d 'Azure / GitHub App client secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l password-stdin -d 'password or personal access token (CodeCommit: secret key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l token-stdin -d 'API token (GitLab, Bitbucket, Kubernetes, ...) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l private-key-stdin -d 'private key (SSH, GitHub App, Kubernetes client key) from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l webhook-secret-stdin -d 'GitHub App webhook secret from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l passphrase-stdin -d 'SSH key passphrase from stdin'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l shared -d 'Tower Agent: shared agent'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -l force -d 'Skip the provider check and mark an INVALID credential AVAILABLE again'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -l checked -d 'Refuse when something (a compute environment, running jobs) still uses it, and show what'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -l checked -d 'Refuse when something (a compute environment, running jobs) still uses it, and show what'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from help" -f -a "list" -d 'Credentials in the workspace: id, name, provider, status, last used, last updated'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from help" -f -a "get" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a credential in place (its ID is kept, so compute environments using it keep working)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Put new secret keys in place, validate them, and report the status'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script'
complete -c seqera -n "__fish_seqera_using_subcommand creds; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "show" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "info" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "current" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "list" -d 'All workspaces you belong to, with your role; the one in use is marked'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "ls" -d 'All workspaces you belong to, with your role; the one in use is marked'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "use" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "switch" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "select" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "clear" -d 'Go back to the personal workspace'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "reset" -d 'Go back to the personal workspace'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from show" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from info" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from info" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from info" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from info" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from info" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from current" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from current" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from current" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from current" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from current" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -l org -d 'Only the workspaces of this organization (name or ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -l org -d 'Only the workspaces of this organization (name or ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from use" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from use" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from use" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from switch" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from switch" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from switch" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from switch" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from switch" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from switch" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from switch" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from select" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from select" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from select" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from select" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from select" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from select" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from clear" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from clear" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from clear" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from clear" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from clear" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from reset" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from reset" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "show" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "list" -d 'All workspaces you belong to, with your role; the one in use is marked'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Go back to the personal workspace'
complete -c seqera -n "__fish_seqera_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "show" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "info" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "current" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "list" -d 'All workspaces you belong to, with your role; the one in use is marked'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "ls" -d 'All workspaces you belong to, with your role; the one in use is marked'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "use" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "switch" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "select" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "clear" -d 'Go back to the personal workspace'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "reset" -d 'Go back to the personal workspace'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and not __fish_seen_subcommand_from show info current list ls use switch select clear reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from show" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from info" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from info" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from info" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from info" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from info" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from current" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from current" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from current" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from current" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from current" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -l org -d 'Only the workspaces of this organization (name or ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -l org -d 'Only the workspaces of this organization (name or ID)' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from use" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from use" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from use" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from switch" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from switch" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from switch" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from switch" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from switch" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from switch" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from switch" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from select" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from select" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from select" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from select" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from select" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from select" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from clear" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from clear" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from clear" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from clear" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from clear" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from reset" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from reset" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from help" -f -a "show" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from help" -f -a "list" -d 'All workspaces you belong to, with your role; the one in use is marked'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Go back to the personal workspace'
complete -c seqera -n "__fish_seqera_using_subcommand ws; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'Keep the sandbox\'s data in this JSON file across restarts' -r -F
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l trust-issuer -d 'Also accept JWT access tokens issued by this OIDC issuer, as the demo user (testing against another OAuth server; signatures are not checked)' -r
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted'
complete -c seqera -n "__fish_seqera_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand completions" -s p -l profile -d 'Profile to use from config.toml [env: SEQERA_PROFILE]' -r
complete -c seqera -n "__fish_seqera_using_subcommand completions" -s o -l output -d 'Output format: table, tsv, csv or json [env: SEQERA_OUTPUT]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''"
complete -c seqera -n "__fish_seqera_using_subcommand completions" -s w -l workspace -d 'Workspace for this command: numeric ID or Org/Workspace [env: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID]' -r
complete -c seqera -n "__fish_seqera_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seqera -n "__fish_seqera_using_subcommand completions" -l sandbox -d 'Run against a local sandbox with demo data, started for this command'
complete -c seqera -n "__fish_seqera_using_subcommand completions" -l debug -d 'Log HTTP requests to stderr (secrets redacted)'
complete -c seqera -n "__fish_seqera_using_subcommand completions" -s h -l help -d 'Print help'
complete -c seqera -n "__fish_seqera_using_subcommand completions" -s V -l version -d 'Print version'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "login" -d 'Log in: store a personal access token for this profile (`--with-token`, read from stdin)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "logout" -d 'Forget the stored login of this profile (`--all`: every profile); the selection is kept'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "status" -d 'Check the connection: Platform, login, organization and workspace, AI backend'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "config" -d 'Show and change settings and profiles'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "org" -d 'Organizations you belong to'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "credentials" -d 'Credentials of a workspace: list, get, add, update, rotate, validate, delete'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "workspace" -d 'Workspaces you belong to'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "sandbox" -d 'Run the local sandbox that emulates Seqera Platform'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "completions" -d 'Print the completion script for a shell (bash, zsh, fish, elvish, powershell)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and not __fish_seen_subcommand_from login logout status config org credentials workspace sandbox completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Every effective setting, its value and where it comes from (flag, env var, profile, default)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the effective value of one setting'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value in the active profile'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a value from the active profile'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'List profiles; the active one is marked'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make a profile the default for later commands'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "create" -d 'Create a profile, optionally copying another one\'s settings'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete" -d 'Delete a profile and its settings'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'The selected organization (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'All organizations you belong to, with your role; the selected one is marked'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "switch" -d 'Select an organization by name or ID; with none given on a terminal, pick from a list'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "clear" -d 'Forget the selected organization (and workspace)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "list" -d 'Credentials in the workspace: id, name, provider, status, last used, last updated'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "get" -d 'One credential, whole (without its secret keys), with its setup snippet when there is one'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "add" -d 'Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "update" -d 'Change a credential in place (its ID is kept, so compute environments using it keep working)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "rotate" -d 'Put new secret keys in place, validate them, and report the status'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "validate" -d 'Ask Platform to check a credential with its provider: AVAILABLE or INVALID (exit 1)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "delete" -d 'Delete a credential; asks first on a terminal, and needs --yes in a pipe or script'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "show" -d 'The workspace commands use now, and where that choice comes from (the default)'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "list" -d 'All workspaces you belong to, with your role; the one in use is marked'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "use" -d 'Make a workspace the profile\'s default: numeric ID, Org/Workspace, or a name in the selected org'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "clear" -d 'Go back to the personal workspace'
complete -c seqera -n "__fish_seqera_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted'
