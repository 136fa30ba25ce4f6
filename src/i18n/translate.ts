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

/** Builds the translator and Intl formatters for a language (cheap; memoize per language). */
export function createFormatters(language: Language): Formatters {
  const catalogue = CATALOGUES[language];
  const locale = LOCALES[language];
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const t: Translate = (key, vars) => {
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

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'id';
}
