-- Anonymous feedback. Nothing here identifies the sender or their device: no address, no
-- browser, no cookie, no exact time (a day is enough), and no referral unless the sender
-- typed its reference and chose to link it. Ids are random (v4), never time-ordered.
CREATE TABLE themes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    active BOOLEAN NOT NULL
);

CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    sender TEXT NOT NULL,
    reader TEXT NOT NULL,
    given_on DATE NOT NULL,
    language TEXT NOT NULL,
    answers TEXT NOT NULL,
    overall INTEGER,
    comments TEXT,
    -- A keyed hash of the receipt's words, for coming back; the words are never stored.
    receipt_digest TEXT UNIQUE,
    reference TEXT,
    -- Hidden as abusive: kept, with who hid it and on which day (and every change in
    -- feedback_actions).
    hidden_by TEXT,
    hidden_on DATE,
    -- The sender wrote last and waits for an answer.
    awaiting_reply BOOLEAN NOT NULL
);
CREATE INDEX feedback_inbox ON feedback (reader, given_on);

CREATE TABLE feedback_messages (
    id TEXT PRIMARY KEY,
    feedback_id TEXT NOT NULL REFERENCES feedback (id),
    position INTEGER NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    written_on DATE NOT NULL,
    -- The member of staff who replied; none for the sender.
    staff_id TEXT,
    UNIQUE (feedback_id, position)
);

CREATE TABLE feedback_themes (
    feedback_id TEXT NOT NULL REFERENCES feedback (id),
    theme_id TEXT NOT NULL REFERENCES themes (id),
    PRIMARY KEY (feedback_id, theme_id)
);
CREATE INDEX feedback_themes_theme ON feedback_themes (theme_id);

-- What staff did to feedback besides replying (hidden, shown again): who and which day.
CREATE TABLE feedback_actions (
    id TEXT PRIMARY KEY,
    feedback_id TEXT NOT NULL REFERENCES feedback (id),
    position INTEGER NOT NULL,
    action TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    done_on DATE NOT NULL,
    UNIQUE (feedback_id, position)
);
