DROP TABLE reoffers;
