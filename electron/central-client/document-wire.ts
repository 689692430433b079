// What the central answers about a document it issued (a certificate), for the kiosk to lay it
// out and print it. The central decides every fact and signs the code; the kiosk adds nothing.
import { z } from 'zod';
import { certificateKinds } from '../documents/certificate-kinds';
import { nocPurposes } from '../documents/document-strings';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const documentId = z.string().regex(/^[A-Z0-9-]{1,40}$/);

export const DocumentRequest = z.object({ holderId: z.string().regex(/^\d{11}$/), documentId });

export const IssuedDocumentWire = z.object({
  documentId,
  kind: z.enum(certificateKinds),
  language: z.enum(['ar', 'en']),
  issueDate: day,
  validUntil: day,
  verificationCode: z.string().min(1).max(256),
  holder: z.object({ nameAr: z.string().max(200), nameLatin: z.string().max(200), idNumber: z.string().regex(/^\d{11}$/), nationality: z.string().max(3) }),
  residentSince: day.optional(),
  permitExpiry: day.optional(),
  addressee: z.string().max(200).optional(),
  purpose: z.enum(nocPurposes).optional(),
  vehicles: z.array(z.object({ plate: z.string().max(16), model: z.string().max(80) })).max(50).optional(),
});
export type IssuedDocumentWire = z.infer<typeof IssuedDocumentWire>;

export const DocumentResponse = z.object({ document: IssuedDocumentWire });
