// "Share / Embed": a link to the current view and an <iframe> snippet with embed options. Text only.
import { useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { LANGUAGES, type Language } from '@/i18n/translate';
import { useAppStore } from '@/state/store';
import { encodeUrlState, selectUrlState } from '@/state/url-state';
import type { UrlState } from '@/state/url-params';
import { ModalDialog } from '@/ui/modal-dialog';

interface EmbedOptions {
  readonly timeline: boolean;
  readonly charts: boolean;
  readonly fixed: boolean;
  readonly language: Language;
}

/** The page address without its query, for links to this same build. */
function pageBase(): string {
  return `${window.location.origin === 'null' ? '' : window.location.origin}${window.location.pathname}`;
}

export function embedUrl(view: UrlState, options: EmbedOptions, base: string): string {
  const state: UrlState = {
    ...view,
    language: options.language,
    embed: true,
    embedTimeline: options.timeline,
    embedCharts: options.charts,
    embedFixed: options.fixed,
  };
  return `${base}?${encodeUrlState(state)}`;
}

export function iframeSnippet(src: string, title: string): string {
  const escape = (text: string): string =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

function CopyField({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId: string;
}): React.JSX.Element {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void navigator.clipboard?.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <label className="copy-field">
      <span>{label}</span>
      <textarea
        readOnly
        value={value}
        rows={value.length > 120 ? 3 : 1}
        onFocus={(e) => e.target.select()}
        data-testid={testId}
      />
      <button type="button" onClick={copy}>
        {copied ? t('share.copied') : t('share.copy')}
      </button>
    </label>
  );
}

export function ShareDialog(): React.JSX.Element {
  const { t } = useI18n();
  const open = useAppStore((s) => s.shareOpen);
  const setOpen = useAppStore((s) => s.setShareOpen);
  const language = useAppStore((s) => s.language);
  const title = useAppStore((s) => s.table?.meta.title ?? 'Lintas');
  const [options, setOptions] = useState<EmbedOptions>({
    timeline: true,
    charts: true,
    fixed: false,
    language,
  });
  // Read when rendered: the dialog renders when it opens and when an option changes.
  const view = selectUrlState(useAppStore.getState());
  const base = pageBase();
  const link = `${base}?${encodeUrlState({ ...view, embed: false })}`;
  const snippet = iframeSnippet(embedUrl(view, options, base), title);
  return (
    <ModalDialog
      open={open}
      title={t('share.title')}
      closeLabel={t('sources.close')}
      onClose={() => setOpen(false)}
      testId="share-dialog"
    >
      <CopyField label={t('share.link')} value={link} testId="share-link" />
      <fieldset className="share-options">
        <legend>{t('share.embedOptions')}</legend>
        <label>
          <input
            type="checkbox"
            checked={options.timeline}
            onChange={(e) => setOptions({ ...options, timeline: e.target.checked })}
          />{' '}
          {t('share.showTimeline')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.charts}
            onChange={(e) => setOptions({ ...options, charts: e.target.checked })}
          />{' '}
          {t('share.showCharts')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.fixed}
            onChange={(e) => setOptions({ ...options, fixed: e.target.checked })}
            data-testid="share-fixed"
          />{' '}
          {t('share.fixed')}
        </label>
        <label>
          {t('app.language')}{' '}
          <select
            value={options.language}
            onChange={(e) => setOptions({ ...options, language: e.target.value === 'id' ? 'id' : 'en' })}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {lang === 'en' ? 'English' : 'Bahasa Indonesia'}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <CopyField label={t('share.iframe')} value={snippet} testId="share-iframe" />
      <p className="share-note">{t('share.note')}</p>
    </ModalDialog>
  );
}
