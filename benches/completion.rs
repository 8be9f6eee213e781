//! Tab completion latency in `seqera shell` (run by hand: `cargo bench --bench completion`): commands,
//! subcommands, flags, and cached names, timed in-process as the line editor calls them.
//! Target: p99 under 5 ms.

use std::time::Instant;

use seqera::names::{Names, set_live};
use seqera::output::Palette;
use seqera::shell::ShellHelper;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    // A realistic cache: 20 orgs, 200 workspaces, 500 credential names.
    let orgs: Vec<(i64, String)> = (0..20).map(|i| (i, format!("org-{i:02}"))).collect();
    let workspaces = (0..200).map(|i| (1000 + i, format!("org-{:02}/ws-{i:03}", i % 20))).collect();
    let credentials = (0..500).map(|i| format!("cred-{i:03}")).collect();
    set_live(Names { orgs, workspaces, credentials });
    let helper = ShellHelper::new(vec!["credentials_list".into(), "org_list".into()], Palette::new(false));
    let cases = [
        ("command", "cred"),
        ("subcommand", "credentials l"),
        ("flag", "credentials list --pro"),
        ("enum value", "credentials add a"),
        ("org name", "org switch org-1"),
        ("workspace name", "-w org-03/ws-0"),
        ("credential name", "credentials get cred-4"),
    ];
    println!("{:<16} {:>9} {:>9} {:>9}  candidates", "case", "p50 ms", "p99 ms", "max ms");
    for (name, line) in cases {
        for _ in 0..50 {
            helper.candidates(line);
        }
        let mut times = Vec::new();
        let mut n = 0;
        for _ in 0..2000 {
            let t = Instant::now();
            n = helper.candidates(line).1.len();
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!("{name:<16} {:>9.3} {:>9.3} {:>9.3}  {n}", percentile(&times, 0.5), percentile(&times, 0.99), times[times.len() - 1]);
    }
}
