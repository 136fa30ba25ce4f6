-- The events file without aggregation: every validated row, in date order (the app sorts by day; a file
-- already in order is copied instead of reordered).
SELECT
  id, kind, event_date, people, boats, crew, deaths, route, route_name, site, outcome, nationalities,
  origin_country, agency, source_text, confidence, lon, lat
FROM valid_events
ORDER BY event_date, row_no;
