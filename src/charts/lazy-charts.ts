// recharts is heavy: the chart components load as a separate chunk when the Overview first shows them.
import { lazy } from 'react';

export const LazySeriesChart = lazy(() =>
  import('./series-chart').then((module) => ({ default: module.SeriesChart })),
);

export const LazyRankedBarChart = lazy(() =>
  import('./ranked-bar-chart').then((module) => ({ default: module.RankedBarChart })),
);
