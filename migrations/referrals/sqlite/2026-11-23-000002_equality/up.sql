-- Equality monitoring, kept apart from the case record: no staff screen reads this table,
-- and it is only ever reported in aggregate with small numbers suppressed.
CREATE TABLE equality_monitoring (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    answers TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
