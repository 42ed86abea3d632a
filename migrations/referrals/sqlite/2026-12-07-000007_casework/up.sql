-- Casework: the lifecycle after triage, areas, advocates, mandates and allocation; and list
-- columns so the queue reads an index instead of sorting every referral.
--
-- SQLite cannot change a CHECK constraint, so referrals is rebuilt (SQLite's twelve steps)
-- with the wider status list and the new columns. Foreign keys are off meanwhile, or dropping
-- the old table would cascade to every referral's history. Every row keeps its id.
--
-- Outside diesel's transaction, a crash after COMMIT but before diesel records this migration
-- runs it again at the next start: so it must succeed a second time (new tables and indexes
-- only if missing; the list columns are refilled by the service at start).
PRAGMA foreign_keys = OFF;
BEGIN;

CREATE TABLE referrals_rebuilt (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    tracking_code_hash TEXT NOT NULL,
    route TEXT NOT NULL CHECK (route IN ('self', 'on_behalf', 'professional')),
    status TEXT NOT NULL CHECK (status IN (
        'received', 'awaiting_information', 'accepted', 'allocated', 'first_meeting', 'working',
        'on_hold', 'handover', 'closing', 'closed', 'declined', 'withdrawn', 'merged')),
    urgent INTEGER NOT NULL DEFAULT 0,
    -- The answers (`ReferralAnswers`, tagged by route) and the engine's indicated result, as JSON.
    answers TEXT NOT NULL,
    assessment TEXT NOT NULL,
    received_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- Normalised keys of the person (never the referrer), for spotting duplicates.
    match_name TEXT NOT NULL,
    match_phone TEXT,
    match_email TEXT,
    match_dob TEXT,
    -- Set when triage joined this referral into another about the same person.
    merged_into TEXT REFERENCES referrals (id),
    -- Someone said they lost the tracking code; triage can issue a new one.
    code_reset_requested_at TIMESTAMP,
    holder_phone TEXT,
    holder_email TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    equality_answered INTEGER NOT NULL DEFAULT 0,
    -- Where the case is in the provider's work (0 triage, 1 waiting for an advocate, 2 with
    -- an advocate, 3 finished): the queue's first sort key, kept with the status by every change.
    stage INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1,
    area_id TEXT,
    advocate_id TEXT,
    -- When each step was first done, for the waiting clocks and reports.
    acknowledged_at TIMESTAMP,
    triaged_at TIMESTAMP,
    allocated_at TIMESTAMP,
    first_contact_at TIMESTAMP,
    -- What a list row shows (name, first words, pictures, why urgent) as a small JSON
    -- object, worked out from the answers when the referral is stored (the service fills it
    -- for older rows when it starts): a list never parses the answers.
    list_row TEXT,
    -- The advocacy indicated or confirmed, as ",care_act,imca,", for the queue's filter.
    list_advocacy TEXT
);
INSERT INTO referrals_rebuilt (id, reference, idempotency_key, tracking_code_hash, route, status, urgent, answers,
        assessment, received_at, updated_at, match_name, match_phone, match_email, match_dob, merged_into,
        code_reset_requested_at, holder_phone, holder_email, language, equality_answered, stage, triaged_at)
    SELECT id, reference, idempotency_key, tracking_code_hash, route, status, urgent, answers,
        assessment, received_at, updated_at, match_name, match_phone, match_email, match_dob, merged_into,
        code_reset_requested_at, holder_phone, holder_email, language, equality_answered,
        CASE WHEN status IN ('received', 'awaiting_information') THEN 0
             WHEN status IN ('accepted', 'handover') THEN 1
             WHEN status IN ('allocated', 'first_meeting', 'working', 'on_hold', 'closing') THEN 2
             ELSE 3 END,
        (SELECT MIN(e.at) FROM referral_events e
            WHERE e.referral_id = referrals.id AND e.status IN ('accepted', 'declined'))
    FROM referrals;
DROP TABLE referrals;
ALTER TABLE referrals_rebuilt RENAME TO referrals;
CREATE INDEX IF NOT EXISTS referrals_match_phone ON referrals (match_phone);
CREATE INDEX IF NOT EXISTS referrals_match_email ON referrals (match_email);
CREATE INDEX IF NOT EXISTS referrals_match_name ON referrals (match_name, match_dob);
CREATE INDEX IF NOT EXISTS referrals_merged_into ON referrals (merged_into);
CREATE INDEX IF NOT EXISTS referrals_holder_phone ON referrals (holder_phone);
CREATE INDEX IF NOT EXISTS referrals_holder_email ON referrals (holder_email);
CREATE INDEX IF NOT EXISTS referrals_queue ON referrals (stage, urgent DESC, received_at, id);
CREATE INDEX IF NOT EXISTS referrals_queue_status ON referrals (status, urgent DESC, received_at, id);
CREATE INDEX IF NOT EXISTS referrals_advocate ON referrals (advocate_id, stage, received_at);
CREATE INDEX IF NOT EXISTS referrals_unlisted ON referrals (id) WHERE list_row IS NULL;
-- The provider's own lists: the council areas it works for (every case belongs to one, staff
-- confirm which, and reports are by area) and the qualifications an advocate can hold.
-- Entries are retired, never deleted, so old cases and profiles keep their names.
CREATE TABLE IF NOT EXISTS catalogue (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('area', 'qualification')),
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kind, name)
);

-- An advocate's profile, keyed by their staff account (identity's id). The advocate says who
-- they are (first name as the person will see it, languages, and optionally gender and culture
-- or faith); a manager records what they may take on. Lists are JSON arrays of codes or ids:
-- a provider has tens of advocates, and suggestions read them all.
CREATE TABLE IF NOT EXISTS advocates (
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
    taking_cases INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at TIMESTAMP NOT NULL
);

-- Each kind of advocacy staff confirmed, rejected or are still waiting to decide for a case.
-- A case can hold several at once (Care Act, IMCA and paid RPR for one person).
CREATE TABLE IF NOT EXISTS mandates (
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
CREATE TABLE IF NOT EXISTS allocations (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    advocate_id TEXT NOT NULL,
    allocated_at TIMESTAMP NOT NULL,
    allocated_by TEXT NOT NULL,
    handover_note TEXT,
    preference_note TEXT,
    ended_at TIMESTAMP
);
CREATE INDEX IF NOT EXISTS allocations_referral ON allocations (referral_id, allocated_at);
CREATE INDEX IF NOT EXISTS allocations_advocate ON allocations (advocate_id);

-- Advocates a manager shared a case with, besides its named advocate.
CREATE TABLE IF NOT EXISTS case_shares (
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    shared_by TEXT NOT NULL,
    shared_at TIMESTAMP NOT NULL,
    PRIMARY KEY (referral_id, account_id)
);
CREATE INDEX IF NOT EXISTS case_shares_account ON case_shares (account_id);

COMMIT;
PRAGMA foreign_keys = ON;
