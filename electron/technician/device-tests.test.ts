import { describe, expect, it } from 'vitest';
import { SimulatedCardReader } from '../../hardware/card/simulated-card-reader';
import { SimulatedKeypad } from '../../hardware/keypad/simulated-keypad';
import { SimulatedPaymentTerminal } from '../../hardware/payment/simulated-payment-terminal';
import { SimulatedReceiptPrinter } from '../../hardware/printer/simulated-receipt-printer';
import { ok } from '../../hardware/result';
import { SimulatedCodeScanner } from '../../hardware/scanner/simulated-scanner';
import type { DeviceDraft, DeviceOption } from '../../state-machines/technician/technician-types';
import { parseConfig } from '../config/load-config';
import type { KioskDevices } from '../core/devices';
import { testDevice, type DeviceTestDeps } from './device-tests';

function setUp(overrides: Partial<DeviceTestDeps> = {}) {
  const cardReader = new SimulatedCardReader();
  const printer = new SimulatedReceiptPrinter();
  const keypad = new SimulatedKeypad();
  const scanner = new SimulatedCodeScanner();
  const payment = new SimulatedPaymentTerminal({ latencyMs: 0, wait: async () => undefined });
  const config = parseConfig({ devices: { keypad: { kind: 'simulated' }, scanner: { kind: 'simulated' } } });
  if (!config.ok) throw new Error('config');
  const devices = { cardReader, printer, payment, keypad, scanner, a4Printer: undefined, simulators: { cardReader, printer, keypad, scanner, payment }, failedRoles: () => [], close: async () => undefined, countedPrinter: printer } as unknown as KioskDevices & { countedPrinter: SimulatedReceiptPrinter };
  const deps: DeviceTestDeps = { devices, running: config.value.devices, encoderFor: () => () => new Uint8Array(), kioskId: 'KIOSK-T-01', now: () => new Date('2026-11-25T08:00:00Z'), waitMs: 2_000, atrWaitMs: 500, ...overrides };
  return { cardReader, printer, keypad, scanner, deps };
}

const simulated: DeviceOption = { label: 'Simulated', via: 'via.simulated', config: { kind: 'simulated' } };
const draft: DeviceDraft = { assignments: {} as DeviceDraft['assignments'], receiptSettings: { paperWidthDots: 576, codePage: 'wpc1252' } };

describe('testing a device from technician mode', () => {
  it('given a card in the simulated reader, then the test reads its ATR; without one, it says there is no card', async () => {
    const t = setUp();
    expect(await testDevice('card-reader', simulated, draft, t.deps)).toEqual({ outcome: 'failed', detail: { key: 'test.no-card', values: {} } });
    t.cardReader.insertCard('technician');
    expect(await testDevice('card-reader', simulated, draft, t.deps)).toEqual({ outcome: 'passed', detail: { key: 'test.atr', values: { atr: '3B 80 80 01 01' } } });
  });

  it('given a PC/SC reader with a card, then the ATR comes from the reader status (no connection)', async () => {
    const t = setUp({ readAtr: async (name) => ok({ kind: 'atr' as const, atr: '3B 80 80 01 01', readerName: name ?? 'Virtual PCD 00 00' }) });
    const pcsc: DeviceOption = { label: 'Virtual PCD 00 00', via: 'via.pcsc', config: { kind: 'pcsc', readerName: 'Virtual PCD 00 00' } };
    expect(await testDevice('card-reader', pcsc, draft, t.deps)).toMatchObject({ outcome: 'passed', detail: { values: { atr: '3B 80 80 01 01' } } });
  });

  it('given the running printer out of paper, then the test receipt is refused with the reason; with paper it prints', async () => {
    const t = setUp();
    t.printer.setStatus({ kind: 'paper-out' });
    expect(await testDevice('receipt-printer', simulated, draft, t.deps)).toEqual({ outcome: 'failed', detail: { key: 'test.print-failed', values: { kind: 'paper-out' } } });
    t.printer.setStatus({ kind: 'ready' });
    expect(await testDevice('receipt-printer', simulated, draft, t.deps)).toMatchObject({ outcome: 'passed', detail: { key: 'test.printed' } });
    expect(t.printer.jobs[0]?.document.subtitle).toBe('Printer test');
  });

  it('given the keypad test, when a key is pressed, then the key is named; when none is, it times out', async () => {
    const t = setUp({ waitMs: 50 });
    const pressed = testDevice('keypad', simulated, draft, { ...t.deps, waitMs: 2_000 });
    t.keypad.press('5');
    expect(await pressed).toEqual({ outcome: 'passed', detail: { key: 'test.key', values: { key: '5' } } });
    expect(await testDevice('keypad', simulated, draft, t.deps)).toEqual({ outcome: 'failed', detail: { key: 'test.timeout', values: {} } });
  });

  it('given the scanner test, when a code is scanned, then only its length is reported', async () => {
    const t = setUp();
    const scanned = testDevice('scanner', simulated, draft, t.deps);
    t.scanner.scan('MOI-DOC:28412345678:ABCD');
    const result = await scanned;
    expect(result).toEqual({ outcome: 'passed', detail: { key: 'test.scanned', values: { length: 24 } } });
    expect(JSON.stringify(result)).not.toContain('28412345678');
  });

  it('given a role set to none, then there is nothing to test', async () => {
    const t = setUp();
    expect(await testDevice('scanner', { label: '—', via: 'via.none', config: { kind: 'none' } }, draft, t.deps)).toEqual({ outcome: 'failed', detail: { key: 'test.none', values: {} } });
  });
});
