//! In-memory rate limits keyed by something that is not personal data (a reference, a
//! normalised account name), never by IP address.
//!
//! Limits live in each process, so with N replicas an attacker gets N times the budget;
//! the budgets below are small enough that this stays safe.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use crate::ApiError;

pub struct KeyedLimiter {
    /// Keeps what is left of each key's budget, so a caller can warn before the last try.
    limiter: RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>,
    title: &'static str,
}

impl KeyedLimiter {
    /// Allows `burst` attempts per key, refilled one every `period / burst`.
    pub fn new(burst: u32, period: Duration, title: &'static str) -> KeyedLimiter {
        let burst = NonZeroU32::new(burst.max(1)).expect("burst is at least 1");
        let quota = Quota::with_period(period / burst.get())
            .expect("period is not zero")
            .allow_burst(burst);
        KeyedLimiter { limiter: RateLimiter::keyed(quota).with_middleware::<StateInformationMiddleware>(), title }
    }

    /// Spends one attempt for `key` and says how many are left after it, or how long to wait.
    pub fn check(&self, key: &str) -> Result<u32, ApiError> {
        // Forget keys that have refilled so memory stays bounded under a spray of keys.
        if self.limiter.len() > 50_000 {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(&key.to_string()).map(|state| state.remaining_burst_capacity()).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            ApiError::RateLimited { title: self.title, retry_after_secs: wait.as_secs().max(1) }
        })
    }
}

/// A budget shared by everyone, for something that should be rare (failed sign-ins): while
/// it lasts nobody is slowed; once spent (a spray across many accounts), every attempt is
/// told to wait until it refills, a few seconds at a time. Nobody is locked out for good.
pub struct Budget {
    limiter: governor::DefaultDirectRateLimiter,
    /// When the budget was last found spent, the instant it next refills.
    spent_until: std::sync::Mutex<Option<std::time::Instant>>,
    title: &'static str,
}

impl Budget {
    /// `burst` events at once, refilled one every `period / burst`.
    pub fn new(burst: u32, period: Duration, title: &'static str) -> Budget {
        let burst = NonZeroU32::new(burst.max(1)).expect("burst is at least 1");
        let quota = Quota::with_period(period / burst.get()).expect("period is not zero").allow_burst(burst);
        Budget { limiter: RateLimiter::direct(quota), spent_until: std::sync::Mutex::new(None), title }
    }

    /// Fails while the budget is spent, without spending anything.
    pub fn check(&self) -> Result<(), ApiError> {
        let until = *self.spent_until.lock().expect("budget lock");
        match until.map(|until| until.saturating_duration_since(std::time::Instant::now())) {
            Some(wait) if !wait.is_zero() => {
                Err(ApiError::RateLimited { title: self.title, retry_after_secs: wait.as_secs().max(1) })
            }
            _ => Ok(()),
        }
    }

    /// Spends one; returns false when there was nothing left to spend (the budget is now spent).
    pub fn spend(&self) -> bool {
        match self.limiter.check() {
            Ok(()) => true,
            Err(not_until) => {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                *self.spent_until.lock().expect("budget lock") = Some(std::time::Instant::now() + wait);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spent_budget_slows_everyone_until_it_refills() {
        let budget = Budget::new(3, Duration::from_secs(3), "error-sign-ins-busy");
        for _ in 0..3 {
            assert!(budget.check().is_ok());
            assert!(budget.spend());
        }
        assert!(!budget.spend(), "the fourth is over budget");
        match budget.check() {
            Err(ApiError::RateLimited { retry_after_secs, .. }) => assert!((1..=3).contains(&retry_after_secs)),
            other => panic!("expected a wait, got {other:?}"),
        }
    }

    #[test]
    fn each_key_has_its_own_budget() {
        let limiter = KeyedLimiter::new(3, Duration::from_secs(900), "Too many tries");
        for left in [2, 1, 0] {
            assert_eq!(limiter.check("a").ok(), Some(left), "tries left after each");
        }
        match limiter.check("a") {
            Err(ApiError::RateLimited { retry_after_secs, .. }) => assert!((200..=300).contains(&retry_after_secs)),
            other => panic!("expected a rate limit, got {other:?}"),
        }
        assert!(limiter.check("b").is_ok());
    }
}
