// Translation and Intl formatting for the two supported languages.
import { messagesEn, type MessageKey } from './messages-en';
import { messagesId } from './messages-id';

export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP 47 locale used by Intl for each UI language. */
export const LOCALES: Record<Language, string> = { en: 'en', id: 'id-ID' };

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en: messagesEn, id: messagesId };

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

export interface Formatters {
  readonly language: Language;
  readonly t: Translate;
  /** Whole numbers with the locale's grouping (1,234 / 1.234). */
  readonly formatNumber: (value: number) => string;
  /** A UTC day (epoch milliseconds) as a medium date. */
  readonly formatDate: (timeMs: number) => string;
  /** A UTC month (epoch milliseconds of its first day) as "May 2012" / "Mei 2012". */
  readonly formatMonth: (timeMs: number) => string;
}

/** Words the loaded data supply to messages (from its metadata); '' when the data do not say. */
export interface DataWords {
  /** Where arrivals arrive ("Australia"): "People landed" becomes "People landed in Australia". */
  readonly destination: string;
}
export const NO_DATA_WORDS: DataWords = { destination: '' };

/** Messages that name the destination when the data give one: `key` → `key.in` with {destination}. */
const WITH_DESTINATION: ReadonlyMap<MessageKey, MessageKey> = new Map([
  ['outcome.landed', 'outcome.landed.in'],
  ['header.arrivals', 'header.arrivals.in'],
  ['charts.kpi.landedPeople', 'charts.kpi.landedPeople.in'],
] as const);

/**
 * Builds the translator and Intl formatters for a language and the loaded data's words (cheap; memoize
 * per language and words). No message names a place the data do not name.
 */
export function createFormatters(language: Language, words: DataWords = NO_DATA_WORDS): Formatters {
  const catalogue = CATALOGUES[language];
  const locale = LOCALES[language];
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const worded = words.destination !== '';
  const t: Translate = (key, vars) => {
    const placed = worded ? WITH_DESTINATION.get(key) : undefined;
    if (placed !== undefined) return translate(placed, { destination: words.destination, ...vars });
    return translate(key, vars);
  };
  const translate: Translate = (key, vars) => {
    const template = catalogue[key];
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
      if (value === undefined) return match;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
  };
  return {
    language,
    t,
    formatNumber: (value) => numberFormat.format(value),
    formatDate: (timeMs) => dateFormat.format(timeMs),
    formatMonth: (timeMs) => monthFormat.format(timeMs),
  };
}

/** Formatters made by formattersFor, by language and words; a few entries (one dataset's words at a time). */
const madeFormatters = new Map<string, Formatters>();
const MADE_FORMATTERS_MAX = 8;

/**
 * The formatters of a language and words, made once: switching back to a language hands out the same `t`,
 * so every cache keyed on it (the Filters tab's option labels: ~45 ms to rebuild at 4,000 sites) still holds.
 */
export function formattersFor(language: Language, words: DataWords = NO_DATA_WORDS): Formatters {
  const key = `${language}\u0000${words.destination}`;
  let made = madeFormatters.get(key);
  if (made === undefined) {
    if (madeFormatters.size >= MADE_FORMATTERS_MAX) madeFormatters.clear();
    made = createFormatters(language, words);
    madeFormatters.set(key, made);
  }
  return made;
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'id';
}
