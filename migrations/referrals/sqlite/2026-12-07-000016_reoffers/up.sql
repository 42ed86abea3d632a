-- IMHA re-offers: when the person says no to a case with IMHA among its advocacy, the offer
-- is due again on `due_on`. Each answer closes its row; another "no" adds the next one, so
-- the rows are the history of every offer and answer.
CREATE TABLE reoffers (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    due_on DATE NOT NULL,
    scheduled_at TIMESTAMP NOT NULL,
    answered_at TIMESTAMP,
    answer TEXT CHECK (answer IN ('accepted', 'declined', 'not_eligible')),
    -- Why the person said no, in staff's words, where they said.
    reason TEXT,
    answered_by TEXT
);
CREATE INDEX reoffers_open ON reoffers (due_on) WHERE answered_at IS NULL;
CREATE INDEX reoffers_referral ON reoffers (referral_id, scheduled_at);
