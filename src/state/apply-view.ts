// Applying a saved view (URL parameters, as in links, briefing steps and embed messages) to the store.
import { useAppStore } from './store';
import { parseUrlState, selectUrlState, urlStateToStore, withDefaults, type UrlNotice } from './url-state';

/** Sets every view field from `search` (missing fields get their defaults); returns the notices. */
export function applyView(search: string): readonly UrlNotice[] {
  const parsed = parseUrlState(search);
  useAppStore.setState(urlStateToStore(withDefaults(parsed.state)));
  return parsed.notices;
}

/** The current view as URL parameters (without '?'). */
export { encodeUrlState } from './url-state';
export function currentViewState(): ReturnType<typeof selectUrlState> {
  return selectUrlState(useAppStore.getState());
}
