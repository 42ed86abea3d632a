CREATE TABLE referrals (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    tracking_code_hash TEXT NOT NULL,
    -- 'professional' is the route still to come; allowing it now spares SQLite a table rebuild.
    route TEXT NOT NULL CHECK (route IN ('self', 'on_behalf', 'professional')),
    status TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'declined', 'merged')),
    urgent BOOLEAN NOT NULL DEFAULT FALSE,
    -- The answers (`ReferralAnswers`, tagged by route) and the engine's indicated result, as JSON.
    answers TEXT NOT NULL,
    assessment TEXT NOT NULL,
    received_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- Normalised keys of the person (never the referrer), for spotting duplicates.
    match_name TEXT NOT NULL,
    match_phone TEXT,
    match_email TEXT,
    match_dob TEXT,
    -- Set when triage joined this referral into another about the same person.
    merged_into TEXT REFERENCES referrals (id),
    -- Someone said they lost the tracking code; triage can issue a new one.
    code_reset_requested_at TIMESTAMP
);
CREATE INDEX referrals_queue ON referrals (urgent DESC, received_at DESC);
CREATE INDEX referrals_match_phone ON referrals (match_phone);
CREATE INDEX referrals_match_email ON referrals (match_email);
CREATE INDEX referrals_match_name ON referrals (match_name, match_dob);
CREATE INDEX referrals_merged_into ON referrals (merged_into);

CREATE TABLE referral_events (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    status TEXT NOT NULL,
    note_for_person TEXT,
    -- The member of staff who made the change; NULL when the person did.
    actor TEXT
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, at);
