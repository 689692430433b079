// The readiness report (as VotingWorks prints after hardware self-tests): every configured
// device asked for its status and tested where no person is needed, printed on the receipt
// printer and saved to <dataDir>/reports as JSON and text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canPrint, type ReceiptPrinter } from '../../hardware/printer/contract';
import { healthOfStatus } from '../../hardware/printer/printer-status-policy';
import { healthOfA4 } from '../../hardware/a4-printer/contract';
import type { DeviceHealth } from '../../hardware/result';
import type { HealthLevel, ReadinessReport, TechRole, TechText } from '../../state-machines/technician/technician-types';
import type { KioskDevices } from '../core/devices';
import type { readPcscAtr } from './discovery/pcsc-discovery';
import { hexSpaced } from './discovery/pcsc-discovery';
import { cardAtr } from '../../hardware/card/id-card-profile';
import { readinessReceipt } from './test-receipt';

export interface ReadinessDeps {
  readonly devices: KioskDevices & { readonly countedPrinter: ReceiptPrinter };
  readonly cardReaderName: string | undefined;
  readonly isCardReaderPcsc: boolean;
  readonly readAtr: typeof readPcscAtr;
  readonly atrWaitMs: number;
  readonly kioskId: string;
  readonly reportsDir: string;
  readonly now: () => Date;
}

interface Check {
  readonly role: TechRole;
  readonly level: HealthLevel;
  readonly detail: TechText;
  readonly words: string;
}

const reasonOf = (health: DeviceHealth) => ('reason' in health ? health.reason : 'ok');
const fromHealth = (role: TechRole, health: DeviceHealth): Check => ({ role, level: health.level, detail: { key: 'check.status', values: { status: reasonOf(health) } }, words: reasonOf(health) });

async function checkCardReader(deps: ReadinessDeps): Promise<Check> {
  const health = deps.devices.cardReader.health();
  if (health.level === 'failed') return fromHealth('card-reader', health);
  // the ATR when a card is in (the technician's own, usually): proof the reader reads
  if (!deps.isCardReaderPcsc) {
    const hasCard = deps.devices.simulators.cardReader?.isCardPresent ?? false;
    return hasCard ? { role: 'card-reader', level: 'ok', detail: { key: 'test.atr', values: { atr: hexSpaced(cardAtr) } }, words: `ATR ${hexSpaced(cardAtr)}` } : fromHealth('card-reader', health);
  }
  const answer = await deps.readAtr(deps.cardReaderName, deps.atrWaitMs);
  if (answer.ok && answer.value.kind === 'atr') return { role: 'card-reader', level: health.level, detail: { key: 'test.atr', values: { atr: answer.value.atr } }, words: `ATR ${answer.value.atr}` };
  return fromHealth('card-reader', health);
}

export async function runReadiness(deps: ReadinessDeps): Promise<ReadinessReport> {
  const at = deps.now();
  const { devices } = deps;
  const printerStatus = await devices.countedPrinter.status();
  const checks: Check[] = [await checkCardReader(deps), { ...fromHealth('receipt-printer', healthOfStatus(printerStatus)), detail: { key: 'check.status', values: { status: printerStatus.kind } }, words: printerStatus.kind }];
  if (devices.a4Printer) checks.push(fromHealth('a4-printer', healthOfA4(await devices.a4Printer.status())));
  checks.push(fromHealth('payment', devices.payment.health()));
  if (devices.keypad) checks.push(fromHealth('keypad', devices.keypad.health()));
  if (devices.scanner) checks.push(fromHealth('scanner', devices.scanner.health()));

  const document = readinessReceipt(deps.kioskId, at, checks.map((c) => ({ role: c.role, level: c.level, detail: c.words === 'ok' ? '' : c.words })));
  const printed = canPrint(printerStatus) ? await devices.countedPrinter.print(document) : undefined;
  const isPrinted = printed?.ok ?? false;

  mkdirSync(deps.reportsDir, { recursive: true });
  const name = `readiness-${at.toISOString().replace(/[:.]/g, '-')}`;
  const savedAs = join(deps.reportsDir, `${name}.json`);
  const report: ReadinessReport = { at: at.toISOString(), checks: checks.map(({ role, level, detail }) => ({ role, level, detail })), isPrinted, savedAs };
  writeFileSync(savedAs, `${JSON.stringify({ kioskId: deps.kioskId, ...report }, null, 2)}\n`);
  writeFileSync(join(deps.reportsDir, `${name}.txt`), [document.subtitle, document.kioskId, document.issuedAt, document.reference, ...document.rows.map((r) => `${r.label}: ${r.value}`), `printed: ${isPrinted}`].join('\n') + '\n');
  return report;
}
