-- The staff account's name as it was when it acted, so the audit reads by name. Older
-- records keep none; what the person did themselves has none.
ALTER TABLE case_audit ADD COLUMN actor_name TEXT;
