//! Table-driven tests of the entitlement rules.
//!
//! Each table lives with the rules it covers; this module holds the harness and the
//! checks that span all tables: every reason code, flag, outcome and mode must be produced
//! by at least one case, so a rule without a test fails the build.

mod capacity;
mod care_act;
mod contract;
mod general;
mod mental_health;
mod properties;
mod texts;

use std::collections::BTreeSet;

use serde_json::Value;

use super::*;

pub(super) enum Expect {
    /// This advocacy has exactly this outcome and these reasons, in this order.
    Result(Advocacy, Outcome, &'static [Reason]),
    /// The facts do not settle this advocacy, so it has no entry.
    NoResult(Advocacy),
    /// Exactly these flags.
    Flags(&'static [Flag]),
    Mode(Mode),
    /// Exactly these missing facts.
    Missing(&'static [&'static str]),
    /// At least these missing facts.
    Asks(&'static [&'static str]),
    /// None of these missing facts.
    DoesNotAsk(&'static [&'static str]),
}

pub(super) struct Case {
    pub name: String,
    pub facts: Value,
    pub expect: Vec<Expect>,
}

pub(super) fn case(name: impl Into<String>, facts: Value, expect: Vec<Expect>) -> Case {
    Case { name: name.into(), facts, expect }
}

/// `base` with `changes` laid over it, object by object; anything else in `changes`
/// (including `null`) replaces what was there.
pub(super) fn with(mut base: Value, changes: Value) -> Value {
    match (&mut base, changes) {
        (Value::Object(base_map), Value::Object(changes)) => {
            for (key, change) in changes {
                let merged = with(base_map.remove(&key).unwrap_or(Value::Null), change);
                base_map.insert(key, merged);
            }
            base
        }
        (_, change) => change,
    }
}

pub(super) fn facts(value: &Value) -> Facts {
    serde_json::from_value(value.clone())
        .unwrap_or_else(|error| panic!("test facts do not deserialise: {error}\n{value:#}"))
}

fn failures(case: &Case, assessment: &Assessment) -> Vec<String> {
    let result = |advocacy| assessment.results.iter().find(|r| r.advocacy == advocacy);
    let missing: BTreeSet<&str> = assessment.missing_facts.iter().map(String::as_str).collect();
    let mut failures = Vec::new();
    for expect in &case.expect {
        let failure = match expect {
            Expect::Result(advocacy, outcome, reasons) => {
                let expected = AdvocacyResult {
                    advocacy: *advocacy,
                    outcome: *outcome,
                    reasons: reasons.to_vec(),
                };
                (result(*advocacy) != Some(&expected))
                    .then(|| format!("expected {expected:?}, got {:?}", result(*advocacy)))
            }
            Expect::NoResult(advocacy) => result(*advocacy)
                .map(|found| format!("expected no {advocacy:?} result, got {found:?}")),
            Expect::Flags(flags) => (assessment.flags != *flags)
                .then(|| format!("expected flags {flags:?}, got {:?}", assessment.flags)),
            Expect::Mode(mode) => (assessment.mode != *mode)
                .then(|| format!("expected mode {mode:?}, got {:?}", assessment.mode)),
            Expect::Missing(names) => (assessment.missing_facts != *names)
                .then(|| format!("expected missing {names:?}, got {:?}", assessment.missing_facts)),
            Expect::Asks(names) => {
                let absent: Vec<_> = names.iter().filter(|n| !missing.contains(*n)).collect();
                (!absent.is_empty()).then(|| {
                    format!("expected to ask {absent:?}, got {:?}", assessment.missing_facts)
                })
            }
            Expect::DoesNotAsk(names) => {
                let present: Vec<_> = names.iter().filter(|n| missing.contains(*n)).collect();
                (!present.is_empty()).then(|| {
                    format!("expected not to ask {present:?}, got {:?}", assessment.missing_facts)
                })
            }
        };
        failures.extend(failure.map(|f| format!("{}: {f}", case.name)));
    }
    failures
}

/// Runs a table and reports every failing case at once.
pub(super) fn run(cases: &[Case]) {
    assert!(!cases.is_empty());
    let failures: Vec<String> =
        cases.iter().flat_map(|case| failures(case, &assess(&facts(&case.facts)))).collect();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

fn all_assessments() -> Vec<Assessment> {
    [care_act::cases(), capacity::cases(), mental_health::cases(), general::cases()]
        .into_iter()
        .flatten()
        .map(|case| assess(&facts(&case.facts)))
        .collect()
}

#[test]
fn every_reason_code_is_produced_by_some_case() {
    let produced: BTreeSet<Reason> = all_assessments()
        .iter()
        .flat_map(|a| &a.results)
        .flat_map(|r| &r.reasons)
        .copied()
        .collect();
    let never: Vec<_> = Reason::ALL.iter().filter(|r| !produced.contains(r)).collect();
    assert!(never.is_empty(), "no case produces {never:?}");
}

#[test]
fn every_flag_is_raised_by_some_case() {
    let raised: BTreeSet<Flag> = all_assessments().iter().flat_map(|a| &a.flags).copied().collect();
    let never: Vec<_> = Flag::ALL.iter().filter(|f| !raised.contains(f)).collect();
    assert!(never.is_empty(), "no case raises {never:?}");
}

#[test]
fn every_outcome_and_mode_is_produced_by_some_case() {
    let assessments = all_assessments();
    for outcome in Outcome::ALL {
        let found = assessments.iter().flat_map(|a| &a.results).any(|r| r.outcome == outcome);
        assert!(found, "no case produces {outcome:?}");
    }
    for mode in [Mode::Instructed, Mode::NonInstructed, Mode::Unknown] {
        assert!(assessments.iter().any(|a| a.mode == mode), "no case gives {mode:?}");
    }
}

#[test]
fn every_advocacy_type_is_both_indicated_and_ruled_out_by_some_case() {
    let results: Vec<AdvocacyResult> =
        all_assessments().into_iter().flat_map(|a| a.results).collect();
    for advocacy in Advocacy::ALL {
        let of_type = || results.iter().filter(|r| r.advocacy == advocacy);
        assert!(of_type().any(|r| r.outcome != Outcome::NotMet), "{advocacy:?} never indicated");
        assert!(of_type().any(|r| r.outcome == Outcome::NotMet), "{advocacy:?} never ruled out");
    }
}
