// Store ↔ address bar. The link is read once at start and on back/forward; every change of the linked state
// is written back: pushState for a person's discrete choices (one history entry each), replaceState for
// map moves and playback steps, all debounced so a drag makes one entry.
import { useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';
import type { AppState } from './app-state';
import { useAppStore } from './store';
import {
  changedUrlKeys,
  encodeUrlState,
  findUnknownIds,
  parseUrlState,
  selectUrlState,
  urlStateToStore,
  withDefaults,
  type UrlNotice,
} from './url-state';
import { URL_PARAMS, type UrlState } from './url-params';

/** Quiet time before a change is written: a slider drag or quick clicks make one history entry. */
export const URL_WRITE_DEBOUNCE_MS = 300;
/** Longest a pending replacement waits (playback steps can come faster than the debounce). */
export const URL_WRITE_MAX_WAIT_MS = 1000;

/** Keys whose changes replace the current entry instead of adding one: the camera moves continuously. */
const REPLACE_KEYS: ReadonlySet<string> = new Set([URL_PARAMS.camera.key]);
/** …and the time window while playback runs. */
const PLAYBACK_REPLACE_KEYS: ReadonlySet<string> = new Set([URL_PARAMS.camera.key, URL_PARAMS.timeRange.key]);

/** What url-sync needs of `window` (tests pass a fake). */
export interface UrlHost {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'pagehide', listener: () => void): void;
}

export type UrlSyncStore = Pick<StoreApi<AppState>, 'getState' | 'setState' | 'subscribe'>;

export interface UrlSyncOptions {
  readonly host?: UrlHost;
  readonly store?: UrlSyncStore;
}

// The latest notices, as a tiny external store (the app store has no slice for them).
let currentNotices: readonly UrlNotice[] = [];
const noticeListeners = new Set<() => void>();

function setUrlNotices(notices: readonly UrlNotice[]): void {
  if (notices.length === 0 && currentNotices.length === 0) return;
  currentNotices = notices;
  for (const listener of noticeListeners) listener();
}

/** Parameters of the current link that were ignored, with reasons (empty when all were understood). */
export function getUrlNotices(): readonly UrlNotice[] {
  return currentNotices;
}

export function subscribeUrlNotices(listener: () => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}

export function dismissUrlNotices(): void {
  setUrlNotices([]);
}

export function useUrlNotices(): readonly UrlNotice[] {
  return useSyncExternalStore(subscribeUrlNotices, getUrlNotices, getUrlNotices);
}

/**
 * Applies the current link to the store, then keeps the address bar in step with the store until the
 * returned function is called. Call once, before the first data load (the link's filters then apply to it).
 */
export function startUrlSync(options: UrlSyncOptions = {}): () => void {
  const host = options.host ?? window;
  const store = options.store ?? useAppStore;

  /** Query text of what the address bar shows for the store (canonical), to skip writes of no change. */
  let written = '';
  /** The linked state at the last change seen, to classify the next change. */
  let seen: UrlState;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt = 0;
  let pendingPush = false;
  let applying = false;
  /** The state a link set, checked against the table once one is loaded (unknown route ids, sites…). */
  let idCheck: UrlState | null = null;

  /** Puts a link's state into the store without writing it back; `linked` is what the link itself set. */
  const apply = (url: UrlState, extra: Partial<AppState>, linked: UrlState): void => {
    applying = true;
    try {
      store.setState({ ...urlStateToStore(url), ...extra });
    } finally {
      applying = false;
    }
    seen = selectUrlState(store.getState());
    written = encodeUrlState(seen);
    idCheck = linked;
    checkIds();
  };

  const checkIds = (): void => {
    const table = store.getState().table;
    if (idCheck === null || table === null) return;
    const unknown = findUnknownIds(idCheck, table);
    idCheck = null;
    if (unknown.length > 0) setUrlNotices([...currentNotices, ...unknown]);
  };

  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingPush = false;
  };

  const flush = (): void => {
    const push = pendingPush;
    cancel();
    const query = encodeUrlState(selectUrlState(store.getState()));
    if (query === written) return;
    const { pathname, hash } = host.location;
    const url = `${pathname}${query === '' ? '' : `?${query}`}${hash}`;
    if (push) host.history.pushState(null, '', url);
    else host.history.replaceState(host.history.state, '', url);
    written = query;
  };

  const onStoreChange = (state: AppState, previous: AppState): void => {
    checkIds();
    if (applying) return;
    const next = selectUrlState(state);
    const changed = changedUrlKeys(seen, next);
    seen = next;
    if (changed.length === 0) return;
    const replaceable = state.playing || previous.playing ? PLAYBACK_REPLACE_KEYS : REPLACE_KEYS;
    if (changed.some((key) => !replaceable.has(key))) pendingPush = true;
    const now = Date.now();
    if (timer === null) firstPendingAt = now;
    else clearTimeout(timer);
    // A push waits for quiet (a long drag is one entry); replacements also get written during playback.
    const wait = pendingPush
      ? URL_WRITE_DEBOUNCE_MS
      : Math.min(URL_WRITE_DEBOUNCE_MS, Math.max(0, firstPendingAt + URL_WRITE_MAX_WAIT_MS - now));
    timer = setTimeout(flush, wait);
  };

  const onPopState = (): void => {
    cancel(); // a change not yet written is superseded by the entry the person went to
    const parsed = parseUrlState(host.location.search);
    setUrlNotices(parsed.notices);
    const url = withDefaults(parsed.state);
    // A hash-only entry change shows the same view: leave the store (and playback) alone.
    if (encodeUrlState(url) !== written) apply(url, { playing: false }, url);
  };

  // Leaving within the debounce still records the last change (a reload keeps it).
  const onPageHide = (): void => {
    if (timer !== null) flush();
  };

  const initial = parseUrlState(host.location.search);
  setUrlNotices(initial.notices);
  seen = selectUrlState(store.getState());
  written = encodeUrlState(seen);
  // Fields the link leaves out keep their current values (the defaults, before anything else ran).
  if (Object.keys(initial.state).length > 0)
    apply({ ...seen, ...initial.state }, {}, withDefaults(initial.state));

  const unsubscribe = store.subscribe(onStoreChange);
  host.addEventListener('popstate', onPopState);
  host.addEventListener('pagehide', onPageHide);
  return () => {
    cancel();
    unsubscribe();
    host.removeEventListener('popstate', onPopState);
    host.removeEventListener('pagehide', onPageHide);
  };
}
