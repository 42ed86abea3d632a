-- The queue's filters by area and kind of advocacy, counted from the index alone: with
-- thousands of open cases, counting what matches no longer reads each row.
CREATE INDEX referrals_queue_filters ON referrals (stage, area_id, list_advocacy);
