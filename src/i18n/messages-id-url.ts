// Bahasa Indonesia UI text of the url feature: every key of urlMessagesEn (the type enforces it).
import type { urlMessagesEn } from './messages-en-url';

export const urlMessagesId: Record<keyof typeof urlMessagesEn, string> = {
  'url.notice.title': 'Sebagian tautan ini tidak dipahami dan diabaikan:',
  'url.notice.more': '…dan {count} lainnya',
  'url.notice.dismiss': 'Tutup',
  'url.reason.unknown-key': 'parameter tidak dikenal',
  'url.reason.repeated': 'diberikan lebih dari sekali',
  'url.reason.empty': 'tanpa nilai',
  'url.reason.unknown-value': 'bukan salah satu nilai yang diizinkan',
  'url.reason.bad-format': 'tidak dalam bentuk yang diharapkan',
  'url.reason.bad-date': 'bukan tanggal kalender (YYYY-MM-DD)',
  'url.reason.reversed-range': 'akhir sebelum awal',
  'url.reason.bad-number': 'bukan angka',
  'url.reason.out-of-range': 'angka di luar rentang',
  'url.reason.bad-list': 'daftar tidak valid (butir kosong atau garis miring terbalik yang salah)',
  'url.reason.too-long': 'terlalu panjang',
  'url.reason.bad-id': 'bukan nama atau kode yang valid',
  'url.reason.newer-version':
    'tautan dibuat oleh versi Lintas yang lebih baru; sebagian pengaturan mungkin hilang',
  'url.reason.bad-version': 'bukan nomor versi',
  'url.reason.unsupported-version': 'versi tautan tidak dikenal; dibaca sebagai versi saat ini',
  'url.reason.unknown-id': 'tidak ada dalam data yang dimuat (tidak cocok dengan apa pun)',
};
