// `npm test` checks the machine first: when a Debian package the tests need is missing,
// it prints the one line to run instead of failing later in a confusing way.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const script = readFileSync(new URL('./setup-system.sh', import.meta.url), 'utf8');
const block = script.match(/packages=\(([\s\S]*?)\n\)/);
if (!block) throw new Error('test/setup-system.sh: no packages=( … ) list');
const packages = block[1]
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .join(' ')
  .split(/\s+/)
  .filter(Boolean);

const missing = packages.filter((name) => {
  try {
    return !execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return true; // dpkg-query exits 1 for a package it has never heard of: that is "missing"
  }
});

if (missing.length > 0) {
  console.error(`missing system packages: ${missing.join(' ')}`);
  console.error('run: sudo test/setup-system.sh');
  process.exit(1);
}
