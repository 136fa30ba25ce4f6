// The printed briefing (A4 landscape, styled by app/print.css): map with its legend, key figures,
// charts, sources and caveats. Rendered into <body> beside the app, hidden on screen; the images are
// made just before printing (by "Print briefing" or by the browser's own Print, via `beforeprint`).
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { fillableMeasures } from '@/domain/dataset-measures';
import { useI18n } from '@/i18n/i18n-context';
import { selectAggregates } from '@/state/select-aggregates';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';
import { describeFilters, filtersSentence } from './describe-filters';
import { formatExportTime } from './export-info';
import { takeSnapshot } from './export-snapshot';
import { headlineFigures } from './headline-figures';
import { buildPrintContent, printContentStore } from './print-content';
import type { PrintCompareRow } from './print-comparison';
import { CompareTableHead } from '@/ui/compare-table-head';

/** Images made this recently (by "Print briefing") are not made again in `beforeprint`. */
const FRESH_MS = 10_000;
/** Class on <html> while a print sheet is mounted: print.css then prints the sheet instead of the app. */
export const PRINT_SHEET_CLASS = 'has-print-sheet';

function PrintCompareTable({
  caption,
  rows,
  testId,
}: {
  readonly caption: string;
  readonly rows: readonly PrintCompareRow[];
  readonly testId?: string;
}): React.JSX.Element {
  return (
    <table className="print-compare" data-testid={testId}>
      <caption>{caption}</caption>
      <CompareTableHead firstColumn="name" />
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">
              <bdi>{row.name}</bdi>
            </th>
            <td>{row.a}</td>
            <td>{row.b}</td>
            <td>{row.difference}</td>
            <td>{row.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PrintSheet(): React.ReactPortal | null {
  const f = useI18n();
  const { t, formatNumber } = f;
  const latest = useRef(f);
  useEffect(() => {
    latest.current = f;
  });
  const content = useSyncExternalStore(printContentStore.subscribe, printContentStore.get);
  const table = useAppStore((s) => s.table);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(PRINT_SHEET_CLASS);
    const beforePrint = (): void => {
      const prepared = printContentStore.get();
      if (prepared && Date.now() - prepared.preparedAtMs < FRESH_MS) return;
      const snapshot = takeSnapshot(latest.current);
      // Synchronous: the browser lays the page out for print right after this handler.
      if (snapshot) flushSync(() => printContentStore.set(buildPrintContent(snapshot)));
    };
    const afterPrint = (): void => printContentStore.set(null);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      root.classList.remove(PRINT_SHEET_CLASS);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);

  if (table === null) return null;
  const meta = table.meta;
  const words = describeFilters(table, filters, f);
  const period = t(words.wholePeriod ? 'export.periodWhole' : 'export.period', { window: words.window });
  // No boat figure for a file that records no boats (it would be stuck at 0).
  const noBoats = !fillableMeasures(table).has('boats');
  const figures = headlineFigures(selectAggregates(table, filters)).filter(
    (figure) => !(noBoats && figure.id === 'landed-boats'),
  );
  const caveats: string[] = [];
  if (meta.illustrative) caveats.push(t('header.illustrativeNote'), t('sources.demoDoc'));
  caveats.push(t('export.countNote'));
  if (filters.nationalities.length > 0) caveats.push(t('export.nationalityNote'));
  caveats.push(t('export.print.mapNote'));

  return createPortal(
    <div className="print-sheet" data-testid="print-sheet">
      <section className="print-page">
        <header className="print-head">
          <h1>{t('export.print.heading', { title: meta.title })}</h1>
          {meta.illustrative && <p className="print-badge">{t('export.illustrative')}</p>}
          <p>
            {period} · {t('export.filtersLine', { filters: filtersSentence(words, t('export.noFilters')) })}
          </p>
        </header>
        {content?.map ? (
          <img
            className="print-map"
            src={content.map.src}
            width={content.map.widthPx}
            height={content.map.heightPx}
            alt={content.map.title}
            data-testid="print-map"
          />
        ) : (
          <p className="print-missing">{t('export.print.noMap')}</p>
        )}
        <h2>{t('charts.kpi.heading', { period: words.window })}</h2>
        <dl className="print-kpis">
          {figures.map((figure) => (
            <div key={figure.id}>
              <dt>{t(figure.label)}</dt>
              <dd data-testid={`print-kpi-${figure.id}`}>{formatNumber(figure.value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {content !== null && content.charts.length > 0 && (
        <section className="print-page print-charts-page">
          <h2>{t('export.print.charts')}</h2>
          <div className="print-charts">
            {content.charts.map((chart) => (
              <figure key={chart.key}>
                <img
                  src={chart.src}
                  width={chart.widthPx}
                  height={chart.heightPx}
                  alt={chart.title}
                  data-testid={`print-chart-${chart.key}`}
                />
              </figure>
            ))}
          </div>
        </section>
      )}
      {content?.comparison && (
        <section className="print-page print-compare-page" data-testid="print-compare">
          <h2>{t('analysis.csv.compare')}</h2>
          <p>{content.comparison.periods}</p>
          <PrintCompareTable
            caption={t('analysis.compare.figures')}
            rows={content.comparison.figures}
            testId="print-compare-figures"
          />
          {content.comparison.lists.map((list) => (
            <PrintCompareTable key={list.title} caption={list.title} rows={list.rows} />
          ))}
        </section>
      )}
      <section className="print-page print-sources-page">
        <h2>{t('export.print.sources')}</h2>
        <dl className="print-sources">
          <dt>{t('export.csv.dataset')}</dt>
          <dd>{meta.title}</dd>
          {meta.source !== '' && (
            <>
              <dt>{t('sources.source')}</dt>
              <dd>{meta.source}</dd>
            </>
          )}
          {meta.sourceUrl !== '' && (
            <>
              <dt>{t('export.csv.sourceUrl')}</dt>
              <dd>{meta.sourceUrl}</dd>
            </>
          )}
          {meta.licence !== '' && (
            <>
              <dt>{t('sources.licence')}</dt>
              <dd>{meta.licence}</dd>
            </>
          )}
          {meta.extracted !== '' && (
            <>
              <dt>{t('sources.extracted')}</dt>
              <dd>{meta.extracted}</dd>
            </>
          )}
          {meta.notes !== '' && (
            <>
              <dt>{t('sources.notes')}</dt>
              <dd>{meta.notes}</dd>
            </>
          )}
        </dl>
        <h3>{t('export.print.caveats')}</h3>
        <ul className="print-caveats" data-testid="print-caveats">
          {caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
        {content !== null && (
          <p className="print-meta">
            {t('export.print.viewLink', { url: content.viewUrl })}
            <br />
            {t('export.exportedLine', { time: formatExportTime(content.preparedAtMs) })}
          </p>
        )}
      </section>
    </div>,
    document.body,
  );
}
