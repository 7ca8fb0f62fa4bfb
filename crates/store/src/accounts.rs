//! Accounts: users with a role and an argon2id password hash, browser sessions, and API tokens.
//!
//! No secret is stored as given. Passwords are kept as argon2id PHC strings (the argon2 crate's
//! defaults: 19 MiB of memory, 2 passes, 1 lane, OWASP's recommendation); session ids and API
//! tokens, which are 256-bit random values, as their SHA-256 (a slow hash adds nothing to a value
//! that cannot be guessed). Passwords, session ids and tokens are shown once, when made.
//!
//! Creating users, changing passwords and roles, and issuing and revoking tokens are logged in the
//! audit log like any other write (without the secrets). Sign-ins are not: they change nothing in
//! the record.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::access::{self, Principal, Role};
use crate::edit::invalid;
use crate::{StoreError, audit};

/// How long a browser session lasts after sign-in.
pub const SESSION_HOURS: i64 = 12;

/// A user account, without its password hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct User {
    /// The name the user signs in with.
    pub name: String,
    /// The user's role.
    #[schemars(with = "String")]
    pub role: Role,
    /// When the account was made.
    pub created: String,
    /// Whether the account is disabled (no sign-in, no token works).
    pub disabled: bool,
}

/// An API token, without its secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Token {
    /// The token's number, to list and revoke it by.
    pub id: u64,
    /// The user it acts for.
    pub user: String,
    /// The role it is scoped to (never above its user's).
    #[schemars(with = "String")]
    pub role: Role,
    /// What it is for.
    pub label: Option<String>,
    /// When it was made.
    pub created: String,
    /// When it was revoked, if it was.
    pub revoked: Option<String>,
}

/// A new browser session: the secret for the cookie (shown once) and the CSRF token its forms
/// carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSession {
    /// The session id, for the cookie.
    pub secret: String,
    /// The CSRF token of the session.
    pub csrf: String,
}

/// A live session, found by its secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// Who is signed in.
    pub principal: Principal,
    /// The CSRF token every form of the session must carry.
    pub csrf: String,
}

/// What a password check needs, read before the check so that the slow hash runs without holding
/// the store.
#[derive(Clone, Debug)]
pub struct Credentials {
    /// The user's name, or None when no enabled user has the name asked for.
    pub user: Option<String>,
    /// The argon2id hash to check against (a decoy's for an unknown user, so that the check takes
    /// as long and says nothing about which names exist).
    pub hash: String,
}

fn now() -> jiff::Timestamp {
    let now = jiff::Timestamp::now();
    now.round(jiff::Unit::Second).unwrap_or(now)
}

/// `n` random bytes from the operating system.
fn random_bytes<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|e| StoreError::Database(format!("no randomness from the system: {e}")))?;
    Ok(bytes)
}

/// A random 256-bit secret as 64 hex digits.
fn random_secret() -> Result<String, StoreError> {
    Ok(hex::encode(random_bytes::<32>()?))
}

fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// A random password of 20 characters from an alphabet without look-alikes (about 114 bits).
fn random_password() -> Result<String, StoreError> {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut out = String::with_capacity(20);
    while out.len() < 20 {
        for byte in random_bytes::<32>()? {
            // Rejection sampling keeps every character equally likely.
            let limit = 256 - 256 % ALPHABET.len();
            if usize::from(byte) < limit && out.len() < 20 {
                out.push(char::from(ALPHABET[usize::from(byte) % ALPHABET.len()]));
            }
        }
    }
    Ok(out)
}

/// Hashes a password with argon2id and a random salt, as a PHC string.
pub fn hash_password(password: &str) -> Result<String, StoreError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| StoreError::Database(format!("cannot hash the password: {e}")))
}

/// Whether `password` matches the PHC string `hash`. Slow on purpose (tens of milliseconds):
/// call it without holding the store.
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).ok().is_some_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// The hash checked when no user has the name given, so that the answer takes as long.
static DECOY_HASH: LazyLock<String> = LazyLock::new(|| {
    random_password()
        .and_then(|p| hash_password(&p))
        .unwrap_or_default()
});

/// Computes the decoy hash now, so that the first sign-in with an unknown name does not take
/// twice as long as the others (which would tell that the name is unknown).
pub fn prepare_sign_in() {
    LazyLock::force(&DECOY_HASH);
}

fn check_name(name: &str) -> Result<(), StoreError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && name.as_bytes()[0].is_ascii_alphanumeric();
    if ok {
        Ok(())
    } else {
        Err(invalid(
            "name",
            format!(
                "user name {name:?} must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"
            ),
        ))
    }
}

fn user_json(name: &str, role: Role, disabled: bool) -> String {
    serde_json::json!({ "name": name, "role": role.as_str(), "disabled": disabled }).to_string()
}

fn user_row(conn: &Connection, name: &str) -> Result<Option<(i64, User)>, StoreError> {
    let row: Option<(i64, String, String, String, i64)> = conn
        .query_row(
            "SELECT id, name, role, created, disabled FROM users WHERE name = ?1",
            [name],
            |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            },
        )
        .optional()?;
    row.map(|(id, name, role, created, disabled)| {
        Ok((
            id,
            User {
                role: Role::parse(&role)?,
                name,
                created,
                disabled: disabled != 0,
            },
        ))
    })
    .transpose()
}

fn no_such_user(name: &str) -> StoreError {
    StoreError::NotFound {
        entity: "user",
        id: name.to_owned(),
    }
}

/// Creates a user and returns the one-time password to hand over.
pub(crate) fn add_user(
    conn: &mut Connection,
    who: &Principal,
    name: &str,
    role: Role,
) -> Result<String, StoreError> {
    access::may_manage_accounts(who)?;
    check_name(name)?;
    if role == Role::Public {
        return Err(invalid(
            "role",
            "an account needs a role: viewer, contributor, verifier or admin",
        ));
    }
    let password = random_password()?;
    let hash = hash_password(&password)?;
    let tx = conn.transaction()?;
    if user_row(&tx, name)?.is_some() {
        return Err(StoreError::Conflict {
            message: format!("there is already a user named {name:?}"),
            field: Some("name".into()),
        });
    }
    tx.execute(
        "INSERT INTO users (name, role, password_hash, created) VALUES (?1, ?2, ?3, ?4)",
        rusqlite::params![name, role.as_str(), hash, now().to_string()],
    )?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append_json(
        &tx,
        "insert",
        "user",
        name,
        None,
        Some(user_json(name, role, false)),
    )?;
    tx.commit()?;
    Ok(password)
}

/// Gives a user a new one-time password, and signs out its sessions.
pub(crate) fn reset_password(
    conn: &mut Connection,
    who: &Principal,
    name: &str,
) -> Result<String, StoreError> {
    access::may_manage_accounts(who)?;
    let password = random_password()?;
    let hash = hash_password(&password)?;
    let tx = conn.transaction()?;
    let (id, _) = user_row(&tx, name)?.ok_or_else(|| no_such_user(name))?;
    tx.execute(
        "UPDATE users SET password_hash = ?2 WHERE id = ?1",
        rusqlite::params![id, hash],
    )?;
    tx.execute("DELETE FROM sessions WHERE user_id = ?1", [id])?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append_json(&tx, "reset_password", "user", name, None, None)?;
    tx.commit()?;
    Ok(password)
}

/// Changes a user's role or disables the account (its sessions end either way; its tokens are
/// capped at the new role, or stop working when disabled).
pub(crate) fn set_user(
    conn: &mut Connection,
    who: &Principal,
    name: &str,
    role: Option<Role>,
    disabled: Option<bool>,
) -> Result<User, StoreError> {
    access::may_manage_accounts(who)?;
    let tx = conn.transaction()?;
    let (id, before) = user_row(&tx, name)?.ok_or_else(|| no_such_user(name))?;
    let role = role.unwrap_or(before.role);
    if role == Role::Public {
        return Err(invalid("role", "an account needs a role above public"));
    }
    let disabled = disabled.unwrap_or(before.disabled);
    tx.execute(
        "UPDATE users SET role = ?2, disabled = ?3 WHERE id = ?1",
        rusqlite::params![id, role.as_str(), i64::from(disabled)],
    )?;
    tx.execute("DELETE FROM sessions WHERE user_id = ?1", [id])?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append_json(
        &tx,
        "update",
        "user",
        name,
        Some(user_json(name, before.role, before.disabled)),
        Some(user_json(name, role, disabled)),
    )?;
    tx.commit()?;
    Ok(User {
        role,
        disabled,
        ..before
    })
}

/// Every user, by name.
pub(crate) fn users(conn: &Connection, who: &Principal) -> Result<Vec<User>, StoreError> {
    access::may_manage_accounts(who)?;
    let mut statement = conn.prepare("SELECT name FROM users ORDER BY name")?;
    let names = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    names
        .iter()
        .filter_map(|n| user_row(conn, n).transpose())
        .map(|r| r.map(|(_, u)| u))
        .collect()
}

/// Issues an API token for a user, scoped to `role` (the user's own role when None, never
/// above it), and returns it with its secret, shown once.
pub(crate) fn create_token(
    conn: &mut Connection,
    who: &Principal,
    user: &str,
    role: Option<Role>,
    label: Option<&str>,
) -> Result<(Token, String), StoreError> {
    access::may_manage_accounts(who)?;
    let tx = conn.transaction()?;
    let (user_id, owner) = user_row(&tx, user)?.ok_or_else(|| no_such_user(user))?;
    let role = role.unwrap_or(owner.role);
    if role > owner.role || role == Role::Public {
        return Err(invalid(
            "role",
            format!(
                "a token for {user} may have a role from viewer up to {} (the user's role), not {role}",
                owner.role
            ),
        ));
    }
    let secret = format!("cct_{}", random_secret()?);
    let created = now().to_string();
    tx.execute(
        "INSERT INTO api_tokens (token_hash, user_id, role, label, created) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![sha256_hex(&secret), user_id, role.as_str(), label, created],
    )?;
    let id = u64::try_from(tx.last_insert_rowid()).unwrap_or(0);
    let token = Token {
        id,
        user: user.to_owned(),
        role,
        label: label.map(str::to_owned),
        created,
        revoked: None,
    };
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append(&tx, "insert", "token", &id.to_string(), None, Some(&token))?;
    tx.commit()?;
    Ok((token, secret))
}

/// A token's row: id, user name, role, label, created, revoked.
type TokenRow = (i64, String, String, Option<String>, String, Option<String>);

fn token_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<TokenRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
    ))
}

fn to_token((id, user, role, label, created, revoked): TokenRow) -> Result<Token, StoreError> {
    Ok(Token {
        id: u64::try_from(id).unwrap_or(0),
        user,
        role: Role::parse(&role)?,
        label,
        created,
        revoked,
    })
}

const TOKEN_COLUMNS: &str = "t.id, u.name, t.role, t.label, t.created, t.revoked
     FROM api_tokens t JOIN users u ON u.id = t.user_id";

/// Every token, newest first.
pub(crate) fn tokens(conn: &Connection, who: &Principal) -> Result<Vec<Token>, StoreError> {
    access::may_manage_accounts(who)?;
    let mut statement = conn.prepare(&format!("SELECT {TOKEN_COLUMNS} ORDER BY t.id DESC"))?;
    let rows = statement
        .query_map([], token_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(to_token).collect()
}

/// Revokes a token: it stops working at once.
pub(crate) fn revoke_token(
    conn: &mut Connection,
    who: &Principal,
    id: u64,
) -> Result<Token, StoreError> {
    access::may_manage_accounts(who)?;
    let tx = conn.transaction()?;
    let row = tx
        .query_row(
            &format!("SELECT {TOKEN_COLUMNS} WHERE t.id = ?1"),
            [i64::try_from(id).unwrap_or(-1)],
            token_row,
        )
        .optional()?;
    let before = to_token(row.ok_or_else(|| StoreError::NotFound {
        entity: "token",
        id: id.to_string(),
    })?)?;
    if before.revoked.is_some() {
        return Ok(before);
    }
    let after = Token {
        revoked: Some(now().to_string()),
        ..before.clone()
    };
    tx.execute(
        "UPDATE api_tokens SET revoked = ?2 WHERE id = ?1",
        rusqlite::params![i64::try_from(id).unwrap_or(-1), after.revoked],
    )?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append(
        &tx,
        "revoke",
        "token",
        &id.to_string(),
        Some(&before),
        Some(&after),
    )?;
    tx.commit()?;
    Ok(after)
}

/// What to check a password against, for the user `name`.
pub(crate) fn credentials(conn: &Connection, name: &str) -> Result<Credentials, StoreError> {
    let row: Option<String> = conn
        .query_row(
            "SELECT password_hash FROM users WHERE name = ?1 AND disabled = 0",
            [name],
            |row| row.get(0),
        )
        .optional()?;
    Ok(match row {
        Some(hash) => Credentials {
            user: Some(name.to_owned()),
            hash,
        },
        None => Credentials {
            user: None,
            hash: DECOY_HASH.clone(),
        },
    })
}

/// Opens a session for a user whose password was checked.
pub(crate) fn start_session(conn: &Connection, name: &str) -> Result<NewSession, StoreError> {
    let (user_id, _) = user_row(conn, name)?.ok_or_else(|| no_such_user(name))?;
    let created = now();
    let expires = created
        .checked_add(jiff::SignedDuration::from_hours(SESSION_HOURS))
        .unwrap_or(created);
    conn.execute(
        "DELETE FROM sessions WHERE expires <= ?1",
        [created.to_string()],
    )?;
    let session = NewSession {
        secret: random_secret()?,
        csrf: random_secret()?,
    };
    conn.execute(
        "INSERT INTO sessions (id_hash, user_id, csrf, created, expires) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![
            sha256_hex(&session.secret),
            user_id,
            session.csrf,
            created.to_string(),
            expires.to_string()
        ],
    )?;
    Ok(session)
}

/// The live session with this secret, if any.
pub(crate) fn session(conn: &Connection, secret: &str) -> Result<Option<Session>, StoreError> {
    let row: Option<(String, String, String)> = conn
        .query_row(
            "SELECT u.name, u.role, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.id_hash = ?1 AND s.expires > ?2 AND u.disabled = 0",
            [sha256_hex(secret), now().to_string()],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    row.map(|(name, role, csrf)| {
        Ok(Session {
            principal: Principal::user(name, Role::parse(&role)?),
            csrf,
        })
    })
    .transpose()
}

/// Ends the session with this secret.
pub(crate) fn end_session(conn: &Connection, secret: &str) -> Result<(), StoreError> {
    conn.execute(
        "DELETE FROM sessions WHERE id_hash = ?1",
        [sha256_hex(secret)],
    )?;
    Ok(())
}

/// The principal an API token acts as: its user, at the lower of the token's and the user's
/// current role; None for an unknown or revoked token or a disabled user.
pub(crate) fn token_principal(
    conn: &Connection,
    secret: &str,
) -> Result<Option<Principal>, StoreError> {
    let row: Option<(i64, String, String, String)> = conn
        .query_row(
            "SELECT t.id, u.name, t.role, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id
             WHERE t.token_hash = ?1 AND t.revoked IS NULL AND u.disabled = 0",
            [sha256_hex(secret)],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?;
    row.map(|(id, name, token_role, user_role)| {
        let role = Role::parse(&token_role)?.min(Role::parse(&user_role)?);
        Ok(Principal::user(format!("{name} (token {id})"), role))
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_random_and_check_against_their_hash_only() {
        let first = random_password().unwrap();
        let second = random_password().unwrap();
        assert_eq!(first.len(), 20);
        assert_ne!(first, second);
        let hash = hash_password(&first).unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password(&hash, &first));
        assert!(!verify_password(&hash, &second));
        assert!(!verify_password("not a hash", &first));
    }

    #[test]
    fn user_names_are_checked() {
        assert!(check_name("amina.k").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("-x").is_err());
        assert!(check_name("a b").is_err());
    }
}
