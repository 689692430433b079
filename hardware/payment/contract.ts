import type { DeviceHealth, Result } from '../result';

export interface PaymentRequest {
  readonly amountMinor: number; // integer, in the currency's minor unit
  readonly currency: string; // ISO 4217
  readonly reference: string; // the transaction's idempotency key
}

export type PaymentOutcome =
  | { readonly kind: 'approved'; readonly paymentRef: string; readonly authCode: string }
  | { readonly kind: 'declined'; readonly reason: 'insufficient-funds' | 'card-expired' | 'do-not-honour' | 'other' }
  | { readonly kind: 'cancelled' }
  /** The terminal did not answer in time: the customer may or may not have been charged. */
  | { readonly kind: 'timeout' };

export type ReverseError = { readonly kind: 'not-found' } | { readonly kind: 'offline' } | { readonly kind: 'window-closed' };

/** What the terminal knows about one reference: used to settle a timeout. */
export type PaymentLookup =
  | { readonly kind: 'approved'; readonly paymentRef: string; readonly amountMinor: number }
  | { readonly kind: 'reversed' }
  | { readonly kind: 'none' };

export interface PaymentTerminal {
  authorise(request: PaymentRequest): Promise<PaymentOutcome>;
  reverse(reference: string): Promise<Result<void, ReverseError>>;
  lookup(reference: string): Promise<Result<PaymentLookup, { readonly kind: 'offline' }>>;
  /** The day's approved payments, for reconciliation. */
  journal(): Promise<readonly { reference: string; paymentRef: string; amountMinor: number; currency: string; at: string; reversed: boolean }[]>;
  health(): DeviceHealth;
}
