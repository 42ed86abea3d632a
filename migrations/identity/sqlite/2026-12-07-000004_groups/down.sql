-- The accounts of the new roles are deleted first, with foreign keys on, so their sessions,
-- second factors and histories go with them; then the tables are rebuilt as before.
DELETE FROM staff_users WHERE role NOT IN ('admin', 'triage', 'advocate', 'commissioner');
DELETE FROM required_second_factor WHERE role NOT IN ('admin', 'triage', 'advocate', 'commissioner');
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE staff_users_rebuilt (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner')),
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO staff_users_rebuilt SELECT id, email, display_name, role, password_hash, must_change_password, active, created_at, updated_at FROM staff_users;
DROP TABLE staff_users;
ALTER TABLE staff_users_rebuilt RENAME TO staff_users;
CREATE TABLE required_second_factor_rebuilt (
    role TEXT PRIMARY KEY CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner'))
);
INSERT INTO required_second_factor_rebuilt (role) SELECT role FROM required_second_factor;
DROP TABLE required_second_factor;
ALTER TABLE required_second_factor_rebuilt RENAME TO required_second_factor;
DROP TABLE group_member_requests;
DROP TABLE self_advocacy_groups;
COMMIT;
PRAGMA foreign_keys = ON;
