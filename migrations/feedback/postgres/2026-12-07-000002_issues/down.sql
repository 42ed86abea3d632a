DROP TABLE issue_themes;
DROP TABLE issue_supports;
DROP TABLE issue_events;
DROP TABLE issues;
