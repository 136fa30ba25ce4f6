-- Aggregation period: the month ('YYYY-MM', the first 7 characters of either date form).
CREATE OR REPLACE TEMPORARY VIEW period_events AS
SELECT
  e.*,
  SUBSTRING(e.event_date, 1, 7) AS period_key,
  CASE WHEN e.people IS NULL THEN 0 ELSE 1 END AS people_known
FROM valid_events e;
