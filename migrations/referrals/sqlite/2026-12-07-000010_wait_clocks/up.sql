-- Waiting clocks. The provider's targets, in days from receipt, per kind of advocacy and
-- area ('' = every one); the row for everything always exists. Each referral's `due_at` is
-- when its next step is due (or, with nothing left to wait for, when it was received), and
-- the queue orders by it, so breached cases come first. Referrals stored before it get
-- theirs when the service opens (`referrals_unclocked` finds them).
CREATE TABLE wait_targets (
    id TEXT PRIMARY KEY,
    advocacy TEXT NOT NULL,
    area_id TEXT NOT NULL,
    acknowledge_days INTEGER NOT NULL,
    triage_days INTEGER NOT NULL,
    allocate_days INTEGER NOT NULL,
    first_contact_days INTEGER NOT NULL
);
CREATE UNIQUE INDEX wait_targets_scope ON wait_targets (advocacy, area_id);
INSERT INTO wait_targets VALUES ('00000000-0000-0000-0000-000000000000', '', '', 1, 3, 5, 10);

ALTER TABLE referrals ADD COLUMN due_at TIMESTAMP;
DROP INDEX referrals_queue;
DROP INDEX referrals_queue_status;
CREATE INDEX referrals_queue ON referrals (stage, urgent DESC, due_at, id);
CREATE INDEX referrals_queue_status ON referrals (status, urgent DESC, due_at, id);
CREATE INDEX referrals_unclocked ON referrals (id) WHERE due_at IS NULL;
