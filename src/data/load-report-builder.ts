// Collects the issues of one load with bounded memory: a feature's issues are gathered while it is
// validated (all of them, not only the first), then kept as samples (the first ISSUE_SAMPLE_LIMIT per
// reason) and exact counts. Values are described only for the issues that are kept.
import { keepShape } from './keep-shape';
import { isPlainObject, readOwn } from '@/lib/safe-record';
import {
  describeValue,
  ISSUE_SAMPLE_LIMIT,
  REJECTED_ROW_LIMIT,
  type IssueCount,
  type LoadIssue,
  type LoadReport,
  type RejectedRow,
  type RejectionCode,
  type WarningCode,
} from './load-report';

/** Longest property text kept for the rejected-rows CSV, in characters. */
const ROW_TEXT_LIMIT = 1000;
/** Most properties kept per rejected row. */
const ROW_PROPERTY_LIMIT = 100;

class IssueSamples<C extends string> {
  readonly samples: LoadIssue<C>[] = [];
  private readonly counts = new Map<C, number>();

  /** Counts an issue and keeps it as a sample while the reason has fewer; `id` may be worked out only then. */
  add(index: number, id: string | (() => string), field: string, code: C, raw: unknown): LoadIssue<C> | null {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count > ISSUE_SAMPLE_LIMIT) return null;
    const issue = {
      index,
      id: typeof id === 'string' ? id : id(),
      field,
      code,
      value: raw === undefined ? '' : describeValue(raw),
    };
    this.samples.push(issue);
    return issue;
  }

  countsByFrequency(): IssueCount<C>[] {
    return [...this.counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
  }
}

/** A count as the file gave it, when it is a plain non-negative number (for "what did not load"). */
function readableCount(props: unknown, key: string): number {
  if (!isPlainObject(props)) return 0;
  const value = readOwn(props, key);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

function shorten(text: string): string {
  return text.length > ROW_TEXT_LIMIT ? `${text.slice(0, ROW_TEXT_LIMIT - 1)}…` : text;
}

function rowOf(index: number, id: string, feature: unknown, issues: LoadIssue<RejectionCode>[]): RejectedRow {
  const properties: Record<string, string> = {};
  let coordinates = '';
  if (isPlainObject(feature)) {
    const props = readOwn(feature, 'properties');
    if (isPlainObject(props)) {
      let kept = 0;
      for (const key of Object.keys(props)) {
        if (kept++ >= ROW_PROPERTY_LIMIT) break;
        const value = props[key];
        properties[key] = shorten(
          typeof value === 'string' ? value : value === undefined ? '' : (JSON.stringify(value) ?? ''),
        );
      }
    }
    const geometry = readOwn(feature, 'geometry');
    if (isPlainObject(geometry))
      coordinates = shorten(JSON.stringify(readOwn(geometry, 'coordinates')) ?? '');
  } else {
    coordinates = '';
    properties['value'] = shorten(JSON.stringify(feature) ?? String(feature));
  }
  return { index, id, coordinates, properties, issues };
}

/** A warning recorded on one report, to be replayed on another (field, code and raw value). */
export interface PendingWarning {
  readonly field: string;
  readonly code: WarningCode;
  readonly value: unknown;
}

export class LoadReportBuilder {
  private readonly rejections = new IssueSamples<RejectionCode>();
  private readonly warningSamples = new IssueSamples<WarningCode>();
  private readonly rows: RejectedRow[] = [];
  // The current feature's issues, in parallel arrays reused for every feature (no allocation when clean):
  // entries 0 … rejectCount - 1 and 0 … warnCount - 1 are the current feature's.
  private index = 0;
  private id = '';
  private rejectCount = 0;
  private warnCount = 0;
  private readonly rejectField: string[] = [];
  private readonly rejectCode: RejectionCode[] = [];
  private readonly rejectValue: unknown[] = [];
  private readonly warnField: string[] = [];
  private readonly warnCode: WarningCode[] = [];
  private readonly warnValue: unknown[] = [];
  private rejectedFeatures = 0;
  private people = 0;
  private deaths = 0;
  private boats = 0;

  /** Starts collecting the issues of feature `index`. */
  begin(index: number): void {
    this.index = index;
    this.id = '';
    this.rejectCount = 0;
    this.warnCount = 0;
  }

  /** The id that issues of the current feature are located by (as far as it is known). */
  setId(id: string): void {
    this.id = id;
  }

  /** Records a rejection of the current feature; `raw` undefined means the value is absent. */
  reject(field: string, code: RejectionCode, raw?: unknown): void {
    const k = this.rejectCount++;
    this.rejectField[k] = field;
    this.rejectCode[k] = code;
    this.rejectValue[k] = raw;
  }

  warn(field: string, code: WarningCode, raw?: unknown): void {
    const k = this.warnCount++;
    this.warnField[k] = field;
    this.warnCode[k] = code;
    this.warnValue[k] = raw;
  }

  get hasRejections(): boolean {
    return this.rejectCount > 0;
  }

  /** Warnings recorded for the current feature so far. */
  get warningCount(): number {
    return this.warnCount;
  }

  /** The current feature's warnings from number `from` on, to be replayed with `warn` on another report. */
  warningsSince(from: number): PendingWarning[] {
    const out: PendingWarning[] = [];
    for (let k = from; k < this.warnCount; k++)
      out.push({
        field: this.warnField[k] ?? '',
        code: this.warnCode[k] ?? 'text-truncated',
        value: this.warnValue[k],
      });
    return out;
  }

  /** Whether the current feature's warnings are `list` (same fields, codes and values, in order). */
  warningsAre(list: readonly PendingWarning[]): boolean {
    if (list.length !== this.warnCount) return false;
    for (let k = 0; k < list.length; k++) {
      const w = list[k];
      if (w === undefined || w.field !== this.warnField[k] || w.code !== this.warnCode[k]) return false;
      if (!Object.is(w.value, this.warnValue[k])) return false;
    }
    return true;
  }

  /** Rejections and warnings recorded for the current feature so far. */
  get issueCount(): number {
    return this.rejectCount + this.warnCount;
  }

  /** Ends the current feature: its rejections are kept, or (when it loads) its warnings. */
  end(feature: unknown): void {
    if (this.rejectCount === 0) {
      if (this.warnCount === 0) return;
      for (let k = 0; k < this.warnCount; k++) {
        this.warningSamples.add(
          this.index,
          this.id,
          this.warnField[k] ?? '',
          this.warnCode[k] ?? 'text-truncated',
          this.warnValue[k],
        );
      }
      return;
    }
    this.rejectedFeatures++;
    const props = isPlainObject(feature) ? readOwn(feature, 'properties') : undefined;
    this.people += readableCount(props, 'people');
    this.deaths += readableCount(props, 'deaths');
    this.boats += readableCount(props, 'boats');
    const keepRow = this.rows.length < REJECTED_ROW_LIMIT;
    const issues: LoadIssue<RejectionCode>[] = [];
    for (let k = 0; k < this.rejectCount; k++) {
      const field = this.rejectField[k] ?? '';
      const code = this.rejectCode[k] ?? 'not-a-feature';
      const raw = this.rejectValue[k];
      const kept = this.rejections.add(this.index, this.id, field, code, raw);
      if (keepRow) {
        issues.push(
          kept ?? {
            index: this.index,
            id: this.id,
            field,
            code,
            value: raw === undefined ? '' : describeValue(raw),
          },
        );
      }
    }
    if (keepRow) this.rows.push(rowOf(this.index, this.id, feature, issues));
  }

  /**
   * A warning about a loaded feature recorded outside begin() … end(): found after validation (e.g. from
   * the extent of all points), or by a validator that accepted the feature without them. `id` may be a
   * function, called only when the warning is kept as a sample.
   */
  warnAfter(
    index: number,
    id: string | (() => string),
    field: string,
    code: WarningCode,
    raw?: unknown,
  ): void {
    this.warningSamples.add(index, id, field, code, raw);
  }

  /** A warning about the whole file (index -1). */
  warnFile(field: string, code: WarningCode, raw?: unknown): void {
    this.warningSamples.add(-1, '', field, code, raw);
  }

  build(fileName: string, featureCount: number, accepted: number): LoadReport {
    const byIndex = <C extends string>(a: LoadIssue<C>, b: LoadIssue<C>): number => a.index - b.index;
    return {
      fileName,
      featureCount,
      accepted,
      rejectedFeatures: this.rejectedFeatures,
      rejected: this.rejections.samples,
      warnings: [...this.warningSamples.samples].sort(byIndex),
      rejectedCounts: this.rejections.countsByFrequency(),
      warningCounts: this.warningSamples.countsByFrequency(),
      notLoaded: {
        features: this.rejectedFeatures,
        people: this.people,
        deaths: this.deaths,
        boats: this.boats,
      },
      rejectedRows: this.rows,
    };
  }
}

// A kept instance: its map, and the optimized code of its methods, survive a full GC (keep-shape.ts).
keepShape(new LoadReportBuilder());
