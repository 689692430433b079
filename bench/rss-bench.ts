// Memory over a long day (issue 10): RSS after warm-up and a forced GC, before and after 10,000
// simulated sessions, in percent. The sessions run through the real session and service-flow
// machines (one long-lived actor, as on a kiosk) with fake device and central actors
// (state-machines/testing/session-harness.ts), and every snapshot is projected into the view
// the screen would get (electron/core/view-projection.ts), as createKiosk does. Not through
// createKiosk itself: a paid core session costs ~125 ms of HTTP and fsync, so 10,000 would take
// 20 minutes. `rss_growth_1k_core_sessions_pct` is the same measure over 1,000 paid sessions
// through createKiosk (simulated devices, the embedded central over HTTP, outbox, sync).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { cardHolders } from '../central/seed/people';
import { parseConfig } from '../electron/config/load-config';
import { createKiosk } from '../electron/core/create-kiosk';
import { projectView } from '../electron/core/view-projection';
import { silentLogger } from '../electron/log/logger';
import { runSteps } from '../electron/sim/scenario-runner';
import { scenarios } from '../electron/sim/scenarios';
import { builtInServices } from '../state-machines/services/catalog';
import { loadDefinitions } from '../state-machines/services/load-definitions';
import { makeWorld, startSession, testTimeouts } from '../state-machines/testing/session-harness';

const warmUpSessions = 500;
const measuredSessions = 10_000;
const coreWarmUp = 100;
const coreSessions = 1_000;

/** The process's own gc(), without restarting node with --expose-gc. */
function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

async function settledRss(gc: () => void): Promise<{ rss: number; heap: number }> {
  for (let i = 0; i < 3; i += 1) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heap: usage.heapUsed };
}

const pct = (a: number, b: number) => Number((((a - b) / b) * 100).toFixed(2));

/** Paid traffic-fines sessions one after another on one kiosk core, each on a fresh violation. */
async function coreRssGrowth(gc: () => void): Promise<{ pct: number; perSessionMs: number }> {
  const parsed = parseConfig({ timeouts: { goodbyeMs: 0 } });
  if (!parsed.ok) throw new Error('bench config');
  const scenario = scenarios.find((s) => s.id === 'traffic-fines');
  if (!scenario) throw new Error('no traffic-fines scenario');
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-rss-bench-'));
  const kiosk = await createKiosk(parsed.value, { dataDir, logger: silentLogger, isSyncTimerOn: false });
  try {
    const session = async () => {
      kiosk.embeddedCentral?.control.addViolations(cardHolders.resident.idNumber, 1);
      await runSteps(kiosk, scenario.steps);
    };
    for (let i = 0; i < coreWarmUp; i += 1) await session();
    const before = await settledRss(gc);
    const started = performance.now();
    for (let i = 0; i < coreSessions; i += 1) await session();
    const perSessionMs = (performance.now() - started) / coreSessions;
    const after = await settledRss(gc);
    if (kiosk.outbox?.counts().synced !== coreWarmUp + coreSessions) throw new Error(`core sessions not all synced: ${JSON.stringify(kiosk.outbox?.counts())}`);
    return { pct: pct(after.rss, before.rss), perSessionMs };
  } finally {
    await kiosk.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runRssBench(): Promise<Record<string, number>> {
  const gc = exposeGc();
  const core = await coreRssGrowth(gc);
  const { services } = loadDefinitions(builtInServices);
  const world = makeWorld();
  const s = startSession(world, services);
  let views = 0;
  const subscription = s.actor.subscribe((snapshot) => {
    // what the core does on every snapshot: project, compare by JSON
    JSON.stringify(projectView(snapshot, { currency: { code: 'QAR', minorUnits: 2 }, rtlLanguages: ['ar'] }));
    views += 1;
  });

  const oneSession = async () => {
    s.send({ type: 'START' });
    s.send({ type: 'LANGUAGE.CHOSEN', language: 'en' });
    s.insertCard();
    await s.untilMain('signedIn.pin');
    s.typePin('1234');
    await s.untilMain('signedIn.menu');
    s.send({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
    await s.untilFlow('items.choosing');
    s.send({ type: 'ITEM.TOGGLED', itemId: 'v-1' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('review.confirming');
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilMain('takeCard');
    s.send({ type: 'CARD.REMOVED' });
    s.clock.increment(testTimeouts.goodbyeMs);
    if (s.mainState() !== 'attract') throw new Error(`session did not end on attract but on ${s.mainState()}`);
    // the fake central keeps what it was asked; a real one would not be in this process
    world.paidRequests.length = 0;
    world.asked.length = 0;
  };

  for (let i = 0; i < warmUpSessions; i += 1) await oneSession();
  const before = await settledRss(gc);
  const started = performance.now();
  for (let i = 0; i < measuredSessions; i += 1) await oneSession();
  const seconds = (performance.now() - started) / 1000;
  const after = await settledRss(gc);
  subscription.unsubscribe();
  s.actor.stop();
  return {
    rss_growth_10k_sessions_pct: pct(after.rss, before.rss),
    heap_growth_10k_sessions_pct: pct(after.heap, before.heap),
    sessions_per_s_machines: Math.round(measuredSessions / seconds),
    views_per_session: Math.round(views / (warmUpSessions + measuredSessions)),
    rss_growth_1k_core_sessions_pct: core.pct,
    paid_core_session_ms_mean: Math.round(core.perSessionMs),
  };
}
