//! Authentication (HTTP Basic and sessions) and authorization (roles and privileges).

use std::time::Duration;

use axum::http::{HeaderMap, StatusCode, header};
use base64::Engine;
use serde_json::{Value, json};
use tokio::time::Instant;

use crate::messages::base;
use crate::reply::Reply;
use crate::state::{Inner, SessionRecord, State};
use crate::tree::Tree;

pub(crate) const SESSIONS: &str = "/redfish/v1/SessionService/Sessions";
pub(crate) const ACCOUNTS: &str = "/redfish/v1/AccountService/Accounts";
pub(crate) const ROLES: &str = "/redfish/v1/AccountService/Roles";

/// Redfish privilege names (DSP0266).
pub(crate) const LOGIN: &str = "Login";
pub(crate) const CONFIGURE_MANAGER: &str = "ConfigureManager";
pub(crate) const CONFIGURE_USERS: &str = "ConfigureUsers";
pub(crate) const CONFIGURE_COMPONENTS: &str = "ConfigureComponents";
pub(crate) const CONFIGURE_SELF: &str = "ConfigureSelf";

/// Who is making a request.
#[derive(Debug, Clone)]
pub(crate) struct Principal {
    pub account: String,
    pub privileges: Vec<String>,
    /// Path of the session used, if the request came with `X-Auth-Token`.
    pub session: Option<String>,
    /// The account has `PasswordChangeRequired`: only its own password may change.
    pub must_change_password: bool,
}

impl Principal {
    pub(crate) fn has(&self, privilege: &str) -> bool {
        self.privileges.iter().any(|p| p == privilege)
    }
}

/// Built-in privileges of the standard roles, used when the tree has no Role resource.
pub(crate) fn default_privileges(role: &str) -> Vec<String> {
    let list: &[&str] = match role {
        "Administrator" => &[
            LOGIN,
            CONFIGURE_MANAGER,
            CONFIGURE_USERS,
            CONFIGURE_COMPONENTS,
            CONFIGURE_SELF,
        ],
        "Operator" => &[LOGIN, CONFIGURE_COMPONENTS, CONFIGURE_SELF],
        "ReadOnly" => &[LOGIN, CONFIGURE_SELF],
        _ => &[],
    };
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn privileges_of(tree: &Tree, account: &Value) -> Vec<String> {
    let role = account.get("RoleId").and_then(Value::as_str).unwrap_or("");
    let from_tree = tree
        .get(&format!("{ROLES}/{role}"))
        .and_then(|r| r.get("AssignedPrivileges"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        });
    match from_tree {
        Some(p) if !p.is_empty() => p,
        _ => default_privileges(role),
    }
}

/// The session inactivity timeout, read from `SessionService.SessionTimeout`.
pub(crate) fn session_timeout(tree: &Tree) -> Duration {
    let secs = tree
        .get("/redfish/v1/SessionService")
        .and_then(|s| s.get("SessionTimeout"))
        .and_then(Value::as_f64)
        .unwrap_or(1800.0);
    Duration::from_secs_f64(secs.max(0.0))
}

/// Finds an account by user name and password; `None` if unknown, disabled or locked.
///
/// Failed attempts count towards the lockout the AccountService advertises
/// (`AccountLockoutThreshold`, `AccountLockoutDuration`, `AccountLockoutCounterResetAfter`):
/// past the threshold the account is `Locked` for the duration (0: until an administrator
/// unlocks it), and the counter restarts after the reset interval.
pub(crate) fn check_password(inner: &mut Inner, user: &str, password: &str) -> Option<String> {
    let (path, account) = account_refs(&inner.tree)
        .find(|(_, a)| a.get("UserName").and_then(Value::as_str) == Some(user))
        .map(|(p, a)| (p.clone(), a.clone()))?;
    let policy = Lockout::of(&inner.tree);
    let now = Instant::now();
    if account.get("Locked").and_then(Value::as_bool) == Some(true) {
        let expired = match (
            inner.lockouts.get(&path).and_then(|l| l.locked_at),
            policy.duration,
        ) {
            (Some(at), Some(d)) => now.saturating_duration_since(at) >= d,
            _ => false,
        };
        if !expired {
            return None;
        }
        inner.lockouts.remove(&path);
        inner.tree.update(&path, |a| {
            a.insert("Locked".into(), json!(false));
        });
    }
    if account.get("Enabled").and_then(Value::as_bool) == Some(false) {
        return None;
    }
    let stored = inner.passwords.get(&path)?;
    // Compare digests so the comparison time does not depend on where the strings differ.
    use sha2::{Digest, Sha256};
    let equal = Sha256::digest(stored.as_bytes()) == Sha256::digest(password.as_bytes());
    if equal {
        inner.lockouts.remove(&path);
        return Some(path);
    }
    if let Some(threshold) = policy.threshold {
        let rec = inner.lockouts.entry(path.clone()).or_insert(LockoutRecord {
            failures: 0,
            first_failure: now,
            locked_at: None,
        });
        if policy
            .reset_after
            .is_some_and(|r| now.saturating_duration_since(rec.first_failure) >= r)
        {
            rec.failures = 0;
            rec.first_failure = now;
        }
        rec.failures += 1;
        if rec.failures >= threshold {
            rec.locked_at = Some(now);
            inner.tree.update(&path, |a| {
                a.insert("Locked".into(), json!(true));
            });
        }
    }
    None
}

/// Failed logins of one account.
#[derive(Debug, Clone)]
pub(crate) struct LockoutRecord {
    pub failures: u32,
    pub first_failure: Instant,
    pub locked_at: Option<Instant>,
}

/// The lockout policy an AccountService advertises.
struct Lockout {
    threshold: Option<u32>,
    duration: Option<Duration>,
    reset_after: Option<Duration>,
}

impl Lockout {
    fn of(tree: &Tree) -> Lockout {
        let svc = tree.get("/redfish/v1/AccountService");
        let num = |k: &str| svc.and_then(|s| s.get(k)).and_then(Value::as_u64);
        let reset_enabled = svc
            .and_then(|s| s.get("AccountLockoutCounterResetEnabled"))
            .and_then(Value::as_bool)
            != Some(false);
        Lockout {
            threshold: num("AccountLockoutThreshold")
                .filter(|t| *t > 0)
                .map(|t| u32::try_from(t).unwrap_or(u32::MAX)),
            duration: num("AccountLockoutDuration")
                .filter(|d| *d > 0)
                .map(Duration::from_secs),
            reset_after: num("AccountLockoutCounterResetAfter")
                .filter(|r| *r > 0 && reset_enabled)
                .map(Duration::from_secs),
        }
    }
}

/// Every ManagerAccount in the tree, by path.
pub(crate) fn accounts(tree: &Tree) -> Vec<(String, Value)> {
    account_refs(tree)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The ManagerAccounts of the tree, borrowed.
pub(crate) fn account_refs(tree: &Tree) -> impl Iterator<Item = (&String, &Value)> {
    let prefix_len = ACCOUNTS.len() + 1;
    tree.iter_prefix(ACCOUNTS).filter(move |(k, _)| {
        k.len() > prefix_len
            && k.as_bytes().get(prefix_len - 1) == Some(&b'/')
            && !k[prefix_len..].contains('/')
    })
}

/// Removes sessions idle for longer than the timeout (and their Session resources).
///
/// The sweep runs at most once a second, so that requests do not get slower with the number of
/// sessions; a session used after its timeout is refused on its own (see [`authenticate`]).
pub(crate) fn purge_expired(inner: &mut Inner) {
    let now = Instant::now();
    if inner
        .last_sweep
        .is_some_and(|t| now.saturating_duration_since(t) < Duration::from_secs(1))
    {
        return;
    }
    inner.last_sweep = Some(now);
    let timeout = session_timeout(&inner.tree);
    let expired: Vec<String> = inner
        .sessions
        .iter()
        .filter(|(_, s)| now.saturating_duration_since(s.last_used) > timeout)
        .map(|(t, _)| t.clone())
        .collect();
    for token in expired {
        drop_session_token(inner, &token);
    }
}

/// Forgets a session token and deletes its Session resource.
pub(crate) fn drop_session_token(inner: &mut Inner, token: &str) {
    if let Some(rec) = inner.sessions.remove(token) {
        inner.tree.remove(&rec.path);
        inner.tree.remove_member(SESSIONS, &rec.path);
    }
}

/// Authenticates a request from `X-Auth-Token` or `Authorization: Basic`.
pub(crate) fn authenticate(state: &State, headers: &HeaderMap) -> Result<Principal, Reply> {
    let mut inner = state.lock();
    purge_expired(&mut inner);
    if let Some(token) = headers.get("x-auth-token").and_then(|v| v.to_str().ok()) {
        let timeout = session_timeout(&inner.tree);
        let Some(rec) = inner.sessions.get_mut(token) else {
            return Err(Reply::unauthorized());
        };
        let now = Instant::now();
        if now.saturating_duration_since(rec.last_used) > timeout {
            drop_session_token(&mut inner, token);
            return Err(Reply::unauthorized());
        }
        rec.last_used = now;
        let rec = rec.clone();
        let found = inner
            .tree
            .get(&rec.account)
            .map(|a| (privileges_of(&inner.tree, a), must_change(a)));
        let Some((privileges, must_change_password)) = found else {
            drop_session_token(&mut inner, token);
            return Err(Reply::unauthorized());
        };
        return Ok(Principal {
            privileges,
            must_change_password,
            account: rec.account,
            session: Some(rec.path),
        });
    }
    if let Some(auth) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        let Some(encoded) = auth
            .strip_prefix("Basic ")
            .or_else(|| auth.strip_prefix("basic "))
        else {
            return Err(Reply::unauthorized());
        };
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .ok()
            .and_then(|b| String::from_utf8(b).ok());
        let Some((user, password)) = decoded.as_deref().and_then(|d| d.split_once(':')) else {
            return Err(Reply::unauthorized());
        };
        let Some(path) = check_password(&mut inner, user, password) else {
            return Err(Reply::unauthorized());
        };
        let account = inner.tree.get(&path).cloned().unwrap_or(Value::Null);
        return Ok(Principal {
            privileges: privileges_of(&inner.tree, &account),
            must_change_password: must_change(&account),
            account: path,
            session: None,
        });
    }
    Err(Reply::unauthorized())
}

fn must_change(account: &Value) -> bool {
    account
        .get("PasswordChangeRequired")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// Sessions the service accepts at once unless the builder says otherwise.
pub const DEFAULT_MAX_SESSIONS: usize = 64;

/// The session limit, as `SessionService` reports it.
pub(crate) fn max_sessions(tree: &Tree) -> usize {
    tree.get("/redfish/v1/SessionService")
        .and_then(|s| s.pointer("/Oem/RedfishEmulator/MaxSessions"))
        .and_then(Value::as_u64)
        .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
        .unwrap_or(DEFAULT_MAX_SESSIONS)
}

/// A random token (32 bytes from the system CSPRNG, hex): session tokens, opaque contexts.
pub(crate) fn random_token() -> String {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 32];
    let rng = ring::rand::SystemRandom::new();
    if rng.fill(&mut bytes).is_err() {
        // The system RNG failing is not recoverable in a meaningful way; fall back to time.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        bytes[..16].copy_from_slice(&t.to_le_bytes());
    }
    crate::tls::hex(&bytes)
}

/// `POST SessionService/Sessions`: log in.
pub(crate) fn login(state: &State, body: &Value) -> Reply {
    let user = body.get("UserName").and_then(Value::as_str);
    let password = body.get("Password").and_then(Value::as_str);
    let (Some(user), Some(password)) = (user, password) else {
        let missing = if user.is_none() {
            "UserName"
        } else {
            "Password"
        };
        return Reply::bad_request(vec![base("CreateFailedMissingReqProperties", &[missing])]);
    };
    let mut inner = state.lock();
    purge_expired(&mut inner);
    let Some(account) = check_password(&mut inner, user, password) else {
        return Reply::unauthorized();
    };
    if inner.sessions.len() >= max_sessions(&inner.tree) {
        return Reply::base_error(StatusCode::SERVICE_UNAVAILABLE, "SessionLimitExceeded", &[]);
    }
    let change_required = inner.tree.get(&account).map(must_change).unwrap_or(false);
    let n = inner.next();
    let id = format!("{n}");
    let path = format!("{SESSIONS}/{id}");
    let token = random_token();
    let mut session = json!({
        "@odata.id": path,
        "@odata.type": "#Session.v1_8_0.Session",
        "Id": id,
        "Name": "User Session",
        "Description": "Manager User Session",
        "UserName": user,
        "Password": null,
        "SessionType": "Redfish",
        "CreatedTime": crate::util::now_rfc3339(),
    });
    if let Some(ctx) = body.get("Context").and_then(Value::as_str) {
        session["Context"] = json!(ctx);
    }
    inner.tree.put(&path, session.clone());
    inner.tree.add_member(SESSIONS, &path);
    inner.sessions.insert(
        token.clone(),
        SessionRecord {
            path: path.clone(),
            account: account.clone(),
            last_used: Instant::now(),
        },
    );
    let mut session = inner.tree.get(&path).cloned().unwrap_or(session);
    drop(inner);
    if change_required {
        // DSP0266: the login succeeds and says the password must change first.
        session["@Message.ExtendedInfo"] = json!([base("PasswordChangeRequired", &[&account])]);
    }
    Reply::json(StatusCode::CREATED, session)
        .header(header::LOCATION, &path)
        .header(header::HeaderName::from_static("x-auth-token"), &token)
}
