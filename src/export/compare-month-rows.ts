// The CSV rows of the compared series: month n of A beside month n of B (each period's n-th month, its
// ISO month named), every count under primary small-count protection (no totals are written beside
// them, so none needs a complementary one). Blank past a period's end. Pure.
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import type { CompareView } from '@/charts/compare-view';
import type { EpochMonth } from '@/domain/epoch-day';
import type { Formatters } from '@/i18n/translate';
import { protectedCell, type CsvProtection } from './csv-protection';
import { isoMonth } from './iso-month';

type Cells = readonly (string | number)[];

export function compareMonthRows(view: CompareView, f: Pick<Formatters, 't'>, p: CsvProtection): Cells[] {
  const { t } = f;
  const { series } = view;
  const rows: Cells[] = [
    [t('analysis.compare.series', { measure: t(MEASURE_LABEL_KEY[view.measure]) })],
    [
      t('analysis.compare.month'),
      t('analysis.csv.monthA'),
      t('analysis.compare.a'),
      t('analysis.csv.monthB'),
      t('analysis.compare.b'),
    ],
  ];
  const cell = (value: number | undefined): string | number =>
    value === undefined || !Number.isFinite(value) ? '' : protectedCell(value, p);
  const monthOf = (window: CompareView['series']['monthsA'], i: number): string =>
    window.startMonth + i < window.endMonth ? isoMonth((window.startMonth + i) as EpochMonth) : '';
  const n = Math.max(series.a.length, series.b.length);
  for (let i = 0; i < n; i++) {
    rows.push([
      i + 1,
      monthOf(series.monthsA, i),
      cell(series.a[i]),
      monthOf(series.monthsB, i),
      cell(series.b[i]),
    ]);
  }
  return rows;
}
