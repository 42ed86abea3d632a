DELETE FROM required_second_factor WHERE role NOT IN ('admin', 'triage', 'advocate', 'commissioner');
ALTER TABLE required_second_factor DROP CONSTRAINT required_second_factor_role_check;
ALTER TABLE required_second_factor ADD CONSTRAINT required_second_factor_role_check
    CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner'));
-- Their sessions, second factors and histories go with them (ON DELETE CASCADE).
DELETE FROM staff_users WHERE role NOT IN ('admin', 'triage', 'advocate', 'commissioner');
DROP INDEX staff_users_group;
ALTER TABLE staff_users DROP CONSTRAINT staff_users_group_role;
ALTER TABLE staff_users DROP COLUMN group_id;
ALTER TABLE staff_users DROP CONSTRAINT staff_users_role_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_role_check
    CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner'));
DROP TABLE group_member_requests;
DROP TABLE self_advocacy_groups;
