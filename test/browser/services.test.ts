// One browser walk per service, generated from the sim's own scenarios (`npm run sim -- --list`),
// so a service added there is walked here with no change: the real kiosk core in Chromium,
// driven by taps, with the dev panel standing in for the card and the payment terminal.
// Each service also walks one failing path: its failing sim scenario (ineligible with the
// reason shown, or the payment declined), or the one this file defines.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../../electron/browser-mode/renderer-build';
import type { ScreenId } from '../../electron/bridge/contract';
import { failingScenarios, scenarios, type Scenario } from '../../electron/sim/scenarios';
import { launchChromium, type TestBrowser } from './support/chromium';
import { saveScreenshot, tap, withDevPanel } from './support/kiosk-page';
import { startRealKiosk, type RealKioskServer } from './support/real-kiosk';
import { walkScenario, type WalkStep } from './support/scenario-walk';

/** The screens that end a path: the picture people look at is taken there. */
const finalScreens = new Set<ScreenId>(['take-card', 'info', 'ineligible', 'payment-failed', 'error']);

interface FailingPath {
  readonly description: string;
  readonly steps: (server: RealKioskServer) => readonly WalkStep[];
  readonly ends: ScreenId;
}

/** Scenarios whose failing twin is not named after them. */
const failingScenarioFor: Record<string, string> = { 'exit-permit-for-employee': 'company-representative-revoked' };

/** A read-only service has nothing to refuse or decline: its failing path is the central not answering. */
const ownFailingPaths: Record<string, FailingPath> = {
  'my-requests': {
    description: 'the central stops answering before the list is asked for',
    ends: 'error',
    steps: (server) => {
      const scenario = scenarios.find((s) => s.id === 'my-requests');
      const upToMenu = scenario?.steps.slice(0, scenario.steps.findIndex((step) => 'expect' in step && step.expect === 'menu') + 1) ?? [];
      return [...upToMenu, { act: 'stop the central', run: async () => server.kiosk.embeddedCentral?.close() }, { send: { type: 'SERVICE.CHOSEN', serviceId: 'my-requests' } }, { expect: 'error' }];
    },
  },
};

function failingPathOf(serviceId: string): FailingPath | undefined {
  const named = failingScenarioFor[serviceId];
  const scenario: Scenario | undefined = failingScenarios.find((s) => (named ? s.id === named : s.id.startsWith(`${serviceId}-`)));
  if (!scenario) return ownFailingPaths[serviceId];
  const last = [...scenario.steps].reverse().find((step) => 'expect' in step);
  return { description: scenario.description, steps: () => scenario.steps, ends: last && 'expect' in last ? last.expect : 'error' };
}

/** The service a scenario opens (a scenario id may name a variant: exit-permit-for-employee). */
function serviceOf(scenario: Scenario): string | undefined {
  for (const step of scenario.steps) if ('send' in step && step.send.type === 'SERVICE.CHOSEN') return step.send.serviceId;
  return undefined;
}

/** Back to attract between two walks on one kiosk: a session still open is ended, its card taken. */
async function backToAttract(server: RealKioskServer, page: Page): Promise<void> {
  if ((await page.getAttribute('[data-screen]', 'data-screen')) === 'attract') return;
  server.kiosk.resetSession();
  await page.waitForSelector('[data-screen="attract"], [data-screen="take-card"]');
  if ((await page.getAttribute('[data-screen]', 'data-screen')) === 'take-card') await withDevPanel(page, () => tap(page, '[data-dev="card-remove"]'));
  await page.waitForSelector('[data-screen="attract"]');
}

/** At most `count` walks at once: the walks mostly wait (screens, sockets, timers), but Chromium's drawing is not free. */
function slots(count: number): <T>(run: () => Promise<T>) => Promise<T> {
  let free = count;
  const waiting: (() => void)[] = [];
  return async (run) => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free -= 1;
    try {
      return await run();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}
const inSlot = slots(3);

// One test per service, each on its own kiosk core, central and page: the passing scenario,
// then the failing one, in turn. Services run side by side (three at a time) in one Chromium.
describe.concurrent('every service, walked by tapping on the real kiosk core', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    await ensureRendererBuilt(); // once, before the walks run side by side
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('given the sim lists services, then each one is walked here', () => {
    expect(scenarios.map((s) => s.id)).toEqual(expect.arrayContaining(['traffic-fines', 'residence-renewal', 'visa-extension', 'my-requests']));
    expect(scenarios.filter((s) => !failingPathOf(s.id)).map((s) => s.id), 'services without a failing path').toEqual([]);
  });

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    'given %s, when its scenario is walked by tapping (Arabic), then every screen is right and it ends on its reference or list; when its failing path is walked (English), then the screen says why and nothing is charged',
    async (serviceId, scenario) => {
      const failing = failingPathOf(serviceId);
      if (!failing) throw new Error(`${serviceId} has no failing path: add a failing scenario "${serviceId}-…" to electron/sim/scenarios.ts`);
      await inSlot(async () => {
        // the sim's devices: an A4 printer for certificates, a scanner for document checks; the
        // sync runs when a receipt is printed (as in the sim), not on a timer racing the walk
        const server = await startRealKiosk({ timeouts: { goodbyeMs: 300 }, devices: { a4Printer: { kind: 'simulated' }, scanner: { kind: 'simulated' } } }, { isSyncTimerOn: false });
        const page = await browser.newPage();
        try {
          await page.goto(server.bridge.pageUrl);
          await walkPassing(server, page, serviceId, scenario);
          await backToAttract(server, page);
          await walkFailing(server, page, serviceId, failing);
        } finally {
          await page.close();
          await server.close();
        }
      });
    },
  );
});

async function walkPassing(server: RealKioskServer, page: Page, serviceId: string, scenario: Scenario): Promise<void> {
  const language = 'ar';
  const storedBefore = server.kiosk.embeddedCentral?.storedTransactionCount() ?? 0;
  let reviewAction: string | undefined;
  let takeCardTerms: string[] = [];
  let takeCardSummary: string | undefined;
  const walk = await walkScenario(page, scenario.steps, {
    language,
    kiosk: server.kiosk,
    onScreen: async (screen) => {
      if (screen === 'review') reviewAction = (await page.textContent('[data-action="pay"]'))?.trim();
      if (screen === 'take-card') {
        takeCardTerms = await page.locator('.receipt-summary dt').allTextContents();
        takeCardSummary = (await page.locator('.receipt-summary').getAttribute('aria-label')) ?? (await page.textContent('#receipt-title'))?.trim();
      }
      if (finalScreens.has(screen)) await saveScreenshot(page, `service-${serviceId}-${language}`);
    },
  });
  if (scenario.isPaid) {
    expect(walk.screens).toContain('take-card');
    expect(walk.reference, 'the reference shown on take-card').toMatch(/^\d{4}-\d{6}$/);
    const row = server.kiosk.outbox?.list('synced', 100).find((r) => r.reference === walk.reference);
    expect(row?.serviceId).toBe(serviceOf(scenario));
    // a request with nothing to pay is sent, not paid: its button says so and take card shows no amount
    if (row?.amountMinor === 0) {
      expect(reviewAction).toBe('أرسل الطلب');
      expect(takeCardTerms).toEqual(['الرقم المرجعي']);
      expect(takeCardSummary).toBe('تفاصيل الطلب');
    } else {
      expect(reviewAction).toMatch(/^ادفع/);
      expect(takeCardTerms).toEqual(['الرقم المرجعي', 'المبلغ المدفوع']);
      expect(takeCardSummary).toBe('تفاصيل الدفع');
    }
    expect(server.kiosk.embeddedCentral?.storedTransactionCount()).toBe(storedBefore + 1);
  } else {
    expect(walk.screens.at(-1)).toBe('info');
    expect(walk.infoRows, 'rows in the list').toBeGreaterThan(0);
    expect(server.kiosk.embeddedCentral?.storedTransactionCount()).toBe(storedBefore);
  }
}

async function walkFailing(server: RealKioskServer, page: Page, serviceId: string, failing: FailingPath): Promise<void> {
  const charges = async () => ((await server.kiosk.simulators.payment?.journal()) ?? []).filter((entry) => !entry.reversed).length;
  const chargedBefore = await charges();
  const walk = await walkScenario(page, failing.steps(server), {
    language: 'en',
    kiosk: server.kiosk,
    onScreen: async (screen) => {
      if (finalScreens.has(screen)) await saveScreenshot(page, `service-${serviceId}-failing-en`);
    },
  });
  expect(walk.screens.at(-1), failing.description).toBe(failing.ends);
  // the reason in words; a read-only answer (a forged document) says it in its list
  if (failing.ends === 'info') expect(walk.infoRows).toBeGreaterThan(0);
  else expect(walk.message?.text, 'the reason, in words').toBeTruthy();
  expect(await charges()).toBe(chargedBefore);
}
