// The HID keypad driver on this machine's real node-hid. It connects when the configured
// keypad (KIOSK_KEYPAD_MAP = a JSON key map; the example map's test ids otherwise) is plugged
// in; without one (the build machine has no USB at all) it must say the keypad is not present.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { bootKeyboardKeypadMap } from '../../hardware/keypad/fixtures/example-key-maps';
import { HidKeypad } from '../../hardware/keypad/hid-keypad';
import { nodeHidPort } from '../../hardware/keypad/hid-port';
import { parseKeyMap } from '../../hardware/keypad/key-map';

async function configuredKeyMap() {
  const file = process.env.KIOSK_KEYPAD_MAP;
  const parsed = parseKeyMap(file ? JSON.parse(await readFile(file, 'utf8')) : bootKeyboardKeypadMap);
  if (!parsed.ok) throw new Error(`key map ${file ?? '(example)'} is invalid: ${parsed.error.issues.join('; ')}`);
  return parsed.value;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

describe('HID keypad on this machine', () => {
  it('given the configured keypad is plugged in, then the driver connects; given it is not, then health is failed "keypad not present"', async () => {
    const keyMap = await configuredKeyMap();
    const devices = await nodeHidPort.devices();
    if (!devices.ok) throw new Error(`node-hid cannot enumerate: ${devices.error.message}`);
    const isPresent = devices.value.some((d) => d.vendorId === keyMap.vendorId && d.productId === keyMap.productId);
    const keypad = await HidKeypad.open({ keyMap, pollMs: 60_000 });
    try {
      const id = `${hex4(keyMap.vendorId)}:${hex4(keyMap.productId)}`;
      if (isPresent) {
        console.info(`keypad ${id} present: the driver opened it (${devices.value.length} HID devices seen)`);
        expect(keypad.health()).toEqual({ level: 'ok' });
      } else {
        console.info(`keypad ${id} not present (${devices.value.length} HID devices seen): only the absent-keypad health was checked`);
        expect(keypad.health()).toEqual({ level: 'failed', reason: 'keypad not present' });
      }
    } finally {
      await keypad.close();
    }
  });
});
