import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { err, healthy, ok, type DeviceHealth, type Result } from '../result';
import type { PaymentLookup, PaymentOutcome, PaymentRequest, PaymentTerminal, ReverseError } from './contract';

export type ScriptedOutcome =
  | 'approved'
  | 'declined'
  | 'cancelled'
  /** The terminal never answers, and the customer was not charged. */
  | 'timeout'
  /** The customer's card was charged, but the answer never reached the kiosk. */
  | 'timeout-after-charge';

interface JournalEntry {
  reference: string;
  paymentRef: string;
  amountMinor: number;
  currency: string;
  at: string;
  reversed: boolean;
}

/**
 * A payment terminal that answers from a script (one outcome per call, then the default).
 * It keeps a journal like a real terminal does, so reconciliation and "was the customer
 * charged?" questions have the same answers as they would on the device.
 */
export class SimulatedPaymentTerminal implements PaymentTerminal {
  private readonly script: ScriptedOutcome[] = [];
  private readonly entries: JournalEntry[] = [];
  private currentHealth: DeviceHealth = healthy;
  private counter = 0;

  constructor(
    private readonly options: {
      defaultOutcome?: ScriptedOutcome;
      now?: () => Date;
      wait?: (ms: number) => Promise<void>;
      latencyMs?: number;
      /** Keeps the journal in a file, as a real terminal keeps it across kiosk restarts. */
      journalPath?: string;
    } = {},
  ) {
    if (options.journalPath && existsSync(options.journalPath)) {
      this.entries.push(...(JSON.parse(readFileSync(options.journalPath, 'utf8')) as JournalEntry[]));
      this.counter = this.entries.length;
    }
  }

  /** Queues the outcome of the next authorisation(s). */
  setNextOutcome(...outcomes: ScriptedOutcome[]): void {
    this.script.push(...outcomes);
  }

  setHealth(health: DeviceHealth): void {
    this.currentHealth = health;
  }

  async authorise(request: PaymentRequest): Promise<PaymentOutcome> {
    if (this.options.latencyMs && this.options.wait) await this.options.wait(this.options.latencyMs);
    if (this.currentHealth.level === 'failed') return { kind: 'timeout' };
    const outcome = this.script.shift() ?? this.options.defaultOutcome ?? 'approved';
    switch (outcome) {
      case 'approved':
        return { kind: 'approved', ...this.charge(request) };
      case 'timeout-after-charge':
        this.charge(request);
        return { kind: 'timeout' };
      case 'declined':
        return { kind: 'declined', reason: 'insufficient-funds' };
      case 'cancelled':
        return { kind: 'cancelled' };
      case 'timeout':
        return { kind: 'timeout' };
    }
  }

  async reverse(reference: string): Promise<Result<void, ReverseError>> {
    if (this.currentHealth.level === 'failed') return err({ kind: 'offline' });
    const entry = this.entries.find((e) => e.reference === reference && !e.reversed);
    if (!entry) return err({ kind: 'not-found' });
    entry.reversed = true;
    this.persist();
    return ok();
  }

  async lookup(reference: string): Promise<Result<PaymentLookup, { readonly kind: 'offline' }>> {
    if (this.currentHealth.level === 'failed') return err({ kind: 'offline' });
    const entry = this.entries.find((e) => e.reference === reference);
    if (!entry) return ok({ kind: 'none' });
    if (entry.reversed) return ok({ kind: 'reversed' });
    return ok({ kind: 'approved', paymentRef: entry.paymentRef, amountMinor: entry.amountMinor });
  }

  async journal(): Promise<readonly JournalEntry[]> {
    return this.entries.map((e) => ({ ...e }));
  }

  health(): DeviceHealth {
    return this.currentHealth;
  }

  private charge(request: PaymentRequest): { paymentRef: string; authCode: string } {
    // One reference is charged at most once: a repeated authorisation returns the first charge.
    const existing = this.entries.find((e) => e.reference === request.reference && !e.reversed);
    if (existing) return { paymentRef: existing.paymentRef, authCode: existing.paymentRef.slice(-6) };
    this.counter += 1;
    const paymentRef = `SIM-PAY-${String(this.counter).padStart(6, '0')}`;
    const at = (this.options.now?.() ?? new Date()).toISOString();
    this.entries.push({ reference: request.reference, paymentRef, amountMinor: request.amountMinor, currency: request.currency, at, reversed: false });
    this.persist();
    return { paymentRef, authCode: paymentRef.slice(-6) };
  }

  private persist(): void {
    if (!this.options.journalPath) return;
    // Write-then-rename: a crash mid-write leaves the previous journal, never half of one.
    const temporary = `${this.options.journalPath}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.entries));
    renameSync(temporary, this.options.journalPath);
  }
}
