// What the kiosk core asks of the central service. Every call answers a Result: timeouts,
// refusals and garbage are CentralError values, never exceptions (STYLE.md).
import type { Result } from '../../hardware/result';
import type { CentralError, Eligibility, InfoRow, Profile, Quote, ServiceItem } from '../../state-machines/domain';
import type { OutboxTransaction } from '../outbox/types';
import type { IssuedDocumentWire } from './document-wire';

export type { CentralError } from '../../state-machines/domain';
export type { OutboxTransaction } from '../outbox/types';

export interface SubjectQuery {
  readonly holderId: string;
  readonly subjectId: string;
  /** Form values a service needs before it can list anything (e.g. `plate` for traffic-fines). */
  readonly fields?: Readonly<Record<string, string>>;
}

export interface QuoteQuery {
  readonly holderId: string;
  readonly subjectId: string;
  readonly itemIds: readonly string[];
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * The central's answer for one transaction of a batch.
 * `refused` carries the typed error: `quote-changed` (fee changed after the quote),
 * `rejected` with status 409 (key still being processed: retry later), 422 (same key with a
 * different body, or a body the central will never accept) or another 4xx.
 */
export type SubmitResult =
  | { readonly key: string; readonly outcome: 'stored'; readonly requestId: string; readonly isReplay: boolean }
  | { readonly key: string; readonly outcome: 'refused'; readonly error: CentralError };

export interface CentralClient {
  profile(holderId: string): Promise<Result<Profile, CentralError>>;
  eligibility(serviceId: string, q: SubjectQuery): Promise<Result<Eligibility, CentralError>>;
  items(serviceId: string, q: SubjectQuery): Promise<Result<readonly ServiceItem[], CentralError>>;
  quote(serviceId: string, q: QuoteQuery): Promise<Result<Quote, CentralError>>;
  /** Without a holder only for a card-less service; `fields` carries what was typed or scanned. */
  info(serviceId: string, q: { holderId?: string; fields?: Readonly<Record<string, string>> }): Promise<Result<readonly InfoRow[], CentralError>>;
  /** What an issued document states (a certificate to print); optional so fakes of the other calls need not have it. */
  document?(serviceId: string, q: { holderId: string; documentId: string }): Promise<Result<IssuedDocumentWire, CentralError>>;
  /** Used by the sync worker: one answer per transaction, in the order sent. */
  submitBatch(batch: readonly OutboxTransaction[]): Promise<Result<readonly SubmitResult[], CentralError>>;
}

export type HealthLevel = 'ok' | 'degraded' | 'failed';

export interface Heartbeat {
  readonly version: string;
  readonly queueDepth: number;
  /** Seconds since the oldest paid-but-unsynced row was paid; null when the queue is empty. */
  readonly oldestUnsyncedAgeS: number | null;
  readonly devices: Readonly<Record<string, HealthLevel>>;
  /** Why each device that is not ok is not (`paper-out`, `no-reader`…): device codes, never personal data. */
  readonly reasons?: Readonly<Record<string, string>>;
  /** The audit log's newest row: the central keeps each head it hears, so a log cut short later is caught. */
  readonly auditHead?: AuditHead | null;
}

export interface AuditHead {
  /** The newest row's sequence number (rows run 1, 2, 3…). */
  readonly rows: number;
  readonly headHash: string;
}

/** Separate from CentralClient so fakes of the service calls need not implement it. */
export interface HeartbeatSender {
  heartbeat(beat: Heartbeat): Promise<Result<{ readonly serverTime: string }, CentralError>>;
}
