-- Safeguarding concerns on a case, for the team only: the kinds of abuse or neglect (codes
-- between commas), the person's agreement or why it went without it, when it was reported,
-- the council's reference, enquiry and decision, when it last answered, and whether the
-- person is still at risk below its threshold. `chase_on` is when it is next due to be
-- chased (none until reported, and once settled), kept here so the list of concerns to
-- chase is one indexed read.
CREATE TABLE safeguarding_concerns (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    kinds TEXT NOT NULL,
    summary TEXT NOT NULL,
    consent TEXT NOT NULL CHECK (consent IN ('given', 'refused', 'not_asked')),
    without_consent TEXT CHECK (without_consent IN ('risk_to_others', 'lacks_capacity', 'crime', 'vital_interests')),
    reported_on DATE,
    council_reference TEXT,
    enquiry TEXT NOT NULL CHECK (enquiry IN ('not_known', 'opened', 'not_opened')),
    council_decision TEXT,
    feedback_on DATE,
    still_at_risk BOOLEAN NOT NULL,
    settled_on DATE,
    chase_on DATE,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX safeguarding_concerns_referral ON safeguarding_concerns (referral_id, recorded_at);
CREATE INDEX safeguarding_concerns_chase ON safeguarding_concerns (chase_on) WHERE chase_on IS NOT NULL;

-- Each chase of the council and each escalation up the provider's path, dated. Only added to.
CREATE TABLE concern_steps (
    id TEXT PRIMARY KEY,
    concern_id TEXT NOT NULL REFERENCES safeguarding_concerns (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('chased', 'escalated')),
    escalated_to TEXT,
    taken_on DATE NOT NULL,
    note TEXT,
    taken_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX concern_steps_concern ON concern_steps (concern_id, taken_on);

-- The provider's own settings: one row.
CREATE TABLE provider_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    chase_after_days INTEGER NOT NULL
);
INSERT INTO provider_settings (id, chase_after_days) VALUES (1, 10);

-- The provider's lists gain its escalation path.
ALTER TABLE catalogue DROP CONSTRAINT catalogue_kind_check;
ALTER TABLE catalogue ADD CONSTRAINT catalogue_kind_check CHECK (kind IN ('area', 'qualification', 'escalation_step'));
