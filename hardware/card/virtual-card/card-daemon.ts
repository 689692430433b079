// One virtual card held in one vpcd reader by a background process, so a later
// `npm run card -- remove` (another process) can pull it out: the pid file is the handle.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CardHolderName } from '../../../central/seed/people';
import { err, ok, type Result } from '../../result';
import { makeTestCard, type TestCardOptions } from '../test-cards';
import { VpcdCard, vpcdPortForReader, type VpcdConnectError, type VpcdTransport } from './vpcd-card';

export const defaultStateDir = join(tmpdir(), 'moi-kiosk', 'virtual-cards');

export const pidFileFor = (stateDir: string, readerIndex: number): string => join(stateDir, `reader-${readerIndex}.pid`);

export interface HeldCard {
  readonly card: VpcdCard;
  /** Resolves once the card is out (removed by us, or vpcd/pcscd went away). */
  readonly gone: Promise<void>;
}

/** Inserts the card and records this process as its holder. */
export async function holdCard(
  holder: CardHolderName,
  options: TestCardOptions & { readonly readerIndex: number; readonly stateDir: string; readonly transport?: VpcdTransport },
): Promise<Result<HeldCard, VpcdConnectError>> {
  const connected = await VpcdCard.connect({ applet: makeTestCard(holder, options), port: vpcdPortForReader(options.readerIndex), transport: options.transport });
  if (!connected.ok) return connected;
  const pidFile = pidFileFor(options.stateDir, options.readerIndex);
  mkdirSync(options.stateDir, { recursive: true });
  writeFileSync(pidFile, String(process.pid));
  const card = connected.value;
  const gone = card.whenGone().then(() => rmSync(pidFile, { force: true }));
  return ok({ card, gone });
}

export type RemoveOutcome = { readonly kind: 'removed'; readonly pid: number } | { readonly kind: 'no-card' };

/** Asks the holder process to pull its card (SIGTERM); a stale pid file is cleaned up. */
export function removeHeldCard(stateDir: string, readerIndex: number): Result<RemoveOutcome, { kind: 'not-permitted'; pid: number }> {
  const pidFile = pidFileFor(stateDir, readerIndex);
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return ok({ kind: 'no-card' }); // no pid file: nothing inserted through this tool
  }
  try {
    process.kill(pid, 'SIGTERM');
  } catch (e) {
    rmSync(pidFile, { force: true });
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return ok({ kind: 'no-card' }); // holder already gone
    return err({ kind: 'not-permitted', pid });
  }
  return ok({ kind: 'removed', pid });
}
