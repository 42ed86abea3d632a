DROP INDEX referrals_holder_email;
DROP INDEX referrals_holder_phone;
DROP TABLE code_requests;
DROP TABLE staff_actions;
