// The charts an export can draw: the Overview's series over time and its three ranked charts.
export const CHART_IDS = ['series', 'nationalities', 'embarkation', 'interception'] as const;
export type ChartId = (typeof CHART_IDS)[number];
