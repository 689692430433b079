// USB HID devices for the keypad role, by vendor and product id (and usage page, which picks
// one collection of a composite device). node-hid's asynchronous listing only: the
// synchronous one blocks the main process while the OS walks the USB tree.
import { err, ok, type Result } from '../../../hardware/result';
import type { KeypadKey } from '../../../hardware/keypad/contract';
import type { KeyMapInput } from '../../../hardware/keypad/key-map';

export interface HidCandidate {
  readonly vendorId: number;
  readonly productId: number;
  readonly usagePage?: number;
  readonly interface: number;
  readonly product?: string;
}

export type ListHid = () => Promise<Result<readonly HidCandidate[], 'hid-unavailable'>>;

export const listHidDevices: ListHid = async () => {
  try {
    const hid = await import('node-hid');
    return ok(await hid.devicesAsync());
  } catch {
    return err('hid-unavailable');
  }
};

/** One entry per vendor/product/usage page: a composite keypad lists each interface. */
export function distinctHid(devices: readonly HidCandidate[]): HidCandidate[] {
  const seen = new Set<string>();
  return devices.filter((d) => {
    const key = `${d.vendorId}:${d.productId}:${d.usagePage ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// HID usage table, keyboard page 0x07 (HID Usage Tables 1.4 §10): the codes a boot-protocol
// numeric keypad sends. Both the top-row digits and the keypad digits are mapped, since
// vendors use either.
const digits: readonly KeypadKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
const bootKeypadCodes: KeyMapInput['keys'] = [
  ...digits.map((key, i) => ({ code: 0x1e + i, key })), // 1…9, 0 on the top row
  ...digits.map((key, i) => ({ code: 0x59 + i, key })), // keypad 1…9, 0
  { code: 0x28, key: 'enter' },
  { code: 0x58, key: 'enter' },
  { code: 0x2a, key: 'back' },
  { code: 0x29, key: 'cancel' },
  { code: 0x4c, key: 'clear' },
  { code: 0x4f, key: 'right' },
  { code: 0x50, key: 'left' },
  { code: 0x51, key: 'down' },
  { code: 0x52, key: 'up' },
];

/** A starting key map for a keypad that speaks the boot keyboard protocol; edit the config for others. */
export function bootKeypadMap(device: HidCandidate): KeyMapInput {
  return {
    vendorId: device.vendorId,
    productId: device.productId,
    ...(device.usagePage === undefined ? {} : { usagePage: device.usagePage }),
    report: { format: 'boot-keyboard' },
    keys: bootKeypadCodes,
  };
}
