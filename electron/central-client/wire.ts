// The JSON the kiosk and the central exchange, as zod schemas: the client parses every
// response with them, and the central simulator parses every request with them.
import { z } from 'zod';

const key = z.string().min(1).max(128);
const idNumber = z.string().regex(/^\d{11}$/);
const serviceFields = z.record(z.string().max(64), z.string().max(500));
const labelValues = z.record(z.string().max(64), z.union([z.string().max(500), z.number()]));
const amountMinor = z.number().int().nonnegative();

export const ProfileRequest = z.object({ holderId: idNumber });
export const SubjectRequest = z.object({ holderId: idNumber, subjectId: idNumber, fields: serviceFields.optional() });
export const QuoteRequest = z.object({ holderId: idNumber, subjectId: idNumber, itemIds: z.array(key).max(100), fields: serviceFields });
/** Without a holder only for a card-less service (document verification); `fields` carries a scanned code. */
export const InfoRequest = z.object({ holderId: idNumber.optional(), fields: serviceFields.optional() });

const Relation = z.enum(['self', 'spouse', 'child', 'parent', 'domestic-worker', 'employee', 'visitor']);

export const ProfileResponse = z.object({
  people: z.array(z.object({ idNumber, nameAr: z.string(), nameLatin: z.string(), relation: Relation })).min(1),
  company: z
    .object({ id: z.string(), nameAr: z.string(), nameLatin: z.string(), permissions: z.array(z.string()), spendingCapMinor: amountMinor })
    .optional(),
});

export const EligibilityResponse = z.discriminatedUnion('eligible', [
  z.object({ eligible: z.literal(true) }),
  z.object({ eligible: z.literal(false), reason: z.string().min(1).max(128) }),
]);

export const ItemsResponse = z.object({
  items: z.array(z.object({ id: key, labelKey: z.string().max(128), labelValues, amountMinor, preselected: z.boolean().optional() })),
});

export const QuoteResponse = z.object({
  quoteId: key,
  version: z.number().int().positive(),
  amountMinor,
  currency: z.string().length(3),
  lines: z.array(z.object({ labelKey: z.string().max(128), labelValues, amountMinor })),
});

/** A row's action: a kept certificate the person may print here (my-requests). */
const infoRowAction = z.object({ kind: z.literal('reprint-document'), serviceId: z.string().min(1).max(64), documentId: z.string().min(1).max(64) });

export const InfoResponse = z.object({
  rows: z.array(z.object({ labelKey: z.string().max(128), labelValues, statusKey: z.string().max(128), action: infoRowAction.optional() })),
});

export const WireTransaction = z.object({
  key,
  seq: z.number().int().positive(),
  reference: z.string().max(32),
  serviceId: z.string().max(64),
  holderId: idNumber,
  subjectId: idNumber,
  quoteId: key,
  quoteVersion: z.number().int().positive(),
  amountMinor,
  currency: z.string().length(3),
  payload: z.record(z.string(), z.unknown()),
  payment: z.object({ paymentRef: z.string().max(64), authCode: z.string().max(64) }),
  paidAt: z.string().max(40),
});
export type WireTransaction = z.infer<typeof WireTransaction>;

export const BatchRequest = z.object({ transactions: z.array(WireTransaction).min(1).max(500) });

/** Per transaction: 201 stored now, 200 a replay of the first answer, 409 still processing, 412 quote changed, other 4xx refused. */
export const BatchResponse = z.object({
  results: z.array(
    z.discriminatedUnion('outcome', [
      z.object({ key, outcome: z.literal('stored'), status: z.union([z.literal(200), z.literal(201)]), requestId: z.string().min(1).max(64) }),
      z.object({ key, outcome: z.literal('refused'), status: z.number().int().min(400).max(499), reason: z.string().max(128) }),
    ]),
  ),
});

export type BatchResponse = z.infer<typeof BatchResponse>;

/** A device's reason is cut to this on the kiosk, so a driver's long text never costs the heartbeat. */
export const heartbeatReasonMaxLength = 64;

export const HeartbeatRequest = z.object({
  version: z.string().max(32),
  queueDepth: z.number().int().nonnegative(),
  oldestUnsyncedAgeS: z.number().nonnegative().nullable(),
  devices: z.record(z.string().max(32), z.enum(['ok', 'degraded', 'failed'])),
  /** Optional, as auditHead: what each device that is not ok reported. */
  reasons: z.record(z.string().max(32), z.string().max(heartbeatReasonMaxLength)).optional(),
  /** Optional: kiosks older than the audit anchor send none. */
  auditHead: z.object({ rows: z.number().int().min(1), headHash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable().optional(),
});
export const HeartbeatResponse = z.object({ serverTime: z.string() });

/** GET /v1/fleet/<kioskId>/audit-anchors: every audit head the central heard from that kiosk, oldest row first. */
export const AuditAnchorsResponse = z.object({
  anchors: z.array(z.object({ rows: z.number().int().min(1), headHash: z.string().regex(/^[0-9a-f]{64}$/), seenAt: z.string().max(40) })).max(1_000_000),
});
export type AuditAnchor = z.infer<typeof AuditAnchorsResponse>['anchors'][number];

export const ErrorResponse = z.object({ error: z.object({ reason: z.string().max(128) }) });

/** The reason key the central uses for a fee that changed after the quote (HTTP 412 per row). */
export const quoteChangedReason = 'central:reason.quote-changed';
