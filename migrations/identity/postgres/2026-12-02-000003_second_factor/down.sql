DROP TABLE sign_in_challenges;
DROP TABLE required_second_factor;
DROP TABLE recovery_codes;
DROP TABLE second_factors;
