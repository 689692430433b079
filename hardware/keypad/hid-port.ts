// The transport seam: what the keypad driver needs from node-hid, as Results. Only the
// asynchronous API is used (devicesAsync, HIDAsync.open): the synchronous calls block the
// main process's event loop while the OS enumerates USB. Tests pass a fake port instead.
import { err, ok, type Result } from '../result';

export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  readonly path?: string;
  readonly usagePage?: number;
  readonly interface: number;
}

export type HidError = { readonly kind: 'hid'; readonly message: string };

/** An open device. 'error' (a failed read: the device was unplugged) and 'close' end it. */
export interface HidHandle {
  on(event: 'data', listener: (data: Uint8Array) => void): void;
  on(event: 'error' | 'close', listener: () => void): void;
  close(): Promise<Result<void, HidError>>;
}

export interface HidPort {
  devices(): Promise<Result<readonly HidDeviceInfo[], HidError>>;
  open(path: string): Promise<Result<HidHandle, HidError>>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** node-hid, loaded on first use so that kiosks configured without a keypad never load its binding. */
export const nodeHidPort: HidPort = {
  async devices() {
    try {
      const hid = await import('node-hid');
      return ok(await hid.devicesAsync());
    } catch (error) {
      return err({ kind: 'hid', message: messageOf(error) });
    }
  },
  async open(path) {
    try {
      const hid = await import('node-hid');
      const device = await hid.HIDAsync.open(path);
      return ok({
        on(event: 'data' | 'error' | 'close', listener: (data: Uint8Array) => void) {
          device.on(event, listener);
        },
        async close() {
          try {
            await device.close();
            return ok();
          } catch (error) {
            return err({ kind: 'hid', message: messageOf(error) });
          }
        },
      });
    } catch (error) {
      return err({ kind: 'hid', message: messageOf(error) });
    }
  },
};
