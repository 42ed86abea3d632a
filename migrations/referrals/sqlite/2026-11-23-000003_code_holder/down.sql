ALTER TABLE referrals DROP COLUMN holder_email;
ALTER TABLE referrals DROP COLUMN holder_phone;
