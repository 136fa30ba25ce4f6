// Bahasa Indonesia UI text of the Analysis tab: every key of analysisMessagesEn (the type enforces it).
import type { analysisMessagesEn } from './messages-en-analysis';

export const analysisMessagesId: Record<keyof typeof analysisMessagesEn, string> = {
  'panel.analysis': 'Analisis',

  'analysis.compare.heading': 'Bandingkan dua periode',
  'analysis.compare.intro':
    'Periode A adalah acuan, periode B dibandingkan dengannya: selisih = B − A. Keduanya dihitung dengan filter yang sama.',
  'analysis.compare.periodA': 'Periode A (acuan)',
  'analysis.compare.periodB': 'Periode B (pembanding)',
  'analysis.compare.firstDay': 'Hari pertama',
  'analysis.compare.lastDay': 'Hari terakhir',
  'analysis.compare.apply': 'Bandingkan periode ini',
  'analysis.compare.reversed':
    'Hari terakhir {period} lebih awal dari hari pertamanya: tidak ada yang diubah.',
  'analysis.compare.badDate': 'Isi kedua tanggal setiap periode: tidak ada yang diubah.',
  'analysis.compare.presets': 'Pilihan cepat',
  'analysis.compare.presetYearEarlier':
    'Rentang waktu dibandingkan dengan bulan yang sama setahun sebelumnya',
  'analysis.compare.presetBeforeAfter': 'Sebelum dan sesudah suatu tanggal',
  'analysis.compare.presetDate': 'Tanggal',
  'analysis.compare.presetMonths': 'Jumlah bulan di tiap sisi',
  'analysis.compare.presetApply': 'Sebelum / sesudah',
  'analysis.compare.presetNoRoom':
    'Tidak ada data di salah satu sisi tanggal ini: pilih tanggal di dalam rentang data ({period}).',
  'analysis.compare.defaultNote':
    'Belum dipilih: B adalah rentang waktu (atau 12 bulan terakhir), A bulan yang sama setahun sebelumnya.',
  'analysis.compare.overlap': 'A dan B bertumpang tindih: hari yang sama dihitung di keduanya.',
  'analysis.compare.outsideData':
    '{period} sebagian berada di luar data ({data}): bulan yang tidak ada dihitung 0.',
  'analysis.compare.figures': 'Angka utama, A dibandingkan B',
  'analysis.compare.figure': 'Angka',
  'analysis.compare.a': 'A',
  'analysis.compare.b': 'B',
  'analysis.compare.difference': 'Selisih',
  'analysis.compare.percent': 'Perubahan',
  'analysis.compare.change.new': 'baru di B',
  'analysis.compare.change.gone': 'hilang di B (−100%)',
  'analysis.compare.change.none': 'tidak ada di keduanya',
  'analysis.compare.change.same': 'tidak berubah',
  'analysis.compare.percentValue': '{percent}%',
  'analysis.compare.hiddenChange': 'disembunyikan (angka kecil)',
  'analysis.compare.series': 'Per bulan, A dan B ({measure})',
  'analysis.compare.seriesNote':
    'Bulan 1 adalah bulan pertama setiap periode; bulan yang tidak penuh dihitung utuh. {scope}',
  'analysis.compare.month': 'Bulan',
  'analysis.compare.monthN': 'Bulan {n}',
  'analysis.compare.seriesSummary':
    'A: {a} {measure} dalam {monthsA} bulan; B: {b} {measure} dalam {monthsB} bulan.',
  'analysis.compare.legs': 'Ruas rute ({measure})',
  'analysis.compare.sites': 'Lokasi ({measure} pada semua catatan)',
  'analysis.compare.appeared': 'Muncul di B',
  'analysis.compare.disappeared': 'Hilang di B',
  'analysis.compare.largestAbsolute': 'Berubah paling banyak',
  'analysis.compare.largestRelative': 'Berubah paling banyak, dalam persen (A paling sedikit 1)',
  'analysis.compare.noRows': 'Tidak ada.',
  'analysis.compare.name': 'Nama',
  'analysis.compare.legName': '{route}: {from} → {to}',
  'analysis.compare.map': 'Di peta',
  'analysis.compare.mapShow': 'Tampilkan di peta',
  'analysis.compare.mapA': 'Periode A',
  'analysis.compare.mapB': 'Periode B',
  'analysis.compare.mapNote':
    'Mengatur rentang waktu (dan semua tampilan) ke periode itu. Lebar alur digambar dengan satu skala untuk kedua periode: ruas terbesar seluruh periode, yang paling sedikit sebesar yang lebih besar dari keduanya.',
  'analysis.compare.mapScaleToView':
    'Lebar alur sekarang diskalakan per tampilan, sehingga A dan B tidak berada pada satu skala.',
  'analysis.compare.mapOneScale': 'Gunakan satu skala',

  'analysis.flags.heading': 'Bulan yang tidak biasa',
  'analysis.flags.intro':
    'Bulan dalam rentang waktu ({window}) yang melampaui garis dasar musimannya: total, rute, lokasi, dan kewarganegaraan, dalam {measure}.',
  'analysis.flags.method':
    'Uji: metode Farrington yang disempurnakan (Noufaily dkk. 2013) untuk bulan dengan riwayat paling sedikit 2 tahun; CDC EARS C1 (tanpa musim) untuk bulan dengan riwayat 7 sampai 24 bulan.',
  'analysis.flags.scope': 'Tanda untuk',
  'analysis.flags.scope.total': 'Total ({count})',
  'analysis.flags.scope.route': 'Rute ({count})',
  'analysis.flags.scope.site': 'Lokasi ({count})',
  'analysis.flags.scope.nationality': 'Kewarganegaraan ({count})',
  'analysis.flags.scope.all': 'Semua ({count})',
  'analysis.flags.scopeNote': 'Garis waktu menandai tanda yang dipilih di sini.',
  'analysis.flags.count': '{count} bulan ditandai, yang tertinggi lebih dulu.',
  'analysis.flags.noneFlagged': 'Tidak ada bulan teruji dalam rentang waktu yang melampaui ambang batasnya.',
  'analysis.flags.notEnoughHistory':
    'Riwayat belum cukup: {count} dari {months} bulan total dalam rentang waktu memiliki kurang dari 7 bulan sebelumnya, sehingga tidak ada uji yang dapat dijalankan. Bulan itu belum diuji, bukan berarti tenang.',
  'analysis.flags.allNotEnough':
    'Riwayat belum cukup untuk semua bulan dalam rentang waktu: setiap uji memerlukan paling sedikit 7 bulan data sebelumnya. Tidak ada yang diketahui tenang di sini.',
  'analysis.flags.earsOnly':
    'Uji musiman memerlukan riwayat 2 tahun dan satu bulan; sampai {month} bulan-bulan diuji dengan EARS C1, yang tidak memperhitungkan musim.',
  'analysis.flags.tooFewCounts':
    '{count} bulan total memiliki kurang dari 5 hitungan dalam 4 bulan terakhirnya: terlalu sedikit untuk memberi tanda.',
  'analysis.flags.coverage':
    'Deret yang diuji: {routes} dari {routesAll} rute, {sites} dari {sitesAll} lokasi, {nationalities} dari {nationalitiesAll} kewarganegaraan ({n} terbesar dari masing-masing).',
  'analysis.flags.skipped': '{count} deret tanpa hitungan dalam rentang waktu tidak diuji.',
  'analysis.flags.noData': 'Tidak ada hitungan yang cocok dengan filter.',
  'analysis.flags.item':
    '{observed} teramati; ambang batas {threshold} (garis dasar {expected}); {above} di atas ambang batas, skor {score}.',
  'analysis.flags.itemNoThreshold': '{observed} teramati; ditandai dari dua bulan sebelumnya (EARS C3).',
  'analysis.flags.dim.total': 'Total',
  'analysis.flags.dim.route': 'Rute',
  'analysis.flags.dim.site': 'Lokasi',
  'analysis.flags.dim.nationality': 'Kewarganegaraan',
  'analysis.flags.test.farrington':
    'Farrington fleksibel: {years} dari {b} tahun ke belakang, ±{w} bulan di sekitar bulan yang sama, {levels} tingkat musiman, {excluded} bulan terakhir tidak dipakai, α satu sisi = {alpha}, {bound}',
  'analysis.flags.bound.nbPlugin': 'batas binomial negatif',
  'analysis.flags.bound.muan': 'batas binomial negatif pada rerata atas',
  'analysis.flags.bound.delta': 'batas normal pangkat 2/3',
  'analysis.flags.test.ears': 'EARS {method}: garis dasar {baseline} bulan sebelumnya, α satu sisi = {alpha}',
  'analysis.flags.tail': 'P(Y ≥ teramati) = {p}',
  'analysis.flags.trend': 'tren ×{factor} per tahun',
  'analysis.flags.dispersion': 'dispersi {phi}',
  'analysis.flags.showAll': 'Tampilkan semua {count}',
  'analysis.flags.showFewer': 'Tampilkan lebih sedikit',
  'analysis.marker.label': '{period}: {count} bulan tidak biasa ditandai ({names})',
  'analysis.marker.more': '{names} dan {count} lainnya',

  'analysis.protect.heading': 'Perlindungan angka kecil',
  'analysis.protect.toggle': 'Sembunyikan angka kecil',
  'analysis.protect.k': 'Ambang batas k',
  'analysis.protect.on':
    'Perlindungan aktif (k = {k}): angka 1 sampai {max} ditampilkan sebagai "< {k}" di layar, keterangan alat, tabel, dan ekspor; {mark} menandai angka yang disembunyikan agar angka kecil tidak dapat dihitung dari totalnya; titik kejadian dipindahkan ke pusat sel kisi {cell}°.',
  'analysis.protect.off': 'Perlindungan nonaktif: semua angka ditampilkan apa adanya.',
  'analysis.protect.line':
    'Perlindungan angka kecil aktif: angka di bawah {k} ditampilkan sebagai "< {k}", {mark} disembunyikan untuk melindunginya.',
  'analysis.protect.defaultMeta': 'Bawaan untuk set data ini, dari metadatanya: {state}.',
  'analysis.protect.defaultImported': 'Bawaan untuk data yang tidak ditandai ilustratif: aktif, k = 5.',
  'analysis.protect.defaultIllustrative':
    'Bawaan untuk set data ilustratif ini (angka yang sudah dipublikasikan): nonaktif.',
  'analysis.protect.personChoice':
    'Pengaturan Anda untuk set data ini (set data yang baru dimuat mulai dari bawaannya sendiri).',
  'analysis.protect.reset': 'Kembali ke bawaan',
  'analysis.protect.stateOn': 'aktif, k = {k}',
  'analysis.protect.stateOff': 'nonaktif',
  'analysis.protect.rule':
    'Aturan: penyembunyian primer untuk setiap angka di bawah k, penyembunyian pelengkap pada tabel yang ditampilkan bersama totalnya, angka nol tetap ditampilkan; angka lain tetap tepat (tanpa pembulatan).',
  'analysis.protect.hiddenMark': '[r]',
  'analysis.protect.hiddenRows':
    '{count} baris disembunyikan untuk melindungi angka kecil (tercantum di tabel sebagai "< {k}" atau {mark}).',
  'analysis.protect.csv': 'Perlindungan angka kecil',
  'analysis.protect.csvRule':
    'Angka 1 sampai {max} ditulis "< {k}"; {mark} menandai angka yang disembunyikan agar angka kecil tidak dapat dihitung dari totalnya; angka nol tepat.',
  'analysis.protect.geojsonOff':
    'Berkas per kejadian tidak diekspor selama perlindungan angka kecil aktif: berkas itu akan menunjukkan setiap kejadian dengan tempat dan jumlah orang yang tepat.',

  'analysis.csv.compare': 'Perbandingan dua periode',
  'analysis.csv.periodA': 'Periode A (acuan)',
  'analysis.csv.periodB': 'Periode B (pembanding)',
  'analysis.csv.percent': 'Perubahan (%)',
  'analysis.csv.monthA': 'Bulan A',
  'analysis.csv.monthB': 'Bulan B',
  'analysis.csv.change': 'Perubahan',
  'analysis.compare.mapSwipe': 'Geser A | B',
  'analysis.swipe.label': 'Pembatas antara periode A dan periode B',
  'analysis.swipe.valueText': 'A ({a}) di kiri, B ({b}) di kanan; pembatas di {pct} % lebar peta',
  'analysis.swipe.sideA': 'A · {period}',
  'analysis.swipe.sideB': 'B · {period}',
  'analysis.swipe.close': 'Tutup geser',
  'analysis.swipe.note':
    'Geser membagi peta: periode A di kiri pembatas, B di kanannya, dengan satu kamera dan satu skala lebar alur (ruas terbesar seluruh periode). Seret pembatas, atau fokuskan lalu gunakan tombol panah (Shift: 10 langkah).',
};
