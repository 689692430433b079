// The plain-Node core's master key: 32 random bytes in <dataDir>/keys/master.key, readable by
// the kiosk user only (0600, folder 0700). Whoever can read it can read the sealed secrets, so
// it never leaves the data folder and is never logged.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';

export type KeyFileError = { readonly kind: 'unreadable'; readonly path: string; readonly detail: string } | { readonly kind: 'malformed'; readonly path: string };

const isPosix = process.platform !== 'win32';

/** Reads the key, creating it on first use; tightens a file others could read back to 0600. */
export function loadOrCreateKeyFile(path: string): Result<Buffer, KeyFileError> {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    if (!existsSync(path)) writeNewKey(path);
    if (isPosix && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    const key = readFileSync(path);
    return key.length === 32 ? ok(key) : err({ kind: 'malformed', path });
  } catch (cause) {
    return err({ kind: 'unreadable', path, detail: cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause) });
  }
}

/** Written to a temporary file with mode 0600 from the start, fsynced, then renamed in place. */
function writeNewKey(path: string): void {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, randomBytes(32));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}
