// The load report as text, in the words of the app's load report dialog (its own message functions and
// English catalogue): counts per reason, then the first rows of each reason, then what did not load.
import {
  countKey,
  describeIssue,
  describeNotLoaded,
  describeReason,
  partsToText,
} from '../../src/app/describe-issue';
import type { IssueCount, LoadIssue, LoadReport } from '../../src/data/load-report';
import { createFormatters } from '../../src/i18n/translate';

export interface ReportContext {
  readonly inputs: readonly { readonly path: string; readonly rows: number; readonly firstFeature: number }[];
  readonly mappingFile: string;
  readonly mappingNotes: readonly string[];
  readonly placedByGazetteer: number;
  readonly unplaced: readonly (readonly [name: string, rows: number])[];
  /** Lines about the output (file, records, aggregation, the read-back check). */
  readonly output: readonly string[];
}

/** Sample lines shown per reason (the JSON report keeps up to 100). */
const LINES_PER_REASON = 20;

function section<C extends string>(
  heading: string,
  counts: readonly IssueCount<C>[],
  samples: readonly LoadIssue<C>[],
  f: ReturnType<typeof createFormatters>,
): string[] {
  const lines = [heading];
  for (const { code, count } of counts) {
    const first = samples.find((issue) => issue.code === code);
    lines.push(
      `  ${describeReason(code, first?.field ?? '', f)}: ${f.t(countKey('report.groupCount', count), { count })}`,
    );
    const shown = samples.filter((issue) => issue.code === code).slice(0, LINES_PER_REASON);
    for (const issue of shown) {
      const described = describeIssue(issue, f);
      lines.push(`    ${partsToText(described.where)} ${partsToText(described.message)}`);
    }
    if (count > shown.length) lines.push(`    … ${count - shown.length} more`);
  }
  return lines;
}

export function formatReportText(report: LoadReport, context: ReportContext): string {
  const f = createFormatters('en');
  const warnings = report.warningCounts.reduce((sum, c) => sum + c.count, 0);
  const lines: string[] = [
    f.t('report.title', { file: report.fileName }),
    '',
    `Mapping: ${context.mappingFile}`,
    ...context.mappingNotes.map((note) => `  ignored in the mapping: ${note}`),
    ...context.inputs.map(
      (input) =>
        `Input ${input.path}: ${f.formatNumber(input.rows)} rows (features ${f.formatNumber(input.firstFeature)}–${f.formatNumber(input.firstFeature + input.rows - 1)})`,
    ),
    '',
    `${f.formatNumber(report.featureCount)} rows read: ${f.formatNumber(report.accepted)} loaded, ${f.formatNumber(report.rejectedFeatures)} not loaded, ${f.formatNumber(warnings)} remarks.`,
  ];
  const notLoaded = describeNotLoaded(report.notLoaded, f);
  if (notLoaded !== null) lines.push(notLoaded);
  if (context.placedByGazetteer > 0)
    lines.push(`${f.formatNumber(context.placedByGazetteer)} rows placed by their place name (gazetteer).`);
  if (context.unplaced.length > 0)
    lines.push(
      `Place names the gazetteer does not know: ${context.unplaced.map(([name, rows]) => `${name} (${f.formatNumber(rows)})`).join(', ')}`,
    );
  if (report.rejectedFeatures > 0) {
    lines.push('');
    lines.push(
      ...section(
        f.t(countKey('report.rejectedHeading', report.rejectedFeatures), { count: report.rejectedFeatures }),
        report.rejectedCounts,
        report.rejected,
        f,
      ),
    );
  }
  if (warnings > 0) {
    lines.push('');
    lines.push(
      ...section(
        f.t(countKey('report.warningHeading', warnings), { count: warnings }),
        report.warningCounts,
        report.warnings,
        f,
      ),
    );
  }
  if (report.rejectedFeatures === 0 && warnings === 0) lines.push(f.t('report.none'));
  if (context.output.length > 0) lines.push('', ...context.output);
  return `${lines.join('\n')}\n`;
}
