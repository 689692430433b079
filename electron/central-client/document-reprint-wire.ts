// A kept document printed again at a kiosk (my-requests → "print it now"):
//   POST /v1/documents/reprinted (signed) { key, documentId, holderId }
//   → 201 recorded (200, the same answer, for the same key and body; 422 key-reused for the
//     same key with another body; 422 already-reprinted when another report came first;
//     404 when the document is not kept for a reprint or not this person's).
// The rule: a kept certificate is reprinted once. After that my-requests shows it as
// reprinted, and a further copy is a counter's business (an official paper is not multiplied
// by a kiosk). The key is made by the kiosk for each printed copy, so a retried report is
// stored once.
import { z } from 'zod';

export const documentReprintedPath = '/v1/documents/reprinted';

export const DocumentReprintedRequest = z.object({
  key: z.string().min(1).max(128),
  documentId: z.string().min(1).max(64),
  holderId: z.string().min(1).max(32),
});
export type DocumentReprintedRequest = z.infer<typeof DocumentReprintedRequest>;

export const DocumentReprintedResponse = z.object({
  documentId: z.string().min(1).max(64),
  status: z.literal('reprinted'),
  reprintedAt: z.string().min(1).max(40),
});
export type DocumentReprintedResponse = z.infer<typeof DocumentReprintedResponse>;
