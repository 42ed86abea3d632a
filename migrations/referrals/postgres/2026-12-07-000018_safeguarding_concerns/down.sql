DROP TABLE provider_settings;
DROP TABLE concern_steps;
DROP TABLE safeguarding_concerns;
ALTER TABLE catalogue DROP CONSTRAINT catalogue_kind_check;
DELETE FROM catalogue WHERE kind = 'escalation_step';
ALTER TABLE catalogue ADD CONSTRAINT catalogue_kind_check CHECK (kind IN ('area', 'qualification'));
