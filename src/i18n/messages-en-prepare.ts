// English UI text of prepared (columnar, pre-aggregated) datasets, merged into the main catalogue in
// messages-en.ts. Field names in {fields} come from the file and are shown as written.
export const prepareMessagesEn = {
  'fileError.columnar-unreadable': 'The columnar events file could not be read ({value}).',
  'fileError.columnar-columns-missing':
    'This Arrow file is not a Lintas events file: it has none of the columns {value}.',
  'fileError.parquet-not-read':
    'Lintas does not open Parquet files directly. Turn it into a Lintas events file (.arrow) with the preparation step (npm run prepare, see docs/prepare.md).',
  'issue.records-invalid': 'records must be a whole number of 1 or more, got {value}',
  'aggregation.line':
    'Pre-aggregated by {period} and {fields}: {records} source records in {rows} rows. Record counts are sums; positions are group means.',
  'aggregation.lineNoTotal':
    'Pre-aggregated by {period} and {fields}: {rows} rows. Record counts are sums; positions are group means.',
  'aggregation.weighted': 'Weighted rows: {records} source records in {rows} rows. Record counts are sums.',
  'aggregation.period.day': 'day',
  'aggregation.period.month': 'month',
} as const;
