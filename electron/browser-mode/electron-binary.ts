// Whether this checkout has an Electron binary to run, found the way the electron package's
// own index.js finds it (path.txt beside it, or ELECTRON_OVERRIDE_DIST_PATH), without
// loading the package: the core never requires electron at runtime.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(root: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  const packageDir = join(root, 'node_modules', 'electron');
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(binary) ? binary : undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined; // installed with ELECTRON_SKIP_BINARY_DOWNLOAD
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
