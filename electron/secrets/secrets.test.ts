import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFieldCipher } from './field-cipher';
import { keysFolder, openKioskKeys } from './kiosk-keys';
import { createKeySealer, type SecretSealer } from './sealer';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kiosk-keys-'));
const open = (dataDir: string, sealer?: SecretSealer) => {
  const keys = openKioskKeys(dataDir, sealer);
  if (!keys.ok) throw new Error(keys.error.detail);
  return keys.value;
};

describe('secrets at rest', () => {
  it('given a new data folder, then the master key is a 0600 file of 32 bytes in a 0700 folder, and the credentials file holds no secret in clear', () => {
    const dataDir = tempDir();
    const keys = open(dataDir);
    keys.writeCredentials({ kioskId: 'KIOSK-MALL-07', secret: 'the-very-secret-value' });
    const folder = keysFolder(dataDir);
    expect(statSync(join(folder, 'master.key')).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(folder, 'master.key'))).toHaveLength(32);
    for (const file of readdirSync(folder)) expect(readFileSync(join(folder, file), 'latin1')).not.toContain('the-very-secret-value');
    expect(statSync(join(folder, 'credentials.sealed')).mode & 0o777).toBe(0o600);
    expect(open(dataDir).readCredentials()).toEqual({ kioskId: 'KIOSK-MALL-07', secret: 'the-very-secret-value' });
  });

  it('given a master key file others can read, when opened, then it is tightened back to 0600', () => {
    const dataDir = tempDir();
    open(dataDir);
    chmodSync(join(keysFolder(dataDir), 'master.key'), 0o644);
    open(dataDir);
    expect(statSync(join(keysFolder(dataDir), 'master.key')).mode & 0o777).toBe(0o600);
  });

  it('given a sealer from the shell (as safeStorage would be), then the core uses it and writes no key file', () => {
    const dataDir = tempDir();
    const calls: string[] = [];
    const inner = createKeySealer(Buffer.alloc(32, 7));
    const shellSealer: SecretSealer = { kind: 'safe-storage', seal: (p) => (calls.push('seal'), inner.seal(p)), open: (b) => (calls.push('open'), inner.open(b)) };
    const keys = open(dataDir, shellSealer);
    keys.writeCredentials({ kioskId: 'K-1', secret: 's' });
    expect(readdirSync(keysFolder(dataDir)).sort()).toEqual(['credentials.sealed', 'outbox-data.key']);
    expect(calls).toContain('seal');
    // files sealed by one scheme are refused by another, never overwritten
    expect(openKioskKeys(dataDir)).toMatchObject({ ok: false, error: { kind: 'keys-unusable', detail: 'other-sealer' } });
  });

  it('given a data key file changed on disk, when opened, then the keys are refused rather than replaced', () => {
    const dataDir = tempDir();
    open(dataDir);
    const path = join(keysFolder(dataDir), 'outbox-data.key');
    const envelope = JSON.parse(readFileSync(path, 'utf8')) as { sealer: string; sealed: string };
    const bytes = Buffer.from(envelope.sealed, 'base64');
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(path, JSON.stringify({ ...envelope, sealed: bytes.toString('base64') }));
    expect(openKioskKeys(dataDir)).toMatchObject({ ok: false, error: { kind: 'keys-unusable', detail: 'unopenable' } });
  });

  it('given a sealed field, then it opens only in its own row and column, and plain legacy values pass through', () => {
    const cipher = createFieldCipher(Buffer.alloc(32, 1));
    const sealed = cipher.seal('28412345678', 'row-1', 'holder_id');
    expect(sealed).toMatch(/^aes1:/);
    expect(sealed).not.toContain('28412345678');
    expect(cipher.open(sealed, 'row-1', 'holder_id')).toBe('28412345678');
    expect(() => cipher.open(sealed, 'row-2', 'holder_id')).toThrow();
    expect(() => cipher.open(sealed, 'row-1', 'subject_id')).toThrow();
    expect(cipher.open('28412345678', 'row-1', 'holder_id')).toBe('28412345678');
  });
});
