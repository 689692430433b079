import type { OutboxState, OutboxTransaction } from './types';

/** A transactions row as SQLite returns it (column names from the migrations). */
export interface TransactionRow {
  seq: number;
  key: string;
  reference: string;
  state: OutboxState;
  service_id: string;
  holder_id: string;
  subject_id: string;
  quote_id: string;
  quote_version: number;
  amount_minor: number;
  currency: string;
  payload: string;
  payment_ref: string | null;
  auth_code: string | null;
  central_request_id: string | null;
  reason: string | null;
  attempts: number;
  last_error: string | null;
  created_at: string;
  paid_at: string | null;
  synced_at: string | null;
  updated_at: string;
  refund_state: 'reversed' | 'requested' | 'not-charged' | null;
  refund_ref: string | null;
  refunded_at: string | null;
  refund_attempts: number;
  refund_error: string | null;
}

/** Opens a stored personal field (see seal-rows.ts); identity when the outbox has no keys. */
export type OpenField = (stored: string, rowKey: string, column: 'holder_id' | 'subject_id' | 'payload') => string;

export function toTransaction(row: TransactionRow, open: OpenField = (stored) => stored): OutboxTransaction {
  return {
    key: row.key,
    seq: row.seq,
    reference: row.reference,
    state: row.state,
    serviceId: row.service_id,
    holderId: open(row.holder_id, row.key, 'holder_id'),
    subjectId: open(row.subject_id, row.key, 'subject_id'),
    quoteId: row.quote_id,
    quoteVersion: row.quote_version,
    amountMinor: row.amount_minor,
    currency: row.currency,
    payload: JSON.parse(open(row.payload, row.key, 'payload')) as Record<string, unknown>,
    ...(row.payment_ref !== null && row.auth_code !== null ? { payment: { paymentRef: row.payment_ref, authCode: row.auth_code } } : {}),
    ...(row.central_request_id !== null ? { centralRequestId: row.central_request_id } : {}),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    attempts: row.attempts,
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
    createdAt: row.created_at,
    ...(row.paid_at !== null ? { paidAt: row.paid_at } : {}),
    ...(row.synced_at !== null ? { syncedAt: row.synced_at } : {}),
    updatedAt: row.updated_at,
    ...(row.refund_state !== null && row.refunded_at !== null
      ? { refund: { kind: row.refund_state, ...(row.refund_ref !== null ? { ref: row.refund_ref } : {}), at: row.refunded_at } }
      : {}),
    ...(row.refund_attempts > 0 ? { refundAttempts: row.refund_attempts } : {}),
    ...(row.refund_error !== null ? { refundError: row.refund_error } : {}),
  };
}
