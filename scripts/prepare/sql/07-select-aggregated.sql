-- The events file of pre-aggregated records: one row per (record, nationality code), in record order;
-- the writer joins a record's rows into one, with nationalities 'AFG:120;IRN:48'.
SELECT
  a.group_no, a.id, a.kind, a.event_date, a.people, a.boats, a.crew, a.deaths, a.records, a.route,
  a.route_name, a.site, a.outcome, n.code AS nat_code, n.people AS nat_people, a.origin_country,
  a.agency, a.source_text, a.confidence, a.lon, a.lat
FROM aggregated_events a
LEFT JOIN aggregated_nationalities n ON n.group_no = a.group_no
ORDER BY a.group_no, n.code;
