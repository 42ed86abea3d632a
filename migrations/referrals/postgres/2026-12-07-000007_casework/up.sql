-- Casework: the lifecycle after triage, areas, advocates, mandates and allocation; and list
-- columns so the queue reads an index instead of sorting every referral.
ALTER TABLE referrals DROP CONSTRAINT referrals_status_check;
ALTER TABLE referrals ADD CONSTRAINT referrals_status_check CHECK (status IN (
    'received', 'awaiting_information', 'accepted', 'allocated', 'first_meeting', 'working',
    'on_hold', 'handover', 'closing', 'closed', 'declined', 'withdrawn', 'merged'));
-- Where the case is in the provider's work (0 triage, 1 waiting for an advocate, 2 with an
-- advocate, 3 finished): the queue's first sort key, kept with the status by every change.
ALTER TABLE referrals ADD COLUMN stage INTEGER NOT NULL DEFAULT 0;
UPDATE referrals SET stage = CASE status WHEN 'received' THEN 0 WHEN 'accepted' THEN 1 ELSE 3 END;
ALTER TABLE referrals ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE referrals ADD COLUMN area_id TEXT;
ALTER TABLE referrals ADD COLUMN advocate_id TEXT;
-- When each step was first done, for the waiting clocks and reports.
ALTER TABLE referrals ADD COLUMN acknowledged_at TIMESTAMP;
ALTER TABLE referrals ADD COLUMN triaged_at TIMESTAMP;
ALTER TABLE referrals ADD COLUMN allocated_at TIMESTAMP;
ALTER TABLE referrals ADD COLUMN first_contact_at TIMESTAMP;
UPDATE referrals SET triaged_at = (SELECT MIN(e.at) FROM referral_events e
    WHERE e.referral_id = referrals.id AND e.status IN ('accepted', 'declined'));
-- What a list row shows (name, first words, pictures, why urgent) as a small JSON object,
-- worked out from the answers when the referral is stored (the service fills it for older
-- rows when it starts): a list never parses the answers.
ALTER TABLE referrals ADD COLUMN list_row TEXT;
-- The advocacy indicated or confirmed, as ",care_act,imca,", for the queue's filter.
ALTER TABLE referrals ADD COLUMN list_advocacy TEXT;
DROP INDEX referrals_queue;
CREATE INDEX referrals_queue ON referrals (stage, urgent DESC, received_at, id);
CREATE INDEX referrals_queue_status ON referrals (status, urgent DESC, received_at, id);
CREATE INDEX referrals_advocate ON referrals (advocate_id, stage, received_at);
CREATE INDEX referrals_unlisted ON referrals (id) WHERE list_row IS NULL;
-- The provider's own lists: the council areas it works for (every case belongs to one, staff
-- confirm which, and reports are by area) and the qualifications an advocate can hold.
-- Entries are retired, never deleted, so old cases and profiles keep their names.
CREATE TABLE catalogue (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('area', 'qualification')),
    name TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    UNIQUE (kind, name)
);

-- An advocate's profile, keyed by their staff account (identity's id). The advocate says who
-- they are (first name as the person will see it, languages, and optionally gender and culture
-- or faith); a manager records what they may take on. Lists are JSON arrays of codes or ids:
-- a provider has tens of advocates, and suggestions read them all.
CREATE TABLE advocates (
    account_id TEXT PRIMARY KEY,
    first_name TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '[]',
    gender TEXT,
    culture_or_faith TEXT,
    advocacy TEXT NOT NULL DEFAULT '[]',
    qualifications TEXT NOT NULL DEFAULT '[]',
    areas TEXT NOT NULL DEFAULT '[]',
    settings TEXT NOT NULL DEFAULT '[]',
    caseload_limit INTEGER NOT NULL DEFAULT 20 CHECK (caseload_limit BETWEEN 1 AND 200),
    -- Off until a manager has said what they may take on, and when they leave.
    taking_cases BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at TIMESTAMP NOT NULL
);

-- Each kind of advocacy staff confirmed, rejected or are still waiting to decide for a case.
-- A case can hold several at once (Care Act, IMCA and paid RPR for one person).
CREATE TABLE mandates (
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    advocacy TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('confirmed', 'awaiting_information', 'rejected', 'ended')),
    legal_basis TEXT,
    -- Staff's reason, which the person never reads.
    reason TEXT NOT NULL,
    -- What is missing and who was asked, written for the person.
    information_needed TEXT,
    starts_on DATE,
    ends_on DATE,
    decided_by TEXT NOT NULL,
    decided_at TIMESTAMP NOT NULL,
    PRIMARY KEY (referral_id, advocacy)
);

-- Every advocate a case has had, with the handover note so the person does not tell their
-- story again, and why a preference could not be met (written for the person).
CREATE TABLE allocations (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    advocate_id TEXT NOT NULL,
    allocated_at TIMESTAMP NOT NULL,
    allocated_by TEXT NOT NULL,
    handover_note TEXT,
    preference_note TEXT,
    ended_at TIMESTAMP
);
CREATE INDEX allocations_referral ON allocations (referral_id, allocated_at);
CREATE INDEX allocations_advocate ON allocations (advocate_id);

-- Advocates a manager shared a case with, besides its named advocate.
CREATE TABLE case_shares (
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    shared_by TEXT NOT NULL,
    shared_at TIMESTAMP NOT NULL,
    PRIMARY KEY (referral_id, account_id)
);
CREATE INDEX case_shares_account ON case_shares (account_id);
