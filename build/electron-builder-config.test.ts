import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const configPath = fileURLToPath(new URL('./electron-builder.config.cjs', import.meta.url));
const require = createRequire(import.meta.url);
const config = require(configPath) as Configuration;

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validator, loaded the way the CLI loads it", async () => {
    const loaded = await getConfig(appRoot, configPath, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('given an unknown key, the same validator refuses it (so the check above means something)', async () => {
    await expect(validateConfiguration({ ...config, targetz: 'deb' } as Configuration, new DebugLogger(false))).rejects.toThrow(/unknown property 'targetz'/);
  });

  it('asks for native modules to be rebuilt from source for Electron', () => {
    expect(config).toMatchObject({ npmRebuild: true, buildDependenciesFromSource: true });
  });

  it('builds AppImage and deb on Linux and NSIS on Windows, packed in asar, with an app id and icon', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.asar).toBe(true);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.linux?.icon).toBe('build/icons/icon.png');
    expect(config.extraMetadata).toMatchObject({ main: 'dist/electron/shell/main.js' });
  });

  it('flips the fuses that would let anyone run the binary as Node or load code from outside the app', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
  });
});
