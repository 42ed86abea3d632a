DROP TABLE person_updates;
DROP TABLE case_entries;
