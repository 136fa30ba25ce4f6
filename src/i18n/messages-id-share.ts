// Bahasa Indonesia UI text of sharing and embedding: every key of shareMessagesEn (the type enforces it).
import type { shareMessagesEn } from './messages-en-share';

export const shareMessagesId: Record<keyof typeof shareMessagesEn, string> = {
  'share.button': 'Bagikan / Sematkan',
  'share.title': 'Bagikan atau sematkan tampilan ini',
  'share.link': 'Tautan ke tampilan ini',
  'share.embedOptions': 'Pilihan sematan',
  'share.showTimeline': 'Tampilkan garis waktu',
  'share.showCharts': 'Tampilkan angka dan grafik',
  'share.fixed': 'Tampilan tetap (tanpa geser atau kontrol)',
  'share.iframe': 'Kode untuk ditempel di halaman web atau salindia',
  'share.copy': 'Salin',
  'share.copied': 'Tersalin',
  'share.note':
    'Dasbor yang disematkan berjalan tanpa internet bila disajikan dari tempat yang sama dengan halaman atau salindia.',
  'share.openFull': 'Buka dasbor lengkap',
};
