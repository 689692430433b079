// The outbox row as the rest of the kiosk sees it (DESIGN.md "Durability and sync").
export type OutboxState = 'pending' | 'paid' | 'synced' | 'voided' | 'dead';

export const outboxStates: readonly OutboxState[] = ['pending', 'paid', 'synced', 'voided', 'dead'];

export interface NewTransaction {
  readonly serviceId: string;
  readonly holderId: string;
  readonly subjectId: string;
  readonly quoteId: string;
  readonly quoteVersion: number;
  readonly amountMinor: number;
  readonly currency: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

export interface OutboxTransaction extends NewTransaction {
  /** Idempotency key (random UUID), made before payment and sent with every retry. */
  readonly key: string;
  /** Local sequence number: the sync worker sends rows in this order. */
  readonly seq: number;
  /** Human-readable, Latin digits (e.g. 2026-000123): printed on the receipt. */
  readonly reference: string;
  readonly state: OutboxState;
  readonly payment?: { readonly paymentRef: string; readonly authCode: string };
  readonly centralRequestId?: string;
  /** Why the row was voided or went dead (a reason key or error kind, never personal data). */
  readonly reason?: string;
  /** Sync attempts that did not end in an acknowledgement. */
  readonly attempts: number;
  readonly lastError?: string;
  readonly createdAt: string;
  readonly paidAt?: string;
  readonly syncedAt?: string;
  readonly updatedAt: string;
  /** A dead row's refund, once settled (migration 0004). */
  readonly refund?: { readonly kind: RefundOutcome['kind']; readonly ref?: string; readonly at: string };
  /** Refund tries that settled nothing (terminal offline, central unreachable), and the last error. */
  readonly refundAttempts?: number;
  readonly refundError?: string;
}

/**
 * How a dead row's money went back: reversed at the terminal; a refund request the central
 * accepted (its id); or nothing was charged (a free request).
 */
export type RefundOutcome =
  | { readonly kind: 'reversed' }
  | { readonly kind: 'requested'; readonly refundId: string }
  | { readonly kind: 'not-charged' };

/** Why the outbox cannot be opened; the kiosk then refuses payments and says so. */
export type OutboxOpenError =
  | { readonly kind: 'unreadable'; readonly path: string; readonly detail: string }
  | { readonly kind: 'corrupt'; readonly path: string; readonly detail: string }
  | { readonly kind: 'newer-schema'; readonly path: string; readonly found: number; readonly supported: number };

export function describeOutboxOpenError(error: OutboxOpenError): string {
  switch (error.kind) {
    case 'unreadable':
      return `outbox ${error.path} cannot be opened (${error.detail})`;
    case 'corrupt':
      return `outbox ${error.path} failed its integrity check (${error.detail})`;
    case 'newer-schema':
      return `outbox ${error.path} has schema version ${error.found}, newer than this kiosk supports (${error.supported}); install the newer kiosk version or restore a backup`;
  }
}

/** A transition the lifecycle does not allow: a bug in the caller, so it is thrown. */
export class OutboxTransitionError extends Error {
  constructor(
    readonly key: string,
    readonly from: OutboxState | 'missing',
    readonly to: OutboxState,
  ) {
    super(`outbox row cannot go from ${from} to ${to}`);
    this.name = 'OutboxTransitionError';
  }
}
