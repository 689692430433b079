// Reconciliation for one day: the terminal's approved payments, the kiosk's outbox and the
// central's stored requests must tell the same story. Pure: the CLI reads the three sources.

export interface TerminalPayment {
  readonly reference: string; // the transaction's idempotency key
  readonly amountMinor: number;
  readonly at: string; // ISO time
  readonly reversed: boolean;
}

export interface OutboxRecord {
  readonly key: string;
  readonly reference: string;
  readonly state: 'pending' | 'paid' | 'synced' | 'voided' | 'dead';
  readonly amountMinor: number;
  readonly createdAt: string;
}

export interface CentralRecord {
  readonly key: string;
  readonly amountMinor: number;
  readonly receivedAt: string;
}

export type Mismatch =
  | { readonly kind: 'paid-not-recorded'; readonly key: string; readonly amountMinor: number }
  | { readonly kind: 'paid-not-stored'; readonly key: string; readonly reference: string; readonly outboxState: OutboxRecord['state'] }
  | { readonly kind: 'stored-not-paid'; readonly key: string }
  | { readonly kind: 'amount-differs'; readonly key: string; readonly terminalMinor: number; readonly outboxMinor?: number; readonly centralMinor?: number };

const onDay = (iso: string, day: string) => iso.slice(0, 10) === day;

export function reconcile(day: string, sources: { terminal: readonly TerminalPayment[]; outbox: readonly OutboxRecord[]; central: readonly CentralRecord[] }): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const outbox = new Map(sources.outbox.map((r) => [r.key, r]));
  const central = new Map(sources.central.map((r) => [r.key, r]));
  const charged = sources.terminal.filter((p) => !p.reversed && onDay(p.at, day));
  const chargedKeys = new Set(charged.map((p) => p.reference));

  for (const payment of charged) {
    const row = outbox.get(payment.reference);
    const stored = central.get(payment.reference);
    if (!row && !stored) {
      mismatches.push({ kind: 'paid-not-recorded', key: payment.reference, amountMinor: payment.amountMinor });
      continue;
    }
    if (!stored) {
      // `dead` rows are owed a refund; they are listed too, a person must act on them.
      if (row) mismatches.push({ kind: 'paid-not-stored', key: payment.reference, reference: row.reference, outboxState: row.state });
      continue;
    }
    if ((row && row.amountMinor !== payment.amountMinor) || stored.amountMinor !== payment.amountMinor) {
      mismatches.push({ kind: 'amount-differs', key: payment.reference, terminalMinor: payment.amountMinor, ...(row ? { outboxMinor: row.amountMinor } : {}), centralMinor: stored.amountMinor });
    }
  }
  for (const stored of sources.central) {
    // A free request (a booking, an exit permit) is stored without any charge: nothing to match.
    if (stored.amountMinor === 0) continue;
    if (onDay(stored.receivedAt, day) && !chargedKeys.has(stored.key) && !sources.terminal.some((p) => p.reference === stored.key && !p.reversed)) {
      mismatches.push({ kind: 'stored-not-paid', key: stored.key });
    }
  }
  return mismatches;
}
