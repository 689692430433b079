import type { Result } from '../../hardware/result';
import type { CentralError, Eligibility, Holder, InfoRow, Person, Profile, Quote, ServiceItem } from '../domain';
import type { ServiceDefinition } from './definition';

export interface FlowInput {
  readonly definition: ServiceDefinition;
  /** Absent for a card-less service (document verification from the attract screen). */
  readonly holder: Holder | undefined;
  readonly profile: Profile;
}

export interface PayRequest {
  readonly serviceId: string;
  readonly holderId: string;
  readonly subjectId: string;
  readonly quote: Quote;
  readonly itemIds: readonly string[];
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * How a payment attempt ended, as the kiosk core reports it. The core has already made the
 * outbox durable (pending before the terminal, paid before this answer) when it returns.
 */
export type PayOutcome =
  | { readonly kind: 'paid'; readonly key: string; readonly reference: string; readonly amountMinor: number }
  | { readonly kind: 'declined' }
  | { readonly kind: 'cancelled' }
  /** The terminal did not answer; the core checked and the customer was not charged (or was refunded). */
  | { readonly kind: 'not-charged' }
  | { readonly kind: 'quote-changed'; readonly quote: Quote }
  /** The central refused the work when asked again before payment (a slot taken meanwhile, a permission revoked): a reason key. */
  | { readonly kind: 'refused'; readonly reason: string }
  /** The kiosk cannot take money now (printer, storage, payment device, revoked): named for the screen. */
  | { readonly kind: 'unavailable'; readonly reason: 'receipt-printer' | 'a4-printer' | 'storage' | 'payment' | 'central' };

export type FlowOutput =
  | { readonly kind: 'paid'; readonly key: string; readonly reference: string; readonly amountMinor: number; readonly serviceId: string }
  | { readonly kind: 'finished' }
  | { readonly kind: 'cancelled' };

export interface FlowContext {
  readonly definition: ServiceDefinition;
  readonly holder: Holder | undefined;
  readonly profile: Profile;
  stepIndex: number;
  subject: Person | undefined;
  ineligibleReason: string | undefined;
  /** Why the central refused what was chosen (a reason key); the person chooses again. */
  refusal: string | undefined;
  items: readonly ServiceItem[];
  selected: readonly string[];
  fields: Record<string, string>;
  fieldErrors: Record<string, string>;
  quote: Quote | undefined;
  hasQuoteChanged: boolean;
  info: readonly InfoRow[];
  /** How the last row action ended (a kept certificate printed here, or not). */
  infoOutcome: 'reprinted' | 'reprint-failed' | undefined;
  failure: 'declined' | 'cancelled' | 'not-charged' | undefined;
  problem: CentralError['kind'] | 'receipt-printer' | 'a4-printer' | 'storage' | 'payment' | 'central' | undefined;
  output: FlowOutput;
}

export type ActorResult<T> = Result<T, CentralError>;
export type { Eligibility, InfoRow, Quote, ServiceItem };
