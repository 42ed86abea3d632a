//! Proof of work for anonymous writes (new referrals, feedback, "this happens to me too"; see
//! `speakup_types::proof`): signed challenges that cost more as such writes arrive faster.
//! Nothing about the sender is kept; the state is how many arrived lately and which challenges
//! were used, both in memory. Each use has its own key, so an answer for one service is
//! refused by another.
//!
//! Each replica counts its own arrivals and used challenges, so behind a load balancer a
//! challenge could be used once per replica: the cost still rises with the flood.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::Utc;
use speakup_types::proof::{meets, Challenge};

use crate::secrets::{constant_time_eq, derive, random_token, MasterSecret};
use crate::ApiError;

/// A missing, forged, used, expired or too easy answer: the sender must answer a fresh challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no answered proof-of-work challenge")]
pub struct ProofNeeded;

impl From<ProofNeeded> for ApiError {
    fn from(_: ProofNeeded) -> ApiError {
        ApiError::PreconditionRequired("error-proof-needed")
    }
}

/// About a thousand hashes: nothing on any phone.
const BASE_BITS: u32 = 10;
/// About four million hashes: some seconds on a cheap phone, costly by the thousand.
const MAX_BITS: u32 = 22;
const VALID_SECS: i64 = 10 * 60;
const WINDOW: Duration = Duration::from_secs(10 * 60);

pub struct ProofOfWork {
    key: [u8; 32],
    /// Arrivals per 10 minutes above which each referral costs more.
    busy_above: u32,
    arrivals: Mutex<VecDeque<Instant>>,
    /// Used challenges, by nonce, with their expiry, and when expired ones were last dropped.
    spent: Mutex<(HashMap<String, i64>, i64)>,
}

impl ProofOfWork {
    /// `purpose` keeps each use's challenges apart (`"referrals"`, `"feedback"`); arrivals past
    /// `busy_above` in 10 minutes make each answer cost more.
    pub fn new(secret: &MasterSecret, purpose: &str, busy_above: u32) -> ProofOfWork {
        ProofOfWork {
            key: derive(secret.as_bytes(), "proof-of-work", purpose.as_bytes()),
            busy_above: busy_above.max(1),
            arrivals: Mutex::new(VecDeque::new()),
            spent: Mutex::new((HashMap::new(), 0)),
        }
    }

    fn recent_arrivals(&self) -> usize {
        let mut arrivals = self.arrivals.lock().expect("arrivals lock");
        while arrivals.front().is_some_and(|at| at.elapsed() > WINDOW) {
            arrivals.pop_front();
        }
        arrivals.len()
    }

    /// Two more bits (four times the work) each time the arrivals double past `busy_above`.
    pub fn bits_now(&self) -> u32 {
        let (recent, busy) = (self.recent_arrivals() as f64, f64::from(self.busy_above));
        if recent <= busy {
            return BASE_BITS;
        }
        let doublings = (recent / busy).log2().ceil() as u32;
        (BASE_BITS + 2 * doublings).min(MAX_BITS)
    }

    fn sign(&self, payload: &str) -> String {
        derive(&self.key, "challenge", payload.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn challenge(&self) -> Challenge {
        let bits = self.bits_now();
        let payload = format!("{}.{}.{bits}", random_token(12), Utc::now().timestamp() + VALID_SECS);
        Challenge { challenge: format!("{payload}.{}", self.sign(&payload)), bits }
    }

    /// Checks `<challenge>:<counter>`: ours, unexpired, unused, hard enough for the load now
    /// (one step of slack for the load rising while it was being answered), and answered.
    /// A passed check counts as an arrival.
    pub fn check(&self, header: Option<&str>) -> Result<(), ProofNeeded> {
        let (challenge, counter) = header.and_then(|h| h.trim().rsplit_once(':')).ok_or(ProofNeeded)?;
        let counter: u64 = counter.parse().map_err(|_| ProofNeeded)?;
        let (payload, signature) = challenge.rsplit_once('.').ok_or(ProofNeeded)?;
        if !constant_time_eq(signature.as_bytes(), self.sign(payload).as_bytes()) {
            return Err(ProofNeeded);
        }
        let mut parts = payload.split('.');
        let (nonce, expires, bits) = (parts.next(), parts.next().and_then(|e| e.parse::<i64>().ok()), parts.next().and_then(|b| b.parse::<u32>().ok()));
        let (Some(nonce), Some(expires), Some(bits)) = (nonce, expires, bits) else { return Err(ProofNeeded) };
        let now = Utc::now().timestamp();
        if expires <= now || bits + 2 < self.bits_now() || !meets(challenge, counter, bits) {
            return Err(ProofNeeded);
        }
        {
            let mut guard = self.spent.lock().expect("spent lock");
            let (spent, pruned_at) = &mut *guard;
            // At most once a second, so a flood of answers costs no scan per request.
            if *pruned_at < now {
                spent.retain(|_, expiry| *expiry > now);
                *pruned_at = now;
            }
            if spent.insert(nonce.to_string(), expires).is_some() {
                return Err(ProofNeeded);
            }
        }
        self.arrivals.lock().expect("arrivals lock").push_back(Instant::now());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use speakup_types::proof::{header_value, search};

    fn answer(challenge: &Challenge) -> String {
        let counter = search(&challenge.challenge, challenge.bits, 0, u64::MAX).expect("an answer");
        header_value(&challenge.challenge, counter)
    }

    #[test]
    fn an_answered_challenge_is_taken_once() {
        let pow = ProofOfWork::new(&MasterSecret::generate().0, "test", 60);
        let challenge = pow.challenge();
        assert_eq!(challenge.bits, BASE_BITS);
        let header = answer(&challenge);
        assert!(pow.check(Some(&header)).is_ok());
        assert!(pow.check(Some(&header)) == Err(ProofNeeded), "used once");
        assert!(matches!(pow.check(None), Err(ProofNeeded)));
        let forged = header.replacen(".10.", ".1.", 1);
        assert!(matches!(pow.check(Some(&forged)), Err(ProofNeeded)), "the bits are signed");
        let other = ProofOfWork::new(&MasterSecret::generate().0, "test", 60);
        assert!(matches!(other.check(Some(&answer(&pow.challenge()))), Err(ProofNeeded)), "only ours");
        let (secret, _) = MasterSecret::generate();
        let referrals = ProofOfWork::new(&secret, "referrals", 60);
        let feedback = ProofOfWork::new(&secret, "feedback", 60);
        assert_eq!(feedback.check(Some(&answer(&referrals.challenge()))), Err(ProofNeeded), "only for its own use");
    }

    #[test]
    fn the_cost_rises_as_arrivals_double() {
        let pow = ProofOfWork::new(&MasterSecret::generate().0, "test", 2);
        let mut seen = Vec::new();
        for _ in 0..9 {
            seen.push(pow.bits_now());
            let challenge = pow.challenge();
            pow.check(Some(&answer(&challenge))).unwrap();
        }
        assert_eq!(seen, [10, 10, 10, 12, 12, 14, 14, 14, 14], "2 per 10 minutes, then doubling");
    }
}
