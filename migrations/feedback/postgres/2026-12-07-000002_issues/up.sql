-- Collective issues raised by self-advocacy groups. Unlike feedback these are public once
-- raised and carry the group's name; still only days, never times. "This happens to me too"
-- is a bare count: nothing is kept about who said it.
CREATE TABLE issues (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL,
    -- As it was when the issue was started: the public page names the group.
    group_name TEXT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    happening TEXT NOT NULL,
    affects TEXT NOT NULL,
    members_agreeing INTEGER,
    change_wanted TEXT NOT NULL,
    addressee TEXT,
    easy_read TEXT NOT NULL,
    -- Codes of pictures from SpeakUp's own drawings, comma-separated; never an upload.
    pictures TEXT NOT NULL,
    -- None while a draft.
    raised_on DATE,
    me_too INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX issues_group ON issues (group_id);
CREATE INDEX issues_public ON issues (status, raised_on);

-- Every status an issue moved to, in order, with the addressee's words when they gave some.
CREATE TABLE issue_events (
    issue_id TEXT NOT NULL REFERENCES issues (id),
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    happened_on DATE NOT NULL,
    plain TEXT,
    easy_read TEXT,
    -- Who answered (a member of staff, a commissioner or a board member); never published.
    staff_id TEXT,
    PRIMARY KEY (issue_id, position)
);

-- Other groups' support, one per group, each with its own line.
CREATE TABLE issue_supports (
    issue_id TEXT NOT NULL REFERENCES issues (id),
    group_id TEXT NOT NULL,
    group_name TEXT NOT NULL,
    line TEXT NOT NULL,
    supported_on DATE NOT NULL,
    PRIMARY KEY (issue_id, group_id)
);

-- The provider's themes, shared with feedback.
CREATE TABLE issue_themes (
    issue_id TEXT NOT NULL REFERENCES issues (id),
    theme_id TEXT NOT NULL REFERENCES themes (id),
    PRIMARY KEY (issue_id, theme_id)
);
CREATE INDEX issue_themes_theme ON issue_themes (theme_id);
