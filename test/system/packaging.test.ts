// Lays the app out the way electron-builder packs it (`--linux dir`), offline: a stand-in
// Electron folder replaces the binary download and the native rebuild is off (Electron's
// headers cannot be fetched here). Then reads app.asar back and checks what a kiosk needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { build as buildInstaller, Platform, type Configuration } from 'electron-builder';
import { build as buildRenderer } from 'vite';
import { bundleShell } from '../../build/bundle-shell';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const config = createRequire(import.meta.url)(join(appRoot, 'build', 'electron-builder.config.cjs')) as Configuration;

let work: string;
let asarPath: string;
let entries: Set<string>;

/** Electron's folder layout with a shell script where the binary would be. */
function standInElectron(dir: string): string {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in electron"\n');
  chmodSync(join(dir, 'electron'), 0o755);
  for (const locale of ['ar', 'en-US', 'fr', 'hi', 'ml', 'ur', 'de']) writeFileSync(join(dir, 'locales', `${locale}.pak`), '');
  return dir;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kiosk-package-'));
  const shellOut = join(work, 'shell');
  const rendererOut = join(work, 'renderer-dist');
  await bundleShell(appRoot, shellOut);
  await buildRenderer({ root: join(appRoot, 'renderer'), configFile: join(appRoot, 'renderer', 'vite.config.ts'), logLevel: 'error', build: { outDir: rendererOut, emptyOutDir: true } });
  await buildInstaller({
    projectDir: appRoot,
    targets: Platform.LINUX.createTarget('dir'),
    config: {
      ...config,
      electronDist: standInElectron(join(work, 'electron-dist')),
      npmRebuild: false,
      // The fuses are flipped inside the real binary; the stand-in has none to flip.
      electronFuses: null,
      directories: { ...config.directories, output: join(work, 'release') },
      // The config's own patterns, but the bundles and the renderer come from the temporary
      // folder (the repo's dist/ is left alone), packed where the app expects them.
      files: [
        ...(config.files as string[]).filter((pattern) => !/^(dist|renderer\/dist)\//.test(pattern)),
        { from: shellOut, to: 'dist/electron/shell', filter: ['**/*', '!*.map'] },
        { from: rendererOut, to: 'renderer/dist' },
      ],
    },
  });
  asarPath = join(work, 'release', 'linux-unpacked', 'resources', 'app.asar');
  entries = new Set(listPackage(asarPath, { isPack: false }).map((entry) => entry.split(sep).join('/')));
}, 110_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged app (linux dir layout)', () => {
  it('has the named executable beside app.asar', () => {
    expect(existsSync(join(work, 'release', 'linux-unpacked', 'moi-kiosk'))).toBe(true);
    expect(existsSync(asarPath)).toBe(true);
  });

  it('starts from the bundled main, with the sandboxed preload beside it', () => {
    const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main: string };
    expect(manifest.main).toBe('dist/electron/shell/main.js');
    expect(entries).toContain('/dist/electron/shell/main.js');
    expect(entries).toContain('/dist/electron/shell/preload.cjs');
  });

  it('carries the built renderer: its page and its scripts', () => {
    expect(entries).toContain('/renderer/dist/index.html');
    expect([...entries].some((e) => /^\/renderer\/dist\/assets\/.+\.js$/.test(e))).toBe(true);
  });

  it('carries every locale file and font, unpacked so native code can read them', () => {
    const localeFiles = filesUnder(join(appRoot, 'locales'));
    expect(localeFiles.some((f) => f.startsWith('fonts/') && f.endsWith('.ttf'))).toBe(true);
    expect(localeFiles.some((f) => f.startsWith('ar/') && f.endsWith('.json'))).toBe(true);
    for (const file of localeFiles) {
      expect(entries).toContain(`/locales/${file}`);
      expect(existsSync(join(`${asarPath}.unpacked`, 'locales', file))).toBe(true);
    }
  });

  it('carries the native modules, unpacked (a .node file cannot be loaded from inside asar)', () => {
    const natives = [
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/pcsclite/build/Release/pcsclite.node',
      'node_modules/node-hid/prebuilds/HID_hidraw-linux-x64/node-napi-v4.node',
    ];
    for (const native of natives) {
      expect(entries).toContain(`/${native}`);
      expect(existsSync(join(`${asarPath}.unpacked`, native))).toBe(true);
    }
  });

  it('leaves out sources, tests and development tools', () => {
    const list = [...entries];
    expect(list.filter((e) => /^\/(electron|hardware|state-machines|central|bench|build|test)(\/|$)|^\/renderer\/(?!dist(\/|$))/.test(e))).toEqual([]);
    expect(list.filter((e) => /^\/node_modules\/(vitest|electron|electron-builder|typescript|vite|esbuild|@electron\/asar)\//.test(e))).toEqual([]);
    expect(list.filter((e) => e.endsWith('.map'))).toEqual([]);
    expect(readFileSync(join(appRoot, 'package.json'), 'utf8')).toContain('"name": "moi-kiosk"');
  });
});
