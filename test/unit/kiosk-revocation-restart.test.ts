import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKiosksCommand } from '../../central/enrolment/kiosks-command';
import type { RunningCentral } from '../../central/server';
import { startTestCentral } from '../../central/test-support';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { runEnrol } from '../../electron/enrolment/enrol-command';
import { revocationFileName } from '../../electron/enrolment/revocation-marker';
import { createMemoryLogger } from '../../electron/log/logger';
import { openKioskKeys } from '../../electron/secrets/kiosk-keys';
import { runSteps } from '../../electron/sim/scenario-runner';
import { signIn } from '../../electron/sim/scenario-steps';

const running: { kiosks: Kiosk[]; centrals: RunningCentral[] } = { kiosks: [], centrals: [] };
afterEach(async () => {
  for (const kiosk of running.kiosks.splice(0)) await kiosk.stop();
  for (const central of running.centrals.splice(0)) await central.close();
});

async function startKiosk(dataDir: string, centralUrl: string, logger = createMemoryLogger()) {
  const config = parseConfig({ kioskId: 'KIOSK-MALL-07', central: { url: centralUrl }, timeouts: { goodbyeMs: 0 } });
  if (!config.ok) throw new Error('config');
  const kiosk = await createKiosk(config.value, { dataDir, logger, isSyncTimerOn: false });
  running.kiosks.push(kiosk);
  return { kiosk, logger };
}

async function stopKiosk(kiosk: Kiosk): Promise<void> {
  await kiosk.stop();
  running.kiosks.splice(running.kiosks.indexOf(kiosk), 1);
}

async function startCentral(centralDir: string, port = 0): Promise<RunningCentral> {
  const central = await startTestCentral({ dbPath: join(centralDir, 'central.sqlite'), auth: {}, now: () => new Date(), port });
  running.centrals.push(central);
  return central;
}

async function enrol(centralDir: string, central: RunningCentral, dataDir: string): Promise<void> {
  const code = runKiosksCommand(['issue-code', 'KIOSK-MALL-07', '--data', centralDir]).lines[0]!;
  expect(await runEnrol([code, '--central', central.url, '--data', dataDir], {})).toMatchObject({ exitCode: 0 });
}

const menuEntry = (kiosk: Kiosk, serviceId: string) => (kiosk.currentView().menu ?? []).find((m) => m.serviceId === serviceId);

/** An enrolled kiosk the central has revoked and that has heard so (its heartbeat was refused). */
async function revokedKiosk() {
  const centralDir = mkdtempSync(join(tmpdir(), 'central-revoke-'));
  const central = await startCentral(centralDir);
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-revoke-'));
  await enrol(centralDir, central, dataDir);
  const { kiosk } = await startKiosk(dataDir, central.url);
  expect(runKiosksCommand(['revoke', 'KIOSK-MALL-07', '--data', centralDir])).toMatchObject({ exitCode: 0 });
  expect(await kiosk.health.beatNow()).toBe(false); // 401 revoked
  await stopKiosk(kiosk);
  return { centralDir, central, dataDir };
}

describe('a revoked kiosk after a restart', () => {
  it('given the central revoked it, when it restarts with the central out of reach, then the menu greys paid services with "withdrawn" before any request could tell it', async () => {
    const { central, dataDir } = await revokedKiosk();
    const marker = JSON.parse(readFileSync(join(dataDir, revocationFileName), 'utf8')) as Record<string, string>;
    expect(Object.keys(marker).sort()).toEqual(['kioskId', 'revokedAt', 'secretFingerprint']);
    const secret = (() => {
      const keys = openKioskKeys(dataDir);
      if (!keys.ok) throw new Error('keys');
      return keys.value.readCredentials()!.secret;
    })();
    expect(readFileSync(join(dataDir, revocationFileName), 'utf8')).not.toContain(secret);
    const centralUrl = central.url;
    await central.close();
    running.centrals.pop();

    const { kiosk, logger } = await startKiosk(dataDir, centralUrl);
    await runSteps(kiosk, signIn('resident', '1234'));
    // traffic fines queue while offline, so only the revocation can grey it here
    expect(menuEntry(kiosk, 'traffic-fines')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.kiosk-revoked' } });
    expect(menuEntry(kiosk, 'residence-renewal')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.kiosk-revoked' } });
    expect(menuEntry(kiosk, 'my-requests')).toMatchObject({ isAvailable: true });
    expect(logger.lines.filter((l) => l.event === 'enrolment.changed').map((l) => l.fields)).toEqual([{ step: 'revoked-at-start', marker: 'revoked' }]);
  });

  it('given a maintainer\'s new code entered with npm run enrol, then the next start takes payments again', async () => {
    const { centralDir, central, dataDir } = await revokedKiosk();
    await enrol(centralDir, central, dataDir);
    expect(existsSync(join(dataDir, revocationFileName))).toBe(false);
    const { kiosk } = await startKiosk(dataDir, central.url);
    await runSteps(kiosk, signIn('resident', '1234'));
    expect(menuEntry(kiosk, 'traffic-fines')).toMatchObject({ isAvailable: true });
  });

  it('given a marker left for credentials the kiosk no longer holds (enrolled again by other means), then it is removed at start and payments run', async () => {
    const { centralDir, central, dataDir } = await revokedKiosk();
    const marker = readFileSync(join(dataDir, revocationFileName), 'utf8');
    await enrol(centralDir, central, dataDir);
    writeFileSync(join(dataDir, revocationFileName), marker); // as if the enrolment had not removed it
    const { kiosk, logger } = await startKiosk(dataDir, central.url);
    expect(existsSync(join(dataDir, revocationFileName))).toBe(false);
    await runSteps(kiosk, signIn('resident', '1234'));
    expect(menuEntry(kiosk, 'traffic-fines')).toMatchObject({ isAvailable: true });
    expect(logger.lines.filter((l) => l.event === 'enrolment.changed').map((l) => l.fields.step)).toEqual(['revocation-cleared-by-enrolment']);
  });

  it('given a damaged marker, then the kiosk stays revoked (it cannot tell) and says so in the log', async () => {
    const { central, dataDir } = await revokedKiosk();
    writeFileSync(join(dataDir, revocationFileName), '{"kioskId":');
    const { kiosk, logger } = await startKiosk(dataDir, central.url);
    await runSteps(kiosk, signIn('resident', '1234'));
    expect(menuEntry(kiosk, 'traffic-fines')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.kiosk-revoked' } });
    expect(logger.lines.find((l) => l.event === 'enrolment.changed')?.fields).toEqual({ step: 'revoked-at-start', marker: 'unreadable' });
  });
});
