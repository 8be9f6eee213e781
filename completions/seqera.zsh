#compdef seqera

autoload -U is-at-least

_seqera() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_seqera_commands" \
"*::: :->seqera" \
&& ret=0
    case $state in
    (seqera)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'(--device --no-browser)--with-token[Read a personal access token from stdin (create one under "Your tokens" in Seqera Platform)]' \
'(--no-browser)--device[Log in from another device\: show a code to enter at a URL (SSH sessions, headless machines)]' \
'--no-browser[Print the login URL instead of opening a browser]' \
'--insecure-storage[Store the login in a file (0600) instead of the OS keyring (also\: SEQERA_NO_KEYCHAIN=true)]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--all[Log out of every profile]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_seqera__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-config-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Setting name (see `seqera config list`):_default' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Setting name (see `seqera config list`):_default' \
':value:_default' \
&& ret=0
;;
(unset)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Setting name:_default' \
&& ret=0
;;
(profiles)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Profile name:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--from=[Copy the settings of this profile]:PROFILE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Profile name\: letters, digits, `-` or `_`:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Profile name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__config__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-config-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unset)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(profiles)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(org)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_seqera__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-org-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(current)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(switch)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::org -- Organization name or numeric ID:_default' \
&& ret=0
;;
(select)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::org -- Organization name or numeric ID:_default' \
&& ret=0
;;
(change)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::org -- Organization name or numeric ID:_default' \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(reset)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__org__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-org-help-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(switch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_seqera__subcmd__credentials_commands" \
"*::: :->credentials" \
&& ret=0

    case $state in
    (credentials)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-credentials-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--provider=[Only this provider (aws, github, google, ...)]:PROVIDER:(aws azure azure_entra azure-cloud google github github_app gitlab bitbucket gitea codecommit azurerepos container-reg ssh k8s tw-agent seqeracompute s3)' \
'--platform=[Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)]:PLATFORM_ID:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'--provider=[Only this provider (aws, github, google, ...)]:PROVIDER:(aws azure azure_entra azure-cloud google github github_app gitlab bitbucket gitea codecommit azurerepos container-reg ssh k8s tw-agent seqeracompute s3)' \
'--platform=[Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)]:PLATFORM_ID:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--name=[Name\: 1 to 100 letters, digits, \`-\` or \`_\`, unique in the workspace]:NAME:_default' \
'--description=[]:DESCRIPTION:_default' \
'--base-url=[Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)]:URL:_default' \
'--access-key=[AWS / S3 access key ID]:VALUE:_default' \
'--secret-key=[]:REFUSED:_default' \
'--secret-key-env=[AWS / S3 secret access key from this env var]:VAR:_default' \
'--secret-key-file=[AWS / S3 secret access key from this file]:PATH:_files' \
'--role-arn=[AWS IAM role ARN to assume (role mode)]:VALUE:_default' \
'--service-account=[]:REFUSED:_default' \
'--service-account-env=[Google service-account key JSON from this env var]:VAR:_default' \
'--service-account-file=[Google service-account key JSON from this file]:PATH:_files' \
'--service-account-email=[Google Workload Identity\: service account email]:VALUE:_default' \
'--workload-identity-provider=[Google Workload Identity provider]:VALUE:_default' \
'--token-audience=[Google Workload Identity token audience]:VALUE:_default' \
'--batch-name=[Azure Batch account name]:VALUE:_default' \
'--batch-key=[]:REFUSED:_default' \
'--batch-key-env=[Azure Batch account key from this env var]:VAR:_default' \
'--batch-key-file=[Azure Batch account key from this file]:PATH:_files' \
'--storage-name=[Azure Storage account name]:VALUE:_default' \
'--storage-key=[]:REFUSED:_default' \
'--storage-key-env=[Azure Storage account key from this env var]:VAR:_default' \
'--storage-key-file=[Azure Storage account key from this file]:PATH:_files' \
'--subscription-id=[Azure subscription ID]:VALUE:_default' \
'--tenant-id=[Azure / Entra tenant ID]:VALUE:_default' \
'--client-id=[Azure / GitHub App client ID]:VALUE:_default' \
'--client-secret=[]:REFUSED:_default' \
'--client-secret-env=[Azure / GitHub App client secret from this env var]:VAR:_default' \
'--client-secret-file=[Azure / GitHub App client secret from this file]:PATH:_files' \
'--username=[user name (Git hosts, registries; CodeCommit\: access key ID)]:VALUE:_default' \
'--password=[]:REFUSED:_default' \
'--password-env=[password or personal access token (CodeCommit\: secret key) from this env var]:VAR:_default' \
'--password-file=[password or personal access token (CodeCommit\: secret key) from this file]:PATH:_files' \
'--token=[]:REFUSED:_default' \
'--token-env=[API token (GitLab, Bitbucket, Kubernetes, ...) from this env var]:VAR:_default' \
'--token-file=[API token (GitLab, Bitbucket, Kubernetes, ...) from this file]:PATH:_files' \
'--app-id=[GitHub App ID]:VALUE:_default' \
'--slug=[GitHub App slug]:VALUE:_default' \
'--private-key=[]:REFUSED:_default' \
'--private-key-env=[private key (SSH, GitHub App, Kubernetes client key) from this env var]:VAR:_default' \
'--private-key-file=[private key (SSH, GitHub App, Kubernetes client key) from this file]:PATH:_files' \
'--webhook-secret=[]:REFUSED:_default' \
'--webhook-secret-env=[GitHub App webhook secret from this env var]:VAR:_default' \
'--webhook-secret-file=[GitHub App webhook secret from this file]:PATH:_files' \
'--passphrase=[]:REFUSED:_default' \
'--passphrase-env=[SSH key passphrase from this env var]:VAR:_default' \
'--passphrase-file=[SSH key passphrase from this file]:PATH:_files' \
'--registry=[container registry host (default docker.io)]:VALUE:_default' \
'--certificate=[Kubernetes client certificate (PEM)]:VALUE:_default' \
'--connection-id=[Tower Agent connection ID]:VALUE:_default' \
'--work-dir=[Tower Agent work directory]:VALUE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--use-external-id[AWS role mode\: have Platform generate an external ID; it is shown with the trust-policy snippet]' \
'--secret-key-stdin[AWS / S3 secret access key from stdin]' \
'--path-style-access[S3\: use path-style access]' \
'--service-account-stdin[Google service-account key JSON from stdin]' \
'--batch-key-stdin[Azure Batch account key from stdin]' \
'--storage-key-stdin[Azure Storage account key from stdin]' \
'--client-secret-stdin[Azure / GitHub App client secret from stdin]' \
'--password-stdin[password or personal access token (CodeCommit\: secret key) from stdin]' \
'--token-stdin[API token (GitLab, Bitbucket, Kubernetes, ...) from stdin]' \
'--private-key-stdin[private key (SSH, GitHub App, Kubernetes client key) from stdin]' \
'--webhook-secret-stdin[GitHub App webhook secret from stdin]' \
'--passphrase-stdin[SSH key passphrase from stdin]' \
'--shared[Tower Agent\: shared agent]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':provider -- Provider:(aws azure azure_entra azure-cloud google github github_app gitlab bitbucket gitea codecommit azurerepos container-reg ssh k8s tw-agent seqeracompute s3)' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--name=[Name\: 1 to 100 letters, digits, \`-\` or \`_\`, unique in the workspace]:NAME:_default' \
'--description=[]:DESCRIPTION:_default' \
'--base-url=[Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)]:URL:_default' \
'--access-key=[AWS / S3 access key ID]:VALUE:_default' \
'--secret-key=[]:REFUSED:_default' \
'--secret-key-env=[AWS / S3 secret access key from this env var]:VAR:_default' \
'--secret-key-file=[AWS / S3 secret access key from this file]:PATH:_files' \
'--role-arn=[AWS IAM role ARN to assume (role mode)]:VALUE:_default' \
'--service-account=[]:REFUSED:_default' \
'--service-account-env=[Google service-account key JSON from this env var]:VAR:_default' \
'--service-account-file=[Google service-account key JSON from this file]:PATH:_files' \
'--service-account-email=[Google Workload Identity\: service account email]:VALUE:_default' \
'--workload-identity-provider=[Google Workload Identity provider]:VALUE:_default' \
'--token-audience=[Google Workload Identity token audience]:VALUE:_default' \
'--batch-name=[Azure Batch account name]:VALUE:_default' \
'--batch-key=[]:REFUSED:_default' \
'--batch-key-env=[Azure Batch account key from this env var]:VAR:_default' \
'--batch-key-file=[Azure Batch account key from this file]:PATH:_files' \
'--storage-name=[Azure Storage account name]:VALUE:_default' \
'--storage-key=[]:REFUSED:_default' \
'--storage-key-env=[Azure Storage account key from this env var]:VAR:_default' \
'--storage-key-file=[Azure Storage account key from this file]:PATH:_files' \
'--subscription-id=[Azure subscription ID]:VALUE:_default' \
'--tenant-id=[Azure / Entra tenant ID]:VALUE:_default' \
'--client-id=[Azure / GitHub App client ID]:VALUE:_default' \
'--client-secret=[]:REFUSED:_default' \
'--client-secret-env=[Azure / GitHub App client secret from this env var]:VAR:_default' \
'--client-secret-file=[Azure / GitHub App client secret from this file]:PATH:_files' \
'--username=[user name (Git hosts, registries; CodeCommit\: access key ID)]:VALUE:_default' \
'--password=[]:REFUSED:_default' \
'--password-env=[password or personal access token (CodeCommit\: secret key) from this env var]:VAR:_default' \
'--password-file=[password or personal access token (CodeCommit\: secret key) from this file]:PATH:_files' \
'--token=[]:REFUSED:_default' \
'--token-env=[API token (GitLab, Bitbucket, Kubernetes, ...) from this env var]:VAR:_default' \
'--token-file=[API token (GitLab, Bitbucket, Kubernetes, ...) from this file]:PATH:_files' \
'--app-id=[GitHub App ID]:VALUE:_default' \
'--slug=[GitHub App slug]:VALUE:_default' \
'--private-key=[]:REFUSED:_default' \
'--private-key-env=[private key (SSH, GitHub App, Kubernetes client key) from this env var]:VAR:_default' \
'--private-key-file=[private key (SSH, GitHub App, Kubernetes client key) from this file]:PATH:_files' \
'--webhook-secret=[]:REFUSED:_default' \
'--webhook-secret-env=[GitHub App webhook secret from this env var]:VAR:_default' \
'--webhook-secret-file=[GitHub App webhook secret from this file]:PATH:_files' \
'--passphrase=[]:REFUSED:_default' \
'--passphrase-env=[SSH key passphrase from this env var]:VAR:_default' \
'--passphrase-file=[SSH key passphrase from this file]:PATH:_files' \
'--registry=[container registry host (default docker.io)]:VALUE:_default' \
'--certificate=[Kubernetes client certificate (PEM)]:VALUE:_default' \
'--connection-id=[Tower Agent connection ID]:VALUE:_default' \
'--work-dir=[Tower Agent work directory]:VALUE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--use-external-id[AWS role mode\: have Platform generate an external ID; it is shown with the trust-policy snippet]' \
'--secret-key-stdin[AWS / S3 secret access key from stdin]' \
'--path-style-access[S3\: use path-style access]' \
'--service-account-stdin[Google service-account key JSON from stdin]' \
'--batch-key-stdin[Azure Batch account key from stdin]' \
'--storage-key-stdin[Azure Storage account key from stdin]' \
'--client-secret-stdin[Azure / GitHub App client secret from stdin]' \
'--password-stdin[password or personal access token (CodeCommit\: secret key) from stdin]' \
'--token-stdin[API token (GitLab, Bitbucket, Kubernetes, ...) from stdin]' \
'--private-key-stdin[private key (SSH, GitHub App, Kubernetes client key) from stdin]' \
'--webhook-secret-stdin[GitHub App webhook secret from stdin]' \
'--passphrase-stdin[SSH key passphrase from stdin]' \
'--shared[Tower Agent\: shared agent]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':provider -- Provider:(aws azure azure_entra azure-cloud google github github_app gitlab bitbucket gitea codecommit azurerepos container-reg ssh k8s tw-agent seqeracompute s3)' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--description=[]:DESCRIPTION:_default' \
'--base-url=[]:URL:_default' \
'--access-key=[AWS / S3 access key ID]:VALUE:_default' \
'--secret-key=[]:REFUSED:_default' \
'--secret-key-env=[AWS / S3 secret access key from this env var]:VAR:_default' \
'--secret-key-file=[AWS / S3 secret access key from this file]:PATH:_files' \
'--role-arn=[AWS IAM role ARN to assume (role mode)]:VALUE:_default' \
'--service-account=[]:REFUSED:_default' \
'--service-account-env=[Google service-account key JSON from this env var]:VAR:_default' \
'--service-account-file=[Google service-account key JSON from this file]:PATH:_files' \
'--service-account-email=[Google Workload Identity\: service account email]:VALUE:_default' \
'--workload-identity-provider=[Google Workload Identity provider]:VALUE:_default' \
'--token-audience=[Google Workload Identity token audience]:VALUE:_default' \
'--batch-name=[Azure Batch account name]:VALUE:_default' \
'--batch-key=[]:REFUSED:_default' \
'--batch-key-env=[Azure Batch account key from this env var]:VAR:_default' \
'--batch-key-file=[Azure Batch account key from this file]:PATH:_files' \
'--storage-name=[Azure Storage account name]:VALUE:_default' \
'--storage-key=[]:REFUSED:_default' \
'--storage-key-env=[Azure Storage account key from this env var]:VAR:_default' \
'--storage-key-file=[Azure Storage account key from this file]:PATH:_files' \
'--subscription-id=[Azure subscription ID]:VALUE:_default' \
'--tenant-id=[Azure / Entra tenant ID]:VALUE:_default' \
'--client-id=[Azure / GitHub App client ID]:VALUE:_default' \
'--client-secret=[]:REFUSED:_default' \
'--client-secret-env=[Azure / GitHub App client secret from this env var]:VAR:_default' \
'--client-secret-file=[Azure / GitHub App client secret from this file]:PATH:_files' \
'--username=[user name (Git hosts, registries; CodeCommit\: access key ID)]:VALUE:_default' \
'--password=[]:REFUSED:_default' \
'--password-env=[password or personal access token (CodeCommit\: secret key) from this env var]:VAR:_default' \
'--password-file=[password or personal access token (CodeCommit\: secret key) from this file]:PATH:_files' \
'--token=[]:REFUSED:_default' \
'--token-env=[API token (GitLab, Bitbucket, Kubernetes, ...) from this env var]:VAR:_default' \
'--token-file=[API token (GitLab, Bitbucket, Kubernetes, ...) from this file]:PATH:_files' \
'--app-id=[GitHub App ID]:VALUE:_default' \
'--slug=[GitHub App slug]:VALUE:_default' \
'--private-key=[]:REFUSED:_default' \
'--private-key-env=[private key (SSH, GitHub App, Kubernetes client key) from this env var]:VAR:_default' \
'--private-key-file=[private key (SSH, GitHub App, Kubernetes client key) from this file]:PATH:_files' \
'--webhook-secret=[]:REFUSED:_default' \
'--webhook-secret-env=[GitHub App webhook secret from this env var]:VAR:_default' \
'--webhook-secret-file=[GitHub App webhook secret from this file]:PATH:_files' \
'--passphrase=[]:REFUSED:_default' \
'--passphrase-env=[SSH key passphrase from this env var]:VAR:_default' \
'--passphrase-file=[SSH key passphrase from this file]:PATH:_files' \
'--registry=[container registry host (default docker.io)]:VALUE:_default' \
'--certificate=[Kubernetes client certificate (PEM)]:VALUE:_default' \
'--connection-id=[Tower Agent connection ID]:VALUE:_default' \
'--work-dir=[Tower Agent work directory]:VALUE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--secret-key-stdin[AWS / S3 secret access key from stdin]' \
'--path-style-access[S3\: use path-style access]' \
'--service-account-stdin[Google service-account key JSON from stdin]' \
'--batch-key-stdin[Azure Batch account key from stdin]' \
'--storage-key-stdin[Azure Storage account key from stdin]' \
'--client-secret-stdin[Azure / GitHub App client secret from stdin]' \
'--password-stdin[password or personal access token (CodeCommit\: secret key) from stdin]' \
'--token-stdin[API token (GitLab, Bitbucket, Kubernetes, ...) from stdin]' \
'--private-key-stdin[private key (SSH, GitHub App, Kubernetes client key) from stdin]' \
'--webhook-secret-stdin[GitHub App webhook secret from stdin]' \
'--passphrase-stdin[SSH key passphrase from stdin]' \
'--shared[Tower Agent\: shared agent]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
'--access-key=[AWS / S3 access key ID]:VALUE:_default' \
'--secret-key=[]:REFUSED:_default' \
'--secret-key-env=[AWS / S3 secret access key from this env var]:VAR:_default' \
'--secret-key-file=[AWS / S3 secret access key from this file]:PATH:_files' \
'--role-arn=[AWS IAM role ARN to assume (role mode)]:VALUE:_default' \
'--service-account=[]:REFUSED:_default' \
'--service-account-env=[Google service-account key JSON from this env var]:VAR:_default' \
'--service-account-file=[Google service-account key JSON from this file]:PATH:_files' \
'--service-account-email=[Google Workload Identity\: service account email]:VALUE:_default' \
'--workload-identity-provider=[Google Workload Identity provider]:VALUE:_default' \
'--token-audience=[Google Workload Identity token audience]:VALUE:_default' \
'--batch-name=[Azure Batch account name]:VALUE:_default' \
'--batch-key=[]:REFUSED:_default' \
'--batch-key-env=[Azure Batch account key from this env var]:VAR:_default' \
'--batch-key-file=[Azure Batch account key from this file]:PATH:_files' \
'--storage-name=[Azure Storage account name]:VALUE:_default' \
'--storage-key=[]:REFUSED:_default' \
'--storage-key-env=[Azure Storage account key from this env var]:VAR:_default' \
'--storage-key-file=[Azure Storage account key from this file]:PATH:_files' \
'--subscription-id=[Azure subscription ID]:VALUE:_default' \
'--tenant-id=[Azure / Entra tenant ID]:VALUE:_default' \
'--client-id=[Azure / GitHub App client ID]:VALUE:_default' \
'--client-secret=[]:REFUSED:_default' \
'--client-secret-env=[Azure / GitHub App client secret from this env var]:VAR:_default' \
'--client-secret-file=[Azure / GitHub App client secret from this file]:PATH:_files' \
'--username=[user name (Git hosts, registries; CodeCommit\: access key ID)]:VALUE:_default' \
'--password=[]:REFUSED:_default' \
'--password-env=[password or personal access token (CodeCommit\: secret key) from this env var]:VAR:_default' \
'--password-file=[password or personal access token (CodeCommit\: secret key) from this file]:PATH:_files' \
'--token=[]:REFUSED:_default' \
'--token-env=[API token (GitLab, Bitbucket, Kubernetes, ...) from this env var]:VAR:_default' \
'--token-file=[API token (GitLab, Bitbucket, Kubernetes, ...) from this file]:PATH:_files' \
'--app-id=[GitHub App ID]:VALUE:_default' \
'--slug=[GitHub App slug]:VALUE:_default' \
'--private-key=[]:REFUSED:_default' \
'--private-key-env=[private key (SSH, GitHub App, Kubernetes client key) from this env var]:VAR:_default' \
'--private-key-file=[private key (SSH, GitHub App, Kubernetes client key) from this file]:PATH:_files' \
'--webhook-secret=[]:REFUSED:_default' \
'--webhook-secret-env=[GitHub App webhook secret from this env var]:VAR:_default' \
'--webhook-secret-file=[GitHub App webhook secret from this file]:PATH:_files' \
'--passphrase=[]:REFUSED:_default' \
'--passphrase-env=[SSH key passphrase from this env var]:VAR:_default' \
'--passphrase-file=[SSH key passphrase from this file]:PATH:_files' \
'--registry=[container registry host (default docker.io)]:VALUE:_default' \
'--certificate=[Kubernetes client certificate (PEM)]:VALUE:_default' \
'--connection-id=[Tower Agent connection ID]:VALUE:_default' \
'--work-dir=[Tower Agent work directory]:VALUE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--secret-key-stdin[AWS / S3 secret access key from stdin]' \
'--path-style-access[S3\: use path-style access]' \
'--service-account-stdin[Google service-account key JSON from stdin]' \
'--batch-key-stdin[Azure Batch account key from stdin]' \
'--storage-key-stdin[Azure Storage account key from stdin]' \
'--client-secret-stdin[Azure / GitHub App client secret from stdin]' \
'--password-stdin[password or personal access token (CodeCommit\: secret key) from stdin]' \
'--token-stdin[API token (GitLab, Bitbucket, Kubernetes, ...) from stdin]' \
'--private-key-stdin[private key (SSH, GitHub App, Kubernetes client key) from stdin]' \
'--webhook-secret-stdin[GitHub App webhook secret from stdin]' \
'--passphrase-stdin[SSH key passphrase from stdin]' \
'--shared[Tower Agent\: shared agent]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--force[Skip the provider check and mark an INVALID credential AVAILABLE again]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--checked[Refuse when something (a compute environment, running jobs) still uses it, and show what]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--checked[Refuse when something (a compute environment, running jobs) still uses it, and show what]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__credentials__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-credentials-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(creds)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_seqera__subcmd__credentials_commands" \
"*::: :->credentials" \
&& ret=0

    case $state in
    (credentials)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-credentials-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--provider=[Only this provider (aws, github, google, ...)]:PROVIDER:(aws azure azure_entra azure-cloud google github github_app gitlab bitbucket gitea codecommit azurerepos container-reg ssh k8s tw-agent seqeracompute s3)' \
'--platform=[Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)]:PLATFORM_ID:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'--provider=[Only this provider (aws, github, google, ...)]:PROVIDER:(aws azure azure_entra azure-cloud google github github_app gitlab bitbucket gitea codecommit azurerepos container-reg ssh k8s tw-agent seqeracompute s3)' \
'--platform=[Only credentials usable by this compute platform (aws-batch, google-batch, k8s-platform, ...)]:PLATFORM_ID:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--name=[Name\: 1 to 100 letters, digits, \`-\` or \`_\`, unique in the workspace]:NAME:_default' \
'--description=[]:DESCRIPTION:_default' \
'--base-url=[Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)]:URL:_default' \
'--access-key=[AWS / S3 access key ID]:VALUE:_default' \
'--secret-key=[]:REFUSED:_default' \
'--secret-key-env=[AWS / S3 secret access key from this env var]:VAR:_default' \
'--secret-key-file=[AWS / S3 secret access key from this file]:PATH:_files' \
'--role-arn=[AWS IAM role ARN to assume (role mode)]:VALUE:_default' \
'--service-account=[]:REFUSED:_default' \
'--service-account-env=[Google service-account key JSON from this env var]:VAR:_default' \
'--service-account-file=[Google service-account key JSON from this file]:PATH:_files' \
'--service-account-email=[Google Workload Identity\: service account email]:VALUE:_default' \
'--workload-identity-provider=[Google Workload Identity provider]:VALUE:_default' \
'--token-audience=[Google Workload Identity token audience]:VALUE:_default' \
'--batch-name=[Azure Batch account name]:VALUE:_default' \
'--batch-key=[]:REFUSED:_default' \
'--batch-key-env=[Azure Batch account key from this env var]:VAR:_default' \
'--batch-key-file=[Azure Batch account key from this file]:PATH:_files' \
'--storage-name=[Azure Storage account name]:VALUE:_default' \
'--storage-key=[]:REFUSED:_default' \
'--storage-key-env=[Azure Storage account key from this env var]:VAR:_default' \
'--storage-key-file=[Azure Storage account key from this file]:PATH:_files' \
'--subscription-id=[Azure subscription ID]:VALUE:_default' \
'--tenant-id=[Azure / Entra tenant ID]:VALUE:_default' \
'--client-id=[Azure / GitHub App client ID]:VALUE:_default' \
'--client-secret=[]:REFUSED:_default' \
'--client-secret-env=[Azure / GitHub App client secret from this env var]:VAR:_default' \
'--client-secret-file=[Azure / GitHub App client secret from this file]:PATH:_files' \
'--username=[user name (Git hosts, registries; CodeCommit\: access key ID)]:VALUE:_default' \
'--password=[]:REFUSED:_default' \
'--password-env=[password or personal access token (CodeCommit\: secret key) from this env var]:VAR:_default' \
'--password-file=[password or personal access token (CodeCommit\: secret key) from this file]:PATH:_files' \
'--token=[]:REFUSED:_default' \
'--token-env=[API token (GitLab, Bitbucket, Kubernetes, ...) from this env var]:VAR:_default' \
'--token-file=[API token (GitLab, Bitbucket, Kubernetes, ...) from this file]:PATH:_files' \
'--app-id=[GitHub App ID]:VALUE:_default' \
'--slug=[GitHub App slug]:VALUE:_default' \
'--private-key=[]:REFUSED:_default' \
'--private-key-env=[private key (SSH, GitHub App, Kubernetes client key) from this env var]:VAR:_default' \
'--private-key-file=[private key (SSH, GitHub App, Kubernetes client key) from this file]:PATH:_files' \
'--webhook-secret=[]:REFUSED:_default' \
'--webhook-secret-env=[GitHub App webhook secret from this env var]:VAR:_default' \
'--webhook-secret-file=[GitHub App webhook secret from this file]:PATH:_files' \
'--passphrase=[]:REFUSED:_default' \
'--passphrase-env=[SSH key passphrase from this env var]:VAR:_default' \
'--passphrase-file=[SSH key passphrase from this file]:PATH:_files' \
'--registry=[container registry host (default docker.io)]:VALUE:_default' \
'--certificate=[Kubernetes client certificate (PEM)]:VALUE:_default' \
'--connection-id=[Tower Agent connection ID]:VALUE:_default' \
'--work-dir=[Tower Agent work directory]:VALUE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--use-external-id[AWS role mode\: have Platform generate an external ID; it is shown with the trust-policy snippet]' \
'--secret-key-stdin[AWS / S3 secret access key from stdin]' \
'--path-style-access[S3\: use path-style access]' \
'--service-account-stdin[Google service-account key JSON from stdin]' \
'--batch-key-stdin[Azure Batch account key from stdin]' \
'--storage-key-stdin[Azure Storage account key from stdin]' \
'--client-secret-stdin[Azure / GitHub App client secret from stdin]' \
'--password-stdin[password or personal access token (CodeCommit\: secret key) from stdin]' \
'--token-stdin[API token (GitLab, Bitbucket, Kubernetes, ...) from stdin]' \
'--private-key-stdin[private key (SSH, GitHub App, Kubernetes client key) from stdin]' \
'--webhook-secret-stdin[GitHub App webhook secret from stdin]' \
'--passphrase-stdin[SSH key passphrase from stdin]' \
'--shared[Tower Agent\: shared agent]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':provider -- Provider:(aws azure azure_entra azure-cloud google github github_app gitlab bitbucket gitea codecommit azurerepos container-reg ssh k8s tw-agent seqeracompute s3)' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--name=[Name\: 1 to 100 letters, digits, \`-\` or \`_\`, unique in the workspace]:NAME:_default' \
'--description=[]:DESCRIPTION:_default' \
'--base-url=[Repository or registry server URL (Git hosts, CodeCommit, Azure Repos)]:URL:_default' \
'--access-key=[AWS / S3 access key ID]:VALUE:_default' \
'--secret-key=[]:REFUSED:_default' \
'--secret-key-env=[AWS / S3 secret access key from this env var]:VAR:_default' \
'--secret-key-file=[AWS / S3 secret access key from this file]:PATH:_files' \
'--role-arn=[AWS IAM role ARN to assume (role mode)]:VALUE:_default' \
'--service-account=[]:REFUSED:_default' \
'--service-account-env=[Google service-account key JSON from this env var]:VAR:_default' \
'--service-account-file=[Google service-account key JSON from this file]:PATH:_files' \
'--service-account-email=[Google Workload Identity\: service account email]:VALUE:_default' \
'--workload-identity-provider=[Google Workload Identity provider]:VALUE:_default' \
'--token-audience=[Google Workload Identity token audience]:VALUE:_default' \
'--batch-name=[Azure Batch account name]:VALUE:_default' \
'--batch-key=[]:REFUSED:_default' \
'--batch-key-env=[Azure Batch account key from this env var]:VAR:_default' \
'--batch-key-file=[Azure Batch account key from this file]:PATH:_files' \
'--storage-name=[Azure Storage account name]:VALUE:_default' \
'--storage-key=[]:REFUSED:_default' \
'--storage-key-env=[Azure Storage account key from this env var]:VAR:_default' \
'--storage-key-file=[Azure Storage account key from this file]:PATH:_files' \
'--subscription-id=[Azure subscription ID]:VALUE:_default' \
'--tenant-id=[Azure / Entra tenant ID]:VALUE:_default' \
'--client-id=[Azure / GitHub App client ID]:VALUE:_default' \
'--client-secret=[]:REFUSED:_default' \
'--client-secret-env=[Azure / GitHub App client secret from this env var]:VAR:_default' \
'--client-secret-file=[Azure / GitHub App client secret from this file]:PATH:_files' \
'--username=[user name (Git hosts, registries; CodeCommit\: access key ID)]:VALUE:_default' \
'--password=[]:REFUSED:_default' \
'--password-env=[password or personal access token (CodeCommit\: secret key) from this env var]:VAR:_default' \
'--password-file=[password or personal access token (CodeCommit\: secret key) from this file]:PATH:_files' \
'--token=[]:REFUSED:_default' \
'--token-env=[API token (GitLab, Bitbucket, Kubernetes, ...) from this env var]:VAR:_default' \
'--token-file=[API token (GitLab, Bitbucket, Kubernetes, ...) from this file]:PATH:_files' \
'--app-id=[GitHub App ID]:VALUE:_default' \
'--slug=[GitHub App slug]:VALUE:_default' \
'--private-key=[]:REFUSED:_default' \
'--private-key-env=[private key (SSH, GitHub App, Kubernetes client key) from this env var]:VAR:_default' \
'--private-key-file=[private key (SSH, GitHub App, Kubernetes client key) from this file]:PATH:_files' \
'--webhook-secret=[]:REFUSED:_default' \
'--webhook-secret-env=[GitHub App webhook secret from this env var]:VAR:_default' \
'--webhook-secret-file=[GitHub App webhook secret from this file]:PATH:_files' \
'--passphrase=[]:REFUSED:_default' \
'--passphrase-env=[SSH key passphrase from this env var]:VAR:_default' \
'--passphrase-file=[SSH key passphrase from this file]:PATH:_files' \
'--registry=[container registry host (default docker.io)]:VALUE:_default' \
'--certificate=[Kubernetes client certificate (PEM)]:VALUE:_default' \
'--connection-id=[Tower Agent connection ID]:VALUE:_default' \
'--work-dir=[Tower Agent work directory]:VALUE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--use-external-id[AWS role mode\: have Platform generate an external ID; it is shown with the trust-policy snippet]' \
'--secret-key-stdin[AWS / S3 secret access key from stdin]' \
'--path-style-access[S3\: use path-style access]' \
'--service-account-stdin[Google service-account key JSON from stdin]' \
'--batch-key-stdin[Azure Batch account key from stdin]' \
'--storage-key-stdin[Azure Storage account key from stdin]' \
'--client-secret-stdin[Azure / GitHub App client secret from stdin]' \
'--password-stdin[password or personal access token (CodeCommit\: secret key) from stdin]' \
'--token-stdin[API token (GitLab, Bitbucket, Kubernetes, ...) from stdin]' \
'--private-key-stdin[private key (SSH, GitHub App, Kubernetes client key) from stdin]' \
'--webhook-secret-stdin[GitHub App webhook secret from stdin]' \
'--passphrase-stdin[SSH key passphrase from stdin]' \
'--shared[Tower Agent\: shared agent]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':provider -- Provider:(aws azure azure_entra azure-cloud google github github_app gitlab bitbucket gitea codecommit azurerepos container-reg ssh k8s tw-agent seqeracompute s3)' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--description=[]:DESCRIPTION:_default' \
'--base-url=[]:URL:_default' \
'--access-key=[AWS / S3 access key ID]:VALUE:_default' \
'--secret-key=[]:REFUSED:_default' \
'--secret-key-env=[AWS / S3 secret access key from this env var]:VAR:_default' \
'--secret-key-file=[AWS / S3 secret access key from this file]:PATH:_files' \
'--role-arn=[AWS IAM role ARN to assume (role mode)]:VALUE:_default' \
'--service-account=[]:REFUSED:_default' \
'--service-account-env=[Google service-account key JSON from this env var]:VAR:_default' \
'--service-account-file=[Google service-account key JSON from this file]:PATH:_files' \
'--service-account-email=[Google Workload Identity\: service account email]:VALUE:_default' \
'--workload-identity-provider=[Google Workload Identity provider]:VALUE:_default' \
'--token-audience=[Google Workload Identity token audience]:VALUE:_default' \
'--batch-name=[Azure Batch account name]:VALUE:_default' \
'--batch-key=[]:REFUSED:_default' \
'--batch-key-env=[Azure Batch account key from this env var]:VAR:_default' \
'--batch-key-file=[Azure Batch account key from this file]:PATH:_files' \
'--storage-name=[Azure Storage account name]:VALUE:_default' \
'--storage-key=[]:REFUSED:_default' \
'--storage-key-env=[Azure Storage account key from this env var]:VAR:_default' \
'--storage-key-file=[Azure Storage account key from this file]:PATH:_files' \
'--subscription-id=[Azure subscription ID]:VALUE:_default' \
'--tenant-id=[Azure / Entra tenant ID]:VALUE:_default' \
'--client-id=[Azure / GitHub App client ID]:VALUE:_default' \
'--client-secret=[]:REFUSED:_default' \
'--client-secret-env=[Azure / GitHub App client secret from this env var]:VAR:_default' \
'--client-secret-file=[Azure / GitHub App client secret from this file]:PATH:_files' \
'--username=[user name (Git hosts, registries; CodeCommit\: access key ID)]:VALUE:_default' \
'--password=[]:REFUSED:_default' \
'--password-env=[password or personal access token (CodeCommit\: secret key) from this env var]:VAR:_default' \
'--password-file=[password or personal access token (CodeCommit\: secret key) from this file]:PATH:_files' \
'--token=[]:REFUSED:_default' \
'--token-env=[API token (GitLab, Bitbucket, Kubernetes, ...) from this env var]:VAR:_default' \
'--token-file=[API token (GitLab, Bitbucket, Kubernetes, ...) from this file]:PATH:_files' \
'--app-id=[GitHub App ID]:VALUE:_default' \
'--slug=[GitHub App slug]:VALUE:_default' \
'--private-key=[]:REFUSED:_default' \
'--private-key-env=[private key (SSH, GitHub App, Kubernetes client key) from this env var]:VAR:_default' \
'--private-key-file=[private key (SSH, GitHub App, Kubernetes client key) from this file]:PATH:_files' \
'--webhook-secret=[]:REFUSED:_default' \
'--webhook-secret-env=[GitHub App webhook secret from this env var]:VAR:_default' \
'--webhook-secret-file=[GitHub App webhook secret from this file]:PATH:_files' \
'--passphrase=[]:REFUSED:_default' \
'--passphrase-env=[SSH key passphrase from this env var]:VAR:_default' \
'--passphrase-file=[SSH key passphrase from this file]:PATH:_files' \
'--registry=[container registry host (default docker.io)]:VALUE:_default' \
'--certificate=[Kubernetes client certificate (PEM)]:VALUE:_default' \
'--connection-id=[Tower Agent connection ID]:VALUE:_default' \
'--work-dir=[Tower Agent work directory]:VALUE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--secret-key-stdin[AWS / S3 secret access key from stdin]' \
'--path-style-access[S3\: use path-style access]' \
'--service-account-stdin[Google service-account key JSON from stdin]' \
'--batch-key-stdin[Azure Batch account key from stdin]' \
'--storage-key-stdin[Azure Storage account key from stdin]' \
'--client-secret-stdin[Azure / GitHub App client secret from stdin]' \
'--password-stdin[password or personal access token (CodeCommit\: secret key) from stdin]' \
'--token-stdin[API token (GitLab, Bitbucket, Kubernetes, ...) from stdin]' \
'--private-key-stdin[private key (SSH, GitHub App, Kubernetes client key) from stdin]' \
'--webhook-secret-stdin[GitHub App webhook secret from stdin]' \
'--passphrase-stdin[SSH key passphrase from stdin]' \
'--shared[Tower Agent\: shared agent]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
'--access-key=[AWS / S3 access key ID]:VALUE:_default' \
'--secret-key=[]:REFUSED:_default' \
'--secret-key-env=[AWS / S3 secret access key from this env var]:VAR:_default' \
'--secret-key-file=[AWS / S3 secret access key from this file]:PATH:_files' \
'--role-arn=[AWS IAM role ARN to assume (role mode)]:VALUE:_default' \
'--service-account=[]:REFUSED:_default' \
'--service-account-env=[Google service-account key JSON from this env var]:VAR:_default' \
'--service-account-file=[Google service-account key JSON from this file]:PATH:_files' \
'--service-account-email=[Google Workload Identity\: service account email]:VALUE:_default' \
'--workload-identity-provider=[Google Workload Identity provider]:VALUE:_default' \
'--token-audience=[Google Workload Identity token audience]:VALUE:_default' \
'--batch-name=[Azure Batch account name]:VALUE:_default' \
'--batch-key=[]:REFUSED:_default' \
'--batch-key-env=[Azure Batch account key from this env var]:VAR:_default' \
'--batch-key-file=[Azure Batch account key from this file]:PATH:_files' \
'--storage-name=[Azure Storage account name]:VALUE:_default' \
'--storage-key=[]:REFUSED:_default' \
'--storage-key-env=[Azure Storage account key from this env var]:VAR:_default' \
'--storage-key-file=[Azure Storage account key from this file]:PATH:_files' \
'--subscription-id=[Azure subscription ID]:VALUE:_default' \
'--tenant-id=[Azure / Entra tenant ID]:VALUE:_default' \
'--client-id=[Azure / GitHub App client ID]:VALUE:_default' \
'--client-secret=[]:REFUSED:_default' \
'--client-secret-env=[Azure / GitHub App client secret from this env var]:VAR:_default' \
'--client-secret-file=[Azure / GitHub App client secret from this file]:PATH:_files' \
'--username=[user name (Git hosts, registries; CodeCommit\: access key ID)]:VALUE:_default' \
'--password=[]:REFUSED:_default' \
'--password-env=[password or personal access token (CodeCommit\: secret key) from this env var]:VAR:_default' \
'--password-file=[password or personal access token (CodeCommit\: secret key) from this file]:PATH:_files' \
'--token=[]:REFUSED:_default' \
'--token-env=[API token (GitLab, Bitbucket, Kubernetes, ...) from this env var]:VAR:_default' \
'--token-file=[API token (GitLab, Bitbucket, Kubernetes, ...) from this file]:PATH:_files' \
'--app-id=[GitHub App ID]:VALUE:_default' \
'--slug=[GitHub App slug]:VALUE:_default' \
'--private-key=[]:REFUSED:_default' \
'--private-key-env=[private key (SSH, GitHub App, Kubernetes client key) from this env var]:VAR:_default' \
'--private-key-file=[private key (SSH, GitHub App, Kubernetes client key) from this file]:PATH:_files' \
'--webhook-secret=[]:REFUSED:_default' \
'--webhook-secret-env=[GitHub App webhook secret from this env var]:VAR:_default' \
'--webhook-secret-file=[GitHub App webhook secret from this file]:PATH:_files' \
'--passphrase=[]:REFUSED:_default' \
'--passphrase-env=[SSH key passphrase from this env var]:VAR:_default' \
'--passphrase-file=[SSH key passphrase from this file]:PATH:_files' \
'--registry=[container registry host (default docker.io)]:VALUE:_default' \
'--certificate=[Kubernetes client certificate (PEM)]:VALUE:_default' \
'--connection-id=[Tower Agent connection ID]:VALUE:_default' \
'--work-dir=[Tower Agent work directory]:VALUE:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--secret-key-stdin[AWS / S3 secret access key from stdin]' \
'--path-style-access[S3\: use path-style access]' \
'--service-account-stdin[Google service-account key JSON from stdin]' \
'--batch-key-stdin[Azure Batch account key from stdin]' \
'--storage-key-stdin[Azure Storage account key from stdin]' \
'--client-secret-stdin[Azure / GitHub App client secret from stdin]' \
'--password-stdin[password or personal access token (CodeCommit\: secret key) from stdin]' \
'--token-stdin[API token (GitLab, Bitbucket, Kubernetes, ...) from stdin]' \
'--private-key-stdin[private key (SSH, GitHub App, Kubernetes client key) from stdin]' \
'--webhook-secret-stdin[GitHub App webhook secret from stdin]' \
'--passphrase-stdin[SSH key passphrase from stdin]' \
'--shared[Tower Agent\: shared agent]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--force[Skip the provider check and mark an INVALID credential AVAILABLE again]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--checked[Refuse when something (a compute environment, running jobs) still uses it, and show what]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--checked[Refuse when something (a compute environment, running jobs) still uses it, and show what]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':credential -- Credential name or ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__credentials__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-credentials-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(workspace)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_seqera__subcmd__workspace_commands" \
"*::: :->workspace" \
&& ret=0

    case $state in
    (workspace)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-workspace-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(current)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--org=[Only the workspaces of this organization (name or ID)]:ORG:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'--org=[Only the workspaces of this organization (name or ID)]:ORG:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':target -- Workspace ID, Org/Workspace, or a workspace name in the selected organization:_default' \
&& ret=0
;;
(switch)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':target -- Workspace ID, Org/Workspace, or a workspace name in the selected organization:_default' \
&& ret=0
;;
(select)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':target -- Workspace ID, Org/Workspace, or a workspace name in the selected organization:_default' \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(reset)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__workspace__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-workspace-help-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(ws)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_seqera__subcmd__workspace_commands" \
"*::: :->workspace" \
&& ret=0

    case $state in
    (workspace)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-workspace-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(current)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--org=[Only the workspaces of this organization (name or ID)]:ORG:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'--org=[Only the workspaces of this organization (name or ID)]:ORG:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':target -- Workspace ID, Org/Workspace, or a workspace name in the selected organization:_default' \
&& ret=0
;;
(switch)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':target -- Workspace ID, Org/Workspace, or a workspace name in the selected organization:_default' \
&& ret=0
;;
(select)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':target -- Workspace ID, Org/Workspace, or a workspace name in the selected organization:_default' \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(reset)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__workspace__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-workspace-help-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(sandbox)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_seqera__subcmd__sandbox_commands" \
"*::: :->sandbox" \
&& ret=0

    case $state in
    (sandbox)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-sandbox-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
'--port=[Port to listen on (0 picks a free one)]:PORT:_default' \
'--state=[Keep the sandbox'\''s data in this JSON file across restarts]:FILE:_files' \
'--trust-issuer=[Also accept JWT access tokens issued by this OIDC issuer, as the demo user (testing against another OAuth server; signatures are not checked)]:ISSUER_URL:_default' \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__sandbox__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-sandbox-help-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'--profile=[Profile to use from config.toml \[env\: SEQERA_PROFILE\]]:NAME:_default' \
'-o+[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'--output=[Output format\: table, tsv, csv or json \[env\: SEQERA_OUTPUT\]]:FORMAT:(table tsv csv json)' \
'-w+[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--workspace=[Workspace for this command\: numeric ID or Org/Workspace \[env\: SEQERA_WORKSPACE_ID, TOWER_WORKSPACE_ID\]]:WORKSPACE:_default' \
'--color=[When to use colour]:WHEN:(auto always never)' \
'--sandbox[Run against a local sandbox with demo data, started for this command]' \
'--debug[Log HTTP requests to stderr (secrets redacted)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':shell -- Shell to generate for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-help-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__help__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-help-config-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unset)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(profiles)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(org)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__help__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-help-org-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(switch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__help__subcmd__credentials_commands" \
"*::: :->credentials" \
&& ret=0

    case $state in
    (credentials)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-help-credentials-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(workspace)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__help__subcmd__workspace_commands" \
"*::: :->workspace" \
&& ret=0

    case $state in
    (workspace)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-help-workspace-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(sandbox)
_arguments "${_arguments_options[@]}" : \
":: :_seqera__subcmd__help__subcmd__sandbox_commands" \
"*::: :->sandbox" \
&& ret=0

    case $state in
    (sandbox)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:seqera-help-sandbox-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_seqera_commands] )) ||
_seqera_commands() {
    local commands; commands=(
'login:Log in\: store a personal access token for this profile (\`--with-token\`, read from stdin)' \
'logout:Forget the stored login of this profile (\`--all\`\: every profile); the selection is kept' \
'status:Check the connection\: Platform, login, organization and workspace, AI backend' \
'info:Check the connection\: Platform, login, organization and workspace, AI backend' \
'config:Show and change settings and profiles' \
'org:Organizations you belong to' \
'credentials:Credentials of a workspace\: list, get, add, update, rotate, validate, delete' \
'creds:Credentials of a workspace\: list, get, add, update, rotate, validate, delete' \
'workspace:Workspaces you belong to' \
'ws:Workspaces you belong to' \
'sandbox:Run the local sandbox that emulates Seqera Platform' \
'completions:Print the completion script for a shell (bash, zsh, fish, elvish, powershell)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera commands' commands "$@"
}
(( $+functions[_seqera__subcmd__completions_commands] )) ||
_seqera__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'seqera completions commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config_commands] )) ||
_seqera__subcmd__config_commands() {
    local commands; commands=(
'list:Every effective setting, its value and where it comes from (flag, env var, profile, default)' \
'ls:Every effective setting, its value and where it comes from (flag, env var, profile, default)' \
'get:Print the effective value of one setting' \
'set:Set a value in the active profile' \
'unset:Remove a value from the active profile' \
'profiles:List profiles; the active one is marked' \
'use:Make a profile the default for later commands' \
'create:Create a profile, optionally copying another one'\''s settings' \
'delete:Delete a profile and its settings' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera config commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__create_commands] )) ||
_seqera__subcmd__config__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config create commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__delete_commands] )) ||
_seqera__subcmd__config__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config delete commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__get_commands] )) ||
_seqera__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config get commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help_commands] )) ||
_seqera__subcmd__config__subcmd__help_commands() {
    local commands; commands=(
'list:Every effective setting, its value and where it comes from (flag, env var, profile, default)' \
'get:Print the effective value of one setting' \
'set:Set a value in the active profile' \
'unset:Remove a value from the active profile' \
'profiles:List profiles; the active one is marked' \
'use:Make a profile the default for later commands' \
'create:Create a profile, optionally copying another one'\''s settings' \
'delete:Delete a profile and its settings' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera config help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__create_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help create commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__delete_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help delete commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__get_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help get commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__help_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__list_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__profiles_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__profiles_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help profiles commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__set_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help set commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__unset_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__unset_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help unset commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__help__subcmd__use_commands] )) ||
_seqera__subcmd__config__subcmd__help__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config help use commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__list_commands] )) ||
_seqera__subcmd__config__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__profiles_commands] )) ||
_seqera__subcmd__config__subcmd__profiles_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config profiles commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__set_commands] )) ||
_seqera__subcmd__config__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config set commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__unset_commands] )) ||
_seqera__subcmd__config__subcmd__unset_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config unset commands' commands "$@"
}
(( $+functions[_seqera__subcmd__config__subcmd__use_commands] )) ||
_seqera__subcmd__config__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'seqera config use commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials_commands] )) ||
_seqera__subcmd__credentials_commands() {
    local commands; commands=(
'list:Credentials in the workspace\: id, name, provider, status, last used, last updated' \
'ls:Credentials in the workspace\: id, name, provider, status, last used, last updated' \
'get:One credential, whole (without its secret keys), with its setup snippet when there is one' \
'show:One credential, whole (without its secret keys), with its setup snippet when there is one' \
'describe:One credential, whole (without its secret keys), with its setup snippet when there is one' \
'add:Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt' \
'create:Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt' \
'update:Change a credential in place (its ID is kept, so compute environments using it keep working)' \
'rotate:Put new secret keys in place, validate them, and report the status' \
'validate:Ask Platform to check a credential with its provider\: AVAILABLE or INVALID (exit 1)' \
'delete:Delete a credential; asks first on a terminal, and needs --yes in a pipe or script' \
'rm:Delete a credential; asks first on a terminal, and needs --yes in a pipe or script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera credentials commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__add_commands] )) ||
_seqera__subcmd__credentials__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials add commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__delete_commands] )) ||
_seqera__subcmd__credentials__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials delete commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__get_commands] )) ||
_seqera__subcmd__credentials__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials get commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help_commands] )) ||
_seqera__subcmd__credentials__subcmd__help_commands() {
    local commands; commands=(
'list:Credentials in the workspace\: id, name, provider, status, last used, last updated' \
'get:One credential, whole (without its secret keys), with its setup snippet when there is one' \
'add:Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt' \
'update:Change a credential in place (its ID is kept, so compute environments using it keep working)' \
'rotate:Put new secret keys in place, validate them, and report the status' \
'validate:Ask Platform to check a credential with its provider\: AVAILABLE or INVALID (exit 1)' \
'delete:Delete a credential; asks first on a terminal, and needs --yes in a pipe or script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera credentials help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help__subcmd__add_commands] )) ||
_seqera__subcmd__credentials__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials help add commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help__subcmd__delete_commands] )) ||
_seqera__subcmd__credentials__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials help delete commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help__subcmd__get_commands] )) ||
_seqera__subcmd__credentials__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials help get commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help__subcmd__help_commands] )) ||
_seqera__subcmd__credentials__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials help help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help__subcmd__list_commands] )) ||
_seqera__subcmd__credentials__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials help list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help__subcmd__rotate_commands] )) ||
_seqera__subcmd__credentials__subcmd__help__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials help rotate commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help__subcmd__update_commands] )) ||
_seqera__subcmd__credentials__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials help update commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__help__subcmd__validate_commands] )) ||
_seqera__subcmd__credentials__subcmd__help__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials help validate commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__list_commands] )) ||
_seqera__subcmd__credentials__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__rotate_commands] )) ||
_seqera__subcmd__credentials__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials rotate commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__update_commands] )) ||
_seqera__subcmd__credentials__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials update commands' commands "$@"
}
(( $+functions[_seqera__subcmd__credentials__subcmd__validate_commands] )) ||
_seqera__subcmd__credentials__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'seqera credentials validate commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help_commands] )) ||
_seqera__subcmd__help_commands() {
    local commands; commands=(
'login:Log in\: store a personal access token for this profile (\`--with-token\`, read from stdin)' \
'logout:Forget the stored login of this profile (\`--all\`\: every profile); the selection is kept' \
'status:Check the connection\: Platform, login, organization and workspace, AI backend' \
'config:Show and change settings and profiles' \
'org:Organizations you belong to' \
'credentials:Credentials of a workspace\: list, get, add, update, rotate, validate, delete' \
'workspace:Workspaces you belong to' \
'sandbox:Run the local sandbox that emulates Seqera Platform' \
'completions:Print the completion script for a shell (bash, zsh, fish, elvish, powershell)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__completions_commands] )) ||
_seqera__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help completions commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config_commands] )) ||
_seqera__subcmd__help__subcmd__config_commands() {
    local commands; commands=(
'list:Every effective setting, its value and where it comes from (flag, env var, profile, default)' \
'get:Print the effective value of one setting' \
'set:Set a value in the active profile' \
'unset:Remove a value from the active profile' \
'profiles:List profiles; the active one is marked' \
'use:Make a profile the default for later commands' \
'create:Create a profile, optionally copying another one'\''s settings' \
'delete:Delete a profile and its settings' \
    )
    _describe -t commands 'seqera help config commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config__subcmd__create_commands] )) ||
_seqera__subcmd__help__subcmd__config__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help config create commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config__subcmd__delete_commands] )) ||
_seqera__subcmd__help__subcmd__config__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help config delete commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config__subcmd__get_commands] )) ||
_seqera__subcmd__help__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help config get commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config__subcmd__list_commands] )) ||
_seqera__subcmd__help__subcmd__config__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help config list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config__subcmd__profiles_commands] )) ||
_seqera__subcmd__help__subcmd__config__subcmd__profiles_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help config profiles commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config__subcmd__set_commands] )) ||
_seqera__subcmd__help__subcmd__config__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help config set commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config__subcmd__unset_commands] )) ||
_seqera__subcmd__help__subcmd__config__subcmd__unset_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help config unset commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__config__subcmd__use_commands] )) ||
_seqera__subcmd__help__subcmd__config__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help config use commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__credentials_commands] )) ||
_seqera__subcmd__help__subcmd__credentials_commands() {
    local commands; commands=(
'list:Credentials in the workspace\: id, name, provider, status, last used, last updated' \
'get:One credential, whole (without its secret keys), with its setup snippet when there is one' \
'add:Add a credential for one of the 18 providers; secrets come from env vars, files, stdin or a prompt' \
'update:Change a credential in place (its ID is kept, so compute environments using it keep working)' \
'rotate:Put new secret keys in place, validate them, and report the status' \
'validate:Ask Platform to check a credential with its provider\: AVAILABLE or INVALID (exit 1)' \
'delete:Delete a credential; asks first on a terminal, and needs --yes in a pipe or script' \
    )
    _describe -t commands 'seqera help credentials commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__credentials__subcmd__add_commands] )) ||
_seqera__subcmd__help__subcmd__credentials__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help credentials add commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__credentials__subcmd__delete_commands] )) ||
_seqera__subcmd__help__subcmd__credentials__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help credentials delete commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__credentials__subcmd__get_commands] )) ||
_seqera__subcmd__help__subcmd__credentials__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help credentials get commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__credentials__subcmd__list_commands] )) ||
_seqera__subcmd__help__subcmd__credentials__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help credentials list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__credentials__subcmd__rotate_commands] )) ||
_seqera__subcmd__help__subcmd__credentials__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help credentials rotate commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__credentials__subcmd__update_commands] )) ||
_seqera__subcmd__help__subcmd__credentials__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help credentials update commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__credentials__subcmd__validate_commands] )) ||
_seqera__subcmd__help__subcmd__credentials__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help credentials validate commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__help_commands] )) ||
_seqera__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__login_commands] )) ||
_seqera__subcmd__help__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help login commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__logout_commands] )) ||
_seqera__subcmd__help__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help logout commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__org_commands] )) ||
_seqera__subcmd__help__subcmd__org_commands() {
    local commands; commands=(
'show:The selected organization (the default)' \
'list:All organizations you belong to, with your role; the selected one is marked' \
'switch:Select an organization by name or ID; with none given on a terminal, pick from a list' \
'clear:Forget the selected organization (and workspace)' \
    )
    _describe -t commands 'seqera help org commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__org__subcmd__clear_commands] )) ||
_seqera__subcmd__help__subcmd__org__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help org clear commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__org__subcmd__list_commands] )) ||
_seqera__subcmd__help__subcmd__org__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help org list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__org__subcmd__show_commands] )) ||
_seqera__subcmd__help__subcmd__org__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help org show commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__org__subcmd__switch_commands] )) ||
_seqera__subcmd__help__subcmd__org__subcmd__switch_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help org switch commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__sandbox_commands] )) ||
_seqera__subcmd__help__subcmd__sandbox_commands() {
    local commands; commands=(
'serve:Serve the sandbox on 127.0.0.1 until interrupted' \
    )
    _describe -t commands 'seqera help sandbox commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__sandbox__subcmd__serve_commands] )) ||
_seqera__subcmd__help__subcmd__sandbox__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help sandbox serve commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__status_commands] )) ||
_seqera__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help status commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__workspace_commands] )) ||
_seqera__subcmd__help__subcmd__workspace_commands() {
    local commands; commands=(
'show:The workspace commands use now, and where that choice comes from (the default)' \
'list:All workspaces you belong to, with your role; the one in use is marked' \
'use:Make a workspace the profile'\''s default\: numeric ID, Org/Workspace, or a name in the selected org' \
'clear:Go back to the personal workspace' \
    )
    _describe -t commands 'seqera help workspace commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__workspace__subcmd__clear_commands] )) ||
_seqera__subcmd__help__subcmd__workspace__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help workspace clear commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__workspace__subcmd__list_commands] )) ||
_seqera__subcmd__help__subcmd__workspace__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help workspace list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__workspace__subcmd__show_commands] )) ||
_seqera__subcmd__help__subcmd__workspace__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help workspace show commands' commands "$@"
}
(( $+functions[_seqera__subcmd__help__subcmd__workspace__subcmd__use_commands] )) ||
_seqera__subcmd__help__subcmd__workspace__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'seqera help workspace use commands' commands "$@"
}
(( $+functions[_seqera__subcmd__login_commands] )) ||
_seqera__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'seqera login commands' commands "$@"
}
(( $+functions[_seqera__subcmd__logout_commands] )) ||
_seqera__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'seqera logout commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org_commands] )) ||
_seqera__subcmd__org_commands() {
    local commands; commands=(
'show:The selected organization (the default)' \
'info:The selected organization (the default)' \
'current:The selected organization (the default)' \
'list:All organizations you belong to, with your role; the selected one is marked' \
'ls:All organizations you belong to, with your role; the selected one is marked' \
'switch:Select an organization by name or ID; with none given on a terminal, pick from a list' \
'select:Select an organization by name or ID; with none given on a terminal, pick from a list' \
'change:Select an organization by name or ID; with none given on a terminal, pick from a list' \
'clear:Forget the selected organization (and workspace)' \
'reset:Forget the selected organization (and workspace)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera org commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__clear_commands] )) ||
_seqera__subcmd__org__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org clear commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__help_commands] )) ||
_seqera__subcmd__org__subcmd__help_commands() {
    local commands; commands=(
'show:The selected organization (the default)' \
'list:All organizations you belong to, with your role; the selected one is marked' \
'switch:Select an organization by name or ID; with none given on a terminal, pick from a list' \
'clear:Forget the selected organization (and workspace)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera org help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__help__subcmd__clear_commands] )) ||
_seqera__subcmd__org__subcmd__help__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org help clear commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__help__subcmd__help_commands] )) ||
_seqera__subcmd__org__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org help help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__help__subcmd__list_commands] )) ||
_seqera__subcmd__org__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org help list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__help__subcmd__show_commands] )) ||
_seqera__subcmd__org__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org help show commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__help__subcmd__switch_commands] )) ||
_seqera__subcmd__org__subcmd__help__subcmd__switch_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org help switch commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__list_commands] )) ||
_seqera__subcmd__org__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__show_commands] )) ||
_seqera__subcmd__org__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org show commands' commands "$@"
}
(( $+functions[_seqera__subcmd__org__subcmd__switch_commands] )) ||
_seqera__subcmd__org__subcmd__switch_commands() {
    local commands; commands=()
    _describe -t commands 'seqera org switch commands' commands "$@"
}
(( $+functions[_seqera__subcmd__sandbox_commands] )) ||
_seqera__subcmd__sandbox_commands() {
    local commands; commands=(
'serve:Serve the sandbox on 127.0.0.1 until interrupted' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera sandbox commands' commands "$@"
}
(( $+functions[_seqera__subcmd__sandbox__subcmd__help_commands] )) ||
_seqera__subcmd__sandbox__subcmd__help_commands() {
    local commands; commands=(
'serve:Serve the sandbox on 127.0.0.1 until interrupted' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera sandbox help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__sandbox__subcmd__help__subcmd__help_commands] )) ||
_seqera__subcmd__sandbox__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'seqera sandbox help help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__sandbox__subcmd__help__subcmd__serve_commands] )) ||
_seqera__subcmd__sandbox__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'seqera sandbox help serve commands' commands "$@"
}
(( $+functions[_seqera__subcmd__sandbox__subcmd__serve_commands] )) ||
_seqera__subcmd__sandbox__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'seqera sandbox serve commands' commands "$@"
}
(( $+functions[_seqera__subcmd__status_commands] )) ||
_seqera__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'seqera status commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace_commands] )) ||
_seqera__subcmd__workspace_commands() {
    local commands; commands=(
'show:The workspace commands use now, and where that choice comes from (the default)' \
'info:The workspace commands use now, and where that choice comes from (the default)' \
'current:The workspace commands use now, and where that choice comes from (the default)' \
'list:All workspaces you belong to, with your role; the one in use is marked' \
'ls:All workspaces you belong to, with your role; the one in use is marked' \
'use:Make a workspace the profile'\''s default\: numeric ID, Org/Workspace, or a name in the selected org' \
'switch:Make a workspace the profile'\''s default\: numeric ID, Org/Workspace, or a name in the selected org' \
'select:Make a workspace the profile'\''s default\: numeric ID, Org/Workspace, or a name in the selected org' \
'clear:Go back to the personal workspace' \
'reset:Go back to the personal workspace' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera workspace commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__clear_commands] )) ||
_seqera__subcmd__workspace__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace clear commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__help_commands] )) ||
_seqera__subcmd__workspace__subcmd__help_commands() {
    local commands; commands=(
'show:The workspace commands use now, and where that choice comes from (the default)' \
'list:All workspaces you belong to, with your role; the one in use is marked' \
'use:Make a workspace the profile'\''s default\: numeric ID, Org/Workspace, or a name in the selected org' \
'clear:Go back to the personal workspace' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'seqera workspace help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__help__subcmd__clear_commands] )) ||
_seqera__subcmd__workspace__subcmd__help__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace help clear commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__help__subcmd__help_commands] )) ||
_seqera__subcmd__workspace__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace help help commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__help__subcmd__list_commands] )) ||
_seqera__subcmd__workspace__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace help list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__help__subcmd__show_commands] )) ||
_seqera__subcmd__workspace__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace help show commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__help__subcmd__use_commands] )) ||
_seqera__subcmd__workspace__subcmd__help__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace help use commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__list_commands] )) ||
_seqera__subcmd__workspace__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace list commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__show_commands] )) ||
_seqera__subcmd__workspace__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace show commands' commands "$@"
}
(( $+functions[_seqera__subcmd__workspace__subcmd__use_commands] )) ||
_seqera__subcmd__workspace__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'seqera workspace use commands' commands "$@"
}

if [ "$funcstack[1]" = "_seqera" ]; then
    _seqera "$@"
else
    compdef _seqera seqera
fi
