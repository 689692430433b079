// Test support for whole-kiosk tests on simulators: a kiosk in a temporary folder, waiting for
// a view (event-driven, with a deadline), signing in with a card and PIN.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CardHolderName } from '../../central/seed/people';
import type { View } from '../../electron/bridge/contract';
import { parseConfig } from '../../electron/config/load-config';
import type { KioskConfigInput } from '../../electron/config/schema';
import { createKiosk, type Kiosk, type KioskOptions } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';

export async function startTestKiosk(overrides: KioskConfigInput = {}, options: KioskOptions & { dataDir?: string } = {}) {
  const config = parseConfig({ timeouts: { goodbyeMs: 0 }, health: { heartbeatMs: 3_600_000 }, ...overrides });
  if (!config.ok) throw new Error(`test config refused: ${JSON.stringify(config.error)}`);
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-unit-'));
  const logger = createMemoryLogger();
  const kiosk = await createKiosk(config.value, { logger, isSyncTimerOn: false, ...options, dataDir });
  return { kiosk, dataDir, logger };
}

/** Resolves with the first view (current or next) that matches; fails after the deadline. */
export function untilView(kiosk: Kiosk, matches: (view: View) => boolean, deadlineMs = 10_000): Promise<View> {
  return new Promise((resolve, reject) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching view within ${deadlineMs} ms; last: ${JSON.stringify(kiosk.currentView()).slice(0, 400)}`));
    }, deadlineMs);
    stop = kiosk.subscribe((view) => {
      if (!matches(view)) return;
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve(view);
    });
  });
}

/** Inserts the holder's card and types the PIN; resolves on the first view after the PIN (or the one `until` names). */
export async function signIn(kiosk: Kiosk, holder: CardHolderName, pin: string, until?: (view: View) => boolean): Promise<View> {
  const reader = kiosk.simulators.cardReader;
  if (!reader) throw new Error('the card reader is not simulated');
  await untilView(kiosk, (v) => v.screen === 'attract');
  reader.insertCard(holder);
  await untilView(kiosk, (v) => v.screen === 'pin');
  for (const digit of pin) kiosk.send({ type: 'PIN.DIGIT', digit: Number(digit) });
  kiosk.send({ type: 'PIN.SUBMIT' });
  return untilView(kiosk, until ?? ((v) => v.screen !== 'pin' && v.screen !== 'checking-pin' && v.screen !== 'reading-card' && v.screen !== 'loading'));
}
