// The presentation: a caption panel over the bottom of the dashboard (full screen when the browser allows
// it), with progress, previous/next, the link of the step, and the keys presentation clickers send.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { Language } from '@/i18n/translate';
import { useAppStore } from '@/state/store';
import { BriefingDataWarning } from './briefing-data-warning';
import { keyTargetOf, presentationAction } from './presentation-keys';
import { goToStep, stepBy, stopPresentation } from './step-navigation';
import { pageBase, stepLink } from './step-view';
import './briefing.css';

const OTHER: Record<Language, Language> = { en: 'id', id: 'en' };

/** The text in the UI language, else the other one (with its own language for the `lang` attribute). */
function pickText(
  text: { readonly en: string; readonly id: string },
  language: Language,
): [string, Language] {
  const own = text[language];
  return own.trim() !== '' ? [own, language] : [text[OTHER[language]], OTHER[language]];
}

function onPresentationKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  // A dialog opened over the presentation keeps its own keys.
  if (document.querySelector('dialog[open]') !== null) return;
  const action = presentationAction(event, keyTargetOf(document.activeElement));
  if (action === null) return;
  event.preventDefault();
  // Captured at the window: the map (arrow keys pan) and the app's Escape handler do not see it.
  event.stopPropagation();
  switch (action) {
    case 'next':
      stepBy(1);
      break;
    case 'previous':
      stepBy(-1);
      break;
    case 'first':
      goToStep(0);
      break;
    case 'last':
      goToStep(Number.MAX_SAFE_INTEGER);
      break;
    case 'exit':
      stopPresentation();
      break;
  }
}

function StepLink({ view }: { readonly view: string }): React.JSX.Element {
  const { t, language } = useI18n();
  const [copied, setCopied] = useState(false);
  const link = stepLink(view, language, pageBase(window.location.href));
  const copy = (): void => {
    void navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="briefing-link">
      <label>
        <span>{t('briefing.stepLink')}</span>
        <input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="briefing-step-link" />
      </label>
      <button type="button" onClick={copy}>
        {copied ? t('briefing.copied') : t('briefing.copy')}
      </button>
    </div>
  );
}

function PresentationPanel(): React.JSX.Element | null {
  const { t, language } = useI18n();
  const briefing = useAppStore((s) => s.briefing);
  const stepIndex = useAppStore((s) => s.stepIndex);
  const panelRef = useRef<HTMLElement>(null);

  useEffect(() => {
    window.addEventListener('keydown', onPresentationKey, true);
    return () => window.removeEventListener('keydown', onPresentationKey, true);
  }, []);

  // Leaving full screen (the browser's own Escape, F11) leaves the presentation.
  useEffect(() => {
    let wasFullscreen = document.fullscreenElement !== null;
    const onChange = (): void => {
      if (document.fullscreenElement !== null) wasFullscreen = true;
      else if (wasFullscreen) stopPresentation();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Focus moves to the panel (keys work, screen readers read it) and back where it was afterwards.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const timer = window.setTimeout(() => panelRef.current?.focus({ preventScroll: true }), 0);
    return () => {
      window.clearTimeout(timer);
      if (previous?.isConnected && previous.checkVisibility()) previous.focus({ preventScroll: true });
    };
  }, []);

  // The dashboard leaves the panel room (app.css reads --presenter-height), so the map is never under it.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--presenter-height', `${Math.ceil(panel.getBoundingClientRect().height)}px`),
    );
    observer.observe(panel);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--presenter-height');
    };
  }, []);

  const steps = briefing?.steps ?? [];
  const step = steps[stepIndex];
  if (!briefing || step === undefined) return null;
  const total = steps.length;
  const progress = t('briefing.progress', { current: String(stepIndex + 1), total: String(total) });
  const [title, titleLang] = pickText(briefing.title, language);
  const [caption, captionLang] = pickText(step.caption, language);

  return (
    <section
      ref={panelRef}
      className="briefing-presenter"
      aria-label={t('briefing.presentation')}
      tabIndex={-1}
      data-testid="briefing-presenter"
    >
      <progress className="briefing-progress" max={total} value={stepIndex + 1} aria-label={progress} />
      <div className="briefing-body">
        <div className="briefing-caption-area" aria-live="polite">
          <BriefingDataWarning briefing={briefing} />
          {title !== '' && (
            <p className="briefing-title" lang={titleLang}>
              {title}
            </p>
          )}
          {/* Keyed by step: a new element per step replays the entrance animation. */}
          <p key={stepIndex} className="briefing-caption" lang={captionLang} data-testid="briefing-caption">
            {caption}
          </p>
        </div>
        <div className="briefing-controls">
          <p
            className="briefing-counter"
            data-testid="briefing-step-counter"
            data-step={stepIndex + 1}
            data-total={total}
          >
            {progress}
          </p>
          <div className="briefing-buttons">
            <button
              type="button"
              onClick={() => stepBy(-1)}
              disabled={stepIndex <= 0}
              data-testid="briefing-previous"
            >
              <span aria-hidden="true">← </span>
              {t('briefing.previous')}
            </button>
            <button
              type="button"
              onClick={() => stepBy(1)}
              disabled={stepIndex >= total - 1}
              data-testid="briefing-next"
            >
              {t('briefing.next')}
              <span aria-hidden="true"> →</span>
            </button>
            <button type="button" onClick={stopPresentation} data-testid="briefing-exit">
              {t('briefing.exit')}
            </button>
          </div>
          {/* Keyed by step: "Copied" does not carry over to the next step's link. */}
          <StepLink key={stepIndex} view={step.view} />
          <p className="briefing-keys">{t('briefing.keys')}</p>
        </div>
      </div>
    </section>
  );
}

/** Mounted once by the app; renders only while presenting. */
export function BriefingPresenter(): React.JSX.Element | null {
  const presenting = useAppStore((s) => s.presenting && (s.briefing?.steps.length ?? 0) > 0);
  return presenting ? <PresentationPanel /> : null;
}
