// Authoring edits are pure: each returns a new briefing, leaves the old one untouched, and clamps at the
// edges (first/last step, the step limit, caption length).
import { describe, expect, it } from 'vitest';
import { MAX_CAPTION_CHARS, MAX_STEPS } from '@/data/parse-briefing';
import type { Briefing } from '@/domain/briefing';
import {
  addStep,
  EMPTY_BRIEFING,
  moveStep,
  removeStep,
  setCaption,
  setStepView,
  setTitle,
} from './edit-briefing';

const three: Briefing = Object.freeze({
  title: { en: 'T', id: 'J' },
  steps: ['a', 'b', 'c'].map((view) => ({ view, caption: { en: view.toUpperCase(), id: view } })),
});
const views = (b: Briefing): string[] => b.steps.map((s) => s.view);

describe('briefing edits', () => {
  it('adds a step with empty captions, starting a briefing when there is none', () => {
    expect(addStep(null, 'v=1&o=landed')).toEqual({
      title: { en: '', id: '' },
      steps: [{ view: 'v=1&o=landed', caption: { en: '', id: '' } }],
    });
    expect(views(addStep(three, 'd'))).toEqual(['a', 'b', 'c', 'd']);
    expect(views(three)).toEqual(['a', 'b', 'c']);
    expect(EMPTY_BRIEFING.steps).toEqual([]);
  });

  it('stops at the step limit', () => {
    let b: Briefing = EMPTY_BRIEFING;
    for (let i = 0; i < MAX_STEPS + 5; i++) b = addStep(b, String(i));
    expect(b.steps).toHaveLength(MAX_STEPS);
  });

  it('moves a step up and down, and ignores moves past either end', () => {
    expect(views(moveStep(three, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(views(moveStep(three, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(moveStep(three, 0, -1)).toBe(three);
    expect(moveStep(three, 2, 1)).toBe(three);
    expect(moveStep(three, 7, -1)).toBe(three);
  });

  it('removes a step; an unknown index changes nothing', () => {
    expect(views(removeStep(three, 1))).toEqual(['a', 'c']);
    expect(removeStep(three, 3)).toBe(three);
    expect(removeStep(three, -1)).toBe(three);
  });

  it('edits one caption language, the title and the view of one step', () => {
    const edited = setCaption(three, 1, 'id', 'Kapal');
    expect(edited.steps[1]?.caption).toEqual({ en: 'B', id: 'Kapal' });
    expect(edited.steps[0]).toBe(three.steps[0]);
    expect(setTitle(three, 'en', 'New').title).toEqual({ en: 'New', id: 'J' });
    expect(setStepView(three, 2, 'v=1&g=year').steps[2]?.view).toBe('v=1&g=year');
    expect(setCaption(three, 9, 'en', 'x')).toBe(three);
  });

  it('cuts captions at the format limit', () => {
    const long = setCaption(three, 0, 'en', 'x'.repeat(MAX_CAPTION_CHARS + 10));
    expect(long.steps[0]?.caption.en).toHaveLength(MAX_CAPTION_CHARS);
  });
});
