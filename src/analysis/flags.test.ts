// The early-warning flags as the Analysis tab and the timeline read them: the monthly series taken from
// the cube, the months of the window tested (with the test's verdicts cached per series and month), the
// list's order, the "not enough history" counts, the timeline markers and the words of a flag.
import { describe, expect, it } from 'vitest';
import { epochDayToMonth, parseIsoDay, type EpochMonth } from '@/domain/epoch-day';
import { NO_FILTERS } from '@/domain/event-filters';
import { createFormatters } from '@/i18n/translate';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { makeFlagMarkers } from './flag-markers';
import { makeFlagSeries, type FlagSeries, type FlagSeriesSet } from './flag-series';
import { flagMeasureLine, testDescription } from './flag-text';
import { flagsInWindow } from './flags-in-window';

const month = (iso: string): EpochMonth => epochDayToMonth(parseIsoDay(`${iso}-01`));
const START = month('2015-01');

/** A seasonal series of `months` months (40 ± 15), with `extra` added at the given month indices. */
function seasonal(months: number, extra: Readonly<Record<number, number>> = {}): Float64Array {
  return Float64Array.from({ length: months }, (_, t) =>
    Math.round(40 + 15 * Math.cos((2 * Math.PI * t) / 12) + (t % 3) + (extra[t] ?? 0)),
  );
}

function seriesOf(dimension: FlagSeries['dimension'], key: string, counts: Float64Array): FlagSeries {
  return { dimension, key, counts, volume: counts.reduce((s, v) => s + v, 0) };
}

function setOf(series: readonly FlagSeries[], monthCount: number): FlagSeriesSet {
  const one = { withCounts: 1, tested: 1 };
  return {
    firstMonth: START,
    monthCount,
    measure: 'people',
    series,
    coverage: { total: one, route: one, site: one, nationality: one },
  };
}

describe('makeFlagSeries', () => {
  // Interceptions on r-java at two sites and one departure; people per month by hand.
  const ev = (overrides: Record<string, unknown>, people: number) =>
    makeEventFeature({ ...overrides, people, nationalities: [{ code: 'AFG', people }] });
  const table = loadTestTable([
    ev({ date: '2012-01-10', site: 'Christmas Island' }, 10),
    ev({ date: '2012-01-20', site: 'Ashmore Reef', route: 'r-rote' }, 5),
    ev({ date: '2012-03-02', site: 'Christmas Island' }, 7),
    ev({ date: '2012-03-05', kind: 'departure', outcome: undefined, site: 'Pelabuhan Ratu' }, 30),
  ]);
  const set = makeFlagSeries(table, NO_FILTERS, 'people');
  const get = (dimension: string, key: string) =>
    set.series.find((s) => s.dimension === dimension && s.key === key);

  it('takes the total, route and nationality series from the voyages (interception records)', () => {
    expect(set.firstMonth).toBe(month('2012-01'));
    expect(Array.from(get('total', '')?.counts ?? [])).toEqual([15, 0, 7]);
    expect(Array.from(get('route', 'r-java')?.counts ?? [])).toEqual([10, 0, 7]);
    expect(Array.from(get('route', 'r-rote')?.counts ?? [])).toEqual([5, 0, 0]);
    expect(Array.from(get('nationality', 'AFG')?.counts ?? [])).toEqual([15, 0, 7]);
  });

  it('takes the site series from every record at the site, departures included', () => {
    expect(Array.from(get('site', 'Christmas Island')?.counts ?? [])).toEqual([10, 0, 7]);
    expect(Array.from(get('site', 'Pelabuhan Ratu')?.counts ?? [])).toEqual([0, 0, 30]);
    expect(set.coverage.site).toEqual({ withCounts: 3, tested: 3 });
  });

  it('keeps only the largest series of each dimension, and says how many there were', () => {
    const top = makeFlagSeries(table, NO_FILTERS, 'people', 1);
    expect(top.series.filter((s) => s.dimension === 'site').map((s) => s.key)).toEqual(['Pelabuhan Ratu']);
    expect(top.coverage.site).toEqual({ withCounts: 3, tested: 1 });
    expect(top.coverage.route).toEqual({ withCounts: 2, tested: 1 });
  });
});

describe('flagsInWindow', () => {
  const counts = seasonal(72, { 70: 60 });
  const quiet = seasonal(72);
  const zeroInWindow = Float64Array.from({ length: 72 }, (_, t) => (t < 24 ? 5 : 0));
  const set = setOf(
    [
      seriesOf('total', '', counts),
      seriesOf('route', 'r-quiet', quiet),
      seriesOf('site', 'Old site', zeroInWindow),
    ],
    72,
  );
  const lastYear = { startMonth: (START + 60) as EpochMonth, endMonth: (START + 72) as EpochMonth };
  const flags = flagsInWindow(set, lastYear);

  it('flags the surge month of the total with the Farrington test, and nothing in the quiet series', () => {
    expect(flags.flagged.map((f) => [f.dimension, f.flag.month])).toEqual([['total', START + 70]]);
    const surge = flags.flagged[0]?.flag;
    expect(surge?.test).toBe('farrington-flexible');
    expect(surge?.observed).toBe(counts[70]);
    expect(surge?.observed ?? 0).toBeGreaterThan(surge?.threshold ?? Infinity);
  });

  it('skips series with nothing in the window, and tests only the window months', () => {
    expect(flags.skippedAllZero).toBe(1);
    expect(flags.perSeries.map((s) => s.months.length)).toEqual([12, 12]);
    expect(flags.total?.tested).toBe(12);
  });

  it('reuses the verdict of a month already tested when the window moves', () => {
    const moved = flagsInWindow(set, {
      startMonth: (START + 61) as EpochMonth,
      endMonth: (START + 73) as EpochMonth,
    });
    expect(moved.perSeries[0]?.months[0]).toBe(flags.perSeries[0]?.months[1]);
    // Months past the data are not tested.
    expect(moved.perSeries[0]?.months).toHaveLength(11);
  });

  it('says "not enough history" for the first 7 months instead of calling them calm', () => {
    const early = flagsInWindow(set, { startMonth: START, endMonth: (START + 12) as EpochMonth });
    expect(early.total?.['not-enough-history']).toBe(7);
    expect(early.firstTestableMonth).toBe(START + 7);
  });

  it('orders the list by exceedance score, then flags over a flat baseline by their count', () => {
    const flat = Float64Array.from({ length: 40 }, (_, t) => (t === 39 ? 12 : t === 38 ? 30 : 0));
    const two = setOf([seriesOf('site', 'A', flat), seriesOf('total', '', seasonal(40, { 39: 80 }))], 40);
    const result = flagsInWindow(two, {
      startMonth: (START + 38) as EpochMonth,
      endMonth: (START + 40) as EpochMonth,
    });
    const scored = result.flagged.filter((f) => f.flag.score !== null);
    const unscored = result.flagged.filter((f) => f.flag.score === null);
    // The seasonal total's surge has a score; the site's counts after months of zeros have none.
    expect(scored.map((f) => f.dimension)).toEqual(['total']);
    expect(unscored.map((f) => [f.key, f.flag.observed])).toEqual([
      ['A', 30],
      ['A', 12],
    ]);
    expect(result.flagged.slice(0, scored.length)).toEqual(scored);
    expect(unscored.map((f) => f.flag.observed)).toEqual(
      [...unscored.map((f) => f.flag.observed)].sort((a, b) => b - a),
    );
  });

  it('puts a marker on each histogram bin holding a flagged month', () => {
    const quarters = Array.from({ length: 24 }, (_, q) => ({ startMonth: q * 3, months: 3 }));
    const markers = makeFlagMarkers(flags.flagged, quarters, START);
    // Month 70 lies in the quarter starting at month 69.
    expect(markers.map((m) => [m.startMonth, m.flagged.length])).toEqual([[69, 1]]);
  });
});

describe('the words of a flag', () => {
  const en = createFormatters('en');
  const id = createFormatters('id');
  const flags = flagsInWindow(setOf([seriesOf('total', '', seasonal(72, { 70: 60 }))], 72), {
    startMonth: (START + 70) as EpochMonth,
    endMonth: (START + 71) as EpochMonth,
  });
  const flag = flags.flagged[0]?.flag;

  it('names the test and its parameters in both languages', () => {
    if (!flag?.parameters) throw new Error('no flag');
    const text = testDescription(flag.parameters, en);
    expect(text).toContain('Farrington flexible: 5 of 5 years back');
    expect(text).toContain('±1 months');
    expect(text).toContain('α = 0.05');
    expect(text).toContain('negative binomial bound');
    expect(testDescription(flag.parameters, id)).toContain('α satu sisi = 0,05');
  });

  it('gives the observed count, threshold, baseline and how far above, and hides what protection hides', () => {
    if (!flag || flag.threshold === null) throw new Error('no flag');
    const line = flagMeasureLine(flag, 0, en);
    expect(line).toContain(`${flag.observed} observed`);
    expect(line).toContain(`threshold ${flag.threshold.toFixed(1)}`);
    expect(line).toContain(`${(flag.observed - flag.threshold).toFixed(1)} above the threshold`);
    // An observed count below k is "< k", and the distance and score that would give it away are hidden.
    const small = { ...flag, observed: 3, threshold: 1.5, expected: 0.5, score: 2.5 };
    const hidden = flagMeasureLine(small, 5, en);
    expect(hidden).toContain('< 5 observed');
    expect(hidden).toContain('— above the threshold, score —');
  });
});
