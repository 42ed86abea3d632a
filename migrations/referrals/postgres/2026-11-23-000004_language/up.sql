-- The language the person used SpeakUp in (a BCP 47 code such as "cy"): what they read their
-- status in, and what letters and messages to them should be written in.
ALTER TABLE referrals ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
