// A step's view is a link's query: the current view without what belongs to the viewer (language, embed
// mode), and the link that opens a single step in a fresh page (for a slide).
import type { Language } from '@/i18n/translate';
import { encodeUrlState, parseUrlState, withDefaults } from '@/state/url-state';
import { DEFAULT_URL_STATE, type UrlState } from '@/state/url-params';

/** The query text of a view for a briefing step: language and embed options are left to the viewer. */
export function stepViewOf(view: UrlState): string {
  return encodeUrlState({
    ...view,
    language: DEFAULT_URL_STATE.language,
    embed: DEFAULT_URL_STATE.embed,
    embedTimeline: DEFAULT_URL_STATE.embedTimeline,
    embedCharts: DEFAULT_URL_STATE.embedCharts,
    embedFixed: DEFAULT_URL_STATE.embedFixed,
    embedHosts: DEFAULT_URL_STATE.embedHosts,
  });
}

/**
 * The address of a step: `base` (the page without query or hash) with the step's view in canonical form,
 * in the presenter's language. Parameters the view cannot apply are left out, as they would be ignored.
 */
export function stepLink(view: string, language: Language, base: string): string {
  const query = encodeUrlState({ ...withDefaults(parseUrlState(view).state), language });
  return query === '' ? base : `${base}?${query}`;
}

/** This page's address without query and hash (works for http(s) and file://). */
export function pageBase(href: string): string {
  return href.replace(/[?#].*$/s, '');
}
