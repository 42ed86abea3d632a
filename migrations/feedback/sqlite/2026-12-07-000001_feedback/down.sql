DROP TABLE feedback_actions;
DROP TABLE feedback_themes;
DROP TABLE feedback_messages;
DROP TABLE feedback;
DROP TABLE themes;
