// POST /v1/documents/reprinted: a kiosk printed a kept document again for the person who
// paid for it or whom it is about. One reprint per document (document-reprint-wire.ts says
// why); the same key and body again replays the first answer, so a retried report is
// stored once.
import { DocumentReprintedRequest, type DocumentReprintedResponse } from '../../electron/central-client/document-reprint-wire';
import { refuse, replayOrRefuse, type RouteAnswer } from '../http/route-answer';
import type { RouteDeps } from '../http/routes';
import { bodyHashOf } from '../transactions/canonical-json';
import { openDocumentChoiceTable, type DocumentReprintRecord } from './document-choice-table';
import { standingOf } from './kept-document';

const answerOf = (record: DocumentReprintRecord): DocumentReprintedResponse => ({ documentId: record.documentId, status: 'reprinted', reprintedAt: record.reprintedAt });

export function documentReprintedRoute(deps: RouteDeps, kioskId: string, body: unknown): RouteAnswer {
  const parsed = DocumentReprintedRequest.safeParse(body);
  if (!parsed.success) return refuse(400, 'central:reason.bad-request');
  const q = parsed.data;
  const { db } = deps.context();
  const table = openDocumentChoiceTable(db);
  const bodyHash = bodyHashOf(q);
  return db.transaction((): RouteAnswer => {
    const earlier = table.reprintByKey(q.key);
    if (earlier) return replayOrRefuse(earlier, { bodyHash, kioskId }, answerOf(earlier));
    const standing = standingOf(db, q.documentId, q.holderId);
    // not kept, posted, or not this person's: nothing to reprint (404 says no more than that)
    if (!standing || standing === 'by-post') return refuse(404, 'central:reason.document-unknown');
    if (standing === 'reprinted') return refuse(422, 'central:reason.already-reprinted');
    const record: DocumentReprintRecord = { documentId: q.documentId, key: q.key, kioskId, bodyHash, holderId: q.holderId, reprintedAt: deps.now().toISOString() };
    table.insertReprint(record);
    return { status: 201, body: answerOf(record) };
  })();
}
