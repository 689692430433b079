// POST /v1/documents/choice: a paid document the kiosk's A4 printer could not print is to be
// reprinted (at any kiosk or counter, with the code on the receipt) or posted to the address
// on record. Stored once per key: the same request again gets the first answer (200); another
// body under the same key is refused (422), so a retried or replayed choice never changes
// what the person chose. A key this kiosk did not send, or not stored yet, is not found (404):
// the kiosk keeps the choice and sends it again after its next sync.
import { DocumentChoiceRequest, type DocumentChoiceResponse } from '../../electron/central-client/document-choice-wire';
import { refuse, replayOrRefuse, type RouteAnswer } from '../http/route-answer';
import type { RouteDeps } from '../http/routes';
import { serviceRules } from '../rules/registry';
import { bodyHashOf } from '../transactions/canonical-json';
import { openDocumentChoiceTable, type DocumentChoiceRecord } from './document-choice-table';
import { maskAddress } from './postal-addresses';

function answerOf(record: DocumentChoiceRecord): DocumentChoiceResponse {
  return {
    documentId: record.documentId,
    status: record.choice === 'reprint' ? 'to-reprint' : 'to-post',
    ...(record.postTo ? { postTo: maskAddress(record.postTo) } : {}),
  };
}

export function documentChoiceRoute(deps: RouteDeps, kioskId: string, body: unknown): RouteAnswer {
  const parsed = DocumentChoiceRequest.safeParse(body);
  if (!parsed.success) return refuse(400, 'central:reason.bad-request');
  const q = parsed.data;
  const { db } = deps.context();
  const table = openDocumentChoiceTable(db);
  const bodyHash = bodyHashOf(q);
  return db.transaction((): RouteAnswer => {
    const earlier = table.find(q.key);
    if (earlier) return replayOrRefuse(earlier, { bodyHash, kioskId }, answerOf(earlier));
    const issued = table.issuedBy(q.key, kioskId);
    if (!issued) return refuse(404, 'central:reason.not-found');
    // only a service that issues a document has one to reprint or post
    if (!serviceRules[issued.serviceId]?.document) return refuse(422, 'central:reason.bad-request');
    if (table.findByReprintCode(q.reprintCode)) return refuse(422, 'central:reason.key-reused');
    const postTo = q.choice === 'post' ? (table.addressOf(issued.holderId) ?? null) : null;
    const record: DocumentChoiceRecord = {
      key: q.key, kioskId, bodyHash, documentId: issued.documentId, choice: q.choice,
      status: q.choice === 'reprint' ? 'to-reprint' : postTo ? 'to-post' : 'awaiting-address',
      reprintCode: q.reprintCode, postTo, recordedAt: deps.now().toISOString(),
    };
    table.insert(record);
    return { status: 201, body: answerOf(record) };
  })();
}
