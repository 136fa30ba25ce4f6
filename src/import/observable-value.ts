// A value that React components can subscribe to (useSyncExternalStore): the import feature's own small
// pieces of UI state, kept out of the app store because nothing else reads them.
import { useSyncExternalStore } from 'react';

export interface ObservableValue<T> {
  readonly get: () => T;
  readonly set: (value: T) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function observableValue<T>(initial: T): ObservableValue<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useObservable<T>(observable: ObservableValue<T>): T {
  return useSyncExternalStore(observable.subscribe, observable.get, observable.get);
}
