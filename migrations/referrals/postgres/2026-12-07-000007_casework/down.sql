DROP TABLE case_shares;
DROP TABLE allocations;
DROP TABLE mandates;
DROP TABLE advocates;
DROP TABLE catalogue;
DROP INDEX referrals_unlisted;
DROP INDEX referrals_advocate;
DROP INDEX referrals_queue_status;
DROP INDEX referrals_queue;
CREATE INDEX referrals_queue ON referrals (urgent DESC, received_at DESC);
UPDATE referrals SET status = 'accepted' WHERE status NOT IN ('received', 'accepted', 'declined', 'merged');
ALTER TABLE referrals DROP CONSTRAINT referrals_status_check;
ALTER TABLE referrals ADD CONSTRAINT referrals_status_check CHECK (status IN ('received', 'accepted', 'declined', 'merged'));
ALTER TABLE referrals DROP COLUMN stage, DROP COLUMN version, DROP COLUMN area_id, DROP COLUMN advocate_id,
    DROP COLUMN acknowledged_at, DROP COLUMN triaged_at, DROP COLUMN allocated_at, DROP COLUMN first_contact_at,
    DROP COLUMN list_row, DROP COLUMN list_advocacy;
