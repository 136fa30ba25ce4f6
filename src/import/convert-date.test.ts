import { describe, expect, it } from 'vitest';
import { convertDate, excelSerialToIsoDay, guessDateFormat } from './convert-date';

describe('convertDate', () => {
  it('reads ISO days, months and timestamps', () => {
    expect(convertDate('2013-03-15', 'iso')).toBe('2013-03-15');
    expect(convertDate(' 2013-3-5 ', 'iso')).toBe('2013-03-05');
    expect(convertDate('2013/03/15', 'iso')).toBe('2013-03-15');
    expect(convertDate('2013-03-15T23:59:00+07:00', 'iso')).toBe('2013-03-15');
    expect(convertDate('2013-03', 'iso')).toBe('2013-03');
  });

  it('reads day-first and month-first dates', () => {
    expect(convertDate('15/03/2013', 'dd/mm/yyyy')).toBe('2013-03-15');
    expect(convertDate('5.3.2013', 'dd/mm/yyyy')).toBe('2013-03-05');
    expect(convertDate('03/15/2013', 'mm/dd/yyyy')).toBe('2013-03-15');
    expect(convertDate('02/03/2013', 'dd/mm/yyyy')).toBe('2013-03-02');
    expect(convertDate('02/03/2013', 'mm/dd/yyyy')).toBe('2013-02-03');
  });

  it('leaves a day that does not exist for the loader to reject', () => {
    expect(convertDate('31/02/2013', 'dd/mm/yyyy')).toBe('2013-02-31');
  });

  it('reads month-only dates in several spellings', () => {
    expect(convertDate('2019-03', 'yyyy-mm')).toBe('2019-03');
    expect(convertDate('2019/3', 'yyyy-mm')).toBe('2019-03');
    expect(convertDate('03/2019', 'yyyy-mm')).toBe('2019-03');
    expect(convertDate('14/03/2019', 'yyyy-mm')).toBe('2019-03');
    expect(convertDate('2019-03-14', 'yyyy-mm')).toBe('2019-03');
  });

  it('reads Excel serial days, numbers and text, with the 1900 leap-year bug', () => {
    expect(excelSerialToIsoDay(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDay(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDay(60)).toBe('1900-02-29');
    expect(excelSerialToIsoDay(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDay(25_569)).toBe('1970-01-01');
    expect(convertDate(41_348, 'excel-serial')).toBe('2013-03-15');
    expect(convertDate('41348.999', 'excel-serial')).toBe('2013-03-15');
    expect(convertDate(44_927, 'excel-serial')).toBe('2023-01-01');
  });

  it('reads spreadsheet dates and keeps what it cannot read', () => {
    expect(convertDate(new Date(Date.UTC(2013, 2, 15)), 'iso')).toBe('2013-03-15');
    expect(convertDate(new Date(Date.UTC(2013, 2, 15)), 'yyyy-mm')).toBe('2013-03');
    expect(convertDate('next Tuesday', 'iso')).toBe('next Tuesday');
    expect(convertDate('15/03/2013', 'iso')).toBe('15/03/2013');
    expect(convertDate('', 'iso')).toBeNull();
    expect(convertDate(undefined, 'iso')).toBeNull();
    expect(convertDate(41_348, 'iso')).toBe('41348');
  });
});

describe('guessDateFormat', () => {
  it('tells the formats apart from samples', () => {
    expect(guessDateFormat(['2013-03-15', '2013-04-01'])).toBe('iso');
    expect(guessDateFormat(['2013-03', '2013-04'])).toBe('yyyy-mm');
    expect(guessDateFormat(['03/2013', '11/2013'])).toBe('yyyy-mm');
    expect(guessDateFormat(['15/03/2013', '01/04/2013'])).toBe('dd/mm/yyyy');
    expect(guessDateFormat(['03/15/2013', '04/01/2013'])).toBe('mm/dd/yyyy');
    expect(guessDateFormat(['02/03/2013', '01/04/2013'])).toBe('dd/mm/yyyy');
    expect(guessDateFormat([41_348, '41474'])).toBe('excel-serial');
    expect(guessDateFormat([new Date(0)])).toBe('iso');
    expect(guessDateFormat(['', 'soon'])).toBe('iso');
  });
});
