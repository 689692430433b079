// With an Electron binary present, `npm start` hands over to the Electron shell, which runs
// the kiosk core itself (one core per machine: two would fight over the card reader).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from './renderer-build';

export async function launchElectron(binary: string, configPath: string | undefined): Promise<number> {
  const { bundleShell } = await import('../../build/bundle-shell');
  await bundleShell(repoRoot);
  const child = spawn(binary, [repoRoot], {
    stdio: 'inherit',
    env: { ...process.env, ...(configPath === undefined ? {} : { KIOSK_CONFIG: resolve(configPath) }) },
  });
  const stop = (): boolean => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((done) => child.once('exit', (code, signal) => done(code ?? (signal ? 128 + 15 : 1))));
}
