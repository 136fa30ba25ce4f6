// The load report: every rejected and suspicious feature with where it is and why; and file errors.
import { useMemo } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/messages-en';
import { useAppStore } from '@/state/store';
import { IssueList } from '@/ui/issue-list';
import { ModalDialog } from '@/ui/modal-dialog';
import { describeIssue } from './describe-issue';

export function LoadReportDialog(): React.JSX.Element {
  const { t } = useI18n();
  const open = useAppStore((s) => s.reportOpen);
  const setOpen = useAppStore((s) => s.setReportOpen);
  const report = useAppStore((s) => s.loadError?.report ?? s.report);
  const rejected = useMemo(() => report?.rejected.map((i) => describeIssue(i, t)) ?? [], [report, t]);
  const warnings = useMemo(() => report?.warnings.map((i) => describeIssue(i, t)) ?? [], [report, t]);
  return (
    <ModalDialog
      open={open}
      title={t('report.title', { file: report?.fileName ?? '' })}
      closeLabel={t('sources.close')}
      onClose={() => setOpen(false)}
      testId="report-dialog"
    >
      {rejected.length === 0 && warnings.length === 0 && <p>{t('report.none')}</p>}
      <IssueList
        heading={t('report.rejectedHeading')}
        lines={rejected}
        moreLabel={(count) => t('report.more', { count })}
      />
      <IssueList
        heading={t('report.warningHeading')}
        lines={warnings}
        moreLabel={(count) => t('report.more', { count })}
      />
    </ModalDialog>
  );
}

/** The banner shown when a whole file failed; the previous data stay loaded. */
export function LoadErrorBanner(): React.JSX.Element | null {
  const { t } = useI18n();
  const loadError = useAppStore((s) => s.loadError);
  const hasTable = useAppStore((s) => s.table !== null);
  const setReportOpen = useAppStore((s) => s.setReportOpen);
  if (loadError === null) return null;
  const key: MessageKey = `fileError.${loadError.error.code}`;
  return (
    <div role="alert" className="error-banner" data-testid="load-error">
      <strong>{t('error.title')}</strong> {t(key, { value: loadError.error.value })}
      {hasTable && <span> {t('error.keepPrevious')}</span>}
      {loadError.report && (
        <button type="button" className="link-button" onClick={() => setReportOpen(true)}>
          {t('report.title', { file: loadError.report.fileName })}
        </button>
      )}
    </div>
  );
}
