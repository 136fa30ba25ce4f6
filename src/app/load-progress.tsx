// While a file loads: what the worker is doing (bytes read, features checked) and a Cancel that stops
// it and keeps the data on screen.
import { isolateBidi } from '@/lib/isolate-bidi';
import { cancelImportsInWorker } from '@/import/import-in-worker';
import { useI18n } from '@/i18n/i18n-context';
import type { LoadProgress as Progress } from '@/data/load-messages';
import type { Formatters } from '@/i18n/translate';
import { cancelLoad } from '@/state/load-dataset';
import { useAppStore } from '@/state/store';
import { formatBytes } from './describe-issue';

function describeProgress(progress: Progress | null, fileName: string, f: Formatters): string {
  const file = isolateBidi(progress?.fileName ?? fileName);
  if (progress === null) return f.t('app.loading', { file });
  switch (progress.phase) {
    case 'reading':
      return f.t('progress.reading', {
        file,
        done: formatBytes(f, progress.done),
        total: progress.total > 0 ? formatBytes(f, progress.total) : '?',
      });
    case 'parsing':
      return f.t('progress.parsing', { file });
    case 'validating':
      return f.t('progress.validating', { file, done: progress.done, total: progress.total });
    case 'building':
      return f.t('progress.building', { file });
  }
}

/** Stops whichever load runs: a file through the loader, or an import through the import worker. */
function cancelAll(): void {
  cancelLoad();
  cancelImportsInWorker();
}

export function LoadProgress(): React.JSX.Element | null {
  const f = useI18n();
  const loading = useAppStore((s) => s.status === 'loading');
  const progress = useAppStore((s) => s.loadProgress);
  const fileName = useAppStore((s) => s.loadingName);
  if (!loading) return null;
  const measurable = progress !== null && progress.total > 0 && progress.phase !== 'parsing';
  return (
    <span className="load-progress" data-testid="load-progress" role="status">
      {/* Cancel first: the text after it changes width as the load goes on, the button never moves. */}
      <button type="button" className="link-button" onClick={cancelAll} data-testid="load-cancel">
        {f.t('progress.cancel')}
      </button>{' '}
      <progress
        aria-label={f.t('progress.label')}
        max={measurable ? progress.total : undefined}
        value={measurable ? progress.done : undefined}
      />{' '}
      <span data-testid="load-progress-text">{describeProgress(progress, fileName, f)}</span>
    </span>
  );
}
