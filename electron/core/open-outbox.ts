// The outbox decides whether this kiosk may take money. A file newer than the code stops the
// start with a clear message; a corrupt one is moved aside (kept for technicians, path logged),
// a fresh outbox opens, and the rows still readable in the quarantined file are salvaged into it
// (paid rows then sync as before). Rows that could not be read keep payments stopped until a
// technician acknowledges them; a file that cannot be opened at all (permissions) stops them too.
import type { Logger } from '../log/logger';
import { quarantineOutbox } from '../outbox/open-database';
import { tryOpenOutbox, type Outbox } from '../outbox/outbox';
import { salvageQuarantined, type SalvageGate } from '../outbox/salvage-quarantined';
import { describeOutboxOpenError } from '../outbox/types';
import type { FieldCipher } from '../secrets/field-cipher';

export interface OpenedOutbox {
  readonly outbox: Outbox | undefined;
  /** Present with the outbox: whether salvaged files still hold payments back. */
  readonly salvage: SalvageGate | undefined;
}

export function openOutboxOrStopPayments(path: string, options: { now: () => Date; logger: Logger; fieldCipher?: FieldCipher }): OpenedOutbox {
  const outbox = openOrQuarantine(path, options);
  return { outbox, salvage: outbox ? salvageQuarantined(path, outbox, options) : undefined };
}

function openOrQuarantine(path: string, options: { now: () => Date; logger: Logger; fieldCipher?: FieldCipher }): Outbox | undefined {
  const opened = tryOpenOutbox(path, options);
  if (opened.ok) return opened.value;
  const error = opened.error;
  switch (error.kind) {
    case 'newer-schema':
      throw new Error(`${describeOutboxOpenError(error)}: install the newer kiosk version or restore a matching database`);
    case 'unreadable':
      options.logger.log('outbox.quarantined', { kind: error.kind, detail: error.detail, keptAt: path });
      return undefined;
    case 'corrupt': {
      const aside = quarantineOutbox(path, options.now());
      options.logger.log('outbox.quarantined', { kind: error.kind, detail: error.detail, keptAt: aside });
      // a fresh file in its place; if even that fails (a dying disk), payments stay stopped
      const fresh = tryOpenOutbox(path, options);
      if (fresh.ok) return fresh.value;
      options.logger.log('outbox.quarantined', { kind: fresh.error.kind, detail: describeOutboxOpenError(fresh.error), keptAt: path });
      return undefined;
    }
  }
}
