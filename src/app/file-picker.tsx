// Opening the person's own files: read in the browser, parsed in the worker, never uploaded.
import { useRef } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { loadDataset } from '@/state/load-dataset';
import { DEMO_ROUTES } from './demo-files';

export function FilePicker(): React.JSX.Element {
  const { t } = useI18n();
  const routesInput = useRef<HTMLInputElement>(null);
  const onEvents = async (files: FileList | null): Promise<void> => {
    const file = files?.[0];
    if (!file) return;
    const routesFile = routesInput.current?.files?.[0];
    const routes = routesFile
      ? { type: 'bytes' as const, bytes: await routesFile.arrayBuffer(), fileName: routesFile.name }
      : DEMO_ROUTES;
    await loadDataset({ type: 'bytes', bytes: await file.arrayBuffer(), fileName: file.name }, routes);
  };
  return (
    <div className="file-picker">
      <label>
        {t('header.openFile')}
        <input
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={(e) => void onEvents(e.target.files)}
          data-testid="events-file-input"
        />
      </label>
      <label>
        {t('header.openRoutes')}
        <input ref={routesInput} type="file" accept=".geojson,.json" data-testid="routes-file-input" />
      </label>
    </div>
  );
}
