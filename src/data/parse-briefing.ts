// Reading a briefing file (docs/briefing.md, data/schema/briefing.schema.json): text or bytes → a briefing
// and a list of located issues, or one error for the whole file. Never throws on any input; builds new
// plain objects from own properties only, so `__proto__` keys do nothing.
//
// data/ must not import state/, so the check of each step's view (URL parameters) is passed in by the
// caller (`checkView`, in practice `parseUrlState(view).notices`); its notices become issues of the step.
import { isPlainObject, readOwn } from '@/lib/safe-record';
import { decodeText } from './decode-text';
import { describeValue } from './load-report';
import { parseJson } from './parse-json';

export const BRIEFING_FORMAT = 'lintas-briefing';
export const BRIEFING_VERSION = 1;
/** Longest caption and title, in Unicode code points (what JSON Schema's maxLength counts). */
export const MAX_CAPTION_CHARS = 280;
export const MAX_TITLE_CHARS = 120;
export const MAX_STEPS = 100;
/** Longest view (URL query text) of one step, in UTF-16 code units. */
export const MAX_VIEW_CHARS = 4000;
/** Largest briefing file: 100 steps of long captions and views fit many times over. */
export const MAX_BRIEFING_BYTES = 2 * 1024 * 1024;

export interface BriefingText {
  readonly en: string;
  readonly id: string;
}

/** Same shape as `Briefing` of domain/briefing.ts. */
export interface BriefingData {
  readonly title: BriefingText;
  readonly steps: readonly { readonly view: string; readonly caption: BriefingText }[];
  /** The dataset the briefing was written for, when the file says. */
  readonly dataset?: { readonly fingerprint: string; readonly title: string };
}

/** A dataset fingerprint as briefings record it (src/briefing/dataset-fingerprint.ts). */
const FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
/** Longest dataset title kept with a briefing, in code points. */
const MAX_DATASET_TITLE_CHARS = 200;

/** The whole file cannot be used: nothing is loaded. */
export const BRIEFING_ERROR_CODES = [
  'file-empty',
  'file-too-large',
  'not-utf8',
  'utf16-encoding',
  'not-json',
  'json-too-deep',
  'not-object',
  'format-missing',
  'wrong-format',
  'version-invalid',
  'version-unsupported',
  'steps-missing',
  'no-steps',
  'too-many-steps',
  'no-valid-steps',
] as const;
export type BriefingErrorCode = (typeof BRIEFING_ERROR_CODES)[number];

/** A located problem; the briefing still loads (the step is skipped only where the code says so). */
export const BRIEFING_ISSUE_CODES = [
  /** The file has no `version`: read as version 1. */
  'version-missing',
  'title-missing',
  'title-too-long',
  'unknown-field',
  /** The step is not an object: skipped. */
  'step-invalid',
  /** The step has no view text: skipped. */
  'view-missing',
  /** The view is longer than MAX_VIEW_CHARS: skipped. */
  'view-too-long',
  /** A parameter of the view is ignored when the step is shown (key, value and reason given). */
  'view-parameter',
  'caption-missing',
  'caption-too-long',
  /** `dataset` is not `{fingerprint: "sha256:…", title}`: the briefing loads as one that does not say. */
  'dataset-invalid',
] as const;
export type BriefingIssueCode = (typeof BRIEFING_ISSUE_CODES)[number];

export interface BriefingError {
  readonly code: BriefingErrorCode;
  /** Placeholder value for the message (a position, a size, the value found). */
  readonly value: string;
}

export interface BriefingIssue {
  /** Index of the step in the file's `steps` array (0-based), or -1 for the whole file. */
  readonly step: number;
  /** Where: `title.id`, `caption.en`, `view`, or a view parameter key. */
  readonly field: string;
  readonly code: BriefingIssueCode;
  /** The offending value, shortened. */
  readonly value: string;
  /** For `view-parameter`: the reason code of the link parser (`url.reason.*`); otherwise ''. */
  readonly reason: string;
}

/** What the caller's view check reports for one ignored parameter (a `UrlNotice`). */
export interface ViewNotice {
  readonly key: string;
  readonly value: string;
  readonly reason: string;
}

export interface ParseBriefingOptions {
  /** Notices of a step's view; none checked when absent. */
  readonly checkView?: (view: string) => readonly ViewNotice[];
  readonly maxBytes?: number;
}

export type BriefingParseResult =
  | { readonly ok: true; readonly briefing: BriefingData; readonly issues: readonly BriefingIssue[] }
  | { readonly ok: false; readonly error: BriefingError };

const TOP_FIELDS = new Set(['format', 'version', 'title', 'steps', 'dataset', '$schema']);
const STEP_FIELDS = new Set(['view', 'caption']);
const TEXT_FIELDS = new Set(['en', 'id']);

function fail(code: BriefingErrorCode, value = ''): BriefingParseResult {
  return { ok: false, error: { code, value } };
}

/** Length in code points, as JSON Schema counts it. */
function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** The first `max` code points (never splits a surrogate pair). */
function truncateCodePoints(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

/**
 * The query part of a view: a leading `?` is dropped, and a whole pasted link (`https://…/?v=1&t=…#x`)
 * is reduced to its query, so an author can paste an address from the browser.
 */
export function normalizeView(view: string): string {
  const trimmed = view.trim();
  const q = trimmed.indexOf('?');
  const query = q >= 0 ? trimmed.slice(q + 1) : /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? '' : trimmed;
  const hash = query.indexOf('#');
  return hash >= 0 ? query.slice(0, hash) : query;
}

interface Collector {
  readonly issues: BriefingIssue[];
  /** `value` is described as JSON (strings quoted), shortened. */
  issue(step: number, field: string, code: BriefingIssueCode, value?: unknown): void;
  /** A view parameter: its raw text, shortened, and the link parser's reason. */
  parameter(step: number, key: string, text: string, reason: string): void;
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function makeCollector(): Collector {
  const issues: BriefingIssue[] = [];
  return {
    issues,
    issue(step, field, code, value) {
      issues.push({ step, field, code, value: value === undefined ? '' : describeValue(value), reason: '' });
    },
    parameter(step, key, text, reason) {
      issues.push({ step, field: shorten(key), code: 'view-parameter', value: shorten(text), reason });
    },
  };
}

function reportUnknownFields(
  obj: Record<string, unknown>,
  known: ReadonlySet<string>,
  step: number,
  prefix: string,
  out: Collector,
): void {
  for (const key of Object.keys(obj))
    if (!known.has(key)) out.issue(step, `${prefix}${key}`, 'unknown-field');
}

/** `{en, id}` texts: each missing one becomes '' with an issue; each too long one is cut with an issue. */
function readText(
  raw: unknown,
  step: number,
  field: string,
  max: number,
  codes: { readonly missing: BriefingIssueCode; readonly tooLong: BriefingIssueCode },
  out: Collector,
): BriefingText {
  if (!isPlainObject(raw)) {
    out.issue(step, field, codes.missing, raw);
    return { en: '', id: '' };
  }
  reportUnknownFields(raw, TEXT_FIELDS, step, `${field}.`, out);
  const read = (language: 'en' | 'id'): string => {
    const value = readOwn(raw, language);
    if (typeof value !== 'string') {
      out.issue(step, `${field}.${language}`, codes.missing, value);
      return '';
    }
    if (codePointLength(value) > max) {
      out.issue(step, `${field}.${language}`, codes.tooLong, codePointLength(value));
      return truncateCodePoints(value, max);
    }
    return value;
  };
  return { en: read('en'), id: read('id') };
}

function readStep(
  raw: unknown,
  index: number,
  options: ParseBriefingOptions,
  out: Collector,
): BriefingData['steps'][number] | null {
  if (!isPlainObject(raw)) {
    out.issue(index, 'step', 'step-invalid', raw);
    return null;
  }
  reportUnknownFields(raw, STEP_FIELDS, index, '', out);
  const rawView = readOwn(raw, 'view');
  if (typeof rawView !== 'string') {
    out.issue(index, 'view', 'view-missing', rawView);
    return null;
  }
  if (rawView.length > MAX_VIEW_CHARS) {
    out.issue(index, 'view', 'view-too-long', rawView.length);
    return null;
  }
  const view = normalizeView(rawView);
  for (const notice of options.checkView?.(view) ?? [])
    out.parameter(index, notice.key, notice.value, notice.reason);
  const caption = readText(
    readOwn(raw, 'caption'),
    index,
    'caption',
    MAX_CAPTION_CHARS,
    { missing: 'caption-missing', tooLong: 'caption-too-long' },
    out,
  );
  return { view, caption };
}

/** The optional `dataset` member: a fingerprint and a title; anything else is noted and dropped. */
function readDataset(raw: unknown, out: Collector): BriefingData['dataset'] {
  if (raw === undefined) return undefined;
  const fingerprint = isPlainObject(raw) ? readOwn(raw, 'fingerprint') : undefined;
  const title = isPlainObject(raw) ? readOwn(raw, 'title') : undefined;
  if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) {
    out.issue(-1, 'dataset', 'dataset-invalid', raw);
    return undefined;
  }
  return {
    fingerprint,
    title: typeof title === 'string' ? truncateCodePoints(title, MAX_DATASET_TITLE_CHARS) : '',
  };
}

/** Validates an already-parsed JSON value as a briefing. */
export function parseBriefingValue(root: unknown, options: ParseBriefingOptions = {}): BriefingParseResult {
  if (!isPlainObject(root)) return fail('not-object', Array.isArray(root) ? 'array' : describeValue(root));
  const format = readOwn(root, 'format');
  if (format === undefined) return fail('format-missing');
  if (format !== BRIEFING_FORMAT) return fail('wrong-format', describeValue(format));
  const out = makeCollector();
  const version = readOwn(root, 'version');
  if (version === undefined) out.issue(-1, 'version', 'version-missing');
  else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('version-invalid', describeValue(version));
  else if (version > BRIEFING_VERSION) return fail('version-unsupported', `${version}/${BRIEFING_VERSION}`);

  const steps = readOwn(root, 'steps');
  if (!Array.isArray(steps)) return fail('steps-missing', describeValue(steps));
  if (steps.length === 0) return fail('no-steps');
  if (steps.length > MAX_STEPS) return fail('too-many-steps', `${steps.length}/${MAX_STEPS}`);

  reportUnknownFields(root, TOP_FIELDS, -1, '', out);
  const title = readText(
    readOwn(root, 'title'),
    -1,
    'title',
    MAX_TITLE_CHARS,
    { missing: 'title-missing', tooLong: 'title-too-long' },
    out,
  );
  const kept: BriefingData['steps'][number][] = [];
  steps.forEach((raw: unknown, index) => {
    const step = readStep(raw, index, options, out);
    if (step) kept.push(step);
  });
  if (kept.length === 0) return fail('no-valid-steps', String(steps.length));
  const dataset = readDataset(readOwn(root, 'dataset'), out);
  return {
    ok: true,
    briefing: dataset ? { title, steps: kept, dataset } : { title, steps: kept },
    issues: out.issues,
  };
}

/** Parses briefing text (a BOM is dropped). */
export function parseBriefingText(text: string, options: ParseBriefingOptions = {}): BriefingParseResult {
  const maxBytes = options.maxBytes ?? MAX_BRIEFING_BYTES;
  if (text.length > maxBytes) return fail('file-too-large', `${text.length}/${maxBytes}`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('file-empty');
  const json = parseJson(body);
  if (!json.ok)
    return fail(json.error.code === 'json-too-deep' ? 'json-too-deep' : 'not-json', json.error.value);
  return parseBriefingValue(json.value, options);
}

/** Parses the bytes of a file: UTF-8 only (UTF-16 and invalid bytes are refused with their own error). */
export function parseBriefingBytes(
  bytes: Uint8Array,
  options: ParseBriefingOptions = {},
): BriefingParseResult {
  const decoded = decodeText(bytes, options.maxBytes ?? MAX_BRIEFING_BYTES);
  if (!decoded.ok) {
    const { code, value } = decoded.error;
    return code === 'file-too-large' ||
      code === 'file-empty' ||
      code === 'not-utf8' ||
      code === 'utf16-encoding'
      ? fail(code, value)
      : fail('not-json', value);
  }
  return parseBriefingText(decoded.text, options);
}
