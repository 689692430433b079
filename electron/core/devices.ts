// Picks each device's driver or simulator from config, once, here and nowhere else.
import { join } from 'node:path';
import type { CardReader } from '../../hardware/card/contract';
import { SimulatedCardReader } from '../../hardware/card/simulated-card-reader';
import type { ReceiptPrinter } from '../../hardware/printer/contract';
import { checkReceiptFonts, describeFontError } from '../../hardware/printer/receipt-fonts';
import { createReceiptEncoder } from '../../hardware/printer/receipt-job';
import { SimulatedReceiptPrinter } from '../../hardware/printer/simulated-receipt-printer';
import type { PaymentTerminal } from '../../hardware/payment/contract';
import { SimulatedPaymentTerminal } from '../../hardware/payment/simulated-payment-terminal';
import type { DeviceRole } from '../../state-machines/services/definition';
import { cardTrustFor } from '../config/card-trust';
import type { KioskConfig } from '../config/schema';
import type { Logger } from '../log/logger';
import { createOptionalDevices, type OptionalDevices } from './optional-devices';

export interface KioskDevices extends Omit<OptionalDevices, 'simulators'> {
  readonly cardReader: CardReader;
  readonly printer: ReceiptPrinter;
  readonly payment: PaymentTerminal;
  /** Handles for the dev panel and tests, present only for simulated devices. */
  readonly simulators: OptionalDevices['simulators'] & {
    readonly cardReader?: SimulatedCardReader;
    readonly printer?: SimulatedReceiptPrinter;
    readonly payment?: SimulatedPaymentTerminal;
  };
  /** Roles whose device reports `failed` right now. */
  failedRoles(): DeviceRole[];
  close(): Promise<void>;
}

/** `localesDir`: where the languages' folders and fonts are (tests add a language there). */
export async function createDevices(config: KioskConfig, context: { dataDir: string; logger: Logger; localesDir?: string }): Promise<KioskDevices> {
  const simulators: { cardReader?: SimulatedCardReader; printer?: SimulatedReceiptPrinter; payment?: SimulatedPaymentTerminal } = {};

  const cardConfig = config.devices.cardReader;
  let cardReader: CardReader;
  if (cardConfig.kind === 'simulated') {
    cardReader = simulators.cardReader = new SimulatedCardReader({ trust: cardTrustFor(config) });
  } else {
    const { PcscCardReader } = await import('../../hardware/card/pcsc-card-reader');
    cardReader = new PcscCardReader({ readerName: cardConfig.readerName, commandTimeoutMs: cardConfig.commandTimeoutMs, trust: cardTrustFor(config) });
  }

  // A missing font fails the start with the locale named, not the first receipt in that language.
  const fonts = context.localesDir ? checkReceiptFonts(config.languages, join(context.localesDir, 'fonts'), context.localesDir) : checkReceiptFonts(config.languages);
  if (!fonts.ok) throw new Error(describeFontError(fonts.error));
  const encode = createReceiptEncoder({ fonts: fonts.value, settings: config.devices.receiptSettings, isRasterOnly: config.devices.receiptSettings.codePage === 'none' });
  const printerConfig = config.devices.receiptPrinter;
  let printer: ReceiptPrinter;
  if (printerConfig.kind === 'simulated') {
    printer = simulators.printer = new SimulatedReceiptPrinter({ jobsDir: join(context.dataDir, 'receipts'), encode });
  } else {
    const { createEscposPrinter } = await import('../../hardware/printer/create-escpos-printer');
    printer = createEscposPrinter(printerConfig, { encode });
  }

  const payment = (simulators.payment = new SimulatedPaymentTerminal({
    latencyMs: config.devices.payment.latencyMs,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    journalPath: join(context.dataDir, 'payment-journal.json'),
  }));
  const optional = await createOptionalDevices(config.devices);
  context.logger.log('device.health', { device: 'all', cardReader: cardConfig.kind, printer: printerConfig.kind, payment: 'simulated' });

  return {
    cardReader,
    printer,
    payment,
    a4Printer: optional.a4Printer,
    keypad: optional.keypad,
    scanner: optional.scanner,
    simulators: { ...simulators, ...optional.simulators },
    failedRoles() {
      const roles: DeviceRole[] = [];
      if (cardReader.health().level === 'failed') roles.push('card-reader');
      if (printer.health().level === 'failed') roles.push('receipt-printer');
      if (payment.health().level === 'failed') roles.push('payment');
      if (optional.a4Printer?.health().level === 'failed') roles.push('a4-printer');
      if (optional.scanner?.health().level === 'failed') roles.push('scanner');
      return roles;
    },
    async close() {
      await cardReader.close();
      await printer.close();
      await optional.keypad?.close();
      await optional.scanner?.close();
    },
  };
}
