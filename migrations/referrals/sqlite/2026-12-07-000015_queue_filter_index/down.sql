DROP INDEX referrals_queue_filters;
