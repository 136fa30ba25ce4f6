-- Persons per nationality of each group (long form; the writer joins them into 'AFG:120;IRN:48').
CREATE TABLE aggregated_nationalities AS
SELECT
  g.group_no,
  n.code,
  SUM(n.people) AS people
FROM grouped_rows g
JOIN valid_nationalities n ON n.row_no = g.row_no
GROUP BY g.group_no, n.code;
