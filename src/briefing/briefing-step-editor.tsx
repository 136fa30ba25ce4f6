// One step in the authoring list: its view, its two captions, and the buttons that act on it.
import { MAX_CAPTION_CHARS } from '@/data/parse-briefing';
import { useI18n } from '@/i18n/i18n-context';
import type { Language } from '@/i18n/translate';
import type { BriefingStep } from '@/domain/briefing';

export type StepAction = 'show' | 'present' | 'use-view' | 'move-up' | 'move-down' | 'delete';

export interface BriefingStepEditorProps {
  readonly step: BriefingStep;
  readonly index: number;
  readonly count: number;
  readonly onCaption: (index: number, language: Language, text: string) => void;
  readonly onAction: (index: number, action: StepAction) => void;
}

const CAPTION_LANGUAGES: readonly Language[] = ['en', 'id'];

export function BriefingStepEditor({
  step,
  index,
  count,
  onCaption,
  onAction,
}: BriefingStepEditorProps): React.JSX.Element {
  const { t } = useI18n();
  const number = String(index + 1);
  const button = (action: StepAction, label: string, disabled = false): React.JSX.Element => (
    <button
      type="button"
      onClick={() => onAction(index, action)}
      disabled={disabled}
      data-action={action}
      data-index={index}
      data-testid={`briefing-step-${action}`}
      aria-label={`${label} (${t('briefing.stepHeading', { number })})`}
    >
      {label}
    </button>
  );
  return (
    <li className="briefing-step" data-testid="briefing-step-item">
      <h4>{t('briefing.stepHeading', { number })}</h4>
      <p className="briefing-step-view">
        <span>{t('briefing.view')}: </span>
        <code data-testid="briefing-step-view">
          {step.view === '' ? t('briefing.defaultView') : step.view}
        </code>
      </p>
      {CAPTION_LANGUAGES.map((language) => {
        const text = step.caption[language];
        return (
          <label key={language} className="briefing-caption-field">
            <span>{t(language === 'en' ? 'briefing.captionEn' : 'briefing.captionId')}</span>
            <textarea
              lang={language}
              value={text}
              rows={3}
              maxLength={MAX_CAPTION_CHARS}
              onChange={(e) => onCaption(index, language, e.target.value)}
              data-testid={`briefing-caption-${language}`}
            />
            <small>
              {t('briefing.captionLength', { count: Array.from(text).length, max: MAX_CAPTION_CHARS })}
            </small>
          </label>
        );
      })}
      <div className="briefing-step-actions">
        {button('show', t('briefing.show'))}
        {button('present', t('briefing.presentFrom'))}
        {button('use-view', t('briefing.useCurrentView'))}
        {button('move-up', t('briefing.moveUp'), index === 0)}
        {button('move-down', t('briefing.moveDown'), index === count - 1)}
        {button('delete', t('briefing.delete'))}
      </div>
    </li>
  );
}
