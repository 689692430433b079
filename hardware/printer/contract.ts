import type { DeviceHealth, Result } from '../result';
import type { ReceiptDocument } from './receipt';

export type PrinterStatus =
  | { readonly kind: 'ready' }
  | { readonly kind: 'paper-near-end' }
  | { readonly kind: 'paper-out' }
  | { readonly kind: 'cover-open' }
  | { readonly kind: 'jam' }
  | { readonly kind: 'offline' };

export type PrintError =
  | { readonly kind: 'paper-out' }
  | { readonly kind: 'cover-open' }
  | { readonly kind: 'jam' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'timeout' };

export interface PrintJobDone {
  readonly bytesSent: number;
}

/** The receipt printer role. ESC/POS over TCP / device file / serial, or the simulator. */
export interface ReceiptPrinter {
  /** Real-time status (DLE EOT), asked before money is taken and before each job. */
  status(): Promise<PrinterStatus>;
  print(receipt: ReceiptDocument): Promise<Result<PrintJobDone, PrintError>>;
  health(): DeviceHealth;
  close(): Promise<void>;
}

/** Whether a status lets a job start (paper near end still prints). */
export function canPrint(status: PrinterStatus): boolean {
  return status.kind === 'ready' || status.kind === 'paper-near-end';
}
