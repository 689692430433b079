// The USB keypad driver: finds the configured device, turns its reports into key events, and
// when it disappears (node-hid has no plug events) polls until it is back. It never parses
// bytes itself (the decoder does) and never blocks: every node-hid call is asynchronous.
import type { DeviceHealth } from '../result';
import type { Keypad, KeypadEvent } from './contract';
import { nodeHidPort, type HidDeviceInfo, type HidHandle, type HidPort } from './hid-port';
import type { KeyMap } from './key-map';
import { KeypadReportDecoder } from './report-decoder';

/** Runs `tick` every `ms` until the returned function is called (setInterval in production, by hand in tests). */
export type PollTimer = (ms: number, tick: () => void) => () => void;

const realPollTimer: PollTimer = (ms, tick) => {
  const handle = setInterval(tick, ms);
  return () => clearInterval(handle);
};

export interface HidKeypadOptions {
  readonly keyMap: KeyMap;
  readonly port?: HidPort;
  /** How often to look for the keypad while it is absent. */
  readonly pollMs?: number;
  readonly timer?: PollTimer;
}

/** Counters for the technician's panel and logs (no key values: a PIN is typed here). */
export interface HidKeypadDiagnostics {
  readonly connects: number;
  readonly reportsRejected: number;
  readonly openFailures: number;
  readonly closeFailures: number;
}

export class HidKeypad implements Keypad {
  private readonly listeners = new Set<(event: KeypadEvent) => void>();
  private readonly decoder: KeypadReportDecoder;
  private readonly port: HidPort;
  private handle: HidHandle | undefined;
  private currentHealth: DeviceHealth = { level: 'failed', reason: 'keypad not present' };
  private isPolling = false;
  private isClosed = false;
  private hasBeenConnected = false;
  private stopTimer: (() => void) | undefined;
  private counters = { connects: 0, reportsRejected: 0, openFailures: 0, closeFailures: 0 };

  constructor(private readonly options: HidKeypadOptions) {
    this.decoder = new KeypadReportDecoder(options.keyMap);
    this.port = options.port ?? nodeHidPort;
  }

  /** Looks for the keypad once (so health is known), then keeps looking while it is absent. */
  static async open(options: HidKeypadOptions): Promise<HidKeypad> {
    const keypad = new HidKeypad(options);
    await keypad.poll();
    keypad.stopTimer = (options.timer ?? realPollTimer)(options.pollMs ?? 1_000, () => void keypad.poll());
    return keypad;
  }

  subscribe(listener: (event: KeypadEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  health(): DeviceHealth {
    return this.currentHealth;
  }

  diagnostics(): HidKeypadDiagnostics {
    return { ...this.counters };
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.stopTimer?.();
    this.listeners.clear();
    const handle = this.handle;
    this.handle = undefined;
    if (handle) await this.release(handle);
  }

  /** One look for the keypad; does nothing while it is connected or a look is under way. */
  async poll(): Promise<void> {
    if (this.isClosed || this.handle || this.isPolling) return;
    this.isPolling = true;
    try {
      const devices = await this.port.devices();
      if (!devices.ok) return this.setHealth({ level: 'failed', reason: 'USB HID enumeration failed' });
      const found = devices.value.find((device) => this.isOurs(device));
      if (!found?.path) return this.setHealth({ level: 'failed', reason: this.hasBeenConnected ? 'keypad unplugged' : 'keypad not present' });
      const opened = await this.port.open(found.path);
      if (!opened.ok) {
        this.counters.openFailures += 1;
        // typically udev permissions on /dev/hidraw*, or another process holding it
        return this.setHealth({ level: 'failed', reason: 'keypad present but cannot be opened' });
      }
      if (this.isClosed) await this.release(opened.value);
      else this.attach(opened.value);
    } finally {
      this.isPolling = false;
    }
  }

  private isOurs(device: HidDeviceInfo): boolean {
    const map = this.options.keyMap;
    return (
      device.vendorId === map.vendorId &&
      device.productId === map.productId &&
      (map.usagePage === undefined || device.usagePage === map.usagePage) &&
      (map.interface === undefined || device.interface === map.interface)
    );
  }

  private attach(handle: HidHandle): void {
    this.handle = handle;
    this.hasBeenConnected = true;
    this.counters.connects += 1;
    handle.on('data', (data) => {
      if (this.handle !== handle) return;
      const edges = this.decoder.feed(data);
      // a report we cannot read (too short, roll-over, another report id) changes nothing
      if (!edges.ok) this.counters.reportsRejected += edges.error.kind === 'other-report' ? 0 : 1;
      else for (const edge of edges.value) this.emit(edge);
    });
    const lost = () => this.lose(handle);
    handle.on('error', lost);
    handle.on('close', lost);
    this.setHealth({ level: 'ok' });
  }

  /** Unplugged: held keys come up, health fails, and polling finds it again. */
  private lose(handle: HidHandle): void {
    if (this.handle !== handle) return;
    this.handle = undefined;
    for (const edge of this.decoder.releaseAll()) this.emit(edge);
    this.setHealth({ level: 'failed', reason: 'keypad unplugged' });
    void this.release(handle);
  }

  private async release(handle: HidHandle): Promise<void> {
    const closed = await handle.close();
    // closing a device that is already gone can fail; the handle is dropped either way
    if (!closed.ok) this.counters.closeFailures += 1;
  }

  private setHealth(health: DeviceHealth): void {
    const isSame = health.level === this.currentHealth.level && (health.level === 'ok' || (this.currentHealth.level !== 'ok' && health.reason === this.currentHealth.reason));
    this.currentHealth = health;
    if (!isSame) this.emit({ type: 'KEYPAD.HEALTH', health });
  }

  private emit(event: KeypadEvent): void {
    if (this.isClosed) return;
    for (const listener of this.listeners) listener(event);
  }
}
