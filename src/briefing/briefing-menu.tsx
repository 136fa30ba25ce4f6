// The "Briefing" button of the header and its dialog: present, load the demo or a file, author the steps,
// download the briefing. Mounted by the app in the header; the presentation itself is BriefingPresenter.
import { useRef, useState } from 'react';
import type { BriefingError, BriefingIssue } from '@/data/parse-briefing';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { IssueList } from '@/ui/issue-list';
import { ModalDialog } from '@/ui/modal-dialog';
import { BriefingEditor } from './briefing-editor';
import { describeBriefingError, describeBriefingIssue } from './describe-briefing-issue';
import { downloadBriefing } from './download-briefing';
import { EMPTY_BRIEFING } from './edit-briefing';
import { briefingDataStatus } from './briefing-data-status';
import { BriefingDataWarning } from './briefing-data-warning';
import { fingerprintOf } from './dataset-fingerprint';
import { loadDemoBriefing } from './load-demo-briefing';
import { useCurrentDataset } from './use-current-dataset';
import { useDemoBriefingStatus } from './use-demo-briefing-status';
import { readBriefingBytes } from './read-briefing';
import { enterFullscreen, goToStep, startPresentation } from './step-navigation';
import './briefing.css';

/** What the last load said: a file's steps and notes, its error, or the demo's failure. */
type LoadNote =
  | {
      readonly kind: 'loaded';
      readonly file: string;
      readonly count: number;
      readonly issues: readonly BriefingIssue[];
    }
  | { readonly kind: 'error'; readonly file: string; readonly error: BriefingError }
  | { readonly kind: 'demo-failed' }
  | { readonly kind: 'demo-other-data' };

function LoadNoteView({ note }: { readonly note: LoadNote }): React.JSX.Element {
  const { t } = useI18n();
  if (note.kind === 'demo-failed')
    return (
      <p role="alert" className="briefing-note">
        {t('briefing.demoFailed')}
      </p>
    );
  if (note.kind === 'demo-other-data')
    return (
      <p role="status" className="briefing-note" data-testid="briefing-demo-other-data">
        {t('briefing.demoOnlyOverDemo')}
      </p>
    );
  if (note.kind === 'error')
    return (
      <p role="alert" className="briefing-note" data-testid="briefing-load-error">
        {t('briefing.fileError', { file: note.file, message: describeBriefingError(note.error, t) })}
      </p>
    );
  return (
    <div role="status" className="briefing-note" data-testid="briefing-load-status">
      <p>{t('briefing.loaded', { file: note.file, count: note.count })}</p>
      <IssueList
        heading={t('briefing.issuesHeading')}
        lines={note.issues.map((issue, i) => describeBriefingIssue(issue, i, t))}
        moreLabel={(count) => t('briefing.issuesMore', { count })}
      />
    </div>
  );
}

export function BriefingMenu(): React.JSX.Element {
  const { t } = useI18n();
  const briefing = useAppStore((s) => s.briefing);
  const setBriefing = useAppStore((s) => s.setBriefing);
  const [open, setOpen] = useState(false);
  const [loadingDemo, setLoadingDemo] = useState(false);
  const [note, setNote] = useState<LoadNote | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const current = useCurrentDataset();
  const demoStatus = useDemoBriefingStatus(open, current.fingerprint);
  const loadDemo = async (): Promise<void> => {
    setLoadingDemo(true);
    const result = await loadDemoBriefing();
    const table = useAppStore.getState().table;
    const fingerprint = table ? await fingerprintOf(table) : null;
    setLoadingDemo(false);
    // The demo briefing's captions state the demo's figures: it is offered over the demo data only.
    if (result.ok && briefingDataStatus(result.briefing, fingerprint) === 'mismatch') {
      setNote({ kind: 'demo-other-data' });
      return;
    }
    if (result.ok) {
      setBriefing(result.briefing);
      setNote(
        result.issues.length > 0
          ? {
              kind: 'loaded',
              file: 'briefing.json',
              count: result.briefing.steps.length,
              issues: result.issues,
            }
          : null,
      );
    } else
      setNote(
        result.error === null
          ? { kind: 'demo-failed' }
          : { kind: 'error', file: 'briefing.json', error: result.error },
      );
  };
  const openMenu = (): void => {
    setOpen(true);
    if (useAppStore.getState().briefing === null) void loadDemo();
  };
  const onFile = async (files: FileList | null): Promise<void> => {
    const file = files?.[0];
    if (!file) return;
    const result = readBriefingBytes(new Uint8Array(await file.arrayBuffer()));
    // The same file can be chosen again after a fix.
    if (fileInput.current) fileInput.current.value = '';
    if (result.ok) {
      setBriefing(result.briefing);
      setNote({
        kind: 'loaded',
        file: file.name,
        count: result.briefing.steps.length,
        issues: result.issues,
      });
    } else setNote({ kind: 'error', file: file.name, error: result.error });
  };
  const present = (index: number): void => {
    setOpen(false);
    // Inside the click: the browser grants full screen only to a user gesture.
    enterFullscreen();
    startPresentation(index);
  };
  const show = (index: number): void => {
    setOpen(false);
    goToStep(index);
  };
  const stepCount = briefing?.steps.length ?? 0;

  return (
    <>
      <button type="button" onClick={openMenu} aria-haspopup="dialog" data-testid="briefing-button">
        {t('briefing.button')}
      </button>
      <ModalDialog
        open={open}
        title={t('briefing.dialogTitle')}
        closeLabel={t('briefing.close')}
        onClose={() => setOpen(false)}
        testId="briefing-dialog"
      >
        <p className="briefing-intro">{t('briefing.intro')}</p>
        <div className="briefing-toolbar">
          <button
            type="button"
            className="briefing-primary"
            onClick={() => present(0)}
            disabled={stepCount === 0}
            data-testid="briefing-present"
          >
            {t('briefing.present')}
          </button>
          <button
            type="button"
            onClick={() => void loadDemo()}
            disabled={loadingDemo || demoStatus === 'mismatch'}
            data-testid="briefing-load-demo"
          >
            {t('briefing.loadDemo')}
          </button>
          <label className="briefing-file">
            <span>{t('briefing.openFile')}</span>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              onChange={(e) => void onFile(e.target.files)}
              data-testid="briefing-file-input"
            />
          </label>
          <button
            type="button"
            onClick={() => briefing && downloadBriefing(briefing)}
            disabled={stepCount === 0}
            data-testid="briefing-download"
          >
            {t('briefing.download')}
          </button>
          <button
            type="button"
            onClick={() => {
              setBriefing(EMPTY_BRIEFING);
              setNote(null);
            }}
            data-testid="briefing-new"
          >
            {t('briefing.newBriefing')}
          </button>
        </div>
        {demoStatus === 'mismatch' && note?.kind !== 'demo-other-data' && (
          <p className="briefing-note" data-testid="briefing-demo-other-data">
            {t('briefing.demoOnlyOverDemo')}
          </p>
        )}
        {briefing && <BriefingDataWarning briefing={briefing} />}
        {loadingDemo && <p role="status">{t('briefing.loadingDemo')}</p>}
        {note && <LoadNoteView note={note} />}
        {briefing === null && !loadingDemo && <p>{t('briefing.none')}</p>}
        <BriefingEditor briefing={briefing} onShow={show} onPresent={present} />
      </ModalDialog>
    </>
  );
}
