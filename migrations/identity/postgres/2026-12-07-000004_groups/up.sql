-- Self-advocacy groups. A group registers itself with a contact; nobody signs in for it until
-- a provider admin has verified it, which gives the contact a sign-in. Its members sign in like
-- staff, with the 'group' role, and belong to it.
CREATE TABLE self_advocacy_groups (
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

-- Members a group asks to add: a provider admin makes each account (and hands over its
-- one-time password), so a group can neither learn whose email has a sign-in nor claim one.
CREATE TABLE group_member_requests (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES self_advocacy_groups (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL,
    requested_by TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
    requested_on DATE NOT NULL
);

-- New roles: members of groups, and members of each body a group may raise an issue with
-- (the Safeguarding Adults Board, a partnership board, Healthwatch), who answer its issues.
ALTER TABLE staff_users DROP CONSTRAINT staff_users_role_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_role_check
    CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'));
ALTER TABLE staff_users ADD COLUMN group_id TEXT REFERENCES self_advocacy_groups (id);
-- A group member always belongs to a group, and nobody else does.
ALTER TABLE staff_users ADD CONSTRAINT staff_users_group_role CHECK ((role = 'group') = (group_id IS NOT NULL));
CREATE INDEX staff_users_group ON staff_users (group_id);

ALTER TABLE required_second_factor DROP CONSTRAINT required_second_factor_role_check;
ALTER TABLE required_second_factor ADD CONSTRAINT required_second_factor_role_check
    CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'));
