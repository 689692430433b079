import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningCentral } from '../../central/server';
import { startTestCentral } from '../../central/test-support';
import { ensureTestCa } from '../../central/tls/test-ca';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { runEnrol } from '../../electron/enrolment/enrol-command';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps } from '../../electron/sim/scenario-runner';
import { scenarios } from '../../electron/sim/scenarios';

const configFor = (input: object) => {
  const parsed = parseConfig({ timeouts: { goodbyeMs: 0 }, ...input });
  if (!parsed.ok) throw new Error('config');
  return parsed.value;
};
const trafficFines = scenarios.find((s) => s.id === 'traffic-fines')!;
const running: { kiosks: Kiosk[]; centrals: RunningCentral[] } = { kiosks: [], centrals: [] };
afterEach(async () => {
  for (const kiosk of running.kiosks.splice(0)) await kiosk.stop();
  for (const central of running.centrals.splice(0)) await central.close();
});

describe('the kiosk and the central over TLS', () => {
  it('given the embedded central on HTTPS with its test CA, then the kiosk pins it, enrols, pays and syncs over TLS', async () => {
    const kiosk = await createKiosk(configFor({ central: { url: 'embedded', embeddedTls: true } }), { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-tls-')), logger: createMemoryLogger(), isSyncTimerOn: false });
    running.kiosks.push(kiosk);
    expect(kiosk.centralUrl).toMatch(/^https:\/\/127\.0\.0\.1:/);
    await runSteps(kiosk, trafficFines.steps);
    expect(kiosk.outbox!.counts()).toMatchObject({ synced: 1 });
    expect(kiosk.embeddedCentral!.storedTransactionCount()).toBe(1);
  });

  it('given a remote central whose certificate is not from the pinned CA, then nothing is sent, the kiosk is offline and the log names the TLS refusal; with the right CA it enrols and syncs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'central-tls-remote-'));
    const ministry = ensureTestCa(join(folder, 'ministry'));
    const impostor = ensureTestCa(join(folder, 'impostor'), 'Impostor CA');
    const central = await startTestCentral({ dbPath: join(folder, 'central.sqlite'), auth: {}, tls: { cert: ministry.certPem, key: ministry.keyPem }, now: () => new Date() });
    running.centrals.push(central);
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-tls-remote-'));
    const code = central.control.issueEnrolmentCode('KIOSK-MALL-09');

    expect(await runEnrol([code, '--central', central.url, '--data', dataDir, '--ca', impostor.caFile], {})).toMatchObject({ exitCode: 1, lines: [expect.stringContaining('pinned CA')] });
    expect(await runEnrol([code, '--central', central.url, '--data', dataDir, '--ca', ministry.caFile], {})).toMatchObject({ exitCode: 0 });

    const logger = createMemoryLogger();
    const wrong = await createKiosk(configFor({ kioskId: 'KIOSK-MALL-09', central: { url: central.url, caFile: impostor.caFile } }), { dataDir, logger, isSyncTimerOn: false });
    running.kiosks.push(wrong);
    expect(await wrong.health.beatNow()).toBe(false);
    expect(logger.lines.find((l) => l.event === 'central.tls-refused')?.fields.code).toMatch(/CERT|SIGNED|UNABLE/);
    expect(logger.lines.filter((l) => l.event === 'central.connectivity').map((l) => l.fields.isOnline)).toEqual([false]);
    await wrong.stop();
    running.kiosks.pop();

    const kiosk = await createKiosk(configFor({ kioskId: 'KIOSK-MALL-09', central: { url: central.url, caFile: ministry.caFile } }), { dataDir, logger: createMemoryLogger(), isSyncTimerOn: false });
    running.kiosks.push(kiosk);
    await runSteps(kiosk, trafficFines.steps);
    expect(kiosk.outbox!.counts()).toMatchObject({ synced: 1 });
    expect(central.storedTransactionCount()).toBe(1);
  });
});
