/// <reference types="vite/client" />
import type { KioskBridge } from './bridge/kiosk-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in browser mode. */
    readonly kiosk?: KioskBridge;
  }
}
