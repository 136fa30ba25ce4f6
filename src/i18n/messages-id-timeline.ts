// Bahasa Indonesia UI text of the timeline: every key of timelineMessagesEn (the type enforces it).
import type { timelineMessagesEn } from './messages-en-timeline';

export const timelineMessagesId: Record<keyof typeof timelineMessagesEn, string> = {
  'timeline.label': 'Jendela waktu',
  'timeline.histogram': 'Orang per {granularity}: keberangkatan dan intersepsi, seluruh periode',
  'timeline.windowSlider': 'Jendela waktu (geser)',
  'timeline.startSlider': 'Awal jendela',
  'timeline.endSlider': 'Akhir jendela',
  'timeline.play': 'Putar',
  'timeline.pause': 'Jeda',
  'timeline.stepBack': 'Mundur satu langkah',
  'timeline.stepForward': 'Maju satu langkah',
  'timeline.speed': 'Kecepatan',
  'timeline.loop': 'Ulang',
  'timeline.mode': 'Jendela',
  'timeline.modeMoving': 'bergerak',
  'timeline.modeCumulative': 'kumulatif',
  'timeline.granularity': 'Langkah',
  'timeline.month': 'bulan',
  'timeline.quarter': 'triwulan',
  'timeline.year': 'tahun',
  'timeline.wholePeriod': 'Seluruh periode',
  'timeline.current': '{from} – {to}',
  'timeline.legendDepartures': 'keberangkatan',
  'timeline.legendInterceptions': 'intersepsi',
};
