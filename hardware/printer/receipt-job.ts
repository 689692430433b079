// The one path from a ReceiptDocument to printer bytes, shared by the simulator and every
// real transport, so what the simulator captures is what a printer would receive.
import type { ReceiptDocument } from './receipt';
import { encodeTextReceipt } from './escpos-encoder';
import type { PrintSettings } from './print-settings';
import { defaultPrintSettings, textColumns } from './print-settings';
import { textReceiptOf } from './receipt-text-document';

export type ReceiptEncoder = (doc: ReceiptDocument) => Uint8Array;

export function createReceiptEncoder(settings: PrintSettings = defaultPrintSettings): ReceiptEncoder {
  return (doc) => encodeTextReceipt(textReceiptOf(doc, textColumns(settings.paperWidthDots)), settings);
}
