// Delivers the choices people made for kept documents to the central, from the kiosk's own
// durable record: right after the choice, and again after every sync pass until the central
// has it. A choice waits for its transaction to be synced (the central finds the document
// from it); a transaction that went dead is refunded instead, so its choice is dropped.
import type { DocumentChoiceClient } from '../central-client/document-choice-client';
import type { DocumentChoiceResponse } from '../central-client/document-choice-wire';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import type { DocumentChoiceStore, StoredChoice } from './document-choice-store';

/** Where the paid transaction stands in the outbox: the central must have it before the choice. */
export type TransactionStanding = 'synced' | 'not-yet' | 'dead';

/** From the outbox: a row that is gone was purged after it synced (only synced rows are purged). */
export function standingIn(outbox: Outbox | undefined, key: string): TransactionStanding {
  const row = outbox?.get(key);
  if (!row || row.state === 'synced') return 'synced';
  return row.state === 'dead' ? 'dead' : 'not-yet';
}

export interface ChoiceSending {
  readonly store: DocumentChoiceStore;
  /** Undefined before enrolment: choices wait. */
  readonly client: DocumentChoiceClient | undefined;
  readonly standingOf: (key: string) => TransactionStanding;
  readonly logger: Logger;
}

export type SendOutcome = { readonly kind: 'sent'; readonly answer: DocumentChoiceResponse } | { readonly kind: 'queued'; readonly why: string } | { readonly kind: 'refused'; readonly reason: string };

/** 409 / 429: busy; 404: the central has not stored the transaction yet. Worth trying again. */
const retryableStatuses = new Set([404, 409, 429]);

export async function sendChoice(deps: ChoiceSending, choice: StoredChoice): Promise<SendOutcome> {
  if (choice.state === 'sent' && choice.answer) return { kind: 'sent', answer: choice.answer };
  const standing = deps.standingOf(choice.key);
  if (standing === 'dead') {
    deps.store.markRefused(choice.key, 'transaction-dead');
    return log(deps, choice, { kind: 'refused', reason: 'transaction-dead' });
  }
  if (standing === 'not-yet') return log(deps, choice, { kind: 'queued', why: 'transaction-not-synced' });
  if (!deps.client) return log(deps, choice, { kind: 'queued', why: 'not-enrolled' });
  const answer = await deps.client.record({ key: choice.key, choice: choice.choice, reprintCode: choice.reprintCode });
  if (answer.ok) {
    deps.store.markSent(choice.key, answer.value);
    return log(deps, choice, { kind: 'sent', answer: answer.value });
  }
  const error = answer.error;
  if (error.kind === 'rejected' && !retryableStatuses.has(error.status)) {
    deps.store.markRefused(choice.key, error.reason);
    return log(deps, choice, { kind: 'refused', reason: error.reason });
  }
  const why = error.kind === 'rejected' ? `rejected-${error.status}` : error.kind;
  deps.store.recordAttempt(choice.key, why);
  return log(deps, choice, { kind: 'queued', why });
}

export async function sendQueuedChoices(deps: ChoiceSending, limit = 50): Promise<{ readonly sent: number; readonly queued: number; readonly refused: number }> {
  const tally = { sent: 0, queued: 0, refused: 0 };
  for (const choice of deps.store.listQueued(limit)) tally[(await sendChoice(deps, choice)).kind] += 1;
  return tally;
}

function log(deps: ChoiceSending, choice: StoredChoice, outcome: SendOutcome): SendOutcome {
  deps.logger.log('document.choice', { choice: choice.choice, outcome: outcome.kind, ...(outcome.kind === 'queued' ? { kind: outcome.why } : outcome.kind === 'refused' ? { kind: outcome.reason } : {}) });
  return outcome;
}
