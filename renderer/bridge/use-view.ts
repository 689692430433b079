import { useSyncExternalStore } from 'react';
import type { View } from '../../electron/bridge/contract';
import type { KioskBridge } from './kiosk-bridge';

/** The latest view from the bridge (undefined until the first one arrives). */
export function createViewStore(bridge: KioskBridge): { subscribe(onChange: () => void): () => void; get(): View | undefined } {
  let latest: View | undefined;
  const listeners = new Set<() => void>();
  bridge.subscribe((view) => {
    latest = view;
    for (const listener of listeners) listener();
  });
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    get: () => latest,
  };
}

export function useView(store: ReturnType<typeof createViewStore>): View | undefined {
  return useSyncExternalStore(store.subscribe, store.get);
}
