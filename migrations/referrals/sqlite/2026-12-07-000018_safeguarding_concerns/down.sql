DROP TABLE provider_settings;
DROP TABLE concern_steps;
DROP TABLE safeguarding_concerns;
DELETE FROM catalogue WHERE kind = 'escalation_step';
