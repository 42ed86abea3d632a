ALTER TABLE staff_users DROP CONSTRAINT staff_users_role_check;
UPDATE staff_users SET role = 'triage' WHERE role = 'manager';
ALTER TABLE staff_users ADD CONSTRAINT staff_users_role_check
    CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'));
ALTER TABLE required_second_factor DROP CONSTRAINT required_second_factor_role_check;
UPDATE required_second_factor SET role = 'triage' WHERE role = 'manager';
ALTER TABLE required_second_factor ADD CONSTRAINT required_second_factor_role_check
    CHECK (role IN ('admin', 'triage', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'));
UPDATE account_events SET detail = 'triage' WHERE detail = 'manager' AND action IN ('created', 'role_changed');
