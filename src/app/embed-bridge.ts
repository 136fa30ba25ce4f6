// The embed side of the postMessage API (docs/embed-api.md): tells the host page when the dashboard is
// ready, how tall it is and which view it shows; takes validated commands from allowed origins.
import { parseIsoDay, type EpochDay } from '@/domain/epoch-day';
import { applyView } from '@/state/apply-view';
import {
  EMBED_PROTOCOL_VERSION,
  claimedCommandType,
  isAllowedOrigin,
  parseEmbedCommand,
  type EmbedEvent,
} from '@/state/embed-messages';
import { useAppStore } from '@/state/store';
import { encodeUrlState, selectUrlState } from '@/state/url-state';
import { goToStep, stepBy } from '@/briefing/step-navigation';

type Outgoing = EmbedEvent extends infer E
  ? E extends { version: number }
    ? Omit<E, 'version'>
    : never
  : never;

/** Starts the bridge when this page is embedded in embed mode; returns a stop function. */
export function startEmbedBridge(): () => void {
  const { embed, embedHosts } = useAppStore.getState();
  if (!embed || window.parent === window) return () => undefined;
  // With one allowed host, messages go only to it; otherwise to any parent (they carry no secrets).
  const targetOrigin = embedHosts.length === 1 ? (embedHosts[0] ?? '*') : '*';
  const post = (message: Outgoing): void => {
    window.parent.postMessage({ ...message, version: EMBED_PROTOCOL_VERSION }, targetOrigin);
  };
  const currentView = (): string => encodeUrlState(selectUrlState(useAppStore.getState()));

  let announced = false;
  let lastView = '';
  let viewTimer = 0;
  const unsubscribe = useAppStore.subscribe((state) => {
    if (!announced && state.status === 'ready') {
      announced = true;
      lastView = currentView();
      post({ type: 'lintas:ready', view: lastView });
    }
    window.clearTimeout(viewTimer);
    viewTimer = window.setTimeout(() => {
      const view = currentView();
      if (announced && view !== lastView) {
        lastView = view;
        post({ type: 'lintas:view', view });
      }
    }, 150);
  });

  let lastHeight = -1;
  const sendHeight = (): void => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: 'lintas:height', height });
    }
  };
  const resize = new ResizeObserver(sendHeight);
  resize.observe(document.documentElement);
  sendHeight();

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== window.parent) return;
    if (!isAllowedOrigin(event.origin, useAppStore.getState().embedHosts)) {
      // Not answered (the sender may not hear from us); counted on the page for whoever inspects it.
      const root = document.documentElement;
      root.dataset['embedIgnored'] = String(Number(root.dataset['embedIgnored'] ?? 0) + 1);
      return;
    }
    const command = parseEmbedCommand(event.data);
    if (command === null) {
      const claimed = claimedCommandType(event.data);
      if (claimed !== null)
        post({ type: 'lintas:error', message: `${claimed}: malformed or unknown command` });
      return;
    }
    switch (command.type) {
      case 'set-view':
        applyView(command.view);
        break;
      case 'set-time': {
        const range =
          command.start === null || command.end === null
            ? null
            : { startDay: parseIsoDay(command.start), endDay: (parseIsoDay(command.end) + 1) as EpochDay };
        if (
          range &&
          (Number.isNaN(range.startDay) || Number.isNaN(range.endDay) || range.endDay <= range.startDay)
        ) {
          post({ type: 'lintas:error', message: 'set-time: invalid range' });
          break;
        }
        useAppStore.getState().setTimeRange(range);
        break;
      }
      case 'step': {
        const shown =
          command.action === 'goto' ? goToStep(command.index) : stepBy(command.action === 'next' ? 1 : -1);
        const count = useAppStore.getState().briefing?.steps.length ?? 0;
        if (shown < 0) post({ type: 'lintas:error', message: 'step: no briefing loaded' });
        else post({ type: 'lintas:step', index: shown, count });
        break;
      }
      case 'get-state':
        post({ type: 'lintas:view', view: currentView() });
        break;
    }
  };
  window.addEventListener('message', onMessage);
  return () => {
    unsubscribe();
    resize.disconnect();
    window.clearTimeout(viewTimer);
    window.removeEventListener('message', onMessage);
  };
}
