ALTER TABLE case_entries DROP COLUMN move_wanted;
ALTER TABLE case_entries DROP COLUMN move_wanted_at;
