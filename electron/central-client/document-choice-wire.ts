// What a person chose for a paid document the A4 printer could not print:
//   POST /v1/documents/choice (signed) { key, choice, reprintCode }
//   → 201 recorded (or 200, the same answer again for the same key and body; 422 for the same
//     key with another body; 404 while the central has not stored the transaction).
// The kiosk names the paid transaction by its idempotency key, as it does for receipts: the
// central finds the document (the transaction's request id) and the person from it, so no
// personal data travels. The reprint code is made by the kiosk, so the receipt can carry it
// even while the central is out of reach.
import { z } from 'zod';

export const documentChoicePath = '/v1/documents/choice';

export const DocumentChoice = z.enum(['reprint', 'post']);
export type DocumentChoice = z.infer<typeof DocumentChoice>;

/** Eight letters and digits without the look-alikes (0/O, 1/I/L), grouped 4-4: "K7QM-3XWD". */
export const reprintCodeFormat = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

export const DocumentChoiceRequest = z.object({
  key: z.string().min(1).max(128),
  choice: DocumentChoice,
  reprintCode: z.string().regex(reprintCodeFormat),
});
export type DocumentChoiceRequest = z.infer<typeof DocumentChoiceRequest>;

export const DocumentChoiceResponse = z.object({
  documentId: z.string().min(1).max(64),
  /** What the ministry now does with the document. */
  status: z.enum(['to-reprint', 'to-post']),
  /** Post: the address on record as a public screen may show it ("Zone 66, •••"); absent when none is on record. */
  postTo: z.string().min(1).max(120).optional(),
});
export type DocumentChoiceResponse = z.infer<typeof DocumentChoiceResponse>;
