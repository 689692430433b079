// Builds renderer/dist when it is missing or older than its sources, so `npm start` and the
// browser tests always serve what the code says (vite, called programmatically).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const rendererDir = join(repoRoot, 'renderer');
export const rendererDistDir = join(rendererDir, 'dist');

/** What the bundle is made of: the renderer, the locales and the bridge files it imports. */
const sourceRoots = [
  rendererDir,
  join(repoRoot, 'locales'),
  join(repoRoot, 'electron/bridge/contract.ts'),
  join(repoRoot, 'electron/bridge/ws-protocol.ts'),
  // the contract's technician part and the role names it takes from the technician machine
  join(repoRoot, 'electron/bridge/technician-contract.ts'),
  join(repoRoot, 'state-machines/technician/technician-types.ts'),
];

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (path === rendererDir && entry === 'dist') continue;
    if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  }
  return newest;
}

export function isRendererStale(): boolean {
  const index = join(rendererDistDir, 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  return sourceRoots.some((root) => newestMtimeMs(root) > builtAt);
}

/** Returns whether a build ran. Vite's own errors (a broken source) propagate: that is a bug to see. */
export async function ensureRendererBuilt(options: { readonly force?: boolean } = {}): Promise<boolean> {
  if (!options.force && !isRendererStale()) return false;
  const { build } = await import('vite');
  await build({ root: rendererDir, configFile: join(rendererDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
