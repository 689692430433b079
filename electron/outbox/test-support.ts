// Shared by the outbox's own tests and by the sync worker's: a throwaway folder and a row.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewTransaction } from './types';

export function tempOutboxPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'outbox-')), 'outbox.sqlite');
}

export function sampleTransaction(overrides: Partial<NewTransaction> = {}): NewTransaction {
  return {
    serviceId: 'traffic-fines',
    holderId: '28412345678',
    subjectId: '28412345678',
    quoteId: 'q-1',
    quoteVersion: 1,
    amountMinor: 50000,
    currency: 'QAR',
    payload: { itemIds: ['v-1'] },
    ...overrides,
  };
}
