DROP TABLE equality_monitoring;
