-- Validated events: one row per source row that the app's own validation accepted, written by the
-- preparation step (the field mapping and the validation are the app's TypeScript, run in Node).
-- Portable types only (STRING, INT, BIGINT, DOUBLE): Spark SQL and DuckDB read them alike.
-- Values are already normalised: counts are whole numbers or NULL (not recorded; people NULL = unknown),
-- kind/outcome/confidence are the format's words, dates are 'YYYY-MM-DD' or 'YYYY-MM' text.
CREATE TABLE valid_events (
  row_no BIGINT,          -- number of the source row, from 1 ("Feature n" in the load report)
  id STRING,
  kind STRING,            -- 'departure' | 'interception'
  event_date STRING,      -- 'YYYY-MM-DD', or 'YYYY-MM' for month precision
  people INT,             -- NULL: unknown
  boats INT,
  crew INT,               -- NULL: not recorded
  deaths INT,             -- NULL: not recorded
  records INT,            -- source records this row stands for (1 here)
  route STRING,
  route_name STRING,      -- the first name given for the route (same on every row of the route)
  site STRING,
  outcome STRING,         -- NULL on departures
  nationalities STRING,   -- 'AFG:60;IRN:24': codes with persons, as validated
  nat_set STRING,         -- 'AFG;IRN': the codes alone, sorted (the grouping key)
  origin_country STRING,
  agency STRING,
  source_text STRING,
  confidence STRING,      -- 'high' | 'medium' | 'low'
  lon DOUBLE,             -- degrees
  lat DOUBLE
);
