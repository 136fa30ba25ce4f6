-- Aggregation period: the day (month-precision rows keep their month).
CREATE OR REPLACE TEMPORARY VIEW period_events AS
SELECT
  e.*,
  e.event_date AS period_key,
  CASE WHEN e.people IS NULL THEN 0 ELSE 1 END AS people_known
FROM valid_events e;
