// Applying a saved view (URL parameters, as in links, briefing steps and embed messages) to the store.
import { useAppStore } from './store';
import { parseUrlState, selectUrlState, urlStateToStore, withDefaults, type UrlNotice } from './url-state';

/** Sets every view field from `search` (missing fields get their defaults); returns the notices. */
export function applyView(search: string): readonly UrlNotice[] {
  const parsed = parseUrlState(search);
  // A view never switches embed mode or its options: those belong to the page, not to the view.
  const current = selectUrlState(useAppStore.getState());
  const next = withDefaults(parsed.state);
  useAppStore.setState(
    urlStateToStore({
      ...next,
      embed: current.embed,
      embedTimeline: current.embedTimeline,
      embedCharts: current.embedCharts,
      embedFixed: current.embedFixed,
      embedHosts: current.embedHosts,
    }),
  );
  return parsed.notices;
}

export function currentViewState(): ReturnType<typeof selectUrlState> {
  return selectUrlState(useAppStore.getState());
}
