// One test per role, on the device the draft names (which may not be the one running):
// read a card's ATR, print a test receipt, ask the A4 queue, check the terminal, wait for a
// key press or a scanned code. Expected failures come back as a failed result with a reason.
import { cardAtr } from '../../hardware/card/id-card-profile';
import type { Keypad } from '../../hardware/keypad/contract';
import type { CodeScanner } from '../../hardware/scanner/contract';
import type { ReceiptPrinter } from '../../hardware/printer/contract';
import type { ReceiptEncoder } from '../../hardware/printer/receipt-job';
import type { DeviceDraft, DeviceOption, DeviceTestResult, TechRole } from '../../state-machines/technician/technician-types';
import type { DevicesConfig } from '../config/schema';
import type { KioskDevices } from '../core/devices';
import { configKeyOf, isSameDevice } from './device-options';
import { hexSpaced, readPcscAtr } from './discovery/pcsc-discovery';
import { testReceipt } from './test-receipt';
import { waitForEvent } from './wait-for-event';

export interface DeviceTestDeps {
  /** What the kiosk runs now, and the printer as the session uses it (counting paper). */
  readonly devices: KioskDevices & { readonly countedPrinter: ReceiptPrinter };
  readonly running: DevicesConfig;
  readonly encoderFor: (settings: DeviceDraft['receiptSettings']) => ReceiptEncoder;
  readonly kioskId: string;
  readonly now: () => Date;
  readonly waitMs: number;
  readonly atrWaitMs: number;
  readonly readAtr?: typeof readPcscAtr;
}

const passed = (key: string, values: Record<string, string | number> = {}): DeviceTestResult => ({ outcome: 'passed', detail: { key, values } });
const failed = (key: string, values: Record<string, string | number> = {}): DeviceTestResult => ({ outcome: 'failed', detail: { key, values } });

export async function testDevice(role: TechRole, option: DeviceOption, draft: DeviceDraft, deps: DeviceTestDeps): Promise<DeviceTestResult> {
  const config = option.config as { kind: string } & Record<string, unknown>;
  if (config.kind === 'none') return failed('test.none');
  const isRunning = isSameDevice(option, { config: deps.running[configKeyOf[role]] });
  switch (role) {
    case 'card-reader':
      return testCardReader(config, deps);
    case 'receipt-printer':
      return testReceiptPrinter(config, isRunning, draft, deps);
    case 'a4-printer':
      return testA4Printer(config, isRunning, deps);
    case 'payment': {
      const health = deps.devices.payment.health();
      return health.level === 'failed' ? failed('test.payment-failed', { reason: health.reason }) : passed('test.payment-ok');
    }
    case 'keypad':
      return withKeypad(config, isRunning, deps, async (keypad) => {
        const key = await waitForEvent(keypad, (e) => (e.type === 'KEYPAD.PRESSED' ? e.key : undefined), deps.waitMs);
        // a key name, never a sequence: a PIN could be typed on this keypad
        return key === undefined ? failed('test.timeout') : passed('test.key', { key });
      });
    case 'scanner':
      return withScanner(config, isRunning, deps, async (scanner) => {
        const length = await waitForEvent(scanner, (e) => (e.type === 'CODE.SCANNED' ? e.text.length : undefined), deps.waitMs);
        // the length only: a code can carry a document number
        return length === undefined ? failed('test.timeout') : passed('test.scanned', { length });
      });
  }
}

async function testCardReader(config: Record<string, unknown>, deps: DeviceTestDeps): Promise<DeviceTestResult> {
  if (config.kind === 'simulated') {
    const simulator = deps.devices.simulators.cardReader;
    return simulator?.isCardPresent ? passed('test.atr', { atr: hexSpaced(cardAtr) }) : failed('test.no-card');
  }
  const readerName = typeof config.readerName === 'string' ? config.readerName : undefined;
  const answer = await (deps.readAtr ?? readPcscAtr)(readerName, deps.atrWaitMs);
  if (!answer.ok || answer.value.kind === 'no-reader') return failed('test.reader-unavailable');
  return answer.value.kind === 'atr' ? passed('test.atr', { atr: answer.value.atr }) : failed('test.no-card');
}

async function testReceiptPrinter(config: Record<string, unknown>, isRunning: boolean, draft: DeviceDraft, deps: DeviceTestDeps): Promise<DeviceTestResult> {
  const document = testReceipt(deps.kioskId, deps.now(), draft.receiptSettings);
  let printer: ReceiptPrinter;
  let isTemporary = false;
  if (isRunning) printer = deps.devices.countedPrinter;
  else if (config.kind === 'simulated') return failed('test.none'); // no simulator runs to print on
  else {
    const { createEscposPrinter } = await import('../../hardware/printer/create-escpos-printer');
    // the draft's width and code page, so the test shows what the saved config will print
    printer = createEscposPrinter(config as Parameters<typeof createEscposPrinter>[0], { encode: deps.encoderFor(draft.receiptSettings) });
    isTemporary = true;
  }
  const printed = await printer.print(document);
  if (isTemporary) await printer.close();
  return printed.ok ? passed('test.printed', { bytes: printed.value.bytesSent }) : failed('test.print-failed', { kind: printed.error.kind });
}

async function testA4Printer(config: Record<string, unknown>, isRunning: boolean, deps: DeviceTestDeps): Promise<DeviceTestResult> {
  let status;
  if (isRunning && deps.devices.a4Printer) status = await deps.devices.a4Printer.status();
  else if (config.kind === 'ipp' && typeof config.printerUri === 'string') {
    const { IppA4Printer } = await import('../../hardware/a4-printer/ipp-a4-printer');
    status = await new IppA4Printer({ printerUri: config.printerUri, timeoutMs: deps.atrWaitMs }).status();
  } else return failed('test.none');
  const shown = status.kind === 'offline' ? `offline:${status.cause}` : status.kind;
  return status.kind === 'ready' ? passed('test.a4-status', { status: shown }) : failed('test.a4-status', { status: shown });
}

async function withKeypad(config: Record<string, unknown>, isRunning: boolean, deps: DeviceTestDeps, use: (keypad: Keypad) => Promise<DeviceTestResult>): Promise<DeviceTestResult> {
  if (isRunning && deps.devices.keypad) return use(deps.devices.keypad);
  if (config.kind !== 'hid') return failed('test.none');
  const { HidKeypad } = await import('../../hardware/keypad/hid-keypad');
  const keypad = await HidKeypad.open({ keyMap: (config as Extract<DevicesConfig['keypad'], { kind: 'hid' }>).keyMap, pollMs: 500 });
  try {
    return keypad.health().level === 'failed' ? failed('test.reader-unavailable') : await use(keypad);
  } finally {
    await keypad.close();
  }
}

async function withScanner(config: Record<string, unknown>, isRunning: boolean, deps: DeviceTestDeps, use: (scanner: CodeScanner) => Promise<DeviceTestResult>): Promise<DeviceTestResult> {
  if (isRunning && deps.devices.scanner) return use(deps.devices.scanner);
  if (config.kind !== 'serial' || typeof config.path !== 'string') return failed('test.none');
  const { SerialCodeScanner } = await import('../../hardware/scanner/serial-scanner');
  const scanner = await SerialCodeScanner.open({ path: config.path, ...(typeof config.baud === 'number' ? { baud: config.baud } : {}) });
  try {
    return await use(scanner);
  } finally {
    await scanner.close();
  }
}
