-- Whoever holds the tracking code can ask for a new one with their own phone or email: on the
-- carer and professional routes that is the referrer, and someone contacted through a named
-- person may hold it with that person's details. Normalised like the match keys.
ALTER TABLE referrals ADD COLUMN holder_phone TEXT;
ALTER TABLE referrals ADD COLUMN holder_email TEXT;
