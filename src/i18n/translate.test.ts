import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages-en';
import { messagesId } from './messages-id';
import { createFormatters, formattersFor } from './translate';

describe('i18n', () => {
  it('has an Indonesian text for every English key, with the same placeholders', () => {
    for (const [key, english] of Object.entries(messagesEn)) {
      const indonesian = messagesId[key as keyof typeof messagesEn];
      expect(indonesian, key).toBeTruthy();
      const placeholders = (text: string): string[] =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      expect(placeholders(indonesian), key).toEqual(placeholders(english));
    }
  });

  it('hands out the same formatters for the same language and words, so caches keyed on t survive a switch back', () => {
    const en = formattersFor('en');
    const id = formattersFor('id');
    expect(formattersFor('en')).toBe(en);
    expect(formattersFor('id').t).toBe(id.t);
    expect(id).not.toBe(en);
    const worded = formattersFor('en', { destination: 'Australia' });
    expect(worded).not.toBe(en);
    expect(worded.t('outcome.landed')).toContain('Australia');
    expect(en.t('outcome.landed')).not.toContain('Australia');
  });

  it('formats numbers and dates with the language locale (UTC dates)', () => {
    const en = createFormatters('en');
    const id = createFormatters('id');
    expect(en.formatNumber(20587)).toBe('20,587');
    expect(id.formatNumber(20587)).toBe('20.587');
    const may2012 = Date.UTC(2012, 4, 1);
    expect(en.formatMonth(may2012)).toBe('May 2012');
    expect(id.formatMonth(may2012)).toBe('Mei 2012');
    // The last instant of a UTC day stays on that day whatever the machine's zone.
    expect(en.formatDate(Date.UTC(2013, 11, 19, 23, 59))).toBe('Dec 19, 2013');
  });

  it('fills placeholders, formats numbers in them, and leaves unknown ones visible', () => {
    const id = createFormatters('id');
    expect(id.t('header.accepted', { count: 1234 })).toBe('1.234 peristiwa dimuat');
    expect(id.t('header.accepted')).toBe('{count} peristiwa dimuat');
  });
});
