//! A small in-memory limit on failed sign-ins, per account and per client address, so that
//! passwords cannot be guessed at speed.
//!
//! Each key keeps the times of its recent failures; a key with too many failures within the window
//! is refused until the oldest of them leaves the window. A successful sign-in clears the
//! account's failures (not the address's: one right password says nothing about the others an
//! address tried). The limits live in the server's memory: a restart forgets them, and several
//! server processes would each keep their own (documented in `docs/security.md`).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures allowed per account within the window.
pub const ACCOUNT_FAILURES: usize = 5;
/// Failures allowed per client address within the window.
pub const ADDRESS_FAILURES: usize = 20;
/// The window.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Keys kept at most; past this the oldest are forgotten, so that a flood of made-up names
/// cannot fill the memory.
const MAX_KEYS: usize = 10_000;

/// The failed sign-ins of the recent past.
#[derive(Debug, Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

fn account_key(account: &str) -> String {
    format!("account:{}", account.to_lowercase())
}

fn address_key(address: &str) -> String {
    format!("address:{address}")
}

impl LoginLimiter {
    /// Whether a sign-in for `account` from `address` may be tried now; if not, how long to wait.
    pub fn check(&self, account: &str, address: &str) -> Result<(), Duration> {
        let now = Instant::now();
        let Ok(mut failures) = self.failures.lock() else {
            // A poisoned lock means a panic elsewhere; refusing is the safe answer.
            return Err(WINDOW);
        };
        let mut wait = Duration::ZERO;
        for (key, limit) in [
            (account_key(account), ACCOUNT_FAILURES),
            (address_key(address), ADDRESS_FAILURES),
        ] {
            if let Some(times) = failures.get_mut(&key) {
                while times
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= WINDOW)
                {
                    times.pop_front();
                }
                if times.len() >= limit
                    && let Some(oldest) = times.front()
                {
                    wait = wait.max(WINDOW.saturating_sub(now.duration_since(*oldest)));
                }
            }
        }
        if wait.is_zero() { Ok(()) } else { Err(wait) }
    }

    /// Records a failed sign-in.
    pub fn failed(&self, account: &str, address: &str) {
        let now = Instant::now();
        let Ok(mut failures) = self.failures.lock() else {
            return;
        };
        if failures.len() >= MAX_KEYS {
            failures.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < WINDOW)
            });
        }
        for key in [account_key(account), address_key(address)] {
            failures.entry(key).or_default().push_back(now);
        }
    }

    /// Records a successful sign-in: the account's failures are forgotten.
    pub fn succeeded(&self, account: &str) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.remove(&account_key(account));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_locked_after_five_failures_and_others_are_not() {
        let limiter = LoginLimiter::default();
        for _ in 0..ACCOUNT_FAILURES {
            assert!(limiter.check("amina", "10.0.0.1").is_ok());
            limiter.failed("amina", "10.0.0.1");
        }
        let wait = limiter.check("Amina", "10.0.0.2").unwrap_err();
        assert!(wait > Duration::from_secs(14 * 60), "{wait:?}");
        assert!(limiter.check("bilal", "10.0.0.1").is_ok());
    }

    #[test]
    fn an_address_is_locked_after_twenty_failures_across_accounts() {
        let limiter = LoginLimiter::default();
        for i in 0..ADDRESS_FAILURES {
            limiter.failed(&format!("user{i}"), "10.0.0.9");
        }
        assert!(limiter.check("someone-new", "10.0.0.9").is_err());
        assert!(limiter.check("someone-new", "10.0.0.10").is_ok());
    }

    #[test]
    fn success_clears_the_account() {
        let limiter = LoginLimiter::default();
        for _ in 0..ACCOUNT_FAILURES - 1 {
            limiter.failed("amina", "10.0.0.1");
        }
        limiter.succeeded("amina");
        limiter.failed("amina", "10.0.0.1");
        assert!(limiter.check("amina", "10.0.0.1").is_ok());
    }
}
