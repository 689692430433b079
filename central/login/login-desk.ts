// Login challenges: issued to a kiosk, approved once by the app, collected by that kiosk.
// Time (expiry) comes from the central's injected clock; only the long-poll's hold is real time,
// because it is how long a socket stays open, not a rule.
import type Database from 'better-sqlite3';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from '../../hardware/result';
import type { LoginRefusal, WaitResponse } from '../../electron/central-client/login-wire';
import { findPerson } from '../db/people-queries';
import { formatQrText } from './qr-text';
import { openLoginTable, tokenHash, type ChallengeRow } from './login-table';

export const challengeLifetimeMs = 120_000;

const newToken = () => randomBytes(32).toString('base64url');

/** Seed convention (central/seed/README.md): technicians' ID numbers start with 9. */
const roleOf = (idNumber: string) => (idNumber.startsWith('9') ? ('technician' as const) : ('resident' as const));

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function createLoginDesk(db: Database.Database, now: () => Date) {
  const table = openLoginTable(db);
  /** Open long-polls by challenge hash: woken when the challenge is approved. */
  const waiters = new Map<string, Set<() => void>>();
  const nowMs = () => now().getTime();

  function wake(challengeHash: string): void {
    for (const wakeOne of waiters.get(challengeHash) ?? []) wakeOne();
    waiters.delete(challengeHash);
  }

  /** Resolves when the challenge is approved or after holdMs, whichever comes first. */
  function hold(challengeHash: string, holdMs: number): Promise<void> {
    return new Promise((resolve) => {
      const set = waiters.get(challengeHash) ?? new Set<() => void>();
      waiters.set(challengeHash, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0 && waiters.get(challengeHash) === set) waiters.delete(challengeHash);
        resolve();
      };
      // unref: an open long-poll never keeps a stopping central (or a test run) alive
      const timer = setTimeout(done, holdMs);
      timer.unref();
      set.add(done);
    });
  }

  function answerFor(row: ChallengeRow): WaitResponse | undefined {
    if (nowMs() >= row.expires_at_ms) return { status: 'expired' };
    if (row.approved_id === null || row.session_id === null) return undefined;
    const person = findPerson(db, row.approved_id);
    if (!person) return { status: 'expired' }; // removed since the approval: nothing to sign in
    return { status: 'approved', holder: { idNumber: person.idNumber, nameAr: person.nameAr, nameLatin: person.nameLatin, role: roleOf(person.idNumber) }, sessionId: row.session_id };
  }

  return {
    issue(kioskId: string) {
      const challengeId = newToken();
      const pollToken = newToken();
      const at = nowMs();
      table.add({ challengeId, pollToken, kioskId, nowMs: at, expiresAtMs: at + challengeLifetimeMs });
      return { challengeId, pollToken, qrText: formatQrText({ kioskId, challengeId }), expiresInMs: challengeLifetimeMs };
    },

    /** The app's part: `scannedKioskId` is the kiosk named in the QR code the person scanned. */
    approve(challengeId: string, scannedKioskId: string, idNumber: string): Result<void, LoginRefusal> {
      const row = table.find(challengeId);
      if (!row) return err('unknown-challenge');
      if (row.kiosk_id !== scannedKioskId) return err('other-kiosk');
      if (row.approved_id !== null) return err('already-used');
      if (nowMs() >= row.expires_at_ms) return err('expired');
      if (!findPerson(db, idNumber)) return err('unknown-person');
      if (!table.approve(challengeId, idNumber, randomBytes(2).toString('hex'), nowMs())) return err('already-used');
      wake(row.challenge_hash);
      return ok();
    },

    /**
     * The kiosk's long-poll: answers at once when the challenge is settled, otherwise holds
     * until it is approved, it expires or `waitMs` passes (then "pending": ask again).
     * Undefined for a challenge this kiosk and poll token do not own (the route answers 404).
     */
    async wait(kioskId: string, challengeId: string, pollToken: string, waitMs: number): Promise<WaitResponse | undefined> {
      const owned = () => {
        const row = table.find(challengeId);
        return row && row.kiosk_id === kioskId && sameHash(row.poll_hash, tokenHash(pollToken)) ? row : undefined;
      };
      const row = owned();
      if (!row) return undefined;
      const settled = answerFor(row);
      if (settled || waitMs === 0) return settled ?? { status: 'pending' };
      await hold(row.challenge_hash, Math.min(waitMs, row.expires_at_ms - nowMs()));
      const after = owned();
      return (after && answerFor(after)) ?? { status: 'pending' };
    },
  };
}

export type LoginDesk = ReturnType<typeof createLoginDesk>;

const desks = new WeakMap<Database.Database, LoginDesk>();

/** One desk per central database, made on its first login request (the table with it). */
export function loginDeskFor(db: Database.Database, now: () => Date): LoginDesk {
  const existing = desks.get(db);
  if (existing) return existing;
  const desk = createLoginDesk(db, now);
  desks.set(db, desk);
  return desk;
}
