// The rejected features of a load as CSV: one row per feature (numbered from 1, as in the report), its
// problems in words, then its coordinates and properties as the file gave them, so they can be fixed.
import type { LoadReport } from '@/data/load-report';
import { csvText } from '@/export/csv-cell';
import type { Formatters } from '@/i18n/translate';
import { describeIssue, partsToText } from './describe-issue';

export function makeRejectedRowsCsv(report: LoadReport, f: Formatters): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of report.rejectedRows) {
    for (const key of Object.keys(row.properties)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const header = [f.t('report.csv.feature'), 'id', f.t('report.csv.problems'), f.t('report.csv.coordinates')];
  const rows: (string | number)[][] = [[...header, ...columns.filter((c) => c !== 'id')]];
  for (const row of report.rejectedRows) {
    const problems = row.issues.map((issue) => {
      const described = describeIssue(issue, f);
      return `${issue.field}: ${partsToText(described.message)}`;
    });
    rows.push([
      row.index + 1,
      row.id,
      problems.join('; '),
      row.coordinates,
      ...columns.filter((c) => c !== 'id').map((c) => row.properties[c] ?? ''),
    ]);
  }
  return csvText(rows);
}
