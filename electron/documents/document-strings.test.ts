import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentLanguages } from './certificate-data';
import { documentsLocalesDir, loadDocumentStrings } from './document-strings';

/** Every leaf of a JSON object as "path" → placeholders used there. */
function placeholders(value: unknown, path = ''): Record<string, string[]> {
  if (typeof value === 'string') return { [path]: [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort() };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([k, v]) => placeholders(v, path ? `${path}.${k}` : k)));
}

describe('certificate strings', () => {
  it('given each document language, then its documents.json loads and passes the schema', () => {
    for (const language of documentLanguages) expect(loadDocumentStrings(language).ok, language).toBe(true);
  });

  it('given Arabic and English, then they have the same keys and the same placeholders in each string', () => {
    const [ar, en] = ['ar', 'en'].map((l) => placeholders(JSON.parse(readFileSync(join(documentsLocalesDir, l, 'documents.json'), 'utf8'))));
    expect(ar).toEqual(en);
  });

  it('given a locale file with a key missing, then loading fails naming the path of the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-doc-strings-'));
    mkdirSync(join(dir, 'en'));
    const strings = JSON.parse(readFileSync(join(documentsLocalesDir, 'en', 'documents.json'), 'utf8')) as { kind: { residency: Record<string, string> } };
    delete strings.kind.residency.title;
    writeFileSync(join(dir, 'en', 'documents.json'), JSON.stringify(strings));
    expect(loadDocumentStrings('en', dir)).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'kind.residency.title' } });
  });

  it('given a language with no file, then it is unreadable, not a crash', () => {
    expect(loadDocumentStrings('xx')).toMatchObject({ ok: false, error: { kind: 'unreadable' } });
  });
});
