// Rewrites a foreign date into the format's `YYYY-MM-DD` (day) or `YYYY-MM` (month) text. Only the shape
// is changed here: whether the day exists and is in range is checked by the loader (one validation).
import type { DateFormat } from './import-mapping';

/** Days from 1970-01-01 back to Excel's day 0 (1899-12-30, the base once the 1900 leap bug is skipped). */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const ISO_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ].*)?$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const SERIAL = /^\d+(?:\.\d+)?$/;

const pad2 = (text: string): string => (text.length === 1 ? `0${text}` : text);

/** A UTC Date as `YYYY-MM-DD` (spreadsheet cells read as dates). */
function isoDayOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Excel serial day number → `YYYY-MM-DD`; fractions (time of day) are dropped. Serial 60 is Excel's 1900-02-29. */
export function excelSerialToIsoDay(serial: number): string {
  const whole = Math.floor(serial);
  // The day Excel counts but the calendar has not: the loader rejects it as nonexistent.
  if (whole === 60) return '1900-02-29';
  // Serials below 61 count from 1899-12-31: Excel counts a 29 February 1900 that did not exist.
  const epochDay = whole < 61 ? whole - EXCEL_EPOCH_OFFSET_DAYS + 1 : whole - EXCEL_EPOCH_OFFSET_DAYS;
  return isoDayOfDate(new Date(epochDay * DAY_MS));
}

function fromParts(year: string, month: string, day: string | null): string {
  return day === null ? `${year}-${pad2(month)}` : `${year}-${pad2(month)}-${pad2(day)}`;
}

function convertText(text: string, format: DateFormat): string | null {
  switch (format) {
    case 'iso': {
      const day = ISO_DAY.exec(text);
      if (day) return fromParts(day[1] ?? '', day[2] ?? '', day[3] ?? '');
      const month = ISO_MONTH.exec(text);
      return month ? fromParts(month[1] ?? '', month[2] ?? '', null) : null;
    }
    case 'dd/mm/yyyy':
    case 'mm/dd/yyyy': {
      const m = DAY_FIRST.exec(text);
      if (!m) return null;
      const [first, second] = format === 'dd/mm/yyyy' ? [m[1], m[2]] : [m[2], m[1]];
      return fromParts(m[3] ?? '', second ?? '', first ?? '');
    }
    case 'yyyy-mm': {
      const iso = ISO_MONTH.exec(text) ?? ISO_DAY.exec(text);
      if (iso) return fromParts(iso[1] ?? '', iso[2] ?? '', null);
      const my = MONTH_YEAR.exec(text) ?? DAY_FIRST.exec(text);
      if (!my) return null;
      // "03/2019" has the month first; "14/03/2019" has it second.
      return my.length === 3 || my[3] === undefined
        ? fromParts(my[2] ?? '', my[1] ?? '', null)
        : fromParts(my[3], my[2] ?? '', null);
    }
    case 'excel-serial':
      return SERIAL.test(text) ? excelSerialToIsoDay(Number(text)) : null;
  }
}

/**
 * The value to put into the event's `date`: format text when the value has the chosen shape, otherwise the
 * value unchanged (the loader then rejects it as an invalid date, showing what was found). Empty → null.
 */
export function convertDate(raw: unknown, format: DateFormat): unknown {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    const day = isoDayOfDate(raw);
    return format === 'yyyy-mm' ? day.slice(0, 7) : day;
  }
  if (typeof raw === 'number') {
    if (format === 'excel-serial' && Number.isFinite(raw) && raw >= 0) return excelSerialToIsoDay(raw);
    return String(raw);
  }
  if (typeof raw !== 'string') return raw ?? null;
  const text = raw.trim();
  if (text === '') return null;
  return convertText(text, format) ?? text;
}

/** Share of `values` that convertDate reads in `format` (non-empty values only); 0 without values. */
function shareReadable(values: readonly unknown[], format: DateFormat): number {
  let seen = 0;
  let read = 0;
  for (const value of values) {
    if (value === null || value === undefined || value === '') continue;
    seen++;
    const text = typeof value === 'string' ? value.trim() : value;
    if (typeof text === 'string' && convertText(text, format) !== null) read++;
    else if (typeof text === 'number' && format === 'excel-serial') read++;
    else if (text instanceof Date) read++;
  }
  return seen === 0 ? 0 : read / seen;
}

/**
 * Guesses the date format from sample values. Day-first and month-first are told apart by a part above 12;
 * when every sample is ambiguous, day first (the region's custom: Indonesia, Malaysia, Australia).
 */
export function guessDateFormat(values: readonly unknown[]): DateFormat {
  if (values.some((v) => v instanceof Date)) return 'iso';
  const strings = values.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  if (shareReadable(values, 'iso') >= 0.8) {
    return strings.length > 0 && strings.every((s) => s === '' || ISO_MONTH.test(s)) ? 'yyyy-mm' : 'iso';
  }
  if (strings.length > 0 && strings.every((s) => s === '' || MONTH_YEAR.test(s))) return 'yyyy-mm';
  if (shareReadable(values, 'dd/mm/yyyy') >= 0.8) {
    let firstAbove12 = false;
    let secondAbove12 = false;
    for (const s of strings) {
      const m = DAY_FIRST.exec(s);
      if (!m) continue;
      if (Number(m[1]) > 12) firstAbove12 = true;
      if (Number(m[2]) > 12) secondAbove12 = true;
    }
    return secondAbove12 && !firstAbove12 ? 'mm/dd/yyyy' : 'dd/mm/yyyy';
  }
  const numeric = values.filter((v) => typeof v === 'number' || (typeof v === 'string' && SERIAL.test(v)));
  // Serials of 1950..2100 are 18264..73051.
  if (numeric.length > 0 && numeric.every((v) => Number(v) >= 18_264 && Number(v) <= 73_051))
    return 'excel-serial';
  return 'iso';
}
