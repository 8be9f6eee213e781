//! `seqera status` (alias `info`): is the Platform reachable (and new enough), does the token work, are the
//! selected organization and workspace valid, is the AI backend reachable. The checks run concurrently; the
//! exit code is 0 only when every check passes.

use serde_json::{Value, json};

use crate::config::{Key, Resolved};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Output, col};
use crate::platform::models::{OrgAndWorkspaceDto, UserResponseDto};
use crate::platform::workspaces::{OrgRef, resolve_org, resolve_workspace};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  seqera status\n  seqera status -o json\n  seqera --sandbox status      # try it on demo data")]
pub(crate) struct Args {}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Ok,
    Warn,
    Fail,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Fail => "fail",
        }
    }
}

struct Check {
    name: &'static str,
    status: Status,
    detail: String,
    json: Value,
    /// What to do about a failure, from its error.
    hint: Option<String>,
}

impl Check {
    fn failed(name: &'static str, e: &Error, mut json: Value) -> Check {
        json["status"] = json!("fail");
        json["error"] = json!(e.message);
        Check { name, status: Status::Fail, detail: e.message.clone(), json, hint: e.hint.clone() }
    }
}

/// `SEQERA_PLATFORM_MIN_API_VERSION` compared numerically, part by part.
fn below_minimum(api_version: &str, minimum: &str) -> bool {
    let parts = |v: &str| v.split(['.', '-']).map(|p| p.parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
    parts(api_version) < parts(minimum)
}

async fn platform_check(ctx: &Context) -> Check {
    let url = ctx.settings.api_url().to_string();
    match ctx.platform().service_info().await {
        Ok(info) => {
            let version = info.version.clone().unwrap_or_else(|| "unknown".into());
            let api = info.api_version.clone().unwrap_or_else(|| "unknown".into());
            let mut detail = format!("{url} (version {version}, API {api})");
            let mut status = Status::Ok;
            if let Some(min) = crate::config::env::var("SEQERA_PLATFORM_MIN_API_VERSION")
                && below_minimum(&api, &min)
            {
                status = Status::Warn;
                detail.push_str(&format!("; API {api} is below SEQERA_PLATFORM_MIN_API_VERSION {min}"));
            }
            let json = json!({"status": status.name(), "url": url, "version": info.version, "apiVersion": info.api_version});
            Check { name: "platform", status, detail, json, hint: None }
        }
        Err(e) => Check::failed("platform", &e, json!({"url": url})),
    }
}

async fn identity_checks(ctx: &Context) -> [Check; 3] {
    let source = ctx.tokens.source().map(|s| s.to_string());
    let user = match ctx.platform().user_info().await {
        Ok(u) => u,
        Err(e) => {
            let skipped = Error::new(ErrorKind::Auth, "Not checked: not authenticated.");
            return [
                Check::failed("user", &e, json!({"tokenSource": source})),
                Check::failed("organization", &skipped, json!({})),
                Check::failed("workspace", &skipped, json!({})),
            ];
        }
    };
    let u = &user.user;
    let user_check = user_check(u, source);
    let org_setting = ctx.settings.get(Key::Organization).clone();
    let ws_setting = ctx.settings.get(Key::Workspace).clone();
    if org_setting.value.is_none() && ws_setting.value.is_none() {
        return [user_check, no_organization(), personal_workspace()];
    }
    let rows = match ctx.platform().user_workspaces(u.id).await {
        Ok(rows) => rows,
        Err(e) => return [user_check, Check::failed("organization", &e, json!({})), Check::failed("workspace", &e, json!({}))],
    };
    let org = org_setting.value.as_deref().map(|o| resolve_org(o, &rows));
    let org_check = org_check(org.as_ref(), &org_setting);
    let org_ref = org.and_then(|r| r.ok());
    let ws_check = workspace_check(&ws_setting, &rows, org_ref.as_ref());
    [user_check, org_check, ws_check]
}

fn user_check(u: &UserResponseDto, source: Option<String>) -> Check {
    Check {
        hint: None,
        name: "user",
        status: Status::Ok,
        detail: format!("{} <{}>, token from {}", u.user_name, u.email, source.as_deref().unwrap_or("unknown")),
        json: json!({"status": "ok", "userName": u.user_name, "email": u.email, "tokenSource": source}),
    }
}

fn no_organization() -> Check {
    Check {
        hint: None,
        name: "organization",
        status: Status::Ok,
        detail: "none selected".into(),
        json: json!({"status": "ok", "selected": null}),
    }
}

fn personal_workspace() -> Check {
    Check {
        hint: None,
        name: "workspace",
        status: Status::Ok,
        detail: "personal workspace".into(),
        json: json!({"status": "ok", "selected": null}),
    }
}

/// The selected organization (`None` when none is), as found among the user's.
fn org_check(org: Option<&Result<OrgRef>>, setting: &Resolved) -> Check {
    match org {
        None => no_organization(),
        Some(Ok(o)) => Check {
            hint: None,
            name: "organization",
            status: Status::Ok,
            detail: format!("{} (ID {}, from {})", o.name, o.id, setting.source),
            json: json!({"status": "ok", "orgId": o.id, "orgName": o.name, "source": setting.source.to_string()}),
        },
        Some(Err(e)) => Check::failed("organization", e, json!({"selected": setting.value})),
    }
}

/// The selected workspace, found among the user's (within the selected organization, if it resolved).
fn workspace_check(setting: &Resolved, rows: &[OrgAndWorkspaceDto], org: Option<&OrgRef>) -> Check {
    match setting.value.as_deref() {
        None => personal_workspace(),
        Some(w) => match resolve_workspace(w, rows, org) {
            Ok(ws) => Check {
                hint: None,
                name: "workspace",
                status: Status::Ok,
                detail: format!("{} (ID {}, role {}, from {})", ws.path(), ws.id, ws.roles.join(","), setting.source),
                json: json!({"status": "ok", "workspaceId": ws.id, "orgName": ws.org_name, "workspaceName": ws.name, "roles": ws.roles, "source": setting.source.to_string()}),
            },
            Err(e) => Check::failed("workspace", &e, json!({"selected": w})),
        },
    }
}

async fn ai_check(ctx: &Context) -> Check {
    let ai = ctx.ai();
    let url = ai.base_url().to_string();
    match ai.backend_info().await {
        Ok(info) => Check {
            hint: None,
            name: "ai_backend",
            status: Status::Ok,
            detail: format!("{url} (version {})", info.version.as_deref().unwrap_or("unknown")),
            json: json!({"status": "ok", "url": url, "version": info.version}),
        },
        Err(e) => Check::failed("ai_backend", &e, json!({"url": url})),
    }
}

pub(crate) const COLUMNS: &[crate::output::Column] = &[col("CHECK", "check"), col("STATUS", "status"), col("DETAIL", "detail")];

pub(crate) async fn run(_args: Args, ctx: &Context) -> Result<Output> {
    let (platform, [user, org, ws], ai) = tokio::join!(platform_check(ctx), identity_checks(ctx), ai_check(ctx));
    let checks = [platform, user, org, ws, ai];
    let ok = checks.iter().all(|c| c.status != Status::Fail);
    let mut json = json!({"ok": ok, "profile": ctx.settings.profile});
    for c in &checks {
        json[camel(c.name)] = c.json.clone();
    }
    let items: Vec<Value> = checks.iter().map(|c| json!({"check": c.name, "status": c.status.name(), "detail": c.detail})).collect();
    let out = Output::Rows { columns: COLUMNS.to_vec(), items, json: Some(json) };
    if ok {
        Ok(out)
    } else {
        let failed: Vec<&str> = checks.iter().filter(|c| c.status == Status::Fail).map(|c| c.name).collect();
        // The first failed check's own fix (the others often follow from it), else where to read more.
        let hint = checks
            .iter()
            .find_map(|c| c.hint.clone())
            .unwrap_or_else(|| "The DETAIL of each failed check above says what went wrong.".to_string());
        Ok(Output::Failed(Box::new(out), Error::other(format!("Status check failed: {}.", failed.join(", "))).with_hint(hint)))
    }
}

fn camel(name: &str) -> &str {
    match name {
        "ai_backend" => "aiBackend",
        other => other,
    }
}

impl super::Group for Args {
    async fn run(self, ctx: &mut Context) -> Result<Output> {
        run(self, ctx).await
    }
    fn risk(&self) -> crate::ai::judge::Class {
        crate::ai::judge::Class::Safe
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn api_versions_compare_numerically() {
        assert!(super::below_minimum("1.9.0", "1.10.0"));
        assert!(!super::below_minimum("1.187.0", "1.187.0"));
        assert!(!super::below_minimum("1.198.0", "1.187"));
    }
}
