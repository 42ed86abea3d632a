-- The triage role becomes the manager: the provider's triage and allocation lead, who also
-- confirms mandates and gives each case its advocate. Existing accounts keep their powers.
ALTER TABLE staff_users DROP CONSTRAINT staff_users_role_check;
UPDATE staff_users SET role = 'manager' WHERE role = 'triage';
ALTER TABLE staff_users ADD CONSTRAINT staff_users_role_check
    CHECK (role IN ('admin', 'manager', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'));

ALTER TABLE required_second_factor DROP CONSTRAINT required_second_factor_role_check;
UPDATE required_second_factor SET role = 'manager' WHERE role = 'triage';
ALTER TABLE required_second_factor ADD CONSTRAINT required_second_factor_role_check
    CHECK (role IN ('admin', 'manager', 'advocate', 'commissioner', 'safeguarding_board', 'partnership_board', 'healthwatch', 'group'));

-- Account histories name the role given: say what it is called now.
UPDATE account_events SET detail = 'manager' WHERE detail = 'triage' AND action IN ('created', 'role_changed');
