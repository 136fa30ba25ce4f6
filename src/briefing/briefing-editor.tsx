// Authoring without code: the title, the list of steps with their captions, reordering, and adding the
// current view as a step. Every edit replaces the briefing in the store with a new value.
import { useEffect, useRef } from 'react';
import { MAX_STEPS, MAX_TITLE_CHARS } from '@/data/parse-briefing';
import { useI18n } from '@/i18n/i18n-context';
import type { Language } from '@/i18n/translate';
import type { Briefing } from '@/domain/briefing';
import { useAppStore } from '@/state/store';
import { bindToDataset } from './briefing-data-status';
import { BriefingStepEditor, type StepAction } from './briefing-step-editor';
import {
  addStep,
  EMPTY_BRIEFING,
  moveStep,
  removeStep,
  setCaption,
  setStepView,
  setTitle,
} from './edit-briefing';
import { currentStepView } from './step-navigation';
import { useCurrentDataset } from './use-current-dataset';

export interface BriefingEditorProps {
  readonly briefing: Briefing | null;
  /** Show a step (the dialog closes so the view is visible), or present from it. */
  readonly onShow: (index: number) => void;
  readonly onPresent: (index: number) => void;
}

export function BriefingEditor({ briefing, onShow, onPresent }: BriefingEditorProps): React.JSX.Element {
  const { t } = useI18n();
  const setBriefing = useAppStore((s) => s.setBriefing);
  // A new briefing records the data it is written over (docs/briefing.md).
  const current = useCurrentDataset();
  const listRef = useRef<HTMLOListElement>(null);
  /** After a move or delete: the buttons, in order of preference, that should take the keyboard focus. */
  const pendingFocus = useRef<readonly string[] | null>(null);
  useEffect(() => {
    const selectors = pendingFocus.current;
    if (selectors === null) return;
    pendingFocus.current = null;
    const list = listRef.current;
    const target = selectors
      .map((selector) => list?.querySelector<HTMLButtonElement>(`${selector}:not(:disabled)`))
      .find((button) => button !== null && button !== undefined);
    (target ?? document.querySelector<HTMLButtonElement>('[data-testid="briefing-add-step"]'))?.focus();
  }, [briefing]);

  const steps = briefing?.steps ?? [];
  const onCaption = (index: number, language: Language, text: string): void => {
    if (briefing) setBriefing(setCaption(briefing, index, language, text));
  };
  const onAction = (index: number, action: StepAction): void => {
    if (!briefing) return;
    switch (action) {
      case 'show':
        onShow(index);
        break;
      case 'present':
        onPresent(index);
        break;
      case 'use-view':
        setBriefing(setStepView(briefing, index, currentStepView()));
        break;
      case 'move-up':
      case 'move-down': {
        const to = index + (action === 'move-up' ? -1 : 1);
        // The same button at the step's new place; at either end of the list, the other move button.
        const other = action === 'move-up' ? 'move-down' : 'move-up';
        pendingFocus.current = [
          `[data-action="${action}"][data-index="${to}"]`,
          `[data-action="${other}"][data-index="${to}"]`,
        ];
        setBriefing(moveStep(briefing, index, to - index));
        break;
      }
      case 'delete':
        pendingFocus.current = [`[data-action="delete"][data-index="${Math.min(index, steps.length - 2)}"]`];
        setBriefing(removeStep(briefing, index));
        break;
    }
  };
  const titleField = (language: Language): React.JSX.Element => (
    <label className="briefing-title-field">
      <span>{t(language === 'en' ? 'briefing.titleEn' : 'briefing.titleId')}</span>
      <input
        type="text"
        lang={language}
        value={briefing?.title[language] ?? ''}
        maxLength={MAX_TITLE_CHARS}
        onChange={(e) => setBriefing(setTitle(briefing ?? EMPTY_BRIEFING, language, e.target.value))}
        data-testid={`briefing-title-${language}`}
      />
    </label>
  );
  const full = steps.length >= MAX_STEPS;

  return (
    <div className="briefing-editor">
      {titleField('en')}
      {titleField('id')}
      <h3>{t('briefing.steps', { count: steps.length })}</h3>
      {steps.length === 0 && <p>{t('briefing.noSteps')}</p>}
      <ol ref={listRef} className="briefing-steps">
        {steps.map((step, index) => (
          <BriefingStepEditor
            // Steps have no identity of their own; the inputs are controlled, so index keys are safe.
            key={index}
            step={step}
            index={index}
            count={steps.length}
            onCaption={onCaption}
            onAction={onAction}
          />
        ))}
      </ol>
      <button
        type="button"
        onClick={() => setBriefing(bindToDataset(addStep(briefing, currentStepView()), current.dataset))}
        disabled={full}
        data-testid="briefing-add-step"
      >
        {t('briefing.addStep')}
      </button>
      {full && <p>{t('briefing.full', { max: MAX_STEPS })}</p>}
    </div>
  );
}
