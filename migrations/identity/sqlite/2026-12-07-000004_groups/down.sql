PRAGMA foreign_keys = OFF;
BEGIN;
DELETE FROM staff_users WHERE role IN ('board', 'group');
DELETE FROM required_second_factor WHERE role IN ('board', 'group');
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
DROP TABLE self_advocacy_groups;
COMMIT;
PRAGMA foreign_keys = ON;
