-- The person asked from their tracking page for a meeting to move, with what would suit them
-- better if they said; both are cleared when the team next saves the meeting.
ALTER TABLE case_entries ADD COLUMN move_wanted_at TIMESTAMP;
ALTER TABLE case_entries ADD COLUMN move_wanted TEXT;
