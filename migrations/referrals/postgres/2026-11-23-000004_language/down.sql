ALTER TABLE referrals DROP COLUMN language;
