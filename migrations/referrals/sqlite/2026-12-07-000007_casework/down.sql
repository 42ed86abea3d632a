-- Back to the four statuses, rebuilding referrals as the first migration made it.
PRAGMA foreign_keys = OFF;
BEGIN;
DROP TABLE case_shares;
DROP TABLE allocations;
DROP TABLE mandates;
DROP TABLE advocates;
DROP TABLE catalogue;
CREATE TABLE referrals_rebuilt (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    tracking_code_hash TEXT NOT NULL,
    route TEXT NOT NULL CHECK (route IN ('self', 'on_behalf', 'professional')),
    status TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'declined', 'merged')),
    urgent INTEGER NOT NULL DEFAULT 0,
    answers TEXT NOT NULL,
    assessment TEXT NOT NULL,
    received_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    match_name TEXT NOT NULL,
    match_phone TEXT,
    match_email TEXT,
    match_dob TEXT,
    merged_into TEXT REFERENCES referrals (id),
    code_reset_requested_at TIMESTAMP,
    holder_phone TEXT,
    holder_email TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    equality_answered INTEGER NOT NULL DEFAULT 0
);
INSERT INTO referrals_rebuilt
    SELECT id, reference, idempotency_key, tracking_code_hash, route,
        CASE WHEN status IN ('received', 'accepted', 'declined', 'merged') THEN status ELSE 'accepted' END,
        urgent, answers, assessment, received_at, updated_at, match_name, match_phone, match_email, match_dob,
        merged_into, code_reset_requested_at, holder_phone, holder_email, language, equality_answered
    FROM referrals;
DROP TABLE referrals;
ALTER TABLE referrals_rebuilt RENAME TO referrals;
CREATE INDEX referrals_queue ON referrals (urgent DESC, received_at DESC);
CREATE INDEX referrals_match_phone ON referrals (match_phone);
CREATE INDEX referrals_match_email ON referrals (match_email);
CREATE INDEX referrals_match_name ON referrals (match_name, match_dob);
CREATE INDEX referrals_merged_into ON referrals (merged_into);
CREATE INDEX referrals_holder_phone ON referrals (holder_phone);
CREATE INDEX referrals_holder_email ON referrals (holder_email);
COMMIT;
PRAGMA foreign_keys = ON;
