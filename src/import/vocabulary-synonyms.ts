// Built-in words for the format's vocabularies, in English and Bahasa Indonesia, tried when a value has no
// entry in the mapping's value map (listed in docs/import.md). Keys are normalized (see normalizeKey).
import type { VocabularyField } from './import-mapping';

export const VOCABULARY_SYNONYMS: Readonly<Record<VocabularyField, Readonly<Record<string, string>>>> = {
  kind: {
    departure: 'departure',
    departed: 'departure',
    embarkation: 'departure',
    keberangkatan: 'departure',
    berangkat: 'departure',
    interception: 'interception',
    intercepted: 'interception',
    arrival: 'interception',
    incident: 'interception',
    pencegatan: 'interception',
    dicegat: 'interception',
    kedatangan: 'interception',
    kejadian: 'interception',
    insiden: 'interception',
  },
  outcome: {
    landed: 'landed',
    arrived: 'landed',
    arrival: 'landed',
    tiba: 'landed',
    mendarat: 'landed',
    'turned back': 'turned_back',
    turnback: 'turned_back',
    'pushed back': 'turned_back',
    'dihalau kembali': 'turned_back',
    dihalau: 'turned_back',
    dikembalikan: 'turned_back',
    disrupted: 'disrupted',
    prevented: 'disrupted',
    stopped: 'disrupted',
    digagalkan: 'disrupted',
    dicegah: 'disrupted',
    rescued: 'rescued',
    rescue: 'rescued',
    diselamatkan: 'rescued',
    'lost at sea': 'lost_at_sea',
    drowned: 'lost_at_sea',
    'died at sea': 'lost_at_sea',
    shipwreck: 'lost_at_sea',
    'hilang di laut': 'lost_at_sea',
    tenggelam: 'lost_at_sea',
    'lost on land': 'lost_on_land',
    'died on land': 'lost_on_land',
    'hilang di darat': 'lost_on_land',
    'meninggal di darat': 'lost_on_land',
    unknown: 'unknown',
    'not known': 'unknown',
    'tidak diketahui': 'unknown',
  },
  confidence: {
    high: 'high',
    tinggi: 'high',
    medium: 'medium',
    moderate: 'medium',
    sedang: 'medium',
    low: 'low',
    rendah: 'low',
  },
};

/** Lower case, trimmed, inner white space and underscores folded to one space, accents dropped. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}
