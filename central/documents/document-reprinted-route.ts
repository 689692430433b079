// POST /v1/documents/reprinted: a kiosk printed a kept document again for the person who
// paid for it or whom it is about. One reprint per document (document-reprint-wire.ts says
// why); the same key and body again replays the first answer, so a retried report is
// stored once.
import { createHash } from 'node:crypto';
import { DocumentReprintedRequest, type DocumentReprintedResponse } from '../../electron/central-client/document-reprint-wire';
import type { RouteAnswer, RouteDeps } from '../http/routes';
import { canonicalJson } from '../transactions/canonical-json';
import { openDocumentChoiceTable, type DocumentReprintRecord } from './document-choice-table';
import { standingOf } from './kept-document';

const refuse = (status: number, reason: string): RouteAnswer => ({ status, body: { error: { reason } } });

const answerOf = (record: DocumentReprintRecord): DocumentReprintedResponse => ({ documentId: record.documentId, status: 'reprinted', reprintedAt: record.reprintedAt });

export function documentReprintedRoute(deps: RouteDeps, kioskId: string, body: unknown): RouteAnswer {
  const parsed = DocumentReprintedRequest.safeParse(body);
  if (!parsed.success) return refuse(400, 'central:reason.bad-request');
  const q = parsed.data;
  const { db } = deps.context();
  const table = openDocumentChoiceTable(db);
  const bodyHash = createHash('sha256').update(canonicalJson(q)).digest('hex');
  return db.transaction((): RouteAnswer => {
    const earlier = table.reprintByKey(q.key);
    if (earlier) return earlier.bodyHash === bodyHash && earlier.kioskId === kioskId ? { status: 200, body: answerOf(earlier) } : refuse(422, 'central:reason.key-reused');
    const standing = standingOf(db, q.documentId, q.holderId);
    // not kept, posted, or not this person's: nothing to reprint (404 says no more than that)
    if (!standing || standing === 'by-post') return refuse(404, 'central:reason.document-unknown');
    if (standing === 'reprinted') return refuse(422, 'central:reason.already-reprinted');
    const record: DocumentReprintRecord = { documentId: q.documentId, key: q.key, kioskId, bodyHash, holderId: q.holderId, reprintedAt: deps.now().toISOString() };
    table.insertReprint(record);
    return { status: 201, body: answerOf(record) };
  })();
}
