// The banner that lists link parameters the app ignored (unknown, malformed, or naming absent data), each
// with its reason. Text only: keys and values come from the address bar and are rendered as text.
import { useI18n } from '@/i18n/i18n-context';
import { dismissUrlNotices, useUrlNotices } from '@/state/url-sync';

/** Notices listed before "…and N more" (a junk link can hold hundreds of parameters). */
const MAX_SHOWN = 8;
/** Characters of a key or value shown before an ellipsis. */
const MAX_CHARS = 60;

const shorten = (text: string): string => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text);

export function UrlNotice(): React.JSX.Element | null {
  const { t } = useI18n();
  const notices = useUrlNotices();
  if (notices.length === 0) return null;
  return (
    <div role="status" className="error-banner url-notice" data-testid="url-notice">
      <span>{t('url.notice.title')}</span>
      <ul>
        {notices.slice(0, MAX_SHOWN).map((notice, i) => (
          <li key={`${i}:${notice.key}`} data-param={shorten(notice.key)}>
            <code>
              {shorten(notice.key)}={shorten(notice.value)}
            </code>{' '}
            — {t(`url.reason.${notice.reason}`)}
          </li>
        ))}
      </ul>
      {notices.length > MAX_SHOWN && (
        <span>{t('url.notice.more', { count: notices.length - MAX_SHOWN })}</span>
      )}
      <button type="button" className="link-button" onClick={dismissUrlNotices}>
        {t('url.notice.dismiss')}
      </button>
    </div>
  );
}
