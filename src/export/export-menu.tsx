// "Export": a dialog with the map as PNG (1×, 2×, 3×), the filtered totals as CSV, the filtered events as
// GeoJSON, each Overview chart as SVG or PNG, and "Print briefing". Files are made in the page and saved
// through a download link; nothing is sent anywhere.
import { useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/messages-en';
import { useAppStore } from '@/state/store';
import { ModalDialog } from '@/ui/modal-dialog';
import { CHART_IDS, type ChartId } from './chart-ids';
import { exportChart, exportCsv, exportGeoJson, exportViewPng } from './export-actions';
import { takeSnapshot, type ExportSnapshot } from './export-snapshot';
import { buildPrintContent, printContentStore } from './print-content';
import './export-menu.css';

const PNG_SCALES = [1, 2, 3] as const;
const SCALE_LABELS: Readonly<Record<(typeof PNG_SCALES)[number], MessageKey>> = {
  1: 'export.png1',
  2: 'export.png2',
  3: 'export.png3',
};
const CHART_LABELS: Readonly<Record<ChartId, MessageKey>> = {
  series: 'export.chartSeries',
  nationalities: 'export.chartNationalities',
  embarkation: 'export.chartEmbarkation',
  interception: 'export.chartInterception',
  compare: 'export.chartCompare',
};

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Lets the sheet's images decode before the print dialog takes its picture of the page. */
async function imagesReady(): Promise<void> {
  await nextFrame();
  const images = [...document.querySelectorAll<HTMLImageElement>('.print-sheet img')];
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
}

async function printBriefing(snapshot: ExportSnapshot): Promise<string> {
  printContentStore.set(buildPrintContent({ ...snapshot, exportedAtMs: Date.now() }));
  await imagesReady();
  window.print();
  return '';
}

export function ExportMenu(): React.JSX.Element {
  const f = useI18n();
  const { t } = f;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const ready = useAppStore((s) => s.table !== null);

  const run = (job: (snapshot: ExportSnapshot) => string | Promise<string>) => (): void => {
    const snapshot = takeSnapshot(f);
    if (snapshot === null) return;
    setBusy(true);
    setStatus(t('export.working'));
    void (async () => {
      try {
        const file = await job(snapshot);
        setStatus(file === '' ? '' : t('export.done', { file }));
      } catch (error) {
        setStatus(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
      } finally {
        setBusy(false);
      }
    })();
  };
  const disabled = busy || !ready;

  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => setOpen(true)}
        disabled={!ready}
        data-testid="export-button"
      >
        {t('export.button')}
      </button>
      <ModalDialog
        open={open}
        title={t('export.title')}
        closeLabel={t('export.close')}
        onClose={() => setOpen(false)}
        testId="export-dialog"
      >
        <div className="export-menu">
          <section>
            <h3>{t('export.mapHeading')}</h3>
            <p className="export-note">{t('export.mapNote')}</p>
            <div className="export-buttons">
              {PNG_SCALES.map((scale) => (
                <button
                  key={scale}
                  type="button"
                  disabled={disabled}
                  onClick={run((s) => exportViewPng(s, scale))}
                  data-testid={`export-png-${scale}`}
                >
                  {t(SCALE_LABELS[scale])}
                </button>
              ))}
            </div>
            <p className="export-note">{t('export.upscaleNote')}</p>
          </section>
          <section>
            <h3>{t('export.dataHeading')}</h3>
            <div className="export-buttons">
              <button type="button" disabled={disabled} onClick={run(exportCsv)} data-testid="export-csv">
                {t('export.csv')}
              </button>
              <button
                type="button"
                disabled={disabled}
                onClick={run(exportGeoJson)}
                data-testid="export-geojson"
              >
                {t('export.geojson')}
              </button>
            </div>
            <p className="export-note">{t('export.dataNote')}</p>
          </section>
          <section>
            <h3>{t('export.chartsHeading')}</h3>
            <table className="export-charts">
              <tbody>
                {CHART_IDS.map((id) => (
                  <tr key={id}>
                    <th scope="row">{t(CHART_LABELS[id])}</th>
                    {(['svg', 'png'] as const).map((format) => (
                      <td key={format}>
                        <button
                          type="button"
                          disabled={disabled}
                          onClick={run((s) => exportChart(s, id, format))}
                          aria-label={`${t(CHART_LABELS[id])}: ${format.toUpperCase()}`}
                          data-testid={`export-chart-${id}-${format}`}
                        >
                          {format.toUpperCase()}
                        </button>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="export-note">{t('export.chartsNote')}</p>
          </section>
          <section>
            <h3>{t('export.printHeading')}</h3>
            <button
              type="button"
              disabled={disabled}
              onClick={() => {
                setOpen(false);
                run(printBriefing)();
              }}
              data-testid="export-print"
            >
              {t('export.print')}
            </button>
            <p className="export-note">{t('export.printNote')}</p>
          </section>
          <p className="export-status" role="status" aria-live="polite" data-testid="export-status">
            {status}
          </p>
        </div>
      </ModalDialog>
    </>
  );
}
