// Remembers, in the data folder, that the central revoked this kiosk's credentials, so after a
// restart payments stay off from the first screen instead of until the first request is
// refused. The marker names a fingerprint of the revoked secret: new credentials (re-enrolment
// with a maintainer's code) do not match it, and it is removed.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../config/atomic-write';
import type { KioskCredentials } from '../secrets/kiosk-keys';

export const revocationFileName = 'revoked.json';

const Marker = z.object({ kioskId: z.string(), secretFingerprint: z.string(), revokedAt: z.string() }).strict();

/** Not the secret: 64 bits of its hash, enough to tell one enrolment from the next. */
function fingerprint(credentials: KioskCredentials): string {
  return createHash('sha256').update(`revocation:${credentials.secret}`, 'utf8').digest('hex').slice(0, 16);
}

export type StoredRevocation =
  | { readonly kind: 'none' }
  | { readonly kind: 'revoked'; readonly revokedAt: string }
  /** A marker for other credentials: the kiosk enrolled again since; it has been removed. */
  | { readonly kind: 'cleared-by-enrolment' }
  /** A marker that cannot be read counts as revoked: only re-enrolment (which removes it) lifts it. */
  | { readonly kind: 'unreadable' };

export function readRevocation(dataDir: string, credentials: KioskCredentials | undefined): StoredRevocation {
  const path = join(dataDir, revocationFileName);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable' };
  }
  let marker: z.infer<typeof Marker>;
  try {
    const parsed = Marker.safeParse(JSON.parse(text));
    if (!parsed.success) return { kind: 'unreadable' };
    marker = parsed.data;
  } catch {
    return { kind: 'unreadable' }; // not JSON: a damaged marker still keeps payments off
  }
  if (credentials && (marker.kioskId !== credentials.kioskId || marker.secretFingerprint !== fingerprint(credentials))) {
    clearRevocation(dataDir);
    return { kind: 'cleared-by-enrolment' };
  }
  return { kind: 'revoked', revokedAt: marker.revokedAt };
}

export function writeRevocation(dataDir: string, credentials: KioskCredentials, at: Date): void {
  const marker: z.infer<typeof Marker> = { kioskId: credentials.kioskId, secretFingerprint: fingerprint(credentials), revokedAt: at.toISOString() };
  writeFileAtomically(join(dataDir, revocationFileName), `${JSON.stringify(marker)}\n`);
}

export function clearRevocation(dataDir: string): void {
  rmSync(join(dataDir, revocationFileName), { force: true });
}
