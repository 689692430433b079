// Builds the renderer exactly as shipped, but beside a locales folder with more languages in
// it (a pseudo-locale, a seventh language): a copy of renderer/ next to a locales/ whose
// language folders link to the real ones, plus the extra folders and font files; the rest of
// the tree is linked. No file of the app changes: if the copy shows the new language,
// adding a language really is a folder and a font.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot } from '../../../electron/browser-mode/renderer-build';

/** namespace → parsed JSON, as the files of one locale folder. */
export type LocaleFolder = Readonly<Record<string, unknown>>;

export interface ExtraLocales {
  /** language → its files (locale.json included: it names the font). */
  readonly folders: Readonly<Record<string, LocaleFolder>>;
  /** Font files to add to locales/fonts (paths to copy). */
  readonly fontFiles?: readonly string[];
}

export interface BuiltRenderer {
  /** The copied tree's locales folder (for a kiosk core to read the same files). */
  readonly localesDir: string;
  readonly distDir: string;
  remove(): void;
}

export async function buildRendererWithLocales(extra: ExtraLocales): Promise<BuiltRenderer> {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-locales-'));
  cpSync(join(repoRoot, 'renderer'), join(root, 'renderer'), { recursive: true, filter: (source) => basename(source) !== 'dist' });
  // everything else the renderer might import (the bridge contract and what it imports, the
  // build plugin, node_modules) is the app's own, linked
  for (const entry of readdirSync(repoRoot)) {
    if (!['renderer', 'locales', '.git', 'dist', 'release'].includes(entry)) symlinkSync(join(repoRoot, entry), join(root, entry));
  }

  const localesDir = join(root, 'locales');
  mkdirSync(join(localesDir, 'fonts'), { recursive: true });
  for (const entry of readdirSync(join(repoRoot, 'locales'), { withFileTypes: true })) {
    const source = join(repoRoot, 'locales', entry.name);
    if (entry.name === 'fonts') for (const font of readdirSync(source)) symlinkSync(join(source, font), join(localesDir, 'fonts', font));
    else symlinkSync(source, join(localesDir, entry.name));
  }
  for (const file of extra.fontFiles ?? []) cpSync(file, join(localesDir, 'fonts', basename(file)));
  for (const [language, files] of Object.entries(extra.folders)) {
    mkdirSync(join(localesDir, language));
    for (const [namespace, content] of Object.entries(files)) writeFileSync(join(localesDir, language, `${namespace}.json`), `${JSON.stringify(content, null, 2)}\n`);
  }

  const distDir = join(root, 'renderer', 'dist');
  const { build } = await import('vite');
  await build({ root: join(root, 'renderer'), configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'error', build: { outDir: distDir, emptyOutDir: true } });
  return { localesDir, distDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
