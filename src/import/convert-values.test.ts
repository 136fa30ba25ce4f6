import { describe, expect, it } from 'vitest';
import {
  addCounts,
  convertCount,
  convertCountry,
  convertDegrees,
  convertNationalities,
  convertVocabulary,
  lookUpValueMap,
  parseLatLonText,
} from './convert-values';

describe('counts', () => {
  it('reads numbers, digit text and thousands separators', () => {
    expect(convertCount(57)).toBe(57);
    expect(convertCount(' 57 ')).toBe(57);
    expect(convertCount('1,034')).toBe(1034);
    expect(convertCount('1.034')).toBe(1034);
    expect(convertCount('12 345')).toBe(12345);
    expect(convertCount('12.0')).toBe(12);
  });
  it('reads blanks and "unknown" words as not known, and keeps the rest for the loader', () => {
    expect(convertCount('')).toBeNull();
    expect(convertCount('unknown')).toBeNull();
    expect(convertCount('Tidak diketahui')).toBeNull();
    expect(convertCount('n/a')).toBeNull();
    expect(convertCount(undefined)).toBeNull();
    expect(convertCount('about 40')).toBe('about 40');
    expect(convertCount('1,5')).toBe('1,5');
    expect(convertCount(-3)).toBe(-3);
  });
  it('adds dead and missing, keeping unknown apart', () => {
    expect(addCounts(2, 5)).toBe(7);
    expect(addCounts(null, 5)).toBe(5);
    expect(addCounts(2, null)).toBe(2);
    expect(addCounts(null, null)).toBeNull();
    expect(addCounts('many', 5)).toBe('many');
  });
});

describe('coordinates', () => {
  it('reads degrees with a point, a decimal comma or a minus sign', () => {
    expect(convertDegrees('-10.42')).toBe(-10.42);
    expect(convertDegrees('-10,42')).toBe(-10.42);
    expect(convertDegrees('\u221210,42')).toBe(-10.42);
    expect(convertDegrees(105.68)).toBe(105.68);
    expect(convertDegrees('')).toBeNull();
    expect(convertDegrees('12°S')).toBe('12°S');
  });
  it('reads "lat, lon" text into [lon, lat]', () => {
    expect(parseLatLonText('33.1, 12.2')).toEqual([12.2, 33.1]);
    expect(parseLatLonText('(-12.24; 123.04)')).toEqual([123.04, -12.24]);
    expect(parseLatLonText('-6.2 106.8')).toEqual([106.8, -6.2]);
    expect(parseLatLonText('n/a')).toBeNull();
    expect(parseLatLonText('1, 2, 3')).toBeNull();
    expect(parseLatLonText(5)).toBeNull();
  });
});

describe('value maps and vocabularies', () => {
  it('matches keys exactly, then ignoring case and spacing', () => {
    const map = { Tiba: 'landed', 'Turned  Back': 'turned_back' };
    expect(lookUpValueMap(map, 'Tiba')).toBe('landed');
    expect(lookUpValueMap(map, 'TIBA')).toBe('landed');
    expect(lookUpValueMap(map, 'turned back')).toBe('turned_back');
    expect(lookUpValueMap(map, 'other')).toBeNull();
    expect(lookUpValueMap(undefined, 'Tiba')).toBeNull();
    expect(lookUpValueMap({}, '__proto__')).toBeNull();
  });
  it('maps outcomes: the value map first, then the built-in words, then the format spelling', () => {
    expect(convertVocabulary('Tiba', 'outcome', undefined)).toBe('landed');
    expect(convertVocabulary('Dihalau kembali', 'outcome', undefined)).toBe('turned_back');
    expect(convertVocabulary('Lost at sea', 'outcome', undefined)).toBe('lost_at_sea');
    expect(convertVocabulary('Tiba', 'outcome', { Tiba: 'rescued' })).toBe('rescued');
    expect(convertVocabulary('Sank', 'outcome', undefined)).toBe('sank');
    expect(convertVocabulary('Pencegatan', 'kind', undefined)).toBe('interception');
    expect(convertVocabulary('', 'kind', undefined)).toBeNull();
  });
  it('reads countries as codes from codes, names and demonyms', () => {
    expect(convertCountry('afg', undefined)).toBe('AFG');
    expect(convertCountry('Sri Lankan', undefined)).toBe('LKA');
    expect(convertCountry('Iran', undefined)).toBe('IRN');
    expect(convertCountry('Rohingya', { Rohingya: 'MMR' })).toBe('MMR');
    expect(convertCountry('Atlantean', undefined)).toBe('Atlantean');
    expect(convertNationalities('Afghan; Iranian', undefined)).toEqual(['AFG', 'IRN']);
    expect(convertNationalities('IRN/IRQ', undefined)).toEqual(['IRN', 'IRQ']);
    expect(convertNationalities(' ; ', undefined)).toBeNull();
  });
});
