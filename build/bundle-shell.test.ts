import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleShell } from './bundle-shell';

// A miniature app: a module that finds a data file next to its source, a preload that
// imports a shared module. The bundles must keep both working where they land.
let base: string;
const writeApp = (root: string): void => {
  mkdirSync(join(root, 'electron', 'shell'), { recursive: true });
  mkdirSync(join(root, 'electron', 'core'), { recursive: true });
  mkdirSync(join(root, 'locales'), { recursive: true });
  writeFileSync(join(root, 'locales', 'hello.txt'), 'marhaba');
  writeFileSync(
    join(root, 'electron', 'core', 'data.ts'),
    "import { readFileSync } from 'node:fs';\nimport { resolve } from 'node:path';\nimport { fileURLToPath } from 'node:url';\n" +
      "export const byDirname = resolve(import.meta.dirname, '../../locales');\n" +
      "export const byUrl = fileURLToPath(new URL('../../locales/', import.meta.url));\n" +
      "export const read = (): string => readFileSync(resolve(byDirname, 'hello.txt'), 'utf8');\n",
  );
  writeFileSync(join(root, 'electron', 'shell', 'main.ts'), "import { byDirname, byUrl, read } from '../core/data';\nconsole.log(JSON.stringify({ byDirname, byUrl, text: read() }));\n");
  writeFileSync(join(root, 'electron', 'shell', 'shared.ts'), "export const channel = 'kiosk:event';\n");
  writeFileSync(join(root, 'electron', 'shell', 'preload.ts'), "import { ipcRenderer } from 'electron';\nimport { channel } from './shared';\nipcRenderer.send(channel);\n");
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kiosk-bundle-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('shell bundles', () => {
  it('given a module that finds files next to its source, the bundled main still finds them', async () => {
    const root = join(base, 'app');
    writeApp(root);
    const { main } = await bundleShell(root);
    const printed = JSON.parse(execFileSync(process.execPath, [main], { encoding: 'utf8' })) as { byDirname: string; byUrl: string; text: string };
    expect(printed.byDirname).toBe(join(root, 'locales'));
    expect(printed.text).toBe('marhaba');
  });

  it('given the app packed in app.asar, points those lookups at app.asar.unpacked (native readers cannot open asar)', async () => {
    const root = join(base, 'resources', 'app.asar');
    writeApp(root);
    const { main } = await bundleShell(root);
    const unpacked = join(base, 'resources', 'app.asar.unpacked');
    mkdirSync(join(unpacked, 'locales'), { recursive: true });
    writeFileSync(join(unpacked, 'locales', 'hello.txt'), 'marhaba (unpacked)');
    const printed = JSON.parse(execFileSync(process.execPath, [main], { encoding: 'utf8' })) as { byDirname: string; byUrl: string; text: string };
    expect(printed.byDirname).toBe(join(unpacked, 'locales'));
    expect(printed.byUrl).toBe(join(unpacked, 'locales') + '/');
    expect(printed.text).toBe('marhaba (unpacked)');
  });

  it('bundles the preload as one CommonJS file that requires nothing but electron', async () => {
    const root = join(base, 'preload-app');
    writeApp(root);
    const { preload } = await bundleShell(root);
    const text = readFileSync(preload, 'utf8');
    const required = [...text.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(text).toContain('kiosk:event');
  });
});

describe('the real shell bundles', () => {
  it('bundle the preload without the zod schemas: small, requiring only electron, with the contract’s own channel names', async () => {
    const { BridgeChannel } = await import('../electron/bridge/contract');
    const out = join(base, 'real');
    const { preload, main } = await bundleShell(undefined, out);
    const text = readFileSync(preload, 'utf8');
    expect(text.length).toBeLessThan(10_000);
    expect([...text.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    for (const channel of Object.values(BridgeChannel)) expect(text).toContain(JSON.stringify(channel));
    expect(text).not.toMatch(/zod|safeParse/);
    expect(readFileSync(main, 'utf8')).toContain('__kioskPath("electron/core")');
  });
});
