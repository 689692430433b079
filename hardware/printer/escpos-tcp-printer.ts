// The network receipt printer: ESC/POS on raw TCP port 9100.
import type { EscPosPrinterOptions } from './escpos-printer';
import { EscPosReceiptPrinter } from './escpos-printer';
import { TcpTransport } from './tcp-transport';

export interface EscPosTcpPrinterOptions extends EscPosPrinterOptions {
  readonly host?: string;
  readonly port?: number;
}

export class EscPosTcpPrinter extends EscPosReceiptPrinter {
  constructor(options: EscPosTcpPrinterOptions = {}) {
    super(new TcpTransport({ host: options.host ?? '127.0.0.1', port: options.port ?? 9100 }), options);
  }
}
