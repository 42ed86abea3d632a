-- A staff member's authenticator key (RFC 6238). A key being set up is kept unconfirmed
-- until a code from it is typed back; only confirmed keys are asked for at sign-in.
CREATE TABLE second_factors (
    user_id TEXT PRIMARY KEY REFERENCES staff_users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    confirmed BOOLEAN NOT NULL DEFAULT FALSE,
    -- The last 30-second step a code was accepted for: a code is accepted once only.
    last_step BIGINT,
    created_at TIMESTAMP NOT NULL
);

-- One-time recovery codes, stored as keyed hashes; a used code keeps its row, marked used.
CREATE TABLE recovery_codes (
    code_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- Roles whose members must use a second factor: an admin's setting, none at first.
CREATE TABLE required_second_factor (
    role TEXT PRIMARY KEY CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner'))
);

-- Someone who gave the right password and still owes a code: a short-lived ticket.
CREATE TABLE sign_in_challenges (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    expires_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
