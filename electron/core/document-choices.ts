// The kiosk's side of reprint and post choices, opened once by the composition root: the
// choice file in the data folder (its own fsynced SQLite), the signed client for the central,
// and the pass that sends what is still queued, run after every sync pass.
import { join } from 'node:path';
import type { DocumentChoiceClient } from '../central-client/document-choice-client';
import { createDocumentChoiceClient } from '../central-client/document-choice-client';
import type { KioskSecret } from '../central-client/http-call';
import { openDocumentChoiceStore, type DocumentChoiceStore } from '../documents/document-choice-store';
import { sendQueuedChoices, standingIn } from '../documents/send-document-choices';
import { sendQueuedReprintReports } from '../documents/send-reprint-reports';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';

export interface DocumentChoices {
  /** Undefined when the file cannot be used: choices then go straight to the central, once. */
  readonly store: DocumentChoiceStore | undefined;
  readonly client: DocumentChoiceClient;
  /** Sends what is still queued, choices and reprint reports (after a sync pass, when the transactions have reached the central). */
  sendQueued(): Promise<void>;
  close(): void;
}

export interface DocumentChoiceOptions {
  readonly dataDir: string;
  readonly central: { readonly baseUrl: string; readonly kioskId: string; readonly timeoutMs: number; readonly fetchImpl: typeof fetch; readonly secret: KioskSecret };
  readonly outbox: Outbox | undefined;
  readonly logger: Logger;
}

export function openDocumentChoices(options: DocumentChoiceOptions): DocumentChoices {
  const opened = openDocumentChoiceStore(join(options.dataDir, 'document-choices.sqlite'));
  if (!opened.ok) options.logger.log('document.choice', { outcome: 'store-unusable', kind: opened.error.detail, path: opened.error.path });
  const store = opened.ok ? opened.value : undefined;
  const client = createDocumentChoiceClient(options.central);
  return {
    store,
    client,
    async sendQueued() {
      if (!store) return;
      await sendQueuedChoices({ store, client, standingOf: (key) => standingIn(options.outbox, key), logger: options.logger });
      await sendQueuedReprintReports({ store, client, logger: options.logger });
    },
    close: () => store?.close(),
  };
}
