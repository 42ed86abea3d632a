DROP TABLE case_audit;
DROP FUNCTION case_audit_append_only();
