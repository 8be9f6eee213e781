//! The sandbox's pipelines and runs: the seeded compute environments and pipelines, and a run's status and
//! task progress, computed from the wall clock rather than ticked, so every process sharing the state
//! file sees the same run at the same moment. A run spends its first fifth SUBMITTED, then RUNNING while
//! its tasks finish one by one, and ends SUCCEEDED, or FAILED when its params say `sandbox_fail: true`
//! (the `sandbox-fails` pipeline does). How long a run takes is the sandbox's run clock
//! (`sandbox serve --run-seconds`, or `SEQERA_SANDBOX_RUN_MS`; default 45 s), fixed per run when it is launched.

use serde::{Deserialize, Serialize};

use super::state::{ComputeEnv, SEED_DATE};

/// How long a run takes when `SEQERA_SANDBOX_RUN_MS` does not say.
pub(crate) const DEFAULT_RUN_MS: u64 = 45_000;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Pipeline {
    pub(crate) id: i64,
    pub(crate) workspace_id: Option<i64>,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) repository: String,
    pub(crate) revision: Option<String>,
    pub(crate) compute_env_id: Option<String>,
    pub(crate) work_dir: Option<String>,
    pub(crate) params_text: Option<String>,
    pub(crate) config_profiles: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Run {
    pub(crate) id: String,
    pub(crate) workspace_id: Option<i64>,
    pub(crate) owner: i64,
    pub(crate) pipeline_id: Option<i64>,
    pub(crate) run_name: String,
    pub(crate) repository: String,
    pub(crate) revision: Option<String>,
    pub(crate) compute_env_id: String,
    pub(crate) work_dir: String,
    pub(crate) params_text: Option<String>,
    pub(crate) config_profiles: Vec<String>,
    pub(crate) session_id: String,
    /// Unix milliseconds.
    pub(crate) submit_ms: u64,
    pub(crate) duration_ms: u64,
    pub(crate) fail: bool,
    pub(crate) cancelled_ms: Option<u64>,
    pub(crate) tasks: u64,
}

/// Where a run is at a moment: its status and task counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Phase {
    pub(crate) status: &'static str,
    pub(crate) pending: u64,
    pub(crate) running: u64,
    pub(crate) succeeded: u64,
    pub(crate) failed: u64,
    pub(crate) aborted: u64,
    /// Unix ms it started running, and ended, if it has.
    pub(crate) start_ms: Option<u64>,
    pub(crate) end_ms: Option<u64>,
}

impl Run {
    fn queued_ms(&self) -> u64 {
        self.duration_ms / 5
    }

    /// The run at `now` (Unix ms).
    pub(crate) fn phase(&self, now: u64) -> Phase {
        let at = self.cancelled_ms.map_or(now, |c| c.min(now));
        let elapsed = at.saturating_sub(self.submit_ms);
        let (queued, total) = (self.queued_ms(), self.duration_ms.max(1));
        let mut p =
            Phase { status: "SUBMITTED", pending: 0, running: 0, succeeded: 0, failed: 0, aborted: 0, start_ms: None, end_ms: None };
        if elapsed >= total {
            p.status = if self.fail { "FAILED" } else { "SUCCEEDED" };
            p.succeeded = if self.fail { self.tasks - 1 } else { self.tasks };
            p.failed = u64::from(self.fail);
            p.start_ms = Some(self.submit_ms + queued);
            p.end_ms = Some(self.submit_ms + total);
            return p;
        }
        if elapsed >= queued {
            let frac = (elapsed - queued) as f64 / (total - queued).max(1) as f64;
            p.status = "RUNNING";
            p.succeeded = ((frac * self.tasks as f64) as u64).min(self.tasks - 1);
            p.running = (self.tasks - p.succeeded).min(2);
            p.pending = self.tasks - p.succeeded - p.running;
            p.start_ms = Some(self.submit_ms + queued);
        }
        if let Some(c) = self.cancelled_ms.filter(|c| *c <= now) {
            p.status = "CANCELLED";
            p.aborted = p.running;
            p.running = 0;
            p.end_ms = Some(c);
        }
        p
    }
}

/// The run clock: `SEQERA_SANDBOX_RUN_MS`, else the default.
pub(crate) fn run_ms_from_env() -> u64 {
    crate::config::env::var("SEQERA_SANDBOX_RUN_MS").and_then(|v| v.parse().ok()).filter(|v| *v > 0).unwrap_or(DEFAULT_RUN_MS)
}

/// Whether a launch's params ask the sandbox to fail the run (`sandbox_fail: true`, in YAML or JSON).
pub(crate) fn asks_to_fail(params_text: &str) -> bool {
    params_text.match_indices("sandbox_fail").any(|(at, key)| {
        let rest = params_text[at + key.len()..].trim_start_matches('"').trim_start();
        rest.strip_prefix(':').is_some_and(|v| v.trim_start().starts_with("true"))
    })
}

pub(crate) fn now_ms() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or_default()
}

/// The seeded compute environments (their credentials are the seeded ones: a checked delete of
/// `aws-prod` conflicts with `prod-batch`).
pub(crate) fn seed_compute_envs() -> Vec<ComputeEnv> {
    let ce = |id: &str, name: &str, ws: i64, cred: &str, platform: &str, region: &str, work_dir: &str, primary: bool| ComputeEnv {
        id: id.into(),
        name: name.into(),
        workspace_id: Some(ws),
        credentials_id: cred.into(),
        platform: platform.into(),
        region: Some(region.into()),
        work_dir: work_dir.into(),
        status: "AVAILABLE".into(),
        primary,
        date_created: SEED_DATE.into(),
    };
    vec![
        ce("3xkQ0BnMcVr2YbLhUo5Wtz", "prod-batch", 201, "1cz5A8cuBkB5iJliCwJCFU", "aws-batch", "eu-west-1", "s3://acme-prod-work", true),
        ce("5Hn3JkLm7QwErTyUiOp1As", "dev-batch", 202, "6dFk2Qx9LmNpRsTuVwXyZa", "aws-batch", "us-east-1", "s3://acme-dev-work", true),
        ce(
            "6Gf4DsAz8XcVbNmQwErTyU",
            "research-gcp",
            203,
            "5nO6pQ7rS8tU9vW0xY1zAb",
            "google-batch",
            "europe-west2",
            "gs://globex-research-work",
            true,
        ),
    ]
}

pub(crate) fn seed_pipelines() -> Vec<Pipeline> {
    let p = |id: i64, ws: i64, name: &str, repo: &str, rev: Option<&str>, ce: &str, params: Option<&str>, description: &str| Pipeline {
        id,
        workspace_id: Some(ws),
        name: name.into(),
        description: description.into(),
        repository: repo.into(),
        revision: rev.map(str::to_string),
        compute_env_id: Some(ce.into()),
        work_dir: None,
        params_text: params.map(str::to_string),
        config_profiles: vec!["docker".into()],
    };
    let rnaseq = "input: s3://acme-data/samplesheet.csv\noutdir: s3://acme-results/rnaseq\ngenome: GRCh38\n";
    vec![
        p(
            301,
            201,
            "nf-core-rnaseq",
            "https://github.com/nf-core/rnaseq",
            Some("3.14.0"),
            "3xkQ0BnMcVr2YbLhUo5Wtz",
            Some(rnaseq),
            "RNA sequencing analysis pipeline",
        ),
        p(
            302,
            201,
            "nf-core-hello",
            "https://github.com/nf-core/hello",
            Some("main"),
            "3xkQ0BnMcVr2YbLhUo5Wtz",
            None,
            "A tiny pipeline to try a compute environment",
        ),
        p(
            303,
            201,
            "sandbox-fails",
            "https://github.com/seqera-sandbox/fails",
            Some("main"),
            "3xkQ0BnMcVr2YbLhUo5Wtz",
            Some("sandbox_fail: true\n"),
            "A sandbox pipeline whose runs always fail",
        ),
        p(
            304,
            202,
            "nf-core-hello",
            "https://github.com/nf-core/hello",
            Some("main"),
            "5Hn3JkLm7QwErTyUiOp1As",
            None,
            "A tiny pipeline to try a compute environment",
        ),
        p(
            305,
            203,
            "nf-core-sarek",
            "https://github.com/nf-core/sarek",
            Some("3.4.0"),
            "6Gf4DsAz8XcVbNmQwErTyU",
            Some("input: gs://globex-data/samples.csv\n"),
            "Variant calling",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(fail: bool) -> Run {
        Run {
            id: "r".into(),
            workspace_id: None,
            owner: 1,
            pipeline_id: None,
            run_name: "x".into(),
            repository: "r".into(),
            revision: None,
            compute_env_id: "c".into(),
            work_dir: "w".into(),
            params_text: None,
            config_profiles: Vec::new(),
            session_id: "s".into(),
            submit_ms: 1_000,
            duration_ms: 1_000,
            fail,
            cancelled_ms: None,
            tasks: 10,
        }
    }

    #[test]
    fn a_run_moves_from_submitted_through_running_to_its_end() {
        let r = run(false);
        assert_eq!(r.phase(1_100).status, "SUBMITTED");
        let mid = r.phase(1_600);
        assert_eq!(mid.status, "RUNNING");
        assert_eq!(mid.pending + mid.running + mid.succeeded, 10);
        assert!(mid.succeeded > 0 && mid.succeeded < 10, "{mid:?}");
        assert_eq!(r.phase(2_000).status, "SUCCEEDED");
        assert_eq!(r.phase(9_000).succeeded, 10);
        let f = run(true).phase(2_500);
        assert_eq!((f.status, f.failed, f.succeeded), ("FAILED", 1, 9));
    }

    #[test]
    fn a_cancelled_run_stays_where_it_was() {
        let mut r = run(false);
        r.cancelled_ms = Some(1_500);
        let p = r.phase(5_000);
        assert_eq!(p.status, "CANCELLED");
        assert_eq!(p, r.phase(1_500));
        assert!(p.aborted > 0);
    }

    #[test]
    fn the_fail_knob_is_read_in_yaml_and_json() {
        assert!(asks_to_fail("sandbox_fail: true\n"));
        assert!(asks_to_fail("{\"a\": 1, \"sandbox_fail\": true}"));
        assert!(asks_to_fail("{\n  \"sandbox_fail\": true,\n  \"x\": 2\n}"));
        assert!(!asks_to_fail("sandbox_fail: false"));
        assert!(!asks_to_fail("input: x"));
    }
}
