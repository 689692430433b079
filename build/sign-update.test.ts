import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha512OfFile, verifyUpdate } from '../electron/shell/update-signature';
import { signLatestYml } from './sign-update';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const keys = generateKeyPairSync('ed25519');
const privateKeyPem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicKeyPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

let dir: string;
let sha512: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-sign-'));
  writeFileSync(join(dir, 'MOI Kiosk-0.2.0-x86_64.AppImage'), 'installer bytes');
  const hashed = await sha512OfFile(join(dir, 'MOI Kiosk-0.2.0-x86_64.AppImage'));
  if (!hashed.ok) throw new Error('cannot hash the fixture');
  sha512 = hashed.value;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const latestYml = (checksum: string) =>
  `version: 0.2.0\nfiles:\n  - url: MOI Kiosk-0.2.0-x86_64.AppImage\n    sha512: ${checksum}\n    size: 15\npath: MOI Kiosk-0.2.0-x86_64.AppImage\nsha512: ${checksum}\nreleaseDate: '2025-01-01T00:00:00.000Z'\n`;

describe('signing latest.yml at the release desk', () => {
  it('adds a signature per installer that the kiosk verifies, keeping the fields electron-updater reads', async () => {
    const signed = yaml.load(await signLatestYml(latestYml(sha512), privateKeyPem, dir)) as { version: string; files: { url: string; sha512: string }[]; kioskSignatures: Record<string, string> };
    expect(signed.version).toBe('0.2.0');
    expect(signed.files[0]?.sha512).toBe(sha512);
    const verdict = await verifyUpdate({ file: join(dir, 'MOI Kiosk-0.2.0-x86_64.AppImage'), version: '0.2.0', expectedSha512: sha512, signature: signed.kioskSignatures['MOI Kiosk-0.2.0-x86_64.AppImage'], publicKeyPem });
    expect(verdict).toEqual({ ok: true, value: undefined });
  });

  it('given latest.yml announcing a checksum the installer does not have, refuses to sign', async () => {
    await expect(signLatestYml(latestYml('AAAA'), privateKeyPem, dir)).rejects.toThrow(/sha512 differs/);
  });

  it('given a public key instead of a private one, fails rather than sign with nothing', async () => {
    await expect(signLatestYml(latestYml(sha512), publicKeyPem, dir)).rejects.toThrow();
  });
});
