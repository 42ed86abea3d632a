-- The triage role becomes the manager: the provider's triage and allocation lead, who also
-- confirms mandates and gives each case its advocate. Existing accounts keep their powers.
--
-- SQLite cannot change a CHECK constraint, so both tables are rebuilt as in the groups
-- migration: foreign keys off, every row copied with its id. Outside diesel's transaction, a
-- crash after COMMIT but before diesel records this migration runs it again: the rebuilt
-- tables take any leftover 'triage' as 'manager', so a second run succeeds too.
PRAGMA foreign_keys = OFF;
BEGIN;

CREATE TABLE staff_users_rebuilt (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group')),
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    group_id TEXT REFERENCES self_advocacy_groups (id),
    -- A group member always belongs to a group, and nobody else does.
    CHECK ((role = 'group') = (group_id IS NOT NULL))
);
INSERT INTO staff_users_rebuilt (id, email, display_name, role, password_hash, must_change_password, active, created_at, updated_at, group_id)
    SELECT id, email, display_name, CASE role WHEN 'triage' THEN 'manager' ELSE role END,
           password_hash, must_change_password, active, created_at, updated_at, group_id
    FROM staff_users;
DROP TABLE staff_users;
ALTER TABLE staff_users_rebuilt RENAME TO staff_users;
CREATE INDEX staff_users_group ON staff_users (group_id);

CREATE TABLE required_second_factor_rebuilt (
    role TEXT PRIMARY KEY CHECK (role IN ('admin', 'manager', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'))
);
INSERT INTO required_second_factor_rebuilt (role)
    SELECT CASE role WHEN 'triage' THEN 'manager' ELSE role END FROM required_second_factor;
DROP TABLE required_second_factor;
ALTER TABLE required_second_factor_rebuilt RENAME TO required_second_factor;

UPDATE account_events SET detail = 'manager' WHERE detail = 'triage' AND action IN ('created', 'role_changed');

COMMIT;
PRAGMA foreign_keys = ON;
