// The chart components load as separate chunks when the Overview first shows them (the ranked bars pull
// in recharts, which is heavy).
import { lazy } from 'react';

export const LazySeriesChart = lazy(() =>
  import('./series-chart').then((module) => ({ default: module.SeriesChart })),
);

export const LazyRankedBarChart = lazy(() =>
  import('./ranked-bar-chart').then((module) => ({ default: module.RankedBarChart })),
);
