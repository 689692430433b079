// Each configured device as a health source: how its health is read and how a change is
// noticed (its own events, or a status request on the poll).
import type { A4Printer } from '../../hardware/a4-printer/contract';
import type { CardReader } from '../../hardware/card/contract';
import type { Keypad } from '../../hardware/keypad/contract';
import type { PaymentTerminal } from '../../hardware/payment/contract';
import type { ReceiptPrinter } from '../../hardware/printer/contract';
import type { CodeScanner } from '../../hardware/scanner/contract';
import type { HealthSource } from './health-roles';

export interface MonitoredDevices {
  readonly cardReader: CardReader;
  readonly printer: ReceiptPrinter;
  readonly payment: PaymentTerminal;
  readonly a4Printer?: A4Printer | undefined;
  readonly keypad?: Keypad | undefined;
  readonly scanner?: CodeScanner | undefined;
}

export function healthSourcesOf(devices: MonitoredDevices): HealthSource[] {
  const { cardReader, printer, payment, a4Printer, keypad, scanner } = devices;
  const sources: HealthSource[] = [
    { role: 'card-reader', health: () => cardReader.health(), subscribe: (changed) => cardReader.subscribe((e) => e.type === 'READER.HEALTH' && changed()) },
    { role: 'receipt-printer', health: () => printer.health(), poll: async () => void (await printer.status()) },
    { role: 'payment', health: () => payment.health() },
  ];
  if (a4Printer) sources.push({ role: 'a4-printer', health: () => a4Printer.health(), poll: async () => void (await a4Printer.status()) });
  if (keypad) sources.push({ role: 'keypad', health: () => keypad.health(), subscribe: (changed) => keypad.subscribe((e) => e.type === 'KEYPAD.HEALTH' && changed()) });
  if (scanner) sources.push({ role: 'scanner', health: () => scanner.health(), subscribe: (changed) => scanner.subscribe((e) => e.type === 'SCANNER.HEALTH' && changed()) });
  return sources;
}
