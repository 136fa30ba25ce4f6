// The route a pointer or the keyboard is on: hovering a flow on the map, or focusing or hovering a route in
// the selection list, lights that route and dims the others. Transient like the tooltip, so it lives here
// and not in the store or the URL; the map reads it and hands it to the flow layers as a colour trigger.
import { useSyncExternalStore } from 'react';

export interface FlowHighlight {
  /** The route code lit, or -1. */
  readonly get: () => number;
  readonly set: (route: number) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

function createFlowHighlight(): FlowHighlight {
  let route = -1;
  const listeners = new Set<() => void>();
  return {
    get: () => route,
    set: (next) => {
      if (next === route) return;
      route = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One per page: there is one map and one selection list. */
export const flowHighlight: FlowHighlight = createFlowHighlight();

export function useFlowHighlight(): number {
  return useSyncExternalStore(flowHighlight.subscribe, flowHighlight.get, flowHighlight.get);
}
