// The kiosk's version for heartbeats and diagnostics: the nearest package.json named
// moi-kiosk above this file (the checkout, or the app folder in a packaged build).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function findAppVersion(start = import.meta.dirname): string {
  let dir = start;
  for (let depth = 0; depth < 8; depth += 1) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === 'moi-kiosk' && typeof json.version === 'string') return json.version;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return 'unknown';
}
