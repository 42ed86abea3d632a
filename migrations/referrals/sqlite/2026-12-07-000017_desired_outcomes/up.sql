-- Making Safeguarding Personal: what the person wants to happen, in their own words (or, for
-- someone who cannot say, the advocate's understanding, marked as such), with the wellbeing
-- areas it touches (codes between commas), reviewed during the case and rated at its end.
-- Changed from its version, so two people editing one outcome never overwrite each other.
CREATE TABLE desired_outcomes (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    words TEXT NOT NULL,
    expressed_by TEXT NOT NULL CHECK (expressed_by IN ('person', 'representative', 'advocate')),
    wellbeing TEXT NOT NULL,
    if_not TEXT,
    review_on DATE,
    shared_with_enquiry BOOLEAN NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    achievement TEXT CHECK (achievement IN ('fully', 'partly', 'not_achieved')),
    rated_by TEXT CHECK (rated_by IN ('person', 'with_advocate', 'advocate')),
    rating_comment TEXT,
    rated_at TIMESTAMP,
    version BIGINT NOT NULL
);
CREATE INDEX desired_outcomes_referral ON desired_outcomes (referral_id, recorded_at);

-- Each look back at an outcome: what changed and when to look again. Only ever added to.
CREATE TABLE outcome_reviews (
    id TEXT PRIMARY KEY,
    outcome_id TEXT NOT NULL REFERENCES desired_outcomes (id) ON DELETE CASCADE,
    reviewed_by TEXT NOT NULL,
    reviewed_at TIMESTAMP NOT NULL,
    what_changed TEXT NOT NULL,
    next_review_on DATE
);
CREATE INDEX outcome_reviews_outcome ON outcome_reviews (outcome_id, reviewed_at);
