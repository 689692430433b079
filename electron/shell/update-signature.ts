// What makes an update installable: the file on disk hashes to the sha512 the update server
// announced, AND the ministry's Ed25519 key signed that (version, sha512) pair. The checksum
// alone only proves the download matches the server; the signature proves the server's
// announcement came from the release desk (build/sign-update.ts), not from whoever controls
// the server. Plain Node crypto: tested without Electron or a network.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { err, ok, type Result } from '../../hardware/result';

export type UpdateRejection =
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'no-checksum' }
  | { readonly kind: 'checksum-mismatch' }
  | { readonly kind: 'no-signature' }
  | { readonly kind: 'bad-key' }
  | { readonly kind: 'bad-signature' };

/** The key an installer's signature is filed under: its file name, whatever URL form latest.yml uses. */
export function updateFileName(pathOrUrl: string): string {
  const last = pathOrUrl.split(/[?#]/)[0]?.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a stray % is part of the name, not an escape
  }
}

/** The exact bytes signed: a version and a checksum cannot be paired differently later. */
export function signedMessage(version: string, sha512: string): Buffer {
  return Buffer.from(`moi-kiosk-update\n${version}\n${sha512}`, 'utf8');
}

/** sha512 of a file, base64 (the encoding electron-builder writes into latest.yml). */
export function sha512OfFile(path: string): Promise<Result<string, UpdateRejection>> {
  return new Promise((resolve) => {
    const hash = createHash('sha512');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', () => resolve(err({ kind: 'unreadable' })))
      .on('end', () => resolve(ok(hash.digest('base64'))));
  });
}

export function signUpdate(version: string, sha512: string, privateKeyPem: string): string {
  return sign(null, signedMessage(version, sha512), createPrivateKey(privateKeyPem)).toString('base64');
}

function publicKey(pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined; // an unparsable key verifies nothing: the caller reports bad-key
  }
}

export interface UpdateToVerify {
  readonly file: string;
  readonly version: string;
  /** The sha512 the server announced for this file; undefined when it announced none. */
  readonly expectedSha512: string | undefined;
  readonly signature: string | undefined;
  readonly publicKeyPem: string;
}

export async function verifyUpdate(update: UpdateToVerify): Promise<Result<void, UpdateRejection>> {
  if (update.expectedSha512 === undefined) return err({ kind: 'no-checksum' });
  const actual = await sha512OfFile(update.file);
  if (!actual.ok) return actual;
  if (actual.value !== update.expectedSha512) return err({ kind: 'checksum-mismatch' });
  if (update.signature === undefined || update.signature === '') return err({ kind: 'no-signature' });
  const key = publicKey(update.publicKeyPem);
  if (key === undefined) return err({ kind: 'bad-key' });
  const isValid = verify(null, signedMessage(update.version, update.expectedSha512), key, Buffer.from(update.signature, 'base64'));
  return isValid ? ok() : err({ kind: 'bad-signature' });
}
