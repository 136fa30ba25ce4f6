// The postMessage protocol between an embedded Lintas and its host page (docs/embed-api.md): message
// shapes, validated here before anything acts on them; malformed messages are ignored, never thrown on.
import { isPlainObject, readOwn } from '@/lib/safe-record';

/** Version of the message protocol, sent in every outgoing message. */
export const EMBED_PROTOCOL_VERSION = 1;
const PREFIX = 'lintas:';

/** What a host may ask. `view` values are link parameters (docs/url-parameters.md). */
export type EmbedCommand =
  | { readonly type: 'set-view'; readonly view: string }
  | { readonly type: 'set-time'; readonly start: string | null; readonly end: string | null }
  | { readonly type: 'step'; readonly action: 'next' | 'prev' | 'goto'; readonly index: number }
  | { readonly type: 'get-state' };

/** What the embed tells its host. */
export type EmbedEvent =
  | { readonly type: 'lintas:ready'; readonly version: number; readonly view: string }
  | { readonly type: 'lintas:height'; readonly version: number; readonly height: number }
  | { readonly type: 'lintas:view'; readonly version: number; readonly view: string }
  | { readonly type: 'lintas:step'; readonly version: number; readonly index: number; readonly count: number }
  | { readonly type: 'lintas:error'; readonly version: number; readonly message: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_VIEW_LENGTH = 4000;

/** A command from an untrusted message, or null when it is not one of ours or is malformed. */
export function parseEmbedCommand(data: unknown): EmbedCommand | null {
  if (!isPlainObject(data)) return null;
  const type = readOwn(data, 'type');
  if (typeof type !== 'string' || !type.startsWith(PREFIX)) return null;
  switch (type.slice(PREFIX.length)) {
    case 'set-view': {
      const view = readOwn(data, 'view');
      return typeof view === 'string' && view.length <= MAX_VIEW_LENGTH
        ? { type: 'set-view', view: view.replace(/^\?/, '') }
        : null;
    }
    case 'set-time': {
      const start = readOwn(data, 'start');
      const end = readOwn(data, 'end');
      const day = (value: unknown): string | null | undefined =>
        value === null ? null : typeof value === 'string' && ISO_DAY.test(value) ? value : undefined;
      const s = day(start);
      const e = day(end);
      if (s === undefined || e === undefined || (s === null) !== (e === null)) return null;
      return { type: 'set-time', start: s, end: e };
    }
    case 'step': {
      const action = readOwn(data, 'action');
      const index = readOwn(data, 'index');
      if (action === 'next' || action === 'prev') return { type: 'step', action, index: 0 };
      if (
        action === 'goto' &&
        typeof index === 'number' &&
        Number.isInteger(index) &&
        index >= 0 &&
        index < 1000
      ) {
        return { type: 'step', action, index };
      }
      return null;
    }
    case 'get-state':
      return { type: 'get-state' };
    default:
      return null;
  }
}

/**
 * The `type` of a message that claims to be a Lintas command (an object whose type starts with
 * "lintas:"), or null. A claimed command that does not parse is answered with `lintas:error`.
 */
export function claimedCommandType(data: unknown): string | null {
  if (!isPlainObject(data)) return null;
  const type = readOwn(data, 'type');
  return typeof type === 'string' && type.startsWith(PREFIX) ? type.slice(0, 100) : null;
}

/** True when the message's origin may command this embed: any origin when no allow-list is set. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return allowed.length === 0 || allowed.includes(origin.toLowerCase());
}
