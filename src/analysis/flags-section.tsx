// Unusual months in the time window: the flagged months of the total, routes, sites and nationalities,
// highest first, each naming its test and parameters, the baseline, the threshold and how far above it
// the month is; "not enough history" is said as such, never shown as calm.
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import { useState } from 'react';
import { DEFAULT_DETECTION_OPTIONS } from '@/domain/analysis/detect-aberrations';
import type { EpochMonth } from '@/domain/epoch-day';
import type { EventTable } from '@/domain/event-table';
import { monthsLabel } from '@/charts/period-label';
import { useLabelContext } from '@/charts/use-label-context';
import { useI18n } from '@/i18n/i18n-context';
import { selectSmallCountK } from '@/state/select-protection';
import { useAppStore } from '@/state/store';
import { FLAG_TOP_N } from './flag-series';
import { flagDetails, flagMeasureLine, monthText, seriesName, testDescription } from './flag-text';
import { flaggedInScope, type FlaggedMonth } from './flags-in-window';
import { orderProtectedFlags } from './protect-flags';
import { FLAG_SCOPES, type FlagScope } from '@/state/analysis-slice';
import { useWindowFlags } from './use-window-flags';

/** Flags listed before "Show all". */
const FIRST_FLAGS = 12;

export function FlagsSection({ table }: { readonly table: EventTable }): React.JSX.Element {
  const i18n = useI18n();
  const { t, formatMonth, formatDate } = i18n;
  const ctx = useLabelContext(table);
  const flags = useWindowFlags();
  const k = useAppStore(selectSmallCountK);
  const measure = useAppStore((s) => s.measure);
  const [showAll, setShowAll] = useState(false);
  const scope = useAppStore((s) => s.flagScope);
  const setScope = useAppStore((s) => s.setFlagScope);
  const measureWord = t(MEASURE_LABEL_KEY[measure]);

  const item = (f: FlaggedMonth, index: number): React.JSX.Element => (
    <li key={`${f.dimension}:${f.key}:${f.flag.month}`} className="flag-item" data-testid="flag-item">
      <strong>
        <bdi>{seriesName(f.dimension, f.key, ctx)}</bdi>, {monthText(f.flag.month, i18n)}
      </strong>
      <span data-testid={`flag-measure-${index}`}>{flagMeasureLine(f.flag, k, i18n)}</span>
      {f.flag.parameters !== null && (
        <span className="flag-test" data-testid={`flag-test-${index}`}>
          {' '}
          {[testDescription(f.flag.parameters, i18n), ...flagDetails(f.flag, k, i18n)].join('; ')}
        </span>
      )}
    </li>
  );

  let body: React.JSX.Element;
  if (flags === null) {
    body = <p className="analysis-note">{t('charts.loading')}</p>;
  } else if (flags.perSeries.length === 0) {
    body = <p className="analysis-note">{t('analysis.flags.noData')}</p>;
  } else {
    const total = flags.total;
    const months = flags.window.endMonth - flags.window.startMonth;
    const notEnough = total?.['not-enough-history'] ?? 0;
    const tested = flags.perSeries.reduce(
      (n, s) => n + s.months.filter((m) => m.status !== 'not-enough-history').length,
      0,
    );
    // The first month with minYears years (each with its ±w window) before it: where Farrington starts.
    const farringtonFrom = (table.firstMonth +
      12 * DEFAULT_DETECTION_OPTIONS.minYears +
      DEFAULT_DETECTION_OPTIONS.farrington.w) as EpochMonth;
    const firstEars = flags.perSeries
      .find((s) => s.series.dimension === 'total')
      ?.months.some((m) => m.test !== null && m.test !== 'farrington-flexible');
    const inScope = orderProtectedFlags(flaggedInScope(flags, scope), k);
    const shown = showAll ? inScope : inScope.slice(0, FIRST_FLAGS);
    const countOf = (s: FlagScope): number => flaggedInScope(flags, s).length;
    const cov = flags.coverage;
    const truncated =
      cov.route.tested < cov.route.withCounts ||
      cov.site.tested < cov.site.withCounts ||
      cov.nationality.tested < cov.nationality.withCounts;
    body = (
      <>
        {tested === 0 ? (
          <p className="analysis-warning" data-testid="flags-no-history">
            {t('analysis.flags.allNotEnough')}
          </p>
        ) : (
          notEnough > 0 && (
            <p className="analysis-warning" data-testid="flags-no-history">
              {t('analysis.flags.notEnoughHistory', { count: notEnough, months })}
            </p>
          )
        )}
        {firstEars === true && (
          <p className="analysis-note" data-testid="flags-ears-only">
            {t('analysis.flags.earsOnly', {
              month: monthText(farringtonFrom, i18n),
            })}
          </p>
        )}
        {(total?.['too-few-counts'] ?? 0) > 0 && (
          <p className="analysis-note">
            {t('analysis.flags.tooFewCounts', { count: total?.['too-few-counts'] ?? 0 })}
          </p>
        )}
        {truncated && (
          <p className="analysis-note" data-testid="flags-coverage">
            {t('analysis.flags.coverage', {
              routes: cov.route.tested,
              routesAll: cov.route.withCounts,
              sites: cov.site.tested,
              sitesAll: cov.site.withCounts,
              nationalities: cov.nationality.tested,
              nationalitiesAll: cov.nationality.withCounts,
              n: FLAG_TOP_N,
            })}
          </p>
        )}
        {flags.skippedAllZero > 0 && (
          <p className="analysis-note">{t('analysis.flags.skipped', { count: flags.skippedAllZero })}</p>
        )}
        <div className="segmented-choice" role="group" aria-label={t('analysis.flags.scope')}>
          {FLAG_SCOPES.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={s === scope}
              onClick={() => setScope(s)}
              data-testid={`flags-scope-${s}`}
            >
              {t(`analysis.flags.scope.${s}`, { count: countOf(s) })}
            </button>
          ))}
        </div>
        <p className="analysis-note">{t('analysis.flags.scopeNote')}</p>
        {tested > 0 && (
          <p data-testid="flags-count">
            {inScope.length === 0
              ? t('analysis.flags.noneFlagged')
              : t('analysis.flags.count', { count: inScope.length })}
          </p>
        )}
        {inScope.length > 0 && (
          <ol className="flag-list" data-testid="flag-list">
            {shown.map(item)}
          </ol>
        )}
        {inScope.length > FIRST_FLAGS && (
          <button
            type="button"
            onClick={() => setShowAll(!showAll)}
            aria-expanded={showAll}
            data-testid="flags-show-all"
          >
            {showAll ? t('analysis.flags.showFewer') : t('analysis.flags.showAll', { count: inScope.length })}
          </button>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="analysis-flags-heading" data-testid="analysis-flags">
      <h2 id="analysis-flags-heading">{t('analysis.flags.heading')}</h2>
      <p className="analysis-note">
        {t('analysis.flags.intro', {
          window: flags
            ? monthsLabel(flags.window.startMonth, flags.window.endMonth, { formatMonth, formatDate })
            : '…',
          measure: measureWord,
        })}
      </p>
      <p className="analysis-note">{t('analysis.flags.method')}</p>
      {body}
    </section>
  );
}
