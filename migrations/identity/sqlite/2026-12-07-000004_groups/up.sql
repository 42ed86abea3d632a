-- Self-advocacy groups. A group registers itself with a contact; nobody signs in for it until
-- a provider admin has verified it, which gives the contact a sign-in. Its members sign in like
-- staff, with the 'group' role, and belong to it.
--
-- SQLite cannot change a CHECK constraint, so staff_users and required_second_factor are
-- rebuilt (SQLite's documented twelve steps). Foreign keys are off meanwhile, or dropping
-- the old staff_users would cascade to sessions, second factors and account histories. Every
-- row is copied with its id, so what pointed at an account points at it again.
--
-- Outside diesel's transaction, a crash after COMMIT but before diesel records this migration
-- runs it again at the next start: so it must succeed a second time. Nothing can have used the
-- new columns in between, and the groups table is created only if missing.
PRAGMA foreign_keys = OFF;
BEGIN;

CREATE TABLE IF NOT EXISTS self_advocacy_groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    area TEXT NOT NULL,
    members INTEGER NOT NULL CHECK (members > 0),
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    registered_on DATE NOT NULL,
    verified_on DATE,
    verified_by TEXT REFERENCES staff_users (id) ON DELETE SET NULL
);

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
INSERT INTO staff_users_rebuilt (id, email, display_name, role, password_hash, must_change_password, active, created_at, updated_at)
    SELECT id, email, display_name, role, password_hash, must_change_password, active, created_at, updated_at FROM staff_users;
DROP TABLE staff_users;
ALTER TABLE staff_users_rebuilt RENAME TO staff_users;
CREATE INDEX staff_users_group ON staff_users (group_id);

CREATE TABLE required_second_factor_rebuilt (
    role TEXT PRIMARY KEY CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'))
);
INSERT INTO required_second_factor_rebuilt (role) SELECT role FROM required_second_factor;
DROP TABLE required_second_factor;
ALTER TABLE required_second_factor_rebuilt RENAME TO required_second_factor;

-- Members a group asks to add: a provider admin makes each account (and hands over its
-- one-time password), so a group can neither learn whose email has a sign-in nor claim one.
CREATE TABLE IF NOT EXISTS group_member_requests (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES self_advocacy_groups (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL,
    requested_by TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
    requested_on DATE NOT NULL
);

COMMIT;
PRAGMA foreign_keys = ON;
