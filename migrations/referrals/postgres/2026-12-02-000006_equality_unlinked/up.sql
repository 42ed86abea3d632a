-- Equality answers no longer keep a link to their referral once counted. They wait in
-- equality_pending (no staff screen reads it) only while the referral awaits triage, so that a
-- referral joined into another counts once; then they move to equality_responses, which holds
-- the month the referral arrived and the answers, nothing else.
ALTER TABLE referrals ADD COLUMN equality_answered BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE referrals SET equality_answered = TRUE WHERE id IN (SELECT referral_id FROM equality_monitoring);

CREATE TABLE equality_pending (
    referral_id TEXT PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
    answers TEXT NOT NULL
);
CREATE TABLE equality_responses (
    id TEXT PRIMARY KEY,
    month TEXT NOT NULL,
    answers TEXT NOT NULL
);
CREATE INDEX equality_responses_month ON equality_responses (month);

-- What was recorded before: answers of referrals not joined into another, by month only.
INSERT INTO equality_responses (id, month, answers)
    SELECT gen_random_uuid()::text, to_char(e.recorded_at, 'YYYY-MM'), e.answers
    FROM equality_monitoring e JOIN referrals r ON r.id = e.referral_id
    WHERE r.merged_into IS NULL;
DROP TABLE equality_monitoring;
