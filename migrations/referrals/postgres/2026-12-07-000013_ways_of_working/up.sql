-- How the advocate works with the person: instructed or not, the approaches (codes between
-- commas) and why, and whether their capacity comes and goes. One row per case, changed
-- from its version.
CREATE TABLE ways_of_working (
    referral_id TEXT PRIMARY KEY,
    instruction TEXT NOT NULL,
    approaches TEXT NOT NULL,
    why TEXT,
    fluctuating_capacity BOOLEAN NOT NULL,
    fluctuating_note TEXT,
    version BIGINT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
