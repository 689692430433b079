import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKiosksCommand } from '../../central/enrolment/kiosks-command';
import type { RunningCentral } from '../../central/server';
import { startTestCentral, tempCentralPath } from '../../central/test-support';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { runEnrol } from '../../electron/enrolment/enrol-command';
import { createMemoryLogger } from '../../electron/log/logger';
import { openKioskKeys } from '../../electron/secrets/kiosk-keys';
import { runSteps } from '../../electron/sim/scenario-runner';
import { scenarios } from '../../electron/sim/scenarios';
import { signIn } from '../../electron/sim/scenario-steps';

const configFor = (input: object = {}) => {
  const parsed = parseConfig({ timeouts: { goodbyeMs: 0 }, ...input });
  if (!parsed.ok) throw new Error('config');
  return parsed.value;
};
const trafficFines = scenarios.find((s) => s.id === 'traffic-fines')!;
const storedCredentials = (dataDir: string) => {
  const keys = openKioskKeys(dataDir);
  if (!keys.ok) throw new Error('keys');
  return keys.value.readCredentials();
};

const running: { kiosks: Kiosk[]; centrals: RunningCentral[] } = { kiosks: [], centrals: [] };
afterEach(async () => {
  for (const kiosk of running.kiosks.splice(0)) await kiosk.stop();
  for (const central of running.centrals.splice(0)) await central.close();
});
const start = async (dataDir: string, config = configFor(), logger = createMemoryLogger()) => {
  const kiosk = await createKiosk(config, { dataDir, logger, isSyncTimerOn: false });
  running.kiosks.push(kiosk);
  return { kiosk, logger };
};

describe('a kiosk with the embedded central', () => {
  it('enrols by itself once, keeps its secret sealed, and signs every request (the quick start needs no code)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-enrol-'));
    const first = await start(dataDir);
    const credentials = storedCredentials(dataDir);
    expect(credentials?.kioskId).toBe('KIOSK-DEV-01');
    expect(first.kiosk.embeddedCentral!.control.credentialState('KIOSK-DEV-01', credentials!.secret)).toBe('valid');
    for (const file of readdirSync(join(dataDir, 'keys'))) expect(readFileSync(join(dataDir, 'keys', file), 'latin1')).not.toContain(credentials!.secret);
    await runSteps(first.kiosk, trafficFines.steps);
    expect(first.kiosk.outbox!.counts()).toMatchObject({ synced: 1 });
    await first.kiosk.stop();
    running.kiosks.pop();
    const second = await start(dataDir);
    expect(storedCredentials(dataDir)).toEqual(credentials);
    expect(second.logger.lines.filter((l) => l.event === 'enrolment.changed')).toEqual([]);
  });

  it('given its secret rotated, then the new secret is sealed, syncs, and the old one stops working', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-rotate-'));
    const { kiosk } = await start(dataDir);
    const old = storedCredentials(dataDir)!;
    expect(await kiosk.rotateSecret()).toBe(true);
    const rotated = storedCredentials(dataDir)!;
    expect(rotated.secret).not.toBe(old.secret);
    await runSteps(kiosk, trafficFines.steps);
    expect(kiosk.outbox!.counts()).toMatchObject({ synced: 1 });
    const control = kiosk.embeddedCentral!.control;
    expect([control.credentialState(old.kioskId, old.secret), control.credentialState(rotated.kioskId, rotated.secret)]).toEqual(['unknown', 'valid']);
  });

  it('given the central revokes it, then at its next request it stops taking payments and the menu says why', async () => {
    const { kiosk, logger } = await start(mkdtempSync(join(tmpdir(), 'kiosk-revoked-')));
    await runSteps(kiosk, signIn('resident', '1234'));
    const entry = (id: string) => (kiosk.currentView().menu ?? []).find((m) => m.serviceId === id);
    expect(entry('traffic-fines')).toMatchObject({ isAvailable: true });
    kiosk.embeddedCentral!.control.revokeKiosk('KIOSK-DEV-01');
    expect(await kiosk.health.beatNow()).toBe(false); // the heartbeat is its next request: 401 revoked
    await new Promise((resolve) => setImmediate(resolve));
    expect(entry('traffic-fines')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.kiosk-revoked' } });
    expect(entry('residence-renewal')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.kiosk-revoked' } });
    expect(logger.lines.filter((l) => l.event === 'enrolment.changed').map((l) => l.fields.step)).toEqual(['enrolled', 'revoked']);
  });
});

describe('a kiosk with a remote central that wants signed requests', () => {
  it('runs unenrolled (payments off, said in the log) until `npm run enrol` with a maintainer\'s code; then it pays and syncs', async () => {
    const centralDir = mkdtempSync(join(tmpdir(), 'central-remote-'));
    const central = await startTestCentral({ dbPath: join(centralDir, 'central.sqlite'), auth: {}, now: () => new Date() });
    running.centrals.push(central);
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-remote-'));
    const config = configFor({ kioskId: 'KIOSK-MALL-07', central: { url: central.url } });

    const unenrolled = await start(dataDir, config);
    expect(unenrolled.logger.lines.filter((l) => l.event === 'enrolment.changed').map((l) => l.fields.step)).toEqual(['not-enrolled']);
    expect(unenrolled.kiosk.currentView().availability).toBe('limited');
    await unenrolled.kiosk.stop();
    running.kiosks.pop();

    const issued = runKiosksCommand(['issue-code', 'KIOSK-MALL-07', '--data', centralDir]);
    expect(issued.exitCode).toBe(0);
    const code = issued.lines[0]!;
    expect(await runEnrol(['not-a-code', '--central', central.url, '--data', dataDir], {})).toMatchObject({ exitCode: 1, lines: [expect.stringContaining('not an enrolment code')] });
    expect(await runEnrol([code, '--central', central.url, '--data', dataDir], {})).toEqual({ exitCode: 0, lines: [`enrolled as KIOSK-MALL-07; its secret is sealed in ${join(dataDir, 'keys')}`] });
    expect(await runEnrol([code, '--central', central.url, '--data', dataDir], {})).toMatchObject({ exitCode: 1, lines: [expect.stringContaining('already used')] });

    const { kiosk } = await start(dataDir, config);
    await runSteps(kiosk, trafficFines.steps);
    expect(kiosk.outbox!.counts()).toMatchObject({ synced: 1 });
    expect(central.storedTransactionCount()).toBe(1);
    expect(central.control.kiosks().map((k) => k.kioskId)).toEqual(['KIOSK-MALL-07']); // its signed heartbeat was accepted

    expect(runKiosksCommand(['revoke', 'KIOSK-MALL-07', '--data', centralDir])).toMatchObject({ exitCode: 0 });
    expect(runKiosksCommand(['revoke', 'KIOSK-MALL-07', '--data', centralDir])).toMatchObject({ exitCode: 1 });
    expect(runKiosksCommand(['issue-code', 'kiosk lower case'])).toMatchObject({ exitCode: 2 });
    expect(runKiosksCommand(['issue-code', 'KIOSK-1', '--data', tempCentralPath()])).toMatchObject({ exitCode: 1 });
  });
});
