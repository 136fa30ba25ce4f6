-- The nationalities of the validated events in long form: one row per (source row, code), persons as
-- validated (counts given, or the people not accounted for split in whole persons).
CREATE TABLE valid_nationalities (
  row_no BIGINT,
  code STRING,
  people INT
);
