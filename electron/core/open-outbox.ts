// The outbox decides whether this kiosk may take money. A file newer than the code stops the
// start with a clear message; a corrupt or unreadable one is moved aside (kept for
// technicians, path logged) and the kiosk runs without payments rather than risk losing one.
import type { Logger } from '../log/logger';
import { quarantineOutbox } from '../outbox/open-database';
import { tryOpenOutbox, type Outbox } from '../outbox/outbox';
import { describeOutboxOpenError } from '../outbox/types';
import type { FieldCipher } from '../secrets/field-cipher';

export function openOutboxOrStopPayments(path: string, options: { now: () => Date; logger: Logger; fieldCipher?: FieldCipher }): Outbox | undefined {
  const opened = tryOpenOutbox(path, options);
  if (opened.ok) return opened.value;
  const error = opened.error;
  switch (error.kind) {
    case 'newer-schema':
      throw new Error(`${describeOutboxOpenError(error)}: install the newer kiosk version or restore a matching database`);
    case 'corrupt':
    case 'unreadable': {
      const aside = error.kind === 'corrupt' ? quarantineOutbox(path, options.now()) : path;
      options.logger.log('outbox.quarantined', { kind: error.kind, detail: error.detail, keptAt: aside });
      return undefined;
    }
  }
}
