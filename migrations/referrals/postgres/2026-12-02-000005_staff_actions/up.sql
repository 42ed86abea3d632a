-- What staff did to a referral that is not a status the person reads (a new tracking code),
-- with who and why: the referral's history for staff.
CREATE TABLE staff_actions (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id),
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT
);
CREATE INDEX staff_actions_referral ON staff_actions (referral_id, at);

-- "I lost my code" requests wait here for the matcher, so the request itself does the same
-- work whether or not anything matches. Each row is deleted once matched, within seconds.
CREATE TABLE code_requests (
    id TEXT PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    phone TEXT,
    email TEXT,
    reference TEXT
);
CREATE INDEX referrals_holder_phone ON referrals (holder_phone);
CREATE INDEX referrals_holder_email ON referrals (holder_email);
