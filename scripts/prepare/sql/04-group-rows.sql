-- Which group each validated row falls in. A group is one period x kind x route x site x outcome x
-- nationality set x confidence, with people known or not kept apart (so "people unknown" stays exact).
-- A group is cut into parts before its running sums pass half the format's per-record limits
-- (people 1,000,000; boats, crew and deaths 65,534 each), so no summed record is refused by the app.
-- group_no is the first source row of the group's part: unique, stable, and a readable id.
CREATE TABLE grouped_rows AS
SELECT
  p.row_no,
  MIN(p.row_no) OVER (
    PARTITION BY p.period_key, p.kind, p.route, p.site, p.outcome, p.nat_set, p.people_known,
      p.confidence, p.part
  ) AS group_no
FROM (
  SELECT
    e.row_no, e.period_key, e.kind, e.route, e.site, e.outcome, e.nat_set, e.people_known, e.confidence,
    CAST(FLOOR(GREATEST(
      SUM(COALESCE(e.people, 0)) OVER w / 500000.0,
      SUM(e.boats) OVER w / 32767.0,
      SUM(COALESCE(e.crew, 0)) OVER w / 32767.0,
      SUM(COALESCE(e.deaths, 0)) OVER w / 32767.0
    )) AS BIGINT) AS part
  FROM period_events e
  WINDOW w AS (
    PARTITION BY e.period_key, e.kind, e.route, e.site, e.outcome, e.nat_set, e.people_known,
      e.confidence
    ORDER BY e.row_no
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  )
) p;
