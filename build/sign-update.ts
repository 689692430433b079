// The release desk's step after `npm run dist`: signs each installer listed in latest.yml
// (or latest-linux.yml) with the ministry's Ed25519 key, so kiosks install only what this
// key approved (electron/shell/update-signature.ts verifies).
//   KIOSK_UPDATE_SIGNING_KEY=/secure/update-key.pem npx tsx build/sign-update.ts release/latest-linux.yml
// Make the key pair once:
//   openssl genpkey -algorithm ed25519 -out update-key.pem
//   openssl pkey -in update-key.pem -pubout   (→ config updates.publicKeyPem)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { sha512OfFile, signUpdate, updateFileName } from '../electron/shell/update-signature';

// js-yaml comes with electron-builder/electron-updater (which parse the same file with it).
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown; dump(value: unknown, options?: object): string };

const LatestYml = z.looseObject({
  version: z.string().min(1),
  files: z.array(z.looseObject({ url: z.string().min(1), sha512: z.string().min(1) })).min(1),
});

/** Returns latest.yml with kioskSignatures (file name → signature); checks each artifact present in artifactDir. */
export async function signLatestYml(text: string, privateKeyPem: string, artifactDir?: string): Promise<string> {
  const doc = LatestYml.parse(yaml.load(text));
  const kioskSignatures: Record<string, string> = {};
  for (const file of doc.files) {
    if (artifactDir !== undefined) {
      const actual = await sha512OfFile(join(artifactDir, file.url));
      if (!actual.ok || actual.value !== file.sha512) throw new Error(`${file.url}: missing, or its sha512 differs from latest.yml; rebuild before signing`);
    }
    kioskSignatures[updateFileName(file.url)] = signUpdate(doc.version, file.sha512, privateKeyPem);
  }
  return yaml.dump({ ...doc, kioskSignatures }, { lineWidth: -1 });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ymlPath = process.argv[2];
  const keyPath = process.env.KIOSK_UPDATE_SIGNING_KEY;
  if (ymlPath === undefined || keyPath === undefined) {
    console.error('usage: KIOSK_UPDATE_SIGNING_KEY=<private key .pem> tsx build/sign-update.ts <release/latest*.yml>');
    process.exit(2);
  }
  const signed = await signLatestYml(readFileSync(ymlPath, 'utf8'), readFileSync(keyPath, 'utf8'), dirname(ymlPath));
  writeFileSync(ymlPath, signed);
  console.log(`signed ${ymlPath}`);
}
