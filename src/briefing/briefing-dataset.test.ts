// A briefing records the dataset it was written for: read from and written to the file, checked against
// the data on screen, and recorded when a new briefing gets its first step.
import { describe, expect, it } from 'vitest';
import { parseBriefingValue } from '@/data/parse-briefing';
import type { Briefing } from '@/domain/briefing';
import { bindToDataset, briefingDataStatus } from './briefing-data-status';
import { addStep, EMPTY_BRIEFING } from './edit-briefing';
import { serializeBriefing } from './serialize-briefing';

const PRINT = `sha256:${'ab'.repeat(32)}`;
const OTHER = `sha256:${'cd'.repeat(32)}`;
const STEPS = [{ view: 'v=1', caption: { en: 'a', id: 'b' } }];
const FILE = { format: 'lintas-briefing', version: 1, title: { en: 'T', id: 'T' }, steps: STEPS };

describe('the dataset of a briefing', () => {
  it('is read from the file and written back', () => {
    const read = parseBriefingValue({ ...FILE, dataset: { fingerprint: PRINT, title: 'Demo' } });
    if (!read.ok) throw new Error('should read');
    expect(read.issues).toEqual([]);
    expect(read.briefing.dataset).toEqual({ fingerprint: PRINT, title: 'Demo' });
    const again = parseBriefingValue(JSON.parse(serializeBriefing(read.briefing)));
    expect(again.ok && again.briefing).toEqual(read.briefing);
  });

  it('is dropped with a note when malformed, and absent when the file does not say', () => {
    const bad = parseBriefingValue({ ...FILE, dataset: { fingerprint: 'md5:1' } });
    if (!bad.ok) throw new Error('should read');
    expect(bad.briefing.dataset).toBeUndefined();
    expect(bad.issues.map((i) => i.code)).toEqual(['dataset-invalid']);
    const none = parseBriefingValue(FILE);
    expect(none.ok && 'dataset' in none.briefing).toBe(false);
    expect(JSON.parse(serializeBriefing({ title: FILE.title, steps: STEPS }))).not.toHaveProperty('dataset');
  });

  it('decides whether presenting warns', () => {
    const bound: Briefing = {
      title: FILE.title,
      steps: STEPS,
      dataset: { fingerprint: PRINT, title: 'Demo' },
    };
    expect(briefingDataStatus(bound, PRINT)).toBe('match');
    expect(briefingDataStatus(bound, OTHER)).toBe('mismatch');
    expect(briefingDataStatus(bound, null)).toBe('unchecked');
    expect(briefingDataStatus(bound, undefined)).toBe('pending');
    expect(briefingDataStatus({ title: FILE.title, steps: STEPS }, PRINT)).toBe('unbound');
  });

  it('is recorded when a new briefing gets its first step, never changed afterwards', () => {
    const dataset = { fingerprint: PRINT, title: 'Mine' };
    const first = bindToDataset(addStep(EMPTY_BRIEFING, 'v=1'), dataset);
    expect(first.dataset).toEqual(dataset);
    const second = bindToDataset(addStep(first, 'v=1&t=2013'), { fingerprint: OTHER, title: 'Other' });
    expect(second.dataset).toEqual(dataset);
    const loadedOld: Briefing = { title: FILE.title, steps: [...STEPS, ...STEPS] };
    expect(bindToDataset(addStep(loadedOld, 'v=1'), dataset).dataset).toBeUndefined();
    expect(bindToDataset(addStep(null, 'v=1'), null).dataset).toBeUndefined();
  });
});
