// Opening the person's own files: read in the browser, parsed in a worker, never uploaded. Lintas files
// load as they are; CSV, TSV, other GeoJSON and spreadsheets go through the import's mapping dialog.
import { useRef } from 'react';
import { openFiles } from '@/import/import-actions';
import { IMPORT_ACCEPT } from '@/import/source-kind';
import { useI18n } from '@/i18n/i18n-context';

export function FilePicker(): React.JSX.Element {
  const { t } = useI18n();
  const routesInput = useRef<HTMLInputElement>(null);
  const onEvents = async (input: HTMLInputElement): Promise<void> => {
    const files = Array.from(input.files ?? []);
    // The same file can be chosen again after a fix.
    input.value = '';
    if (files.length === 0) return;
    // No routes file: corridors are derived from the events, never taken from the demo's routes.
    const routesFile = routesInput.current?.files?.[0] ?? null;
    // A mapping file chosen with the data file is used for it.
    await openFiles(files, routesFile);
  };
  return (
    <div className="file-picker" title={t('header.openHint')}>
      {/* One button per file; the native inputs stay in the page (keyboard, tests) but out of sight. */}
      <label className="tool-button">
        {t('header.openFile')}
        <input
          className="visually-hidden"
          type="file"
          multiple
          accept={`${IMPORT_ACCEPT},application/geo+json,application/json,text/csv,text/tab-separated-values`}
          onChange={(e) => void onEvents(e.target)}
          data-testid="events-file-input"
        />
      </label>
      <label className="tool-button is-secondary">
        {t('header.openRoutes')}
        <input
          ref={routesInput}
          className="visually-hidden"
          type="file"
          accept=".geojson,.json"
          data-testid="routes-file-input"
        />
      </label>
    </div>
  );
}
