// Bahasa Indonesia UI text of prepared (columnar, pre-aggregated) datasets: every key of prepareMessagesEn
// (the type enforces it).
import type { prepareMessagesEn } from './messages-en-prepare';

export const prepareMessagesId: Record<keyof typeof prepareMessagesEn, string> = {
  'fileError.columnar-unreadable': 'Berkas peristiwa kolumnar tidak dapat dibaca ({value}).',
  'fileError.columnar-columns-missing':
    'Berkas Arrow ini bukan berkas peristiwa Lintas: tidak ada satu pun kolom {value}.',
  'fileError.parquet-not-read':
    'Lintas tidak membuka berkas Parquet secara langsung. Ubah dulu menjadi berkas peristiwa Lintas (.arrow) dengan langkah persiapan (npm run prepare, lihat docs/prepare.md).',
  'issue.records-invalid': 'records harus bilangan bulat 1 atau lebih, didapat {value}',
  'aggregation.line':
    'Data teragregasi per {period} dan {fields}: {records} catatan sumber dalam {rows} baris. Jumlah catatan adalah penjumlahan; posisi adalah rata-rata kelompok.',
  'aggregation.lineNoTotal':
    'Data teragregasi per {period} dan {fields}: {rows} baris. Jumlah catatan adalah penjumlahan; posisi adalah rata-rata kelompok.',
  'aggregation.weighted':
    'Baris berbobot: {records} catatan sumber dalam {rows} baris. Jumlah catatan adalah penjumlahan.',
  'aggregation.period.day': 'hari',
  'aggregation.period.month': 'bulan',
};
