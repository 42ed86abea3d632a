DROP INDEX referrals_unclocked;
DROP INDEX referrals_queue_status;
DROP INDEX referrals_queue;
ALTER TABLE referrals DROP COLUMN due_at;
CREATE INDEX referrals_queue ON referrals (stage, urgent DESC, received_at, id);
CREATE INDEX referrals_queue_status ON referrals (status, urgent DESC, received_at, id);
DROP TABLE wait_targets;
