import { describe, expect, it } from 'vitest';
import { pastedTextFile } from './import-actions';

describe('pasted text', () => {
  it('becomes a file named by what it looks like', async () => {
    const tsv = pastedTextFile('tanggal\tlokasi\n2013-03-15\tKupang\n');
    expect(tsv?.name).toBe('pasted.tsv');
    expect(await tsv?.text()).toBe('tanggal\tlokasi\n2013-03-15\tKupang\n');
    expect(pastedTextFile('date,site\n2013-03-15,Kupang')?.name).toBe('pasted.csv');
    expect(pastedTextFile(' {"type":"FeatureCollection","features":[]}')?.name).toBe('pasted.json');
  });

  it('ignores a single word or blank text (an ordinary paste)', () => {
    expect(pastedTextFile('Kupang')).toBeNull();
    expect(pastedTextFile('  \n ')).toBeNull();
  });
});
