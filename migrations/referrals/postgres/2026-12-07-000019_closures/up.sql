-- What is known when a case closes (Making Safeguarding Personal): whether the person was
-- asked about the outcomes they wanted, whether they feel safer, how far the advocacy did
-- what they hoped, their own words, and who answered. One row per case, changed from its
-- version; the person's own answers replace anyone else's.
CREATE TABLE closures (
    referral_id TEXT PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
    outcomes_asked TEXT CHECK (outcomes_asked IN ('asked_expressed', 'asked_not_expressed', 'not_asked', 'dont_know')),
    feels_safer TEXT CHECK (feels_safer IN ('yes', 'partly', 'no')),
    expectations TEXT CHECK (expectations IN ('fully', 'partly', 'not_met')),
    comment TEXT,
    answered_by TEXT CHECK (answered_by IN ('person', 'with_advocate', 'advocate')),
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
