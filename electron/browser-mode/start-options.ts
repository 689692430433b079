// What `npm start` reads from its command line and environment: pure, so each rule is a
// table test.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';

export interface StartOptions {
  readonly configPath?: string;
}

export const startUsage = 'usage: npm start [-- --config <file>]';

export function parseStartArgs(argv: readonly string[]): Result<StartOptions, string> {
  let configPath: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--config') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return err('--config needs a file path');
      configPath = value;
      i += 1;
    } else if (arg.startsWith('--config=')) {
      configPath = arg.slice('--config='.length);
      if (configPath === '') return err('--config needs a file path');
    } else {
      return err(`unknown argument "${arg}"`);
    }
  }
  return ok(configPath === undefined ? {} : { configPath });
}

/** The per-user data folder (XDG): $XDG_DATA_HOME/moi-kiosk, else ~/.local/share/moi-kiosk. */
export function defaultDataDir(env: Readonly<Record<string, string | undefined>>, home = homedir()): string {
  const xdg = env.XDG_DATA_HOME;
  return join(xdg !== undefined && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'moi-kiosk');
}
