import { createContext, useContext } from 'react';
import type { UiEvent } from '../../electron/bridge/contract';

export type Send = (event: UiEvent) => void;

export const SendContext = createContext<Send>(() => undefined);

/** Screens send user intents only; the kiosk core decides what they mean. */
export function useSend(): Send {
  return useContext(SendContext);
}
