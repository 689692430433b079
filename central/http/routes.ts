import { z } from 'zod';
import { DocumentRequest } from '../../electron/central-client/document-wire';
import { BatchRequest, HeartbeatRequest, InfoRequest, ProfileRequest, QuoteRequest, SubjectRequest } from '../../electron/central-client/wire';
import { peopleOf, representedCompany } from '../db/people-queries';
import { recordHeartbeat } from '../fleet/kiosk-registry';
import { serviceRules } from '../rules/registry';
import type { RuleContext, ServiceRules } from '../rules/rule-types';
import { createQuote } from '../transactions/quotes';
import type { createTransactionDesk } from '../transactions/submit-batch';

import { refuse, type RouteAnswer } from './route-answer';

export type { RouteAnswer } from './route-answer';
const badRequest = refuse(400, 'central:reason.bad-request');

export interface RouteDeps {
  readonly context: () => RuleContext;
  readonly desk: ReturnType<typeof createTransactionDesk>;
  readonly now: () => Date;
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> | undefined {
  const parsed = schema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

export function profileRoute(deps: RouteDeps, body: unknown): RouteAnswer {
  const q = parse(ProfileRequest, body);
  if (!q) return badRequest;
  const ctx = deps.context();
  const people = peopleOf(ctx.db, q.holderId);
  if (people.length === 0) return refuse(404, 'central:reason.unknown-person');
  const company = representedCompany(ctx.db, q.holderId);
  return { status: 200, body: { people, ...(company ? { company } : {}) } };
}

export function serviceRoute(deps: RouteDeps, serviceId: string, action: string, body: unknown): RouteAnswer {
  const rules: ServiceRules | undefined = serviceRules[serviceId];
  if (!rules) return refuse(404, 'central:reason.unknown-service');
  const ctx = deps.context();
  const holderId = (body as { holderId?: unknown } | null)?.holderId;
  if (typeof holderId === 'string' && peopleOf(ctx.db, holderId).length === 0) return refuse(404, 'central:reason.unknown-person');
  switch (action) {
    case 'eligibility': {
      const q = parse(SubjectRequest, body);
      return q ? { status: 200, body: rules.eligibility(ctx, q) } : badRequest;
    }
    case 'items': {
      const q = parse(SubjectRequest, body);
      if (!q) return badRequest;
      const items = rules.items(ctx, q);
      return items.ok ? { status: 200, body: { items: items.value } } : refuse(items.error.status, items.error.reason);
    }
    case 'quote': {
      const q = parse(QuoteRequest, body);
      if (!q) return badRequest;
      const quote = createQuote(ctx, serviceId, rules, q);
      return quote.ok ? { status: 200, body: quote.value } : refuse(quote.error.status, quote.error.reason);
    }
    case 'info': {
      const q = parse(InfoRequest, body);
      if (!q || (q.holderId === undefined && !rules.isCardless)) return badRequest;
      return rules.info ? { status: 200, body: { rows: rules.info(ctx, q.holderId ?? '', q.fields ?? {}) } } : refuse(404, 'central:reason.no-info');
    }
    case 'document': {
      const q = parse(DocumentRequest, body);
      if (!q) return badRequest;
      const document = rules.document?.(ctx, q.holderId, q.documentId);
      if (!document) return refuse(404, 'central:reason.not-found');
      return document.ok ? { status: 200, body: { document: document.value } } : refuse(document.error.status, document.error.reason);
    }
    default:
      return refuse(404, 'central:reason.not-found');
  }
}

export async function batchRoute(deps: RouteDeps, kioskId: string, body: unknown): Promise<RouteAnswer> {
  const q = parse(BatchRequest, body);
  if (!q) return badRequest;
  return { status: 200, body: { results: await deps.desk.submit(kioskId, q.transactions) } };
}

export function heartbeatRoute(deps: RouteDeps, kioskId: string, body: unknown): RouteAnswer {
  const q = parse(HeartbeatRequest, body);
  if (!q) return badRequest;
  const serverTime = deps.now().toISOString();
  recordHeartbeat(deps.context().db, kioskId, q, serverTime);
  return { status: 200, body: { serverTime } };
}
