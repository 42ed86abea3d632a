DROP TABLE outcome_reviews;
DROP TABLE desired_outcomes;
