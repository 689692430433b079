// Builds the real ESC/POS driver for the kiosk config's printer entry (the composition root
// picks this or the simulator, once).
import type { EscPosPrinterOptions } from './escpos-printer';
import { EscPosReceiptPrinter } from './escpos-printer';
import { EscPosDevicePrinter, EscPosSerialPrinter } from './escpos-device-printer';
import { EscPosTcpPrinter } from './escpos-tcp-printer';

/** The non-simulated members of the config's receiptPrinter union (electron/config/schema.ts). */
export type EscPosPrinterConfig =
  | { readonly kind: 'escpos-tcp'; readonly host: string; readonly port: number }
  | { readonly kind: 'escpos-device'; readonly path: string }
  | { readonly kind: 'escpos-serial'; readonly path: string; readonly baudRate: number };

export function createEscposPrinter(config: EscPosPrinterConfig, options: EscPosPrinterOptions = {}): EscPosReceiptPrinter {
  switch (config.kind) {
    case 'escpos-tcp':
      return new EscPosTcpPrinter({ ...options, host: config.host, port: config.port });
    case 'escpos-device':
      return new EscPosDevicePrinter(config.path, options);
    case 'escpos-serial':
      return new EscPosSerialPrinter(config.path, config.baudRate, {
        ...options,
        // 8 bits + start/stop per byte: a 70 KB raster at 19200 baud needs ~37 s on the wire.
        timeouts: { writeMs: Math.max(60_000, Math.ceil(((200_000 * 10) / config.baudRate) * 1000)), ...options.timeouts },
      });
  }
}
