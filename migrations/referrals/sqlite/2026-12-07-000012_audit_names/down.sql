ALTER TABLE case_audit DROP COLUMN actor_name;
