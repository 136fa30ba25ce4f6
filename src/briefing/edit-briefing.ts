// Authoring a briefing: pure edits that return a new briefing (the store keeps immutable values).
import { MAX_CAPTION_CHARS, MAX_STEPS, MAX_TITLE_CHARS } from '@/data/parse-briefing';
import type { Language } from '@/i18n/translate';
import type { Briefing, BriefingStep } from '@/domain/briefing';

export const EMPTY_BRIEFING: Briefing = Object.freeze({ title: { en: '', id: '' }, steps: [] });

const clip = (text: string, max: number): string => Array.from(text).slice(0, max).join('');

/** Appends a step with the given view and empty captions; unchanged when the briefing is full. */
export function addStep(briefing: Briefing | null, view: string): Briefing {
  const base = briefing ?? EMPTY_BRIEFING;
  if (base.steps.length >= MAX_STEPS) return base;
  return { ...base, steps: [...base.steps, { view, caption: { en: '', id: '' } }] };
}

function replaceStep(
  briefing: Briefing,
  index: number,
  change: (step: BriefingStep) => BriefingStep,
): Briefing {
  const step = briefing.steps[index];
  if (step === undefined) return briefing;
  const steps = briefing.steps.slice();
  steps[index] = change(step);
  return { ...briefing, steps };
}

export function setStepView(briefing: Briefing, index: number, view: string): Briefing {
  return replaceStep(briefing, index, (step) => ({ ...step, view }));
}

/** Sets one language of a step's caption (cut to the format's limit). */
export function setCaption(briefing: Briefing, index: number, language: Language, text: string): Briefing {
  return replaceStep(briefing, index, (step) => ({
    ...step,
    caption: { ...step.caption, [language]: clip(text, MAX_CAPTION_CHARS) },
  }));
}

export function setTitle(briefing: Briefing, language: Language, text: string): Briefing {
  return { ...briefing, title: { ...briefing.title, [language]: clip(text, MAX_TITLE_CHARS) } };
}

/** Moves a step by `delta` places; unchanged when it would leave the list. */
export function moveStep(briefing: Briefing, index: number, delta: number): Briefing {
  const target = index + delta;
  const step = briefing.steps[index];
  if (step === undefined || target < 0 || target >= briefing.steps.length) return briefing;
  const steps = briefing.steps.slice();
  steps.splice(index, 1);
  steps.splice(target, 0, step);
  return { ...briefing, steps };
}

export function removeStep(briefing: Briefing, index: number): Briefing {
  if (index < 0 || index >= briefing.steps.length) return briefing;
  return { ...briefing, steps: briefing.steps.filter((_, i) => i !== index) };
}
