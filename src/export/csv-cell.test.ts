import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, csvText } from './csv-cell';

describe('csvCell', () => {
  it('writes numbers as they are and plain text unquoted', () => {
    expect(csvCell(1234)).toBe('1234');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('Christmas Island')).toBe('Christmas Island');
  });

  it('quotes separators, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('guards text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+61 2')).toBe("'+61 2");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('joins cells with commas and records with CRLF', () => {
    expect(csvRow(['a', 1, 'b,c'])).toBe('a,1,"b,c"');
    expect(csvText([['a', 1], [], ['b']])).toBe('a,1\r\n\r\nb\r\n');
  });
});
