// A stand-in for node-hid (no virtual HID device can be made on the build machine: no uhid,
// no uinput): devices come and go by hand, and an open handle replays recorded reports.
import { err, ok, type Result } from '../result';
import type { ReplayStep } from './fixtures/recorded-reports';
import type { HidDeviceInfo, HidError, HidHandle, HidPort } from './hid-port';

export class FakeHidHandle implements HidHandle {
  // one listener type for all three: 'error' and 'close' listeners take no argument, and a
  // function of fewer parameters is a valid function of more
  private readonly listeners = { data: [] as ((data: Uint8Array) => void)[], error: [] as ((data: Uint8Array) => void)[], close: [] as ((data: Uint8Array) => void)[] };
  isClosed = false;

  constructor(readonly path: string) {}

  on(event: 'data' | 'error' | 'close', listener: (data: Uint8Array) => void): void {
    this.listeners[event].push(listener);
  }

  async close(): Promise<Result<void, HidError>> {
    this.isClosed = true;
    return ok();
  }

  /** Plays recorded steps as node-hid would deliver them: data events, then error or close. */
  replay(steps: readonly ReplayStep[]): void {
    for (const step of steps) {
      if ('data' in step) this.send(Uint8Array.from(step.data.match(/../g) ?? [], (pair) => parseInt(pair, 16)));
      else for (const listener of this.listeners['error' in step ? 'error' : 'close']) listener(new Uint8Array(0));
    }
  }

  send(report: Uint8Array): void {
    for (const listener of this.listeners.data) listener(report);
  }
}

export class FakeHidPort implements HidPort {
  private readonly attached = new Map<string, HidDeviceInfo>();
  readonly opened: FakeHidHandle[] = [];
  /** Make the next enumerations or opens fail, as a broken USB stack or bad permissions would. */
  isEnumerationBroken = false;
  isOpenRefused = false;

  plugIn(info: Omit<HidDeviceInfo, 'path'>, path = `/dev/hidraw${this.attached.size}`): void {
    this.attached.set(path, { ...info, path });
  }

  /** The device leaves the bus; its open handle's next read fails, as hidraw's does. */
  unplug(path: string): void {
    this.attached.delete(path);
    for (const handle of this.opened) if (handle.path === path && !handle.isClosed) handle.replay([{ error: 'read failed' }]);
  }

  get lastHandle(): FakeHidHandle | undefined {
    return this.opened.at(-1);
  }

  async devices(): Promise<Result<readonly HidDeviceInfo[], HidError>> {
    if (this.isEnumerationBroken) return err({ kind: 'hid', message: 'enumeration failed' });
    return ok([...this.attached.values()]);
  }

  async open(path: string): Promise<Result<HidHandle, HidError>> {
    if (this.isOpenRefused || !this.attached.has(path)) return err({ kind: 'hid', message: `cannot open device with path ${path}` });
    const handle = new FakeHidHandle(path);
    this.opened.push(handle);
    return ok(handle);
  }
}
