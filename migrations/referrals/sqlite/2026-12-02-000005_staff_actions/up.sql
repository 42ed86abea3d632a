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
