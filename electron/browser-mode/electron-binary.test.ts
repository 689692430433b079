import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary';

function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'electron-bin-'));
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  return root;
}

describe('finding an Electron binary', () => {
  it('given the package installed without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD), then there is none', () => {
    expect(findElectronBinary(checkout(), {})).toBeUndefined();
  });

  it('given path.txt naming a file that is not there, then there is none', () => {
    const root = checkout();
    writeFileSync(join(root, 'node_modules/electron/path.txt'), 'electron');
    expect(findElectronBinary(root, {})).toBeUndefined();
  });

  it('given path.txt and the binary under dist/, then that binary', () => {
    const root = checkout();
    writeFileSync(join(root, 'node_modules/electron/path.txt'), 'electron');
    mkdirSync(join(root, 'node_modules/electron/dist'));
    writeFileSync(join(root, 'node_modules/electron/dist/electron'), '');
    expect(findElectronBinary(root, {}, 'linux')).toBe(join(root, 'node_modules/electron/dist/electron'));
  });

  it('given ELECTRON_OVERRIDE_DIST_PATH, then the binary there', () => {
    const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'));
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectronBinary(checkout(), { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBe(join(dist, 'electron'));
  });

  it('given this checkout (no binary can be had here), then there is none', () => {
    expect(findElectronBinary(join(import.meta.dirname, '../..'), {})).toBeUndefined();
  });
});
