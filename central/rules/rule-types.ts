import type Database from 'better-sqlite3';
import type { Result } from '../../hardware/result';
import type { Eligibility, InfoRow, Relation, ServiceItem } from '../../state-machines/domain';
import type { CentralCurrency } from '../db/open-central-db';
import type { IssuedDocumentWire } from '../../electron/central-client/document-wire';

export interface RuleContext {
  readonly db: Database.Database;
  /** The central's calendar day (YYYY-MM-DD). */
  readonly today: string;
  readonly currency: CentralCurrency;
}

/** A request the central will not answer as asked: an HTTP status and a reason locale key. */
export interface Refusal {
  readonly status: number;
  readonly reason: string;
}

export interface SubjectQuery {
  readonly holderId: string;
  readonly subjectId: string;
  readonly fields?: Readonly<Record<string, string>>;
}

export interface QuotedWork extends SubjectQuery {
  readonly itemIds: readonly string[];
  readonly fields: Readonly<Record<string, string>>;
}

export interface QuoteLine {
  readonly labelKey: string;
  readonly labelValues: Readonly<Record<string, string | number>>;
  readonly amountMinor: number;
}

/** One service's rules: who may use it, what it offers, what it costs, what a paid request does. */
export interface ServiceRules {
  eligibility(ctx: RuleContext, q: SubjectQuery): Eligibility;
  items(ctx: RuleContext, q: SubjectQuery): Result<ServiceItem[], Refusal>;
  quote(ctx: RuleContext, q: QuotedWork): Result<QuoteLine[], Refusal>;
  /** Runs inside the transaction that stores the submission; returns the central's request id. */
  apply(ctx: RuleContext, work: QuotedWork): Result<string, Refusal>;
  /** Read-only answers; `fields` carries what the person typed or scanned (a document's code). */
  info?(ctx: RuleContext, holderId: string, fields?: Readonly<Record<string, string>>): InfoRow[];
  /** What an issued document states, for the kiosk to print it (certificates). */
  document?(ctx: RuleContext, holderId: string, documentId: string): Result<IssuedDocumentWire, Refusal>;
  /** Answers `info` without a card holder (holderId is then empty). */
  readonly isCardless?: boolean;
}

export type { Relation };
