// The words on a certificate, from locales/<language>/documents.json, checked at load so a
// missing key fails at start with its path instead of printing a blank on a paid document.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Result } from '../../hardware/result';
import { err, ok } from '../../hardware/result';

export const documentsLocalesDir = resolve(import.meta.dirname, '../../locales');

const text = z.string().min(1);
const kind = <T extends z.ZodRawShape>(extra: T) => z.object({ title: text, body: text, closing: text, ...extra });

export const nocPurposes = ['employment-transfer', 'driving-licence', 'bank-account', 'travel'] as const;
export type NocPurpose = (typeof nocPurposes)[number];

export const DocumentStringsSchema = z.object({
  state: text,
  ministry: text,
  field: z.object({ 'document-number': text, 'issue-date': text, 'valid-until': text, holder: text, 'id-number': text, nationality: text }),
  kind: z.object({
    residency: kind({}),
    'no-objection': kind({ addressee: text, purpose: z.object(Object.fromEntries(nocPurposes.map((p) => [p, text])) as Record<NocPurpose, typeof text>) }),
    'traffic-clearance': kind({ vehicles: text, 'vehicle-line': text, 'no-vehicles': text }),
  }),
  verify: z.object({ title: text, how: text, code: text }),
  'issued-by': text,
  'printer-problem': z.object({
    'paper-out': text,
    jammed: text,
    'not-available': text,
    'not-issued': text,
    kept: text,
    choose: text,
    action: z.object({ wait: text, reprint: text, post: text }),
  }),
  nationality: z.record(z.string().regex(/^[A-Z]{3}$/), text),
});
export type DocumentStrings = z.infer<typeof DocumentStringsSchema>;

export type DocumentStringsError =
  | { readonly kind: 'unreadable'; readonly file: string }
  | { readonly kind: 'invalid'; readonly file: string; readonly path: string; readonly message: string };

export function loadDocumentStrings(language: string, dir: string = documentsLocalesDir): Result<DocumentStrings, DocumentStringsError> {
  const file = join(dir, language, 'documents.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    // a missing file and broken JSON both mean: this language cannot print documents
    return err({ kind: 'unreadable', file: `${file} (${(error as Error).message.split('\n')[0]})` });
  }
  const parsed = DocumentStringsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err({ kind: 'invalid', file, path: issue?.path.join('.') ?? '', message: issue?.message ?? 'invalid' });
  }
  return ok(parsed.data);
}
