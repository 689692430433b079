import { describe, expect, it } from 'vitest';
import type { KeypadEvent, KeypadKey } from './contract';
import { keypadContract } from './contract-suite';
import { FakeHidPort } from './fake-hid-port';
import { bootKeyboardKeypadMap, vendorByteKeypadMap } from './fixtures/example-key-maps';
import { recordings } from './fixtures/recorded-reports';
import { HidKeypad, type PollTimer } from './hid-keypad';
import { parseKeyMap, type KeyMap, type KeyMapInput } from './key-map';

const mapOf = (input: KeyMapInput): KeyMap => {
  const map = parseKeyMap(input);
  if (!map.ok) throw new Error(map.error.issues.join('; '));
  return map.value;
};
const maps = { 'boot-keyboard': mapOf(bootKeyboardKeypadMap), 'vendor-byte': mapOf(vendorByteKeypadMap) };

/** The report a keypad with this map sends with `key` down (or none, when undefined). */
function reportFor(map: KeyMap, key: KeypadKey | undefined): Uint8Array {
  const code = key === undefined ? undefined : map.keys.find((k) => k.key === key)?.code;
  const prefix = map.reportId === undefined ? [] : [map.reportId];
  if (map.report.format === 'boot-keyboard') return Uint8Array.from([...prefix, 0, 0, code ?? 0, 0, 0, 0, 0, 0]);
  const body = new Array<number>(map.report.byteIndex + 1).fill(0);
  body[map.report.byteIndex] = code ?? map.report.releaseCode;
  return Uint8Array.from([...prefix, ...body]);
}

/** A poll timer fired by hand. */
function manualTimer() {
  const ticks: { ms: number; tick: () => void }[] = [];
  const timer: PollTimer = (ms, tick) => {
    const entry = { ms, tick };
    ticks.push(entry);
    return () => ticks.splice(ticks.indexOf(entry), 1);
  };
  return { timer, ticks };
}

async function connectedKeypad(map: KeyMap) {
  const port = new FakeHidPort();
  const { timer, ticks } = manualTimer();
  port.plugIn({ vendorId: map.vendorId, productId: map.productId, interface: 0 }, '/dev/hidraw3');
  const keypad = await HidKeypad.open({ keyMap: map, port, timer, pollMs: 500 });
  return { port, keypad, ticks };
}

for (const [format, map] of Object.entries(maps)) {
  keypadContract(`HID driver replaying ${format} reports`, async () => {
    const { port, keypad } = await connectedKeypad(map);
    return {
      keypad,
      press: async (key) => {
        port.lastHandle?.send(reportFor(map, key));
        port.lastHandle?.send(reportFor(map, undefined));
      },
      hold: async (key) => port.lastHandle?.send(reportFor(map, key)),
      unplug: async () => port.unplug('/dev/hidraw3'),
      plugIn: async () => {
        port.plugIn({ vendorId: map.vendorId, productId: map.productId, interface: 0 }, '/dev/hidraw3');
        await keypad.poll();
      },
      close: () => keypad.close(),
    };
  });
}

describe('HID keypad driver', () => {
  it.each(recordings.map((r) => [r.name, r] as const))('given the recording "%s", when replayed, then the events are as recorded', async (_name, recording) => {
    const { port, keypad } = await connectedKeypad(maps[recording.map]);
    const events: KeypadEvent[] = [];
    keypad.subscribe((event) => events.push(event));
    port.lastHandle?.replay(recording.steps);
    expect(events).toEqual(recording.expected);
    await keypad.close();
  });

  it("given no keypad at start, then health is failed 'keypad not present'; when it is plugged in, the next poll connects it", async () => {
    const map = maps['boot-keyboard'];
    const port = new FakeHidPort();
    const { timer, ticks } = manualTimer();
    const keypad = await HidKeypad.open({ keyMap: map, port, timer, pollMs: 250 });
    expect(keypad.health()).toEqual({ level: 'failed', reason: 'keypad not present' });
    expect(ticks.map((t) => t.ms)).toEqual([250]);
    const healthy = new Promise<KeypadEvent>((resolve) => keypad.subscribe(resolve));
    port.plugIn({ vendorId: map.vendorId, productId: map.productId, interface: 0 });
    ticks[0]?.tick();
    expect(await healthy).toEqual({ type: 'KEYPAD.HEALTH', health: { level: 'ok' } });
    await keypad.close();
    expect(ticks).toEqual([]);
  });

  it('given the keypad unplugged and polled while still absent, then health stays "keypad unplugged" and is reported once', async () => {
    const { port, keypad } = await connectedKeypad(maps['vendor-byte']);
    const events: KeypadEvent[] = [];
    keypad.subscribe((event) => events.push(event));
    port.unplug('/dev/hidraw3');
    await keypad.poll();
    await keypad.poll();
    expect(events).toEqual([{ type: 'KEYPAD.HEALTH', health: { level: 'failed', reason: 'keypad unplugged' } }]);
    expect(port.opened[0]?.isClosed).toBe(true);
    await keypad.close();
  });

  it('given other HID devices and other interfaces, then only the configured vendor, product, usage page and interface is opened', async () => {
    const map = mapOf({ ...bootKeyboardKeypadMap, usagePage: 1, interface: 1 });
    const port = new FakeHidPort();
    port.plugIn({ vendorId: 0x046d, productId: 0xc52b, interface: 0, usagePage: 1 }, '/dev/hidraw0');
    port.plugIn({ vendorId: map.vendorId, productId: map.productId, interface: 0, usagePage: 12 }, '/dev/hidraw1');
    port.plugIn({ vendorId: map.vendorId, productId: map.productId, interface: 1, usagePage: 1 }, '/dev/hidraw2');
    const keypad = await HidKeypad.open({ keyMap: map, port, timer: manualTimer().timer });
    expect(port.opened.map((h) => h.path)).toEqual(['/dev/hidraw2']);
    expect(keypad.health()).toEqual({ level: 'ok' });
    await keypad.close();
  });

  it('given the keypad cannot be opened (permissions), then health says so and a later poll retries', async () => {
    const map = maps['boot-keyboard'];
    const port = new FakeHidPort();
    port.plugIn({ vendorId: map.vendorId, productId: map.productId, interface: 0 });
    port.isOpenRefused = true;
    const keypad = await HidKeypad.open({ keyMap: map, port, timer: manualTimer().timer });
    expect(keypad.health()).toEqual({ level: 'failed', reason: 'keypad present but cannot be opened' });
    port.isOpenRefused = false;
    await keypad.poll();
    expect(keypad.health()).toEqual({ level: 'ok' });
    expect(keypad.diagnostics()).toMatchObject({ openFailures: 1, connects: 1 });
    await keypad.close();
  });

  it('given USB enumeration fails, then health says so', async () => {
    const port = new FakeHidPort();
    port.isEnumerationBroken = true;
    const keypad = await HidKeypad.open({ keyMap: maps['boot-keyboard'], port, timer: manualTimer().timer });
    expect(keypad.health()).toEqual({ level: 'failed', reason: 'USB HID enumeration failed' });
    await keypad.close();
  });

  it('given short and roll-over reports, then they are counted and change nothing; reports of another id are not counted', async () => {
    const { port, keypad } = await connectedKeypad(maps['boot-keyboard']);
    const events: KeypadEvent[] = [];
    keypad.subscribe((event) => events.push(event));
    port.lastHandle?.replay([{ data: '0000' }, { data: '0000010101010101' }]);
    expect(events).toEqual([]);
    expect(keypad.diagnostics().reportsRejected).toBe(2);
    await keypad.close();
    const vendor = await connectedKeypad(maps['vendor-byte']);
    vendor.port.lastHandle?.replay([{ data: '0710' }]);
    expect(vendor.keypad.diagnostics().reportsRejected).toBe(0);
    await vendor.keypad.close();
  });

  it('given the keypad is closed while a device is being opened, then the late handle is closed and nothing is reported', async () => {
    const map = maps['boot-keyboard'];
    const port = new FakeHidPort();
    port.plugIn({ vendorId: map.vendorId, productId: map.productId, interface: 0 });
    let letOpen: () => void = () => undefined;
    const slowPort = {
      devices: () => port.devices(),
      open: async (path: string) => {
        await new Promise<void>((resolve) => {
          letOpen = resolve;
        });
        return port.open(path);
      },
    };
    const keypad = new HidKeypad({ keyMap: map, port: slowPort });
    const events: KeypadEvent[] = [];
    keypad.subscribe((event) => events.push(event));
    const polling = keypad.poll();
    await keypad.close();
    letOpen();
    await polling;
    expect(port.lastHandle?.isClosed).toBe(true);
    expect(events).toEqual([]);
  });

  it('given the keypad is closed, then its handle is closed and polling stops', async () => {
    const { port, keypad, ticks } = await connectedKeypad(maps['boot-keyboard']);
    await keypad.close();
    expect(port.lastHandle?.isClosed).toBe(true);
    expect(ticks).toEqual([]);
    await keypad.poll();
    expect(port.opened).toHaveLength(1);
  });
});
