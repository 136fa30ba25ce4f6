// The "Datasets" button of the header and its dialog: the demo data and the datasets kept on this device
// (name, size, date), to open or delete; importing a file; "remove all data from this device". It also
// takes files dropped on the map and text pasted on the page, and mounts the mapping dialog.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { LOCALES, type Formatters } from '@/i18n/translate';
import { ModalDialog } from '@/ui/modal-dialog';
import {
  getKeptDatasets,
  openFiles,
  removeAllKept,
  removeKept,
  switchToDemo,
  switchToKept,
  type DemoSources,
} from './import-actions';
import {
  activeDatasetId,
  datasetNotice,
  importSession,
  keptVersion,
  type DatasetNotice,
} from './import-state';
import type { KeptDatasetInfo } from './persist-datasets';
import { useObservable } from './observable-value';
import { IMPORT_ACCEPT } from './source-kind';
import { useDropAndPaste } from './use-drop-and-paste';
import './import.css';

const ImportDialog = lazy(() => import('./import-dialog').then((m) => ({ default: m.ImportDialog })));

function formatSize(bytes: number, f: Formatters): string {
  const decimal = new Intl.NumberFormat(LOCALES[f.language], { maximumFractionDigits: 1 });
  if (bytes < 1024) return f.t('datasets.bytes', { value: f.formatNumber(bytes) });
  if (bytes < 1024 * 1024) return f.t('datasets.kb', { value: decimal.format(bytes / 1024) });
  return f.t('datasets.mb', { value: decimal.format(bytes / (1024 * 1024)) });
}

function noticeText(notice: DatasetNotice, f: Formatters): string {
  switch (notice.kind) {
    case 'kept':
      return f.t('datasets.notice.kept', { name: notice.name });
    case 'not-kept':
      return notice.reason === 'quota'
        ? f.t('datasets.notice.quota', { name: notice.name, size: formatSize(notice.sizeBytes, f) })
        : f.t(notice.reason === 'unavailable' ? 'datasets.notice.unavailable' : 'datasets.notice.failed', {
            name: notice.name,
          });
    case 'mapping-file-invalid':
      return f.t('datasets.notice.mappingInvalid', { name: notice.name });
    case 'removed-all':
      return f.t('datasets.notice.removedAll');
    case 'reopen-failed':
      return f.t('datasets.notice.reopenFailed', { name: notice.name });
  }
}

function NoticeLine(): React.JSX.Element | null {
  const f = useI18n();
  const notice = useObservable(datasetNotice);
  if (notice === null) return null;
  const problem =
    notice.kind === 'not-kept' || notice.kind === 'mapping-file-invalid' || notice.kind === 'reopen-failed';
  return (
    <p
      className={`datasets-notice${problem ? ' datasets-notice-problem' : ''}`}
      role={problem ? 'alert' : 'status'}
      data-testid="datasets-notice"
      data-kind={notice.kind}
    >
      {noticeText(notice, f)}{' '}
      <button type="button" className="link-button" onClick={() => datasetNotice.set(null)}>
        {f.t('datasets.dismiss')}
      </button>
    </p>
  );
}

/** The kept datasets, and whether the list read for the current version of the store has arrived. */
function useKeptList(open: boolean): { readonly list: readonly KeptDatasetInfo[]; readonly loaded: boolean } {
  const version = useObservable(keptVersion);
  const [read, setRead] = useState<{ readonly list: readonly KeptDatasetInfo[]; readonly version: number }>({
    list: [],
    version: -1,
  });
  useEffect(() => {
    if (!open) return;
    let live = true;
    void getKeptDatasets()
      .list()
      .then((next) => {
        if (live) setRead({ list: next, version });
      });
    return () => {
      live = false;
    };
  }, [open, version]);
  return { list: read.list, loaded: open && read.version === version };
}

export interface DatasetsMenuProps {
  readonly demo: DemoSources;
}

export function DatasetsMenu({ demo }: DatasetsMenuProps): React.JSX.Element {
  const f = useI18n();
  const { t, formatDate } = f;
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { list, loaded } = useKeptList(open);
  const active = useObservable(activeDatasetId);
  const session = useObservable(importSession);
  // The mapping dialog is fetched once a file needs it, then kept.
  const [dialogWanted, setDialogWanted] = useState(false);
  useEffect(() => {
    if (session) setDialogWanted(true);
  }, [session]);
  const dropLabel = useMemo(() => t('import.dropHere'), [t]);
  useDropAndPaste(dropLabel);

  const close = (): void => {
    setOpen(false);
    setConfirming(false);
  };
  const openKept = (id: string): void => {
    close();
    void switchToKept(id);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        data-testid="datasets-button"
      >
        {t('datasets.button')}
      </button>
      <NoticeLine />
      <ModalDialog
        open={open}
        title={t('datasets.title')}
        closeLabel={t('datasets.close')}
        onClose={close}
        testId="datasets-dialog"
      >
        <p>{t('datasets.intro')}</p>
        {/* data-loaded: the list read from the device has arrived (until then it shows the demo alone). */}
        <ul className="datasets-list" data-testid="datasets-list" data-loaded={loaded}>
          <li className="datasets-item" data-testid="datasets-demo">
            <span className="datasets-name">{t('datasets.demo')}</span>
            <button
              type="button"
              onClick={() => {
                close();
                void switchToDemo(demo);
              }}
              data-testid="datasets-open-demo"
            >
              {t('datasets.open')}
            </button>
          </li>
          {list.map((item, i) => (
            <li key={item.id} className="datasets-item" data-testid="datasets-item" data-id={item.id}>
              <span className="datasets-name">
                <bdi>{item.name}</bdi>
                {item.id === active && (
                  <span className="datasets-on-screen"> ({t('datasets.onScreen')})</span>
                )}
              </span>
              <span className="datasets-details">
                <bdi>{item.fileName}</bdi> ·{' '}
                {t('datasets.details', {
                  size: formatSize(item.sizeBytes, f),
                  date: formatDate(item.savedAtMs),
                })}
              </span>
              <button
                type="button"
                aria-label={t('datasets.openLabel', { name: item.name })}
                onClick={() => openKept(item.id)}
                data-testid={`datasets-open-${i}`}
              >
                {t('datasets.open')}
              </button>
              <button
                type="button"
                aria-label={t('datasets.deleteLabel', { name: item.name })}
                onClick={() => void removeKept(item.id)}
                data-testid={`datasets-delete-${i}`}
              >
                {t('datasets.delete')}
              </button>
            </li>
          ))}
        </ul>
        {list.length === 0 && <p data-testid="datasets-none">{t('datasets.none')}</p>}
        <label className="import-file">
          <span>{t('datasets.importFile')}</span>
          <input
            type="file"
            multiple
            accept={IMPORT_ACCEPT}
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              if (files.length === 0) return;
              close();
              void openFiles(files, null);
            }}
            data-testid="datasets-import-input"
          />
        </label>
        <p className="import-hint">{t('datasets.hint')}</p>
        <div className="datasets-remove">
          {confirming ? (
            <>
              <p role="alert">{t('datasets.removeAllConfirm')}</p>
              <button
                type="button"
                className="datasets-danger"
                onClick={() => {
                  close();
                  void removeAllKept(demo);
                }}
                data-testid="datasets-remove-all-confirm"
              >
                {t('datasets.removeAll')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('import.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="datasets-danger"
              onClick={() => setConfirming(true)}
              data-testid="datasets-remove-all"
            >
              {t('datasets.removeAll')}
            </button>
          )}
        </div>
      </ModalDialog>
      {dialogWanted && (
        <Suspense fallback={null}>
          <ImportDialog />
        </Suspense>
      )}
    </>
  );
}
