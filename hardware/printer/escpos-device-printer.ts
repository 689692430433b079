// Receipt printers on a local port: the USB printer class device file (/dev/usb/lp*) or a
// serial tty (/dev/ttyS*, /dev/ttyUSB*), both spoken to through a non-blocking fd.
import { DeviceFileTransport } from './device-file-transport';
import type { EscPosPrinterOptions } from './escpos-printer';
import { EscPosReceiptPrinter } from './escpos-printer';
import { SerialTransport } from './serial-transport';

export class EscPosDevicePrinter extends EscPosReceiptPrinter {
  constructor(path: string, options: EscPosPrinterOptions = {}) {
    super(new DeviceFileTransport(path), options);
  }
}

export class EscPosSerialPrinter extends EscPosReceiptPrinter {
  constructor(path: string, baudRate: number, options: EscPosPrinterOptions = {}) {
    super(new SerialTransport(path, baudRate), options);
  }
}
