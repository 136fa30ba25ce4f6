// The load report: what did not load and what looks suspicious, grouped by reason with exact counts.
// Only what is on screen is described: nothing while the dialog is closed, a few lines per reason until
// more are asked for. Every value from the file is bidi-isolated.
import { isolateBidi } from '@/lib/isolate-bidi';
import { useState } from 'react';
import type { IssueCount, LoadIssue, LoadReport } from '@/data/load-report';
import { downloadBlob, exportFileName } from '@/export/download-blob';
import { useI18n } from '@/i18n/i18n-context';
import type { Formatters } from '@/i18n/translate';
import { useAppStore } from '@/state/store';
import { ModalDialog } from '@/ui/modal-dialog';
import {
  countKey,
  describeFileError,
  fillParts,
  describeIssue,
  describeReason,
  type MessagePart,
} from './describe-issue';
import { makeRejectedRowsCsv } from './make-rejected-rows-csv';
import { countRemarks, featureRanges, SUMMARISED_CODES } from './summarised-remarks';

/** Lines shown per reason before "Show more". */
const FIRST_LINES = 5;

/** Parts as text, with values from the file in <bdi>. */
export function MessageParts({ parts }: { readonly parts: readonly MessagePart[] }): React.JSX.Element {
  return (
    <>
      {parts.map((part, k) =>
        typeof part === 'string' ? <span key={k}>{part}</span> : <bdi key={k}>{part.fromFile}</bdi>,
      )}
    </>
  );
}

function IssueGroup<C extends string>({
  group,
  samples,
  f,
}: {
  readonly group: IssueCount<C>;
  readonly samples: readonly LoadIssue<C>[];
  readonly f: Formatters;
}): React.JSX.Element {
  const [shown, setShown] = useState(FIRST_LINES);
  if (SUMMARISED_CODES.has(group.code)) return <SummarisedGroup group={group} samples={samples} f={f} />;
  const lines = samples.slice(0, shown).map((issue) => describeIssue(issue, f));
  return (
    <li className="issue-group" data-testid={`report-group-${group.code}`}>
      <strong>{describeReason(group.code, samples[0]?.field ?? '', f)}</strong>{' '}
      <span data-testid="report-group-count">
        — {f.t(countKey('report.groupCount', group.count), { count: group.count })}
      </span>
      <ul>
        {lines.map((line) => (
          <li key={line.key}>
            <strong>
              <MessageParts parts={line.where} />
            </strong>{' '}
            <MessageParts parts={line.message} />
          </li>
        ))}
      </ul>
      {samples.length > shown && (
        <button type="button" className="link-button" onClick={() => setShown(samples.length)}>
          {f.t('report.showMore', { count: samples.length - shown })}
        </button>
      )}
      {samples.length < group.count && shown >= samples.length && (
        <p>{f.t('report.sampleNote', { shown: samples.length, count: group.count })}</p>
      )}
    </li>
  );
}

/** One line for a reason that is one fact about many features, with the count and which features. */
function SummarisedGroup<C extends string>({
  group,
  samples,
  f,
}: {
  readonly group: IssueCount<C>;
  readonly samples: readonly LoadIssue<C>[];
  readonly f: Formatters;
}): React.JSX.Element {
  return (
    <li className="issue-group" data-testid={`report-group-${group.code}`}>
      <strong>{describeReason(group.code, samples[0]?.field ?? '', f)}</strong>{' '}
      <span data-testid="report-group-count">
        — {f.t(countKey('report.groupCount', group.count), { count: group.count })}
      </span>
      <p data-testid="report-group-summary">
        <MessageParts
          parts={fillParts(f, countKey('report.summarised', group.count), {
            count: group.count,
            example: { fromFile: samples[0]?.value ?? '' },
          })}
        />
      </p>
      <p data-testid="report-group-features">
        {f.t('report.summarisedFeatures', { features: featureRanges(samples, f.formatNumber) })}
        {samples.length < group.count &&
          ` ${f.t('report.sampleNote', { shown: samples.length, count: group.count })}`}
      </p>
    </li>
  );
}

function IssueGroups<C extends string>({
  heading,
  counts,
  issues,
  f,
}: {
  readonly heading: string;
  readonly counts: readonly IssueCount<C>[];
  readonly issues: readonly LoadIssue<C>[];
  readonly f: Formatters;
}): React.JSX.Element | null {
  if (counts.length === 0) return null;
  return (
    <section className="issue-list">
      <h3>{heading}</h3>
      <ul>
        {counts.map((group) => (
          <IssueGroup
            key={group.code}
            group={group}
            samples={issues.filter((issue) => issue.code === group.code)}
            f={f}
          />
        ))}
      </ul>
    </section>
  );
}

function ReportBody({ report }: { readonly report: LoadReport }): React.JSX.Element {
  const f = useI18n();
  const { t } = f;
  const warningTotal = countRemarks(report.warningCounts);
  const download = (): void => {
    const csv = makeRejectedRowsCsv(report, f);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      exportFileName('rejected', 'csv', Date.now()),
    );
  };
  return (
    <>
      {report.rejectedCounts.length === 0 && warningTotal === 0 && <p>{t('report.none')}</p>}
      <IssueGroups
        heading={t(countKey('report.rejectedHeading', report.rejectedFeatures), {
          count: report.rejectedFeatures,
        })}
        counts={report.rejectedCounts}
        issues={report.rejected}
        f={f}
      />
      {report.rejectedRows.length > 0 && (
        <p>
          <button type="button" onClick={download} data-testid="report-download-csv">
            {t('report.downloadCsv')}
          </button>
          {report.rejectedRows.length < report.rejectedFeatures && (
            <> {t('report.csvTruncated', { count: report.rejectedRows.length })}</>
          )}
        </p>
      )}
      <IssueGroups
        heading={t(countKey('report.warningHeading', warningTotal), { count: warningTotal })}
        counts={report.warningCounts}
        issues={report.warnings}
        f={f}
      />
    </>
  );
}

export function LoadReportDialog(): React.JSX.Element {
  const { t } = useI18n();
  const open = useAppStore((s) => s.reportOpen);
  const setOpen = useAppStore((s) => s.setReportOpen);
  const report = useAppStore((s) => s.loadError?.report ?? s.report);
  return (
    <ModalDialog
      open={open}
      title={t('report.title', { file: isolateBidi(report?.fileName ?? '') })}
      closeLabel={t('sources.close')}
      onClose={() => setOpen(false)}
      testId="report-dialog"
    >
      {open && report !== null && <ReportBody report={report} />}
    </ModalDialog>
  );
}

/** The banner shown when a whole file failed; the previous data stay loaded. */
export function LoadErrorBanner(): React.JSX.Element | null {
  const f = useI18n();
  const loadError = useAppStore((s) => s.loadError);
  const hasTable = useAppStore((s) => s.table !== null);
  const setReportOpen = useAppStore((s) => s.setReportOpen);
  if (loadError === null) return null;
  return (
    <div role="alert" className="error-banner" data-testid="load-error">
      <strong>{f.t('error.title')}</strong> <MessageParts parts={describeFileError(loadError.error, f)} />
      {hasTable && <span> {f.t('error.keepPrevious')}</span>}
      {loadError.report && (
        <button type="button" className="link-button" onClick={() => setReportOpen(true)}>
          {f.t('report.title', { file: isolateBidi(loadError.report.fileName) })}
        </button>
      )}
    </div>
  );
}
