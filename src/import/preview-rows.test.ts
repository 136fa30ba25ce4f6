import { describe, expect, it } from 'vitest';
import { guessMapping } from './guess-mapping';
import { previewText } from './preview-file';
import { previewRows } from './preview-rows';

const CSV = [
  'Tanggal,Lokasi,Jumlah orang,Hasil',
  '15/03/2013,Kupang,57,Tiba',
  '31/02/2013,Kupang,10,Tiba',
  '16/03/2013,Atlantis,x,Karam',
].join('\n');

describe('previewRows', () => {
  it('shows the first rows as the loader will take them, with its reasons per row', () => {
    const preview = previewText('csv', CSV, true);
    if (!preview.ok) throw new Error('no preview');
    const mapping = guessMapping({ ...preview.preview, hasGeometry: false });
    const rows = previewRows(preview.preview, mapping, 'laporan.csv');
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(rows[0]).toMatchObject({
      properties: { date: '2013-03-15', site: 'Kupang', people: 57, outcome: 'landed', kind: 'interception' },
      position: [123.61, -10.18],
      rejected: [],
    });
    expect(rows[1]?.rejected.map((i) => i.field)).toEqual(['date']);
    expect(rows[2]?.position).toBeNull();
    expect(rows[2]?.rejected.map((i) => i.field).sort()).toEqual(['geometry', 'outcome', 'people']);
  });
});
