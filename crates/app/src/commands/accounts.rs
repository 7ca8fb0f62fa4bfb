//! `user` and `token`: the accounts that sign in, and the API tokens that act for them. Run
//! locally on the database file, these act as an admin; every change is in the audit log, signed
//! with the command. Passwords and tokens are printed once and never stored as given.

use std::path::Path;

use store::{Principal, Role, Store};

use crate::cli::{TokenAction, UserAction};

fn role(text: &str) -> anyhow::Result<Role> {
    Ok(Role::parse(text)?)
}

/// `crosscheck user add|list|passwd|role|disable|enable`.
pub fn user(db: &Path, action: UserAction) -> anyhow::Result<()> {
    let mut store = Store::open_existing(db)?;
    match action {
        UserAction::Add { name, role: r } => {
            let who = Principal::local(format!("crosscheck user add {name}"));
            let password = store.add_user(&who, &name, role(&r)?)?;
            println!("created {name} ({r})");
            println!("one-time password (shown only now): {password}");
        }
        UserAction::List => {
            let users = store.users(&Principal::local("crosscheck user list"))?;
            for u in users {
                println!(
                    "{:<24} {:<12} {}{}",
                    u.name,
                    u.role,
                    u.created,
                    if u.disabled { "  disabled" } else { "" }
                );
            }
        }
        UserAction::Passwd { name } => {
            let who = Principal::local(format!("crosscheck user passwd {name}"));
            let password = store.reset_password(&who, &name)?;
            println!("new one-time password for {name} (shown only now): {password}");
        }
        UserAction::Role { name, role: r } => {
            let who = Principal::local(format!("crosscheck user role {name} {r}"));
            let user = store.set_user(&who, &name, Some(role(&r)?), None)?;
            println!("{} is now {}", user.name, user.role);
        }
        UserAction::Disable { name } => {
            let who = Principal::local(format!("crosscheck user disable {name}"));
            store.set_user(&who, &name, None, Some(true))?;
            println!("{name} is disabled");
        }
        UserAction::Enable { name } => {
            let who = Principal::local(format!("crosscheck user enable {name}"));
            store.set_user(&who, &name, None, Some(false))?;
            println!("{name} is enabled");
        }
    }
    Ok(())
}

/// `crosscheck token create|list|revoke`.
pub fn token(db: &Path, action: TokenAction) -> anyhow::Result<()> {
    let mut store = Store::open_existing(db)?;
    match action {
        TokenAction::Create {
            user,
            role: r,
            label,
        } => {
            let who = Principal::local(format!("crosscheck token create --user {user}"));
            let r = r.as_deref().map(role).transpose()?;
            let (token, secret) = store.create_token(&who, &user, r, label.as_deref())?;
            println!(
                "token {} for {} ({}); send it as `Authorization: Bearer <token>`; shown only now:",
                token.id, token.user, token.role
            );
            println!("{secret}");
        }
        TokenAction::List => {
            for t in store.tokens(&Principal::local("crosscheck token list"))? {
                println!(
                    "{:>4}  {:<24} {:<12} {}  {}{}",
                    t.id,
                    t.user,
                    t.role,
                    t.created,
                    t.label.unwrap_or_default(),
                    t.revoked
                        .map(|at| format!("  revoked {at}"))
                        .unwrap_or_default()
                );
            }
        }
        TokenAction::Revoke { id } => {
            let who = Principal::local(format!("crosscheck token revoke {id}"));
            let token = store.revoke_token(&who, id)?;
            println!("token {} ({}) is revoked", token.id, token.user);
        }
    }
    Ok(())
}
