// Words for the early-warning flags: the series named, the test with its parameters, and the line that
// says how far above its threshold a month is. Pure (the caller passes the formatters), so tests check
// the text in both languages.
import type { MonthFlag, TestParameters } from '@/domain/analysis/aberration-types';
import { belowText } from '@/domain/analysis/protected-count-text';
import { epochDayToMs, monthToEpochDay, type EpochMonth } from '@/domain/epoch-day';
import { LOCALES, type Formatters } from '@/i18n/translate';
import { filterValueLabel, type LabelContext } from '@/charts/filter-value-label';
import type { FlagDimension } from './flag-series';
import { protectFlagFigures, type FlagFigure } from './protect-flags';

export type FlagFormatters = Pick<Formatters, 't' | 'formatNumber' | 'formatMonth' | 'language'>;

/** A number with `digits` decimals in the UI language (baselines and thresholds are not whole). */
export function formatDecimal(value: number, f: Pick<Formatters, 'language'>, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[f.language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A small probability: 3 significant digits, never "0" for a positive value. */
export function formatProbability(p: number, f: Pick<Formatters, 'language'>): string {
  return new Intl.NumberFormat(LOCALES[f.language], { maximumSignificantDigits: 3 }).format(p);
}

export function monthText(month: EpochMonth, f: Pick<Formatters, 'formatMonth'>): string {
  return f.formatMonth(epochDayToMs(monthToEpochDay(month)));
}

/** "Total", "Route: Java – Christmas Island", "Nationality: Afghanistan (AFG)", "Site: Kupang". */
export function seriesName(dimension: FlagDimension, key: string, ctx: LabelContext): string {
  const word = ctx.t(`analysis.flags.dim.${dimension}`);
  if (dimension === 'total') return word;
  const dim = dimension === 'route' ? 'routes' : dimension === 'site' ? 'sites' : 'nationalities';
  return `${word}: ${filterValueLabel(dim, key, ctx)}`;
}

/** The test and its parameters, in words. */
export function testDescription(parameters: TestParameters, f: FlagFormatters): string {
  const { t } = f;
  if (parameters.test === 'farrington-flexible') {
    return t('analysis.flags.test.farrington', {
      years: String(parameters.yearsUsed),
      b: String(parameters.b),
      w: String(parameters.w),
      levels: String(parameters.noPeriods),
      excluded: String(parameters.pastMonthsExcluded),
      alpha: formatProbability(parameters.alpha, f),
      bound: t(`analysis.flags.bound.${parameters.thresholdMethod}`),
    });
  }
  return t('analysis.flags.test.ears', {
    method: parameters.method,
    baseline: String(parameters.baseline),
    alpha: formatProbability(parameters.alpha, f),
  });
}

/** A figure of a flag as protectFlagFigures lets it be shown: its value, "< k", "—" or null (none). */
function figureText(figure: FlagFigure, f: FlagFormatters, format: (value: number) => string): string | null {
  if (figure.kind === 'value') return format(figure.value);
  if (figure.kind === 'below') return belowText(figure.k, f.formatNumber);
  return figure.kind === 'hidden' ? '—' : null;
}

/**
 * Observed, threshold, baseline, how far above and the score, under protection k: whatever would give a
 * hidden count away is "< k" or "—" (see protect-flags.ts).
 */
export function flagMeasureLine(flag: MonthFlag, k: number, f: FlagFormatters): string {
  const shown = protectFlagFigures(flag, k);
  const decimal = (value: number): string => formatDecimal(value, f);
  const observed = figureText(shown.observed, f, f.formatNumber) ?? '—';
  const threshold = figureText(shown.threshold, f, decimal);
  const expected = figureText(shown.expected, f, decimal);
  if (threshold === null || expected === null) return f.t('analysis.flags.itemNoThreshold', { observed });
  return f.t('analysis.flags.item', {
    observed,
    threshold,
    expected,
    above: figureText(shown.above, f, decimal) ?? '—',
    score: figureText(shown.score, f, (value) => formatDecimal(value, f, 2)) ?? '—',
  });
}

/** Farrington's extras: tail probability, dispersion and trend, as short phrases. */
export function flagDetails(flag: MonthFlag, k: number, f: FlagFormatters): string[] {
  const details: string[] = [];
  // The tail probability is left out where it would give a hidden count or baseline away.
  const tail = protectFlagFigures(flag, k).tailProbability;
  if (tail.kind === 'value')
    details.push(f.t('analysis.flags.tail', { p: formatProbability(tail.value, f) }));
  if (flag.dispersion !== null && flag.dispersion > 1)
    details.push(f.t('analysis.flags.dispersion', { phi: formatDecimal(flag.dispersion, f, 2) }));
  if (flag.trendPerYear !== null)
    details.push(f.t('analysis.flags.trend', { factor: formatDecimal(flag.trendPerYear, f, 2) }));
  return details;
}
