// A small JSON value sealed with the kiosk's SecretSealer and written atomically (the kiosk's
// credentials, the outbox's data key). The file names the sealer's kind, so a file sealed by
// another scheme is refused with a clear reason instead of a decryption error.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';
import type { SecretSealer } from './sealer';

export type SealedFileError =
  | { readonly kind: 'missing' }
  | { readonly kind: 'other-sealer'; readonly found: string }
  | { readonly kind: 'unopenable'; readonly detail: string };

export function readSealedFile(path: string, sealer: SecretSealer): Result<unknown, SealedFileError> {
  if (!existsSync(path)) return err({ kind: 'missing' });
  try {
    const envelope = JSON.parse(readFileSync(path, 'utf8')) as { sealer?: unknown; sealed?: unknown };
    if (envelope.sealer !== sealer.kind) return err({ kind: 'other-sealer', found: String(envelope.sealer) });
    return ok(JSON.parse(sealer.open(Buffer.from(String(envelope.sealed), 'base64'))) as unknown);
  } catch (cause) {
    // A changed byte fails the GCM tag; a truncated file fails JSON.parse: both are "unopenable".
    return err({ kind: 'unopenable', detail: cause instanceof Error ? cause.message : String(cause) });
  }
}

export function writeSealedFile(path: string, sealer: SecretSealer, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const text = JSON.stringify({ sealer: sealer.kind, sealed: sealer.seal(JSON.stringify(value)).toString('base64') });
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}
