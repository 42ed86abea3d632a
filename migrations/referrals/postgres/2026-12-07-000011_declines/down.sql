DROP TABLE declines;
