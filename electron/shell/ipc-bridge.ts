// The bridge's Electron transport, main side. Messages count only when they come from our
// window's main frame showing an app:// page; every event is parsed against UiEvent and
// anything else is refused and logged by reason and (known) type, never by content.
import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { BridgeChannel, UiEvent, type AudioCommand, type UiEventType, type View } from '../bridge/contract';
import type { KioskPort } from '../core/kiosk-port';
import { err, ok, type Result } from '../../hardware/result';
import { isAppUrl } from './app-origin';
import { ShellChannel } from './shell-channels';
import type { Logger } from '../log/logger';

export type IpcRefusal = { readonly reason: 'bad-origin' | 'unknown-type' | 'invalid-fields'; readonly type: string };

const knownEventTypes: ReadonlySet<string> = new Set<UiEventType>(UiEvent.options.map((option) => option.shape.type.value));

/** Our window, its top frame, on our origin: a subframe, another window or a stray page is not. */
export function isFromOurPage(event: Pick<IpcMainEvent, 'sender' | 'senderFrame'>, contents: WebContents): boolean {
  const frame = event.senderFrame;
  return event.sender.id === contents.id && frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function parseIpcEvent(raw: unknown): Result<UiEvent, IpcRefusal> {
  const claimed = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof claimed !== 'string' || !knownEventTypes.has(claimed)) return err({ reason: 'unknown-type', type: '(unknown)' });
  const parsed = UiEvent.safeParse(raw);
  return parsed.success ? ok(parsed.data) : err({ reason: 'invalid-fields', type: claimed });
}

export interface IpcBridgeOptions {
  readonly ipcMain: IpcMain;
  readonly contents: WebContents;
  readonly kiosk: KioskPort;
  readonly logger: Logger;
  readonly onHeartbeat: () => void;
}

/** Wires the channels; returns a function that unwires them. */
export function attachIpcBridge(options: IpcBridgeOptions): () => void {
  const { ipcMain, contents, kiosk, logger } = options;
  const refuse = (channel: 'event' | 'heartbeat', refusal: IpcRefusal): void =>
    logger.log('bridge.event-refused', { transport: 'ipc', channel, reason: refusal.reason, type: refusal.type });

  const onEvent = (event: IpcMainEvent, raw: unknown): void => {
    if (!isFromOurPage(event, contents)) return refuse('event', { reason: 'bad-origin', type: '(none)' });
    const parsed = parseIpcEvent(raw);
    if (!parsed.ok) return refuse('event', parsed.error);
    kiosk.send(parsed.value);
  };
  const onHeartbeat = (event: IpcMainEvent): void => {
    if (!isFromOurPage(event, contents)) return refuse('heartbeat', { reason: 'bad-origin', type: '(none)' });
    options.onHeartbeat();
  };
  const push = (view: View): void => {
    if (!contents.isDestroyed()) contents.send(BridgeChannel.view, view);
  };
  // A fresh page (first load or a recovery) gets the current view at once.
  const onLoaded = (): void => push(kiosk.currentView());

  ipcMain.on(BridgeChannel.event, onEvent);
  ipcMain.on(ShellChannel.heartbeat, onHeartbeat);
  contents.on('did-finish-load', onLoaded);
  const unsubscribe = kiosk.subscribe(push);
  const unsubscribeAudio = kiosk.subscribeAudio?.((command: AudioCommand) => {
    if (!contents.isDestroyed()) contents.send(BridgeChannel.audio, command);
  });
  return () => {
    unsubscribe();
    unsubscribeAudio?.();
    ipcMain.off(BridgeChannel.event, onEvent);
    ipcMain.off(ShellChannel.heartbeat, onHeartbeat);
    if (!contents.isDestroyed()) contents.off('did-finish-load', onLoaded);
  };
}
