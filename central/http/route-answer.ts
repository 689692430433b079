// What a route answers, and the two answers every idempotent kiosk route shares: a refusal with
// a reason key, and the replay of a key seen before.

/** What a route answers: a status and a JSON body (errors as { error: { reason } }). */
export type RouteAnswer = { readonly status: number; readonly body: unknown };

export const refuse = (status: number, reason: string): RouteAnswer => ({ status, body: { error: { reason } } });

/**
 * A key seen before: the same body from the same kiosk gets the first answer again (a retry after
 * a lost acknowledgement); another body or another kiosk under that key is refused as key reuse.
 */
export function replayOrRefuse(earlier: { readonly bodyHash: string; readonly kioskId: string }, request: { readonly bodyHash: string; readonly kioskId: string }, firstAnswer: unknown): RouteAnswer {
  return earlier.bodyHash === request.bodyHash && earlier.kioskId === request.kioskId ? { status: 200, body: firstAnswer } : refuse(422, 'central:reason.key-reused');
}
