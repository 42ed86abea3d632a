DROP TABLE ways_of_working;
