-- Back to the triage role's name, rebuilding both tables as up.sql does.
PRAGMA foreign_keys = OFF;
BEGIN;

CREATE TABLE staff_users_rebuilt (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group')),
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
    SELECT id, email, display_name, CASE role WHEN 'manager' THEN 'triage' ELSE role END,
           password_hash, must_change_password, active, created_at, updated_at, group_id
    FROM staff_users;
DROP TABLE staff_users;
ALTER TABLE staff_users_rebuilt RENAME TO staff_users;
CREATE INDEX staff_users_group ON staff_users (group_id);

CREATE TABLE required_second_factor_rebuilt (
    role TEXT PRIMARY KEY CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'))
);
INSERT INTO required_second_factor_rebuilt (role)
    SELECT CASE role WHEN 'manager' THEN 'triage' ELSE role END FROM required_second_factor;
DROP TABLE required_second_factor;
ALTER TABLE required_second_factor_rebuilt RENAME TO required_second_factor;

UPDATE account_events SET detail = 'triage' WHERE detail = 'manager' AND action IN ('created', 'role_changed');

COMMIT;
PRAGMA foreign_keys = ON;
