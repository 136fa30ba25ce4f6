// The chart palettes repeat the map's colours: a route or an outcome looks the same on the map and in charts.
import { describe, expect, it } from 'vitest';
import { OUTCOME_COLORS } from '@/map/outcome-colors';
import { routeColor, toCssColor } from '@/map/route-colors';
import { CHART_OUTCOME_COLORS, chartOutcomeColor, chartRouteColor, cssRgb } from './chart-colors';

describe('chart colours', () => {
  it('uses the map outcome colours', () => {
    expect(CHART_OUTCOME_COLORS).toEqual(OUTCOME_COLORS);
    OUTCOME_COLORS.forEach((rgb, o) => expect(chartOutcomeColor(o)).toEqual(rgb));
  });

  it('uses the map route colours, cycling the same way', () => {
    for (let route = 0; route < 20; route++) expect(chartRouteColor(route)).toEqual(routeColor(route));
  });

  it('writes CSS colours the way the map does', () => {
    expect(cssRgb([49, 84, 145])).toBe(toCssColor([49, 84, 145]));
  });
});
