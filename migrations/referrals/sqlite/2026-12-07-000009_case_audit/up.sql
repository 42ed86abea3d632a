-- Who opened and who changed which case, and when. Append-only: the app has no route that
-- changes it, and the database refuses an UPDATE or DELETE. (Retention, when it comes, will
-- need its own way past this, on purpose.)
CREATE TABLE case_audit (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    action TEXT NOT NULL
);
CREATE INDEX case_audit_referral ON case_audit (referral_id, at);
CREATE INDEX case_audit_at ON case_audit (at);

CREATE TRIGGER case_audit_no_update BEFORE UPDATE ON case_audit
BEGIN
    SELECT RAISE(ABORT, 'the case audit is append-only');
END;
CREATE TRIGGER case_audit_no_delete BEFORE DELETE ON case_audit
BEGIN
    SELECT RAISE(ABORT, 'the case audit is append-only');
END;
