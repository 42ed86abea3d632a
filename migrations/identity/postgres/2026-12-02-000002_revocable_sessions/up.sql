-- Sessions now idle out, so each records when it was last used. Sessions from before this
-- change are ended: they have no such time.
DELETE FROM staff_sessions;
ALTER TABLE staff_sessions ADD COLUMN last_seen_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';

-- What admins did to each account, and when: shown on the account's page.
CREATE TABLE account_events (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    actor_id TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
    at TIMESTAMP NOT NULL,
    action TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX account_events_account ON account_events (account_id, at);
