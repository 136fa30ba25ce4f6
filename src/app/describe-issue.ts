// Turns load-report issues and file errors into translated, located messages. Values that come from the
// file are kept apart (`fromFile`) so views wrap them in <bdi>: a right-to-left override in an id cannot
// reorder the rest of the line.
import { limitOfField } from '@/data/format-limits';
import type { FileError, LoadIssue, NotLoadedTotals } from '@/data/load-report';
import type { MessageKey } from '@/i18n/messages-en';
import { messagesEn } from '@/i18n/messages-en';
import { LOCALES, type Formatters } from '@/i18n/translate';

/** Text of ours, or a value from the file (to be bidi-isolated). */
export type MessagePart = string | { readonly fromFile: string };

export interface DescribedIssue {
  readonly key: string;
  readonly where: readonly MessagePart[];
  readonly message: readonly MessagePart[];
}

type Vars = Readonly<Record<string, string | number | { readonly fromFile: string }>>;

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messagesEn, key);
}

/** The ".one" form of `key` when `count` is 1 and the catalogue has one. */
export function countKey(key: MessageKey, count: number): MessageKey {
  const one = `${key}.one`;
  return count === 1 && isMessageKey(one) ? one : key;
}

/** Fills a message template into parts; numbers are formatted, file values kept apart. */
export function fillParts(f: Formatters, key: MessageKey, vars: Vars): MessagePart[] {
  const template = f.t(key);
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    if (value === undefined) continue;
    parts.push(template.slice(last, match.index));
    parts.push(typeof value === 'number' ? f.formatNumber(value) : value);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts.filter((part) => part !== '');
}

/** Plain text of parts (for CSV, titles and tests). */
export function partsToText(parts: readonly MessagePart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.fromFile)).join('');
}

/** A size in human units: "812 bytes", "3.4 KB", "200 MB" (1 KB = 1,024 bytes). */
export function formatBytes(f: Formatters, bytes: number): string {
  const decimal = new Intl.NumberFormat(LOCALES[f.language], { maximumFractionDigits: 1 });
  if (bytes < 1024) return f.t(countKey('unit.bytes', bytes), { value: bytes });
  if (bytes < 1024 * 1024) return f.t('unit.kilobytes', { value: decimal.format(bytes / 1024) });
  return f.t('unit.megabytes', { value: decimal.format(bytes / (1024 * 1024)) });
}

/** "Feature 12 (id ev-1), date:" and "date 2013-02-30 does not exist in the calendar". */
export function describeIssue(issue: LoadIssue<string>, f: Formatters): DescribedIssue {
  const key = `issue.${issue.code}`;
  const limit = limitOfField(issue.field);
  const value: Vars[string] =
    issue.value === ''
      ? f.t('issue.valueMissing')
      : /^\d+$/.test(issue.value)
        ? Number(issue.value)
        : { fromFile: issue.value };
  const message = isMessageKey(key)
    ? fillParts(f, key, { value, field: issue.field, limit: limit ?? '' })
    : [issue.code];
  const where: MessagePart[] = [
    issue.index >= 0 ? f.t('report.feature', { index: issue.index + 1 }) : f.t('report.wholeFile'),
  ];
  if (issue.id !== '') where.push(' (id ', { fromFile: issue.id }, ')');
  where.push(`, ${issue.field}:`);
  return { key: `${issue.index}-${issue.code}-${issue.field}`, where, message };
}

/** The message of a reason without its values ("kind must be … got …"), for group headings. */
export function describeReason(code: string, field: string, f: Formatters): string {
  const key = `issue.${code}`;
  if (!isMessageKey(key)) return code;
  const limit = limitOfField(field);
  return f.t(key, { value: '…', field, limit: limit === undefined ? '…' : f.formatNumber(limit) });
}

/** "actual/limit" as two numbers (NaN when malformed). */
function splitPair(value: string): [number, number] {
  const [a = '', b = ''] = value.split('/');
  return [Number(a), Number(b)];
}

/** The message of a whole-file failure, with sizes and counts in human units. */
export function describeFileError(error: FileError, f: Formatters): MessagePart[] {
  switch (error.code) {
    case 'file-too-large': {
      const [size, limit] = splitPair(error.value);
      return fillParts(f, 'fileError.file-too-large', {
        size: formatBytes(f, size),
        limit: formatBytes(f, limit),
      });
    }
    case 'too-many-features': {
      const [count, limit] = splitPair(error.value);
      return fillParts(f, 'fileError.too-many-features', { count, limit });
    }
    case 'not-json': {
      // "line:column", or "end:line:column" when the text stops before the JSON is complete.
      const parts = error.value.split(':');
      const atEnd = parts[0] === 'end';
      const [line = '?', column = '?'] = atEnd ? parts.slice(1) : parts;
      return fillParts(f, atEnd ? 'fileError.not-json.end' : 'fileError.not-json', {
        line: Number(line),
        column: Number(column),
      });
    }
    case 'json-too-deep': {
      // "line:column/limit": where the nesting first passes the limit of levels.
      const [where = '', limit = ''] = error.value.split('/');
      const [line = '?', column = '?'] = where.split(':');
      return fillParts(f, 'fileError.json-too-deep', {
        line: Number(line),
        column: Number(column),
        limit: Number(limit),
      });
    }
    case 'no-valid-features': {
      const count = Number(error.value);
      return fillParts(f, countKey('fileError.no-valid-features', count), { count });
    }
    case 'file-empty':
    case 'not-utf8':
    case 'utf16-encoding':
    case 'not-geojson':
    case 'type-missing':
    case 'not-feature-collection':
    case 'features-missing':
    case 'no-features':
    case 'format-version-unsupported':
    case 'wrong-file-kind':
    case 'read-failed':
    case 'cancelled':
    case 'columnar-unreadable':
    case 'columnar-columns-missing':
    case 'parquet-not-read':
      return fillParts(f, `fileError.${error.code}`, { value: { fromFile: error.value } });
  }
}

/** "24 records not loaded: 706 dead and missing, 1,200 people on board", or null when all loaded. */
export function describeNotLoaded(totals: NotLoadedTotals, f: Formatters): string | null {
  if (totals.features === 0) return null;
  const head = f.t(countKey('notLoaded.records', totals.features), { count: totals.features });
  const details: string[] = [];
  if (totals.deaths > 0) details.push(f.t('notLoaded.deaths', { count: totals.deaths }));
  if (totals.people > 0)
    details.push(f.t(countKey('notLoaded.people', totals.people), { count: totals.people }));
  if (totals.boats > 0) details.push(f.t(countKey('notLoaded.boats', totals.boats), { count: totals.boats }));
  return details.length === 0 ? head : `${head}: ${details.join(', ')}`;
}
