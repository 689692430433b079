import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFonts } from '../../build/vite-kiosk-fonts';
import { rendererDir, repoRoot } from '../../electron/browser-mode/renderer-build';
import { fontFacesCss } from '../../locales/locale-fonts';

// Physical directions break right-to-left screens; logical properties mirror by themselves.
const physical = /(^|[\s;{])((margin|padding|border)-(left|right)|left|right|float|clear)\s*:|text-align\s*:\s*(left|right)|(margin|padding|inset)\s*:\s*[^;\s]+\s+[^;\s]+\s+[^;\s]+\s+[^;\s]+/;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'dist' || entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? cssFiles(path) : entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('renderer styles', () => {
  it('given every stylesheet, then no rule uses a physical direction (left/right, four-sided shorthands)', () => {
    const offending = cssFiles(rendererDir).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ file, line: index + 1, text: line.replace(/\/\*.*?\*\//g, '') }))
        .filter((entry) => physical.test(entry.text)),
    );
    expect(offending).toEqual([]);
  });

  it('given the font faces, then every one is a file shipped in locales/fonts (never a system font)', () => {
    // the stylesheet is generated at build time from locales/<lang>/locale.json
    const fonts = fontFacesCss(localeFonts(join(repoRoot, 'locales')), (file) => `../../locales/fonts/${file}`);
    const sources = [...fonts.matchAll(/src:\s*([^;]+);/g)].map((match) => match[1] ?? '');
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^url\('\.\.\/\.\.\/locales\/fonts\/Noto[A-Za-z]+-(Regular|Bold)\.ttf'\) format\('truetype'\)$/);
    expect(fonts).not.toMatch(/local\(|sans-serif|serif;|system-ui/);
  });
});
