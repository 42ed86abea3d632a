-- The link to each referral cannot be restored: answers counted before are dropped.
CREATE TABLE equality_monitoring (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    answers TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
DROP TABLE equality_responses;
DROP TABLE equality_pending;
ALTER TABLE referrals DROP COLUMN equality_answered;
