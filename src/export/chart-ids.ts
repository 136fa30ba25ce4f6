// The charts an export can draw: the Overview's series over time, its three ranked charts, and the
// Analysis tab's two periods compared per month.
export const CHART_IDS = ['series', 'nationalities', 'embarkation', 'interception', 'compare'] as const;
export type ChartId = (typeof CHART_IDS)[number];
