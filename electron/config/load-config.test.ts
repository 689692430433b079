import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config';

describe('kiosk config', () => {
  it('given nothing, yields the embedded defaults that run on simulators', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.devices.cardReader.kind).toBe('simulated');
    expect(result.value.central.url).toBe('embedded');
    expect(result.value.languages[0]).toBe('ar');
  });

  it('given a bad nested value, names the field at fault', () => {
    const result = parseConfig({ timeouts: { idleMs: 10 } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', field: 'timeouts.idleMs' } });
  });

  it('given an unknown key, names it', () => {
    const result = parseConfig({ kioskID: 'X' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', field: 'kioskID' } });
  });

  it('given a device kind that does not exist, names the device field', () => {
    const result = parseConfig({ devices: { receiptPrinter: { kind: 'laser' } } });
    expect(result).toMatchObject({ ok: false, error: { field: 'devices.receiptPrinter.kind' } });
  });
});

describe('kiosk config: shell and updates', () => {
  it('given nothing, locks the window down and keeps updates off', () => {
    const result = parseConfig({});
    expect(result).toMatchObject({ ok: true, value: { shell: { isKiosk: true, devTools: false, rendererHangMs: 15_000 }, updates: { checkIntervalMs: 3_600_000 } } });
    if (result.ok) expect(result.value.updates.url).toBeUndefined();
  });

  it('given a hang threshold below three seconds, names the field', () => {
    const result = parseConfig({ shell: { rendererHangMs: 500 } });
    expect(result).toMatchObject({ ok: false, error: { field: 'shell.rendererHangMs' } });
  });

  it('given an update server without a public key, refuses it', () => {
    const result = parseConfig({ updates: { url: 'https://updates.example.gov/kiosk' } });
    expect(result).toMatchObject({ ok: false, error: { field: 'updates.publicKeyPem' } });
  });

  it('given an update server that is not http(s), refuses it', () => {
    const result = parseConfig({ updates: { url: 'file:///tmp/evil', publicKeyPem: 'x' } });
    expect(result).toMatchObject({ ok: false, error: { field: 'updates.url' } });
  });
});

describe('kiosk config: logs', () => {
  it('given nothing, caps the file log at six files of 5 MB', () => {
    expect(parseConfig({})).toMatchObject({ ok: true, value: { logs: { level: 'info', maxBytes: 5_000_000, maxFiles: 5 } } });
  });

  it('given no older file to keep, names the field', () => {
    expect(parseConfig({ logs: { maxFiles: 0 } })).toMatchObject({ ok: false, error: { field: 'logs.maxFiles' } });
  });
});

describe('kiosk config: device roles, health and maintenance', () => {
  it('given nothing, then the optional roles are off, Latin receipts use WPC1252, and the printer is polled every 5 s', () => {
    expect(parseConfig({})).toMatchObject({
      ok: true,
      value: {
        devices: { a4Printer: { kind: 'none' }, keypad: { kind: 'none' }, scanner: { kind: 'none' }, receiptSettings: { codePage: 'wpc1252' } },
        health: { printerPollMs: 5_000, heartbeatMs: 30_000 },
        maintenance: { tcpPrinterProbes: [{ host: '127.0.0.1', port: 9100 }] },
      },
    });
  });

  it('given a HID keypad whose key map maps one code twice, then the key map field is named', () => {
    const keyMap = { vendorId: 0x1234, productId: 1, report: { format: 'boot-keyboard' }, keys: [{ code: 0x1e, key: '1' }, { code: 0x1e, key: '2' }] };
    expect(parseConfig({ devices: { keypad: { kind: 'hid', keyMap } } })).toMatchObject({ ok: false, error: { field: 'devices.keypad.keyMap.keys.1.code' } });
  });

  it('given an A4 queue that is not an IPP address, then it is refused', () => {
    expect(parseConfig({ devices: { a4Printer: { kind: 'ipp', printerUri: 'http://x/printers/a4' } } })).toMatchObject({ ok: false, error: { field: 'devices.a4Printer.printerUri' } });
  });
});
