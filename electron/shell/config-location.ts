// Where a kiosk PC keeps its one config file: $KIOSK_CONFIG, else the machine-wide place the
// installer writes (/etc/moi-kiosk on Linux, %ProgramData%\moi-kiosk on Windows). A packaged
// build without a file refuses to start rather than run on simulators by mistake; a developer
// checkout falls back to the embedded defaults.
import { join } from 'node:path';
import { loadConfigFile, parseConfig, type ConfigError } from '../config/load-config';
import type { KioskConfig } from '../config/schema';
import { err, type Result } from '../../hardware/result';

export interface ConfigPlace {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  readonly exists: (path: string) => boolean;
}

export function machineConfigPath(place: Pick<ConfigPlace, 'env' | 'platform'>): string {
  if (place.platform === 'win32') return join(place.env.ProgramData ?? 'C:\\ProgramData', 'moi-kiosk', 'config.json');
  return '/etc/moi-kiosk/config.json';
}

export function findConfigFile(place: ConfigPlace): string | undefined {
  const explicit = place.env.KIOSK_CONFIG;
  if (explicit !== undefined && explicit !== '') return explicit;
  const machine = machineConfigPath(place);
  return place.exists(machine) ? machine : undefined;
}

export function loadShellConfig(place: ConfigPlace): Result<KioskConfig, ConfigError> {
  const path = findConfigFile(place);
  if (path !== undefined) return loadConfigFile(path);
  if (place.isPackaged) return err({ kind: 'unreadable', path: machineConfigPath(place), reason: 'ENOENT' });
  return parseConfig({});
}
