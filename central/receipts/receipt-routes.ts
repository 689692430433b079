// POST /v1/receipts/contacts { key }           → the holder's contacts on record, masked
// POST /v1/receipts/send     { key, channel }  → "sent" to that contact (recorded), masked
// The key is the paid transaction's idempotency key, known only to the kiosk that took the
// payment; a key from another kiosk, or one the central has not stored, is not found.
import type { z } from 'zod';
import { ReceiptContactsRequest, ReceiptSendRequest, receiptsPath, type ReceiptContactsResponse } from '../../electron/central-client/receipt-wire';
import { refuse, type RouteAnswer } from '../http/route-answer';
import type { RouteDeps } from '../http/routes';
import { maskEmail, maskPhone } from './mask-contact';
import { openReceiptTable, type HolderContact } from './receipt-table';

const notFound = refuse(404, 'central:reason.not-found');

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> | undefined {
  const parsed = schema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

function masked(contact: HolderContact): ReceiptContactsResponse {
  return { ...(contact.phone ? { sms: maskPhone(contact.phone) } : {}), ...(contact.email ? { email: maskEmail(contact.email) } : {}) };
}

/** Routes /v1/receipts/* (POST, kiosk id checked by dispatch). */
export function receiptRoute(deps: RouteDeps, kioskId: string, path: string, body: unknown): RouteAnswer {
  const table = openReceiptTable(deps.context().db);
  if (path === receiptsPath.contacts) {
    const q = parse(ReceiptContactsRequest, body);
    if (!q) return refuse(400, 'central:reason.bad-request');
    const holderId = table.holderOf(q.key, kioskId);
    return holderId ? { status: 200, body: masked(table.contactOf(holderId)) } : notFound;
  }
  if (path === receiptsPath.send) {
    const q = parse(ReceiptSendRequest, body);
    if (!q) return refuse(400, 'central:reason.bad-request');
    const holderId = table.holderOf(q.key, kioskId);
    if (!holderId) return notFound;
    const sentTo = masked(table.contactOf(holderId))[q.channel];
    // nothing on record for that channel: as unknown as a key that does not exist
    if (!sentTo) return notFound;
    // The simulator sends nothing: it records what a gateway would have been asked to send.
    table.recordSend({ key: q.key, kioskId, channel: q.channel, sentAt: deps.now().toISOString() });
    return { status: 200, body: { channel: q.channel, sentTo } };
  }
  return notFound;
}
