// The roles a kiosk may go without: A4 printer, tactile keypad, code scanner. Chosen from
// config here, once, like the others (a real driver or a simulator, or nothing at all).
import type { A4Printer } from '../../hardware/a4-printer/contract';
import { SimulatedA4Printer } from '../../hardware/a4-printer/simulated-a4-printer';
import type { Keypad } from '../../hardware/keypad/contract';
import { SimulatedKeypad } from '../../hardware/keypad/simulated-keypad';
import type { CodeScanner } from '../../hardware/scanner/contract';
import { SimulatedCodeScanner } from '../../hardware/scanner/simulated-scanner';
import type { DevicesConfig } from '../config/schema';

export interface OptionalDevices {
  readonly a4Printer: A4Printer | undefined;
  readonly keypad: Keypad | undefined;
  readonly scanner: CodeScanner | undefined;
  readonly simulators: { readonly a4Printer?: SimulatedA4Printer; readonly keypad?: SimulatedKeypad; readonly scanner?: SimulatedCodeScanner };
}

export async function createOptionalDevices(devices: DevicesConfig): Promise<OptionalDevices> {
  const simulators: { a4Printer?: SimulatedA4Printer; keypad?: SimulatedKeypad; scanner?: SimulatedCodeScanner } = {};

  let a4Printer: A4Printer | undefined;
  const a4 = devices.a4Printer;
  if (a4.kind === 'simulated') a4Printer = simulators.a4Printer = new SimulatedA4Printer();
  else if (a4.kind === 'ipp') {
    const { IppA4Printer } = await import('../../hardware/a4-printer/ipp-a4-printer');
    a4Printer = new IppA4Printer({ printerUri: a4.printerUri });
  }

  let keypad: Keypad | undefined;
  const pad = devices.keypad;
  if (pad.kind === 'simulated') keypad = simulators.keypad = new SimulatedKeypad();
  else if (pad.kind === 'hid') {
    // loaded only when configured: a kiosk without a keypad never loads node-hid's binding
    const { HidKeypad } = await import('../../hardware/keypad/hid-keypad');
    keypad = await HidKeypad.open({ keyMap: pad.keyMap, pollMs: pad.pollMs });
  }

  let scanner: CodeScanner | undefined;
  const scan = devices.scanner;
  if (scan.kind === 'simulated') scanner = simulators.scanner = new SimulatedCodeScanner();
  else if (scan.kind === 'serial') {
    const { SerialCodeScanner } = await import('../../hardware/scanner/serial-scanner');
    scanner = await SerialCodeScanner.open({ path: scan.path, ...(scan.baud === undefined ? {} : { baud: scan.baud }) });
  }

  return { a4Printer, keypad, scanner, simulators };
}
