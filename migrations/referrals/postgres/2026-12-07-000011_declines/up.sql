-- What a decline gave the person besides its reason (which is the decision's note in
-- referral_events): the other help to turn to, and the provider's own list of where. The
-- reason code is for the provider's figures; the person never sees it.
CREATE TABLE declines (
    referral_id TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    alternatives TEXT NOT NULL,
    where_to_go TEXT
);
