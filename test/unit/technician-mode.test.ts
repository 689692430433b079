// Technician mode on the real kiosk core with simulated devices and the in-process virtual
// ESC/POS printer: entry by card, reassigning and testing a device, saving, the config after a
// restart, the operations pages, and every action in the hash-chained audit log.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualEscPosPrinter } from '../../hardware/printer/virtual-printer/virtual-printer';
import { openAuditDatabase, readAuditRows } from '../../electron/audit/audit-log';
import { verifyAuditFile } from '../../electron/audit/verify-audit-file';
import type { View } from '../../electron/bridge/contract';
import type { Kiosk } from '../../electron/core/create-kiosk';
import { createFileLogger } from '../../electron/log/file-logger';
import { identityOf } from '../../hardware/card/test-cards';
import { storedConfigFile } from '../../electron/config/config-store';
import { signIn, startTestKiosk, untilView } from './kiosk-test-kit';

const opened: { kiosk?: Kiosk; printer?: VirtualEscPosPrinter } = {};
afterEach(async () => {
  await opened.kiosk?.stop();
  await opened.printer?.close();
  opened.kiosk = undefined;
  opened.printer = undefined;
});

const tech = (v: View) => v.technician;
const auditActions = (dataDir: string) => {
  const db = openAuditDatabase(join(dataDir, 'audit.sqlite'), { isReadOnly: true });
  if (!db.ok) throw new Error('no audit log');
  const actions = [...readAuditRows(db.value)].map((row) => row.action);
  db.value.close();
  return actions;
};

describe('technician mode on the kiosk core', () => {
  it('given a technician card, when the receipt printer is moved to a network printer at 58 mm, tested and saved, then a test receipt prints there and the next start runs on it', async () => {
    const printer = (opened.printer = new VirtualEscPosPrinter());
    const port = await printer.listen(0);
    // a generous probe timeout: a loaded test machine can be slow to accept even on loopback
    const overrides = { maintenance: { tcpPrinterProbes: [{ host: '127.0.0.1', port }], probeTimeoutMs: 5_000 } };
    const started = await startTestKiosk(overrides);
    const kiosk = (opened.kiosk = started.kiosk);

    expect((await signIn(kiosk, 'technician', '9753')).screen).toBe('technician');
    kiosk.send({ type: 'TECH.OPEN', page: 'devices' });
    const devices = await untilView(kiosk, (v) => tech(v)?.page === 'devices' && tech(v)?.roles !== undefined);
    expect(tech(devices)?.roles?.find((r) => r.role === 'receipt-printer')).toMatchObject({ device: { label: 'Simulated' }, health: { level: 'ok' }, isChanged: false });

    kiosk.send({ type: 'TECH.ROLE', role: 'receipt-printer' });
    kiosk.send({ type: 'TECH.DISCOVER' });
    const found = await untilView(kiosk, (v) => tech(v)?.device?.hasDiscovered === true && !tech(v)?.isBusy);
    const option = tech(found)?.device?.options.find((o) => o.label === `127.0.0.1:${port}`);
    expect(option?.via).toBe('via.tcp');
    kiosk.send({ type: 'TECH.CHOOSE', index: option?.index ?? -1 });
    kiosk.send({ type: 'TECH.SETTING', name: 'paperWidthDots', value: '384' });
    kiosk.send({ type: 'TECH.TEST' });
    const tested = await untilView(kiosk, (v) => tech(v)?.device?.test?.outcome === 'passed' || tech(v)?.device?.test?.outcome === 'failed');
    expect(tech(tested)?.device?.test).toMatchObject({ outcome: 'passed', detail: { key: 'test.printed' } });
    const [receipt] = await printer.waitForReceipts(1);
    expect(receipt?.summary.unknown).toEqual([]);

    kiosk.send({ type: 'BACK' });
    kiosk.send({ type: 'TECH.SAVE' });
    const saved = await untilView(kiosk, (v) => tech(v)?.notice?.key === 'notice.saved');
    expect(tech(saved)?.notice?.values).toEqual({ revision: 1 });
    // the saved config names the technician as the audit log does, never by card number
    const storedConfig = readFileSync(join(started.dataDir, storedConfigFile), 'utf8');
    expect(JSON.parse(storedConfig)).toMatchObject({ savedBy: expect.stringMatching(/^card-\d{4}-[0-9a-f]{16}$/) });
    expect(storedConfig).not.toContain(identityOf('technician').idNumber);
    kiosk.send({ type: 'TECH.EXIT' });
    await untilView(kiosk, (v) => v.screen === 'take-card');
    await kiosk.stop();

    // the restart: a new core on the same data folder
    const restarted = await startTestKiosk(overrides, { dataDir: started.dataDir });
    opened.kiosk = restarted.kiosk;
    expect(restarted.logger.lines.find((l) => l.event === 'kiosk.started')?.fields.printer).toBe('escpos-tcp');
    expect(restarted.logger.lines.find((l) => l.event === 'config.stored-loaded')?.fields.revision).toBe(1);
    expect(verifyAuditFile(join(started.dataDir, 'audit.sqlite')).exitCode).toBe(0);
    expect(auditActions(started.dataDir)).toEqual(['technician.entered', 'device.discovered', 'device.tested', 'config.saved', 'technician.exited']);
  });

  it('given a wrong PIN on a technician card, a cloned technician card and a resident card, then none opens technician mode and the two refusals are audited', async () => {
    const started = await startTestKiosk();
    const kiosk = (opened.kiosk = started.kiosk);
    await signIn(kiosk, 'technician', '1111', (v) => v.message?.key === 'screens:pin.wrong');
    kiosk.simulators.cardReader?.removeCard();
    await untilView(kiosk, (v) => v.screen === 'attract');
    kiosk.simulators.cardReader?.insertCard('technician', { isCloned: true });
    const refused = await untilView(kiosk, (v) => v.screen === 'error');
    expect(refused.message?.key).toBe('screens:problem.card-not-authentic');
    kiosk.simulators.cardReader?.removeCard();
    expect((await signIn(kiosk, 'resident', '1234')).screen).toBe('menu');
    expect(auditActions(started.dataDir)).toEqual(['technician.refused', 'technician.refused']);
  });

  it('given the tactile keypad, then a technician reaches a device page with the arrows and enter, as with a finger', async () => {
    const started = await startTestKiosk({ devices: { keypad: { kind: 'simulated' } } });
    const kiosk = (opened.kiosk = started.kiosk);
    const keypad = kiosk.simulators.keypad;
    if (!keypad) throw new Error('keypad not simulated');
    await signIn(kiosk, 'technician', '9753');
    keypad.press('down');
    expect((await untilView(kiosk, (v) => v.focus !== undefined)).focus?.control).toBe('tech-open-devices');
    keypad.press('enter');
    // a new page starts its focus afresh, on its first control
    await untilView(kiosk, (v) => tech(v)?.page === 'devices' && v.focus?.control === 'tech-exit');
    for (const expected of ['tech-role-card-reader', 'tech-role-receipt-printer']) {
      keypad.press('down');
      expect((await untilView(kiosk, (v) => v.focus?.control === expected)).focus?.control).toBe(expected);
    }
    keypad.press('enter');
    expect(tech(await untilView(kiosk, (v) => tech(v)?.page === 'device'))?.device?.role).toBe('receipt-printer');
  });

  it('given no shell to restart the app (browser mode), when restart is confirmed, then the page says it did not work and nothing is audited as restarted', async () => {
    const started = await startTestKiosk();
    const kiosk = (opened.kiosk = started.kiosk);
    await signIn(kiosk, 'technician', '9753');
    kiosk.send({ type: 'TECH.OPEN', page: 'restart' });
    kiosk.send({ type: 'TECH.RESTART' });
    expect(tech(await untilView(kiosk, (v) => tech(v)?.notice !== undefined))?.notice?.key).toBe('notice.failed');
    expect(auditActions(started.dataDir)).toEqual(['technician.entered']);
  });

  it('given the operations pages, then the outbox, the log, the paper counter, the readiness report, the diagnostics bundle and restart all work and are audited', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-ops-'));
    const logger = createFileLogger({ dir: join(dataDir, 'logs'), maxBytes: 1_000_000, maxFiles: 2 });
    let restarts = 0;
    const started = await startTestKiosk({}, { dataDir, logger, restartApp: () => (restarts += 1) });
    const kiosk = (opened.kiosk = started.kiosk);
    await signIn(kiosk, 'technician', '9753');

    kiosk.send({ type: 'TECH.OPEN', page: 'outbox' });
    const outbox = await untilView(kiosk, (v) => tech(v)?.outbox !== undefined && !tech(v)?.isBusy);
    expect(tech(outbox)?.outbox).toMatchObject({ isAvailable: true, counts: { pending: 0, paid: 0, dead: 0 }, dead: [] });
    kiosk.send({ type: 'TECH.RETRY_SYNC' });
    await untilView(kiosk, (v) => tech(v)?.notice?.key === 'notice.sync-tried' && !tech(v)?.isBusy);
    kiosk.send({ type: 'BACK' });

    kiosk.send({ type: 'TECH.OPEN', page: 'logs' });
    const logs = await untilView(kiosk, (v) => (tech(v)?.logs?.length ?? 0) > 0);
    expect(tech(logs)?.logs?.some((line) => line.event === 'kiosk.started')).toBe(true);
    expect(JSON.stringify(tech(logs)?.logs)).not.toContain('90000000011');
    kiosk.send({ type: 'BACK' });

    kiosk.send({ type: 'TECH.OPEN', page: 'readiness' });
    kiosk.send({ type: 'TECH.READINESS' });
    const readiness = await untilView(kiosk, (v) => tech(v)?.readiness !== undefined);
    expect(tech(readiness)?.readiness).toMatchObject({ isPrinted: true, checks: expect.arrayContaining([{ role: 'card-reader', level: 'ok', detail: { key: 'test.atr', values: { atr: '3B 80 80 01 01' } } }]) });
    expect(existsSync(tech(readiness)?.readiness?.savedAs ?? '')).toBe(true);
    kiosk.send({ type: 'BACK' });

    kiosk.send({ type: 'TECH.OPEN', page: 'paper' });
    const paper = await untilView(kiosk, (v) => tech(v)?.paper !== undefined);
    expect(tech(paper)?.paper?.printed).toBe(1); // the readiness report came off this roll
    kiosk.send({ type: 'TECH.PAPER_RESET' });
    await untilView(kiosk, (v) => tech(v)?.paper?.printed === 0);
    kiosk.send({ type: 'BACK' });

    kiosk.send({ type: 'TECH.OPEN', page: 'diagnostics' });
    kiosk.send({ type: 'TECH.EXPORT' });
    const diagnostics = await untilView(kiosk, (v) => tech(v)?.diagnostics !== undefined);
    const bundle = readFileSync(tech(diagnostics)?.diagnostics?.savedAs ?? '', 'utf8');
    expect(JSON.parse(bundle)).toMatchObject({ kioskId: 'KIOSK-DEV-01', versions: { node: process.versions.node }, healthHistory: expect.any(Array) });
    expect(bundle).not.toContain('90000000011');
    kiosk.send({ type: 'BACK' });

    kiosk.send({ type: 'TECH.OPEN', page: 'restart' });
    kiosk.send({ type: 'TECH.RESTART' });
    await untilView(kiosk, () => restarts === 1);
    expect(auditActions(dataDir)).toEqual(['technician.entered', 'outbox.viewed', 'outbox.retry', 'outbox.viewed', 'logs.viewed', 'readiness.run', 'paper.reset', 'diagnostics.exported', 'app.restarted']);
    expect(verifyAuditFile(join(dataDir, 'audit.sqlite')).exitCode).toBe(0);
    logger.close();
  });
});
