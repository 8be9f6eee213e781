//! The judge's program lists (a flat table): the fact sheet's safe, edit and dangerous programs, and the
//! programs that run other programs, hold secrets or outlive the call.

/// The fact sheet's safe list, less `env` and `printenv` (which would print the environment).
pub(super) const SAFE: &[&str] = &["cat", "date", "echo", "head", "ls", "pwd", "stat", "tail", "tree", "uptime", "whoami", "cd"];
/// Safe programs whose arguments are not paths.
pub(super) const NO_PATHS: &[&str] = &["echo", "pwd", "uptime", "whoami", "printf", "true", "false", ":"];
pub(super) const DANGEROUS: &[&str] = &[
    "chmod",
    "chown",
    "dd",
    "kill",
    "killall",
    "mkfs",
    "mount",
    "pkill",
    "reboot",
    "rm",
    "shutdown",
    "sudo",
    "umount",
    "su",
    "doas",
    "pkexec",
    "shred",
    "wipefs",
    "fdisk",
    "sfdisk",
    "parted",
    "halt",
    "poweroff",
    "systemctl",
    "crontab",
    "chattr",
    "chroot",
    "nsenter",
    "unshare",
    "iptables",
    "userdel",
    "usermod",
    "passwd",
    "chgrp",
    "setfacl",
];
pub(super) const EDITS: &[&str] = &["cp", "ln", "mkdir", "mv", "rmdir", "tee", "touch", "truncate", "install"];
/// Programs that read stored secrets without naming a path.
pub(super) const KEYRING: &[&str] = &[
    "secret-tool",
    "security",
    "keyctl",
    "kwallet-query",
    "gpg",
    "gpg2",
    "pass",
    "op",
    "bw",
    "ssh-add",
    "keyring",
    "gdbus",
    "dbus-send",
    "busctl",
    "qdbus",
];
/// Programs that make links or move files: after one of them, the other paths of the same command may
/// point somewhere else than they did when judged.
pub(super) const RELINKS: &[&str] =
    &["ln", "link", "mv", "cp", "install", "rsync", "tar", "bsdtar", "unzip", "7z", "cpio", "git", "rename"];
/// Words in an option's name that say it runs another program (`--strip-program`, `--rsh`, `--to-command`).
pub(super) const RUNS_A_PROGRAM: &[&str] = &[
    "program",
    "command",
    "exec",
    "rsh",
    "proxy",
    "pager",
    "editor",
    "shell",
    "hook",
    "wrapper",
    "helper",
    "askpass",
    "checkpoint-action",
    "info-script",
    "volume-script",
    "eval",
    "config",
    "plugin",
    "preload",
    "rcfile",
    "init-file",
    "load",
];
/// Short options that run a program or read a config that can: (program, option).
pub(super) const SHORT_RUNNERS: &[(&str, &str)] = &[
    ("tar", "-I"),
    ("tar", "-F"),
    ("rsync", "-e"),
    ("ssh", "-o"),
    ("ssh", "-F"),
    ("scp", "-o"),
    ("scp", "-F"),
    ("scp", "-S"),
    ("sftp", "-o"),
    ("sftp", "-F"),
    ("sftp", "-S"),
    ("zip", "-TT"),
    ("make", "-E"),
    ("install", "-s"),
    ("sort", "--compress-program"),
];
/// Runners: they run the command in their arguments; (option, takes a value) after which it starts.
pub(super) const RUNNERS: &[&str] = &[
    "env", "nice", "nohup", "timeout", "time", "command", "builtin", "exec", "stdbuf", "setsid", "ionice", "taskset", "unbuffer", "nocache",
];
pub(super) const SHELLS: &[&str] = &["sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "csh", "tcsh", "yash", "posh"];
pub(super) const INTERPRETERS: &[&str] = &[
    "node",
    "nodejs",
    "deno",
    "bun",
    "perl",
    "ruby",
    "php",
    "lua",
    "luajit",
    "Rscript",
    "R",
    "julia",
    "tclsh",
    "wish",
    "pwsh",
    "powershell",
    "osascript",
    "groovy",
    "scala",
    "jshell",
    "ipython",
    "irb",
    "java",
];
/// Shell builtins that take code or change how later words are read (`trap 'cmd' EXIT`, `alias`,
/// `compgen -C`, `mapfile -C`, `printf -v 'a[$(cmd)]'`, `set`, `shopt`, `declare`…).
pub(super) const STATEFUL_BUILTINS: &[&str] = &[
    "trap",
    "alias",
    "unalias",
    "bind",
    "compgen",
    "complete",
    "compopt",
    "declare",
    "typeset",
    "local",
    "readonly",
    "enable",
    "fc",
    "hash",
    "history",
    "let",
    "mapfile",
    "readarray",
    "set",
    "shopt",
    "ulimit",
    "umask",
    "unset",
    "getopts",
    "read",
    "caller",
    "popd",
    "dirs",
    "fg",
    "bg",
    "suspend",
    "logout",
    "coproc",
    "select",
    "function",
    "((",
];
/// Programs that keep running after the command ends.
pub(super) const OUTLIVES: &[&str] = &["setsid", "nohup", "disown", "daemonize", "at", "batch", "systemd-run"];
pub(super) const AWKS: &[&str] = &["awk", "gawk", "mawk", "nawk", "busybox-awk"];
/// Interactive programs that can run commands of their own (`:!`, `!`).
pub(super) const INTERACTIVE: &[&str] = &[
    "vi", "vim", "nvim", "view", "ex", "ed", "emacs", "nano", "less", "more", "most", "man", "info", "screen", "tmux", "watch", "script",
    "expect", "gdb", "strace", "ltrace", "parallel", "flock",
];

/// Commands that print a stored credential: (program, first argument).
pub(super) const PRINTS_SECRETS: &[(&str, &str)] = &[
    ("gh", "auth"),
    ("gcloud", "auth"),
    ("aws", "configure"),
    ("aws", "sts"),
    ("az", "account"),
    ("docker", "login"),
    ("kubectl", "config"),
    ("npm", "token"),
    ("vault", "read"),
    ("vault", "kv"),
];

/// Variables a command may set for itself or export: they change nothing the judge relies on.
pub(crate) const HARMLESS_VARS: &[&str] =
    &["NXF_SYNTAX_PARSER", "NXF_ANSI_LOG", "NO_COLOR", "RUST_BACKTRACE", "RUST_LOG", "LANG", "LC_ALL", "TZ", "CI", "TERM", "COLUMNS"];

/// Commands longer than this are not parsed: asked about.
pub(super) const MAX_COMMAND: usize = 16 * 1024;
/// `sh -c` inside `sh -c` inside …: deeper than this is asked about.
pub(super) const MAX_DEPTH: usize = 6;
/// The time the judge may spend on the disk (resolving patterns) for one command.
pub(super) const JUDGE_TIME: std::time::Duration = std::time::Duration::from_millis(1500);
/// Directory entries a pattern may make the judge look at.
pub(super) const MAX_ENTRIES: usize = 20_000;
