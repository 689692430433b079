import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyStoredConfig, lastGoodConfigFile, loadStoredConfig, saveStoredConfig, storedConfigFile } from './config-store';
import { parseConfig } from './load-config';
import { DevicesConfig } from './schema';

const base = () => {
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error('defaults');
  return parsed.value;
};
const tempDir = () => mkdtempSync(join(tmpdir(), 'config-store-'));
const at = new Date('2026-11-25T08:00:00Z');
const tcpPrinter = (port: number) => ({ ...base().devices, receiptPrinter: { kind: 'escpos-tcp', host: '127.0.0.1', port } });

describe('the stored device config', () => {
  it('given no file, then the base config stands', () => {
    const dir = tempDir();
    expect(loadStoredConfig(dir)).toEqual({ kind: 'none' });
    expect(applyStoredConfig(base(), dir).config).toEqual(base());
  });

  it('given a save, then the file carries version 1 and revision 1, and the next start runs on its devices', () => {
    const dir = tempDir();
    const saved = saveStoredConfig(dir, tcpPrinter(9100), { savedBy: '90000000011', at });
    expect(saved).toMatchObject({ ok: true, value: { version: 1, revision: 1, savedBy: '90000000011', savedAt: '2026-11-25T08:00:00.000Z' } });
    expect(applyStoredConfig(base(), dir).config.devices.receiptPrinter).toEqual({ kind: 'escpos-tcp', host: '127.0.0.1', port: 9100 });
    expect(saveStoredConfig(dir, tcpPrinter(9101), { savedBy: '90000000011', at })).toMatchObject({ ok: true, value: { revision: 2 } });
    // written atomically: no temporary file is left beside it
    expect(readdirSync(dir).sort()).toEqual([lastGoodConfigFile, storedConfigFile].sort());
  });

  it('given a draft with a port out of range, then it is refused with the field named and the file on disk is unchanged', () => {
    const dir = tempDir();
    saveStoredConfig(dir, tcpPrinter(9100), { savedBy: '90000000011', at });
    const before = readFileSync(join(dir, storedConfigFile), 'utf8');
    const refused = saveStoredConfig(dir, tcpPrinter(70_000), { savedBy: '90000000011', at });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid', field: 'devices.receiptPrinter.port' } });
    expect(readFileSync(join(dir, storedConfigFile), 'utf8')).toBe(before);
  });

  it('given the file broken by hand, when the kiosk starts, then it is refused with the field at fault and the last good one is used', () => {
    const dir = tempDir();
    saveStoredConfig(dir, tcpPrinter(9100), { savedBy: '90000000011', at });
    const file = join(dir, storedConfigFile);
    const edited = JSON.parse(readFileSync(file, 'utf8')) as { devices: { receiptSettings: { paperWidthDots: number } } };
    edited.devices.receiptSettings.paperWidthDots = 500;
    writeFileSync(file, JSON.stringify(edited));
    const { config, loaded } = applyStoredConfig(base(), dir);
    expect(loaded).toMatchObject({ kind: 'refused', error: { kind: 'invalid', field: 'devices.receiptSettings.paperWidthDots' }, fallback: { revision: 1 } });
    expect(config.devices.receiptPrinter).toEqual({ kind: 'escpos-tcp', host: '127.0.0.1', port: 9100 });
  });

  it('given a file that is not JSON and no last good one, then the base config stands and the refusal says so', () => {
    const dir = tempDir();
    writeFileSync(join(dir, storedConfigFile), '{"version": 1, "devi');
    const { config, loaded } = applyStoredConfig(base(), dir);
    expect(loaded).toMatchObject({ kind: 'refused', error: { kind: 'not-json' }, fallback: undefined });
    expect(config).toEqual(base());
  });

  it('given a valid file placed by hand, when the kiosk starts, then it also becomes the last good one', () => {
    const dir = tempDir();
    const stored = { version: 1, revision: 7, savedAt: at.toISOString(), savedBy: 'installer', devices: DevicesConfig.parse({ scanner: { kind: 'serial', path: '/dev/ttyACM0' } }) };
    writeFileSync(join(dir, storedConfigFile), JSON.stringify(stored));
    expect(applyStoredConfig(base(), dir).config.devices.scanner).toEqual({ kind: 'serial', path: '/dev/ttyACM0' });
    expect(existsSync(join(dir, lastGoodConfigFile))).toBe(true);
  });

  it('given a file from a newer format, then it is refused by its version', () => {
    const dir = tempDir();
    writeFileSync(join(dir, storedConfigFile), JSON.stringify({ version: 2, revision: 1, savedAt: '', savedBy: '', devices: {} }));
    expect(loadStoredConfig(dir)).toMatchObject({ kind: 'refused', error: { field: 'version' } });
  });
});
