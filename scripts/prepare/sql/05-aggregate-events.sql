-- One record per group: boats, people, deaths, crew and records summed (NULL only when no row of the group
-- recorded the count), the position the mean of the rows', other texts kept when the group shares one
-- ('several sources' when its rows cite different sources).
CREATE TABLE aggregated_events AS
SELECT
  g.group_no,
  'agg-' || CAST(g.group_no AS STRING) AS id,
  e.kind,
  e.period_key AS event_date,
  CASE WHEN MIN(e.people_known) = 1 THEN SUM(e.people) ELSE NULL END AS people,
  SUM(e.boats) AS boats,
  SUM(e.crew) AS crew,
  SUM(e.deaths) AS deaths,
  SUM(e.records) AS records,
  e.route,
  MIN(e.route_name) AS route_name,
  e.site,
  e.outcome,
  e.nat_set,
  CASE WHEN COUNT(DISTINCT e.origin_country) = 1 AND COUNT(e.origin_country) = COUNT(*)
    THEN MIN(e.origin_country) ELSE NULL END AS origin_country,
  CASE WHEN COUNT(DISTINCT e.agency) = 1 AND COUNT(e.agency) = COUNT(*)
    THEN MIN(e.agency) ELSE NULL END AS agency,
  CASE WHEN COUNT(e.source_text) = 0 THEN NULL
    WHEN COUNT(DISTINCT e.source_text) = 1 AND COUNT(e.source_text) = COUNT(*) THEN MIN(e.source_text)
    ELSE 'several sources' END AS source_text,
  e.confidence,
  AVG(e.lon) AS lon,
  AVG(e.lat) AS lat
FROM period_events e
JOIN grouped_rows g ON g.row_no = e.row_no
GROUP BY g.group_no, e.kind, e.period_key, e.route, e.site, e.outcome, e.nat_set, e.confidence;
