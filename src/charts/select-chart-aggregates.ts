// Window aggregates for the charts: the store's shared cache, so the header, map and charts compute the
// same numbers once per (table, filters, split).
export { selectAggregatesBy as selectChartAggregates } from '@/state/select-aggregates';
