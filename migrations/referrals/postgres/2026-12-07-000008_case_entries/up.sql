-- The work on a case: issues, actions, meetings and the team's own notes. Kept in a table of
-- their own, apart from what is written for the person, so no query for the person can reach
-- an internal note by mistake.
CREATE TABLE case_entries (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('issue', 'action', 'meeting', 'note')),
    title TEXT NOT NULL,
    details TEXT,
    -- When a meeting is, or when an action is due.
    due_at TIMESTAMP,
    place TEXT,
    owner TEXT,
    -- A meeting's arrangements, as a JSON array of codes.
    arrangements TEXT NOT NULL DEFAULT '[]',
    done BOOLEAN NOT NULL DEFAULT FALSE,
    author TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX case_entries_referral ON case_entries (referral_id, created_at);
-- The next meeting of a case, and what is due across an advocate's cases.
CREATE INDEX case_entries_due ON case_entries (referral_id, kind, due_at);

-- What the advocate writes for the person, which they read when tracking.
CREATE TABLE person_updates (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    author TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX person_updates_referral ON person_updates (referral_id, at);
