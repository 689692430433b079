import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, WebContents } from 'electron';
import { FakeWebContents, ipcMain, type FakeFrame } from './fake-electron';
import { attachIpcBridge } from '../../electron/shell/ipc-bridge';
import { ShellChannel } from '../../electron/shell/shell-channels';
import { BridgeChannel, type AudioCommand, type UiEvent, type View } from '../../electron/bridge/contract';
import type { KioskPort } from '../../electron/core/kiosk-port';
import { createMemoryLogger } from '../../electron/log/logger';

vi.mock('electron', () => import('./fake-electron'));

// The fake ipcMain is one module-wide emitter: a failing test must not leave listeners behind.
afterEach(() => {
  ipcMain.removeAllListeners();
});

const attractView: View = {
  screen: 'attract',
  language: 'ar',
  direction: 'rtl',
  languages: ['ar', 'en'],
  title: { key: 'attract.title', values: {} },
  canGoBack: false,
  canCancel: false,
  hasHelp: false,
  isHelpOpen: false,
  availability: 'serving',
};

function fakeKiosk() {
  const sent: UiEvent[] = [];
  const listeners = new Set<(view: View) => void>();
  let current = attractView;
  const port: KioskPort = {
    currentView: () => current,
    subscribe(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    send: (event) => sent.push(event),
  };
  const show = (view: View): void => {
    current = view;
    for (const listener of listeners) listener(view);
  };
  return { port, sent, show, listenerCount: () => listeners.size };
}

function setUp() {
  const contents = new FakeWebContents();
  const kiosk = fakeKiosk();
  const logger = createMemoryLogger();
  const onHeartbeat = vi.fn();
  const detach = attachIpcBridge({ ipcMain: ipcMain as unknown as IpcMain, contents: contents as unknown as WebContents, kiosk: kiosk.port, logger, onHeartbeat });
  const ourFrame: FakeFrame = { url: 'app://kiosk/index.html', parent: null };
  const from = (sender: FakeWebContents, senderFrame: FakeFrame | null) => ({ sender, senderFrame });
  const sendEvent = (raw: unknown, sender = from(contents, ourFrame)) => ipcMain.emit(BridgeChannel.event, sender, raw);
  const refusals = () => logger.lines.filter((l) => l.event === 'bridge.event-refused').map((l) => l.fields);
  return { contents, kiosk, logger, onHeartbeat, detach, ourFrame, from, sendEvent, refusals };
}

describe('IPC bridge, main side', () => {
  it('given a valid event from our page, hands it to the core', () => {
    const t = setUp();
    t.sendEvent({ type: 'PIN.DIGIT', digit: 4 });
    t.sendEvent({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
    expect(t.kiosk.sent).toEqual([{ type: 'PIN.DIGIT', digit: 4 }, { type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' }]);
    t.detach();
  });

  it.each([
    ['a page on another origin', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }],
    ['a subframe of our page', { url: 'app://kiosk/index.html', parent: { url: 'app://kiosk/index.html', parent: null } }],
    ['a frame already gone', null],
  ])('given an event from %s, refuses it and logs bad-origin', (_name, frame) => {
    const t = setUp();
    t.sendEvent({ type: 'START' }, t.from(t.contents, frame));
    expect(t.kiosk.sent).toEqual([]);
    expect(t.refusals()).toEqual([{ transport: 'ipc', channel: 'event', reason: 'bad-origin', type: '(none)' }]);
    t.detach();
  });

  it('given an event from another web contents showing our URL, refuses it', () => {
    const t = setUp();
    t.sendEvent({ type: 'START' }, t.from(new FakeWebContents(), t.ourFrame));
    expect(t.kiosk.sent).toEqual([]);
    expect(t.refusals()[0]).toMatchObject({ reason: 'bad-origin' });
    t.detach();
  });

  it.each([
    ['an unknown type', { type: 'DEVICE.PRINT', text: 'x' }, { reason: 'unknown-type', type: '(unknown)' }],
    ['a digit out of range', { type: 'PIN.DIGIT', digit: 12 }, { reason: 'invalid-fields', type: 'PIN.DIGIT' }],
    ['a missing field', { type: 'SERVICE.CHOSEN' }, { reason: 'invalid-fields', type: 'SERVICE.CHOSEN' }],
    ['a string', 'START', { reason: 'unknown-type', type: '(unknown)' }],
    ['null', null, { reason: 'unknown-type', type: '(unknown)' }],
    ['an array', [{ type: 'START' }], { reason: 'unknown-type', type: '(unknown)' }],
  ])('given %s from our page, refuses it and logs the reason', (_name, raw, refusal) => {
    const t = setUp();
    t.sendEvent(raw);
    expect(t.kiosk.sent).toEqual([]);
    expect(t.refusals()).toEqual([{ transport: 'ipc', channel: 'event', ...refusal }]);
    t.detach();
  });

  it('given a malformed event carrying an ID number, logs neither the value nor free text', () => {
    const t = setUp();
    t.sendEvent({ type: 'FIELD.CHANGED', name: 'phone', value: 'x'.repeat(500) + '28412345678' });
    expect(JSON.stringify(t.logger.lines)).not.toContain('28412345678');
    t.detach();
  });

  it('pushes every new view to the window, and the current view when a page finishes loading', () => {
    const t = setUp();
    t.contents.sent.length = 0;
    const menu: View = { ...attractView, screen: 'menu' };
    t.kiosk.show(menu);
    expect(t.contents.sent).toEqual([{ channel: BridgeChannel.view, args: [menu] }]);
    t.contents.emit('did-finish-load');
    expect(t.contents.sent.at(-1)).toEqual({ channel: BridgeChannel.view, args: [menu] });
    t.detach();
  });

  it('given the core speaks, then each audio command goes to the window on the audio channel until detached', () => {
    const contents = new FakeWebContents();
    const speakers = new Set<(command: AudioCommand) => void>();
    const port: KioskPort = { ...fakeKiosk().port, subscribeAudio: (listener) => (speakers.add(listener), () => speakers.delete(listener)) };
    const detach = attachIpcBridge({ ipcMain: ipcMain as unknown as IpcMain, contents: contents as unknown as WebContents, kiosk: port, logger: createMemoryLogger(), onHeartbeat: vi.fn() });
    for (const speak of speakers) speak({ action: 'play', id: 1, clips: ['UklGRg=='], volume: 6 });
    detach();
    expect(speakers.size).toBe(0);
    expect(contents.sent.filter((m) => m.channel === BridgeChannel.audio)).toEqual([{ channel: BridgeChannel.audio, args: [{ action: 'play', id: 1, clips: ['UklGRg=='], volume: 6 }] }]);
  });

  it('given the window is gone, stops pushing without throwing', () => {
    const t = setUp();
    t.contents.sent.length = 0;
    t.contents.isGone = true;
    expect(() => t.kiosk.show({ ...attractView, screen: 'menu' })).not.toThrow();
    expect(t.contents.sent).toEqual([]);
    t.detach();
  });

  it('counts heartbeats only from our page', () => {
    const t = setUp();
    ipcMain.emit(ShellChannel.heartbeat, t.from(t.contents, t.ourFrame));
    ipcMain.emit(ShellChannel.heartbeat, t.from(t.contents, { url: 'https://evil.example/', parent: null }));
    expect(t.onHeartbeat).toHaveBeenCalledTimes(1);
    expect(t.refusals()).toEqual([{ transport: 'ipc', channel: 'heartbeat', reason: 'bad-origin', type: '(none)' }]);
    t.detach();
  });

  it('when detached, stops listening and unsubscribes from the core', () => {
    const t = setUp();
    t.detach();
    t.sendEvent({ type: 'START' });
    expect(t.kiosk.sent).toEqual([]);
    expect(t.kiosk.listenerCount()).toBe(0);
    expect(ipcMain.listenerCount(BridgeChannel.event)).toBe(0);
  });
});
