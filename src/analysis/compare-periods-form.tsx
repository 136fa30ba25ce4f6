// Choosing the two periods: first and last day of A and of B (native date inputs, so keyboard and screen
// readers work as everywhere), and the presets "time window against the same months a year earlier" and
// "before / after a date". Nothing changes until a button is pressed; a reversed or incomplete period
// is refused with a message.
import { useState } from 'react';
import { beforeAfterMonth } from '@/domain/analysis/period-presets';
import { formatEpochDay, parseIsoDay, type EpochDay, type EpochMonth } from '@/domain/epoch-day';
import type { DayRange } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { rangeFromWindow } from '@/domain/time-window';
import { periodLabel } from '@/charts/period-label';
import { resolveComparePeriods, type ComparePeriodsPair } from '@/charts/compare-view';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';

export interface ComparePeriodsFormProps {
  readonly table: EventTable;
  readonly periods: ComparePeriodsPair;
}

interface Draft {
  readonly aFirst: string;
  readonly aLast: string;
  readonly bFirst: string;
  readonly bLast: string;
}

const lastDay = (range: DayRange): string =>
  formatEpochDay(Math.max(range.startDay, range.endDay - 1) as EpochDay);

function draftOf(periods: ComparePeriodsPair): Draft {
  return {
    aFirst: formatEpochDay(periods.a.startDay),
    aLast: lastDay(periods.a),
    bFirst: formatEpochDay(periods.b.startDay),
    bLast: lastDay(periods.b),
  };
}

/** A period from two ISO days (last day inclusive), or the reason it cannot be one. */
function readPeriod(first: string, last: string): DayRange | 'bad-date' | 'reversed' {
  const start = parseIsoDay(first);
  const end = parseIsoDay(last);
  if (Number.isNaN(start) || Number.isNaN(end)) return 'bad-date';
  if (end < start) return 'reversed';
  return { startDay: start, endDay: (end + 1) as EpochDay };
}

export function ComparePeriodsForm({ table, periods }: ComparePeriodsFormProps): React.JSX.Element {
  const { t, formatMonth, formatDate } = useI18n();
  const setComparePeriods = useAppStore((s) => s.setComparePeriods);
  const timeRange = useAppStore((s) => s.filters.timeRange);
  // The draft follows the applied periods (a link, a briefing step, a preset) until the person edits it.
  const [draft, setDraft] = useState<Draft>(() => draftOf(periods));
  const [appliedKey, setAppliedKey] = useState(() => JSON.stringify(periods));
  const key = JSON.stringify(periods);
  if (key !== appliedKey) {
    setAppliedKey(key);
    setDraft(draftOf(periods));
  }
  const [message, setMessage] = useState('');
  const [pivot, setPivot] = useState(() => formatEpochDay(periods.b.startDay));
  const [sideMonths, setSideMonths] = useState(12);
  const bounds = {
    startMonth: table.firstMonth,
    endMonth: (table.firstMonth + table.monthCount) as EpochMonth,
  };
  const dates = { formatMonth, formatDate };

  const apply = (): void => {
    const a = readPeriod(draft.aFirst, draft.aLast);
    const b = readPeriod(draft.bFirst, draft.bLast);
    for (const [p, name] of [
      [a, t('analysis.compare.periodA')],
      [b, t('analysis.compare.periodB')],
    ] as const) {
      if (p === 'bad-date') return setMessage(t('analysis.compare.badDate'));
      if (p === 'reversed') return setMessage(t('analysis.compare.reversed', { period: name }));
    }
    if (typeof a === 'string' || typeof b === 'string') return;
    setMessage('');
    setComparePeriods(a, b);
  };
  const yearEarlier = (): void => {
    const pair = resolveComparePeriods(null, null, timeRange, table);
    setMessage('');
    setComparePeriods(pair.a, pair.b);
  };
  const beforeAfter = (): void => {
    const date = parseIsoDay(pivot);
    const pair = Number.isNaN(date) ? null : beforeAfterMonth(date, sideMonths, bounds);
    if (pair === null) {
      setMessage(t('analysis.compare.presetNoRoom', { period: periodLabel(null, table, dates) }));
      return;
    }
    setMessage('');
    setComparePeriods(rangeFromWindow(pair.a), rangeFromWindow(pair.b));
  };
  const field = (name: keyof Draft, label: string, testId: string): React.JSX.Element => (
    <label>
      {label}
      <input
        type="date"
        value={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        data-testid={testId}
      />
    </label>
  );

  return (
    <div data-testid="compare-form">
      <div className="compare-periods">
        <fieldset>
          <legend>{t('analysis.compare.periodA')}</legend>
          {field('aFirst', t('analysis.compare.firstDay'), 'compare-a-first')}
          {field('aLast', t('analysis.compare.lastDay'), 'compare-a-last')}
        </fieldset>
        <fieldset>
          <legend>{t('analysis.compare.periodB')}</legend>
          {field('bFirst', t('analysis.compare.firstDay'), 'compare-b-first')}
          {field('bLast', t('analysis.compare.lastDay'), 'compare-b-last')}
        </fieldset>
      </div>
      <div className="compare-actions">
        <button type="button" onClick={apply} data-testid="compare-apply">
          {t('analysis.compare.apply')}
        </button>
      </div>
      <div className="compare-presets">
        <fieldset>
          <legend>{t('analysis.compare.presets')}</legend>
          <button type="button" onClick={yearEarlier} data-testid="compare-preset-year">
            {t('analysis.compare.presetYearEarlier')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('analysis.compare.presetBeforeAfter')}</legend>
          <label>
            {t('analysis.compare.presetDate')}
            <input
              type="date"
              value={pivot}
              onChange={(e) => setPivot(e.target.value)}
              data-testid="compare-pivot"
            />
          </label>
          <label>
            {t('analysis.compare.presetMonths')}
            <input
              type="number"
              min={1}
              max={120}
              step={1}
              value={sideMonths}
              onChange={(e) => {
                const value = Math.round(Number(e.target.value));
                if (value >= 1 && value <= 120) setSideMonths(value);
              }}
              data-testid="compare-side-months"
            />
          </label>
          <button type="button" onClick={beforeAfter} data-testid="compare-preset-before-after">
            {t('analysis.compare.presetApply')}
          </button>
        </fieldset>
      </div>
      <p className="analysis-note" role="status" data-testid="compare-message">
        {message}
      </p>
    </div>
  );
}
