// Test support: the session machine with fake actors and XState's SimulatedClock, so
// tests walk a whole session in milliseconds without sleeping.
import { createActor, fromPromise, SimulatedClock, waitFor, type SnapshotFrom } from 'xstate';
import type { CardError } from '../../hardware/card/contract';
import type { Eligibility, InfoRow, Profile, Quote, ServiceItem } from '../domain';
import type { KioskStatus } from '../services/availability';
import type { ServiceDefinition } from '../services/definition';
import type { ActorResult, PayOutcome, PayRequest } from '../services/flow-types';
import type { InfoActionOutcome, InfoActionRequest } from '../services/info-action';
import { serviceFlowMachine } from '../services/service-flow-machine';
import { sessionMachine } from '../session/session-machine';
import type { ApprovalOutput, ChallengeOutput, PrintOutput, ProfileOutput, ReadCardOutput, SessionEvent, SessionTimeouts, VerifyPinOutput } from '../session/session-types';

export const testTimeouts: SessionTimeouts = { idleMs: 60_000, warningMs: 30_000, goodbyeMs: 4_000, pinRetryBaseMs: 2_000 };

export const holderIdentity = {
  idNumber: '28412345678',
  nameAr: 'أحمد علي المنصوري',
  nameLatin: 'Ahmed Ali Al-Mansouri',
  nationality: 'QAT',
  dateOfBirth: '1984-03-12',
  cardExpiry: '2029-06-30',
  role: 'resident' as const,
};

export const holderProfile: Profile = {
  people: [
    { idNumber: holderIdentity.idNumber, nameAr: holderIdentity.nameAr, nameLatin: holderIdentity.nameLatin, relation: 'self' },
    { idNumber: '28800000001', nameAr: 'سارة', nameLatin: 'Sara', relation: 'spouse' },
    { idNumber: '29900000002', nameAr: 'ماريا', nameLatin: 'Maria', relation: 'domestic-worker' },
  ],
};

export interface FakeWorld {
  card: { pin: string; triesLeft: number; isExpired?: boolean; readError?: CardError };
  items: readonly ServiceItem[];
  quote: Quote;
  ineligible: Record<string, string>; // subjectId -> reason
  info: readonly InfoRow[];
  /** Outcomes of successive payments; when empty, payments are approved. */
  payments: PayOutcome['kind'][];
  /** When set, pay waits for this promise before answering (to test work in progress). */
  payGate?: Promise<void>;
  printed: PrintOutput;
  status: KioskStatus;
  paidRequests: PayRequest[];
  /** What the central says of the holder (default: a sponsor with a spouse and a domestic worker). */
  profile: Profile;
  /** Reason keys the central refuses the next item lists and quotes with (one per call, then it answers). */
  refusals: { items: string[]; quote: string[] };
  /** What the flow asked the central for items and info, with the form values it sent. */
  asked: { call: 'items' | 'info'; fields: Readonly<Record<string, string>>; holderId?: string }[];
  pinsTried: number;
  challengesIssued: number;
  /** The app's side: resolves a challenge the kiosk is waiting on. */
  pendingApprovals: Map<string, (answer: 'approved' | 'expired') => void>;
  /** Row actions the core was asked to run (my-requests: print a kept certificate), how they end, and a gate to hold one in progress. */
  infoActions?: InfoActionRequest[];
  infoOutcome?: InfoActionOutcome;
  infoGate?: Promise<void>;
}

export function makeWorld(overrides: Partial<FakeWorld> = {}): FakeWorld {
  return {
    card: { pin: '1234', triesLeft: 3 },
    items: [
      { id: 'v-1', labelKey: 'central:item.violation', labelValues: { date: '2026-10-01', place: 'Corniche', plate: '123456' }, amountMinor: 50_000 },
      { id: 'v-2', labelKey: 'central:item.violation', labelValues: { date: '2026-10-11', place: 'C Ring', plate: '123456' }, amountMinor: 30_000 },
    ],
    quote: { quoteId: 'q-1', version: 1, amountMinor: 50_000, currency: 'QAR', lines: [{ labelKey: 'central:line.fine', labelValues: {}, amountMinor: 50_000 }] },
    ineligible: {},
    info: [],
    payments: [],
    printed: { isReceiptPrinted: true, isPendingConfirmation: false },
    status: { isOnline: true, failedDevices: [], isTakingPayments: true },
    paidRequests: [],
    profile: holderProfile,
    refusals: { items: [], quote: [] },
    asked: [],
    pinsTried: 0,
    challengesIssued: 0,
    pendingApprovals: new Map(),
    ...overrides,
  };
}

const ok = <T>(value: T) => ({ ok: true as const, value });
const refused = (reason: string) => ({ ok: false as const, error: { kind: 'rejected' as const, status: 422, reason } });

export function provideFakes(world: FakeWorld) {
  let counter = 0;
  const flow = serviceFlowMachine.provide({
    actors: {
      checkEligibility: fromPromise(async ({ input }): Promise<ActorResult<Eligibility>> => {
        const reason = world.ineligible[input.subjectId];
        return ok(reason ? { eligible: false as const, reason } : { eligible: true as const });
      }),
      loadItems: fromPromise(async ({ input }): Promise<ActorResult<readonly ServiceItem[]>> => {
        world.asked.push({ call: 'items', fields: input.fields });
        const refusal = world.refusals.items.shift();
        return refusal ? refused(refusal) : ok(world.items);
      }),
      requestQuote: fromPromise(async (): Promise<ActorResult<Quote>> => {
        const refusal = world.refusals.quote.shift();
        return refusal ? refused(refusal) : ok(world.quote);
      }),
      loadInfo: fromPromise(async ({ input }): Promise<ActorResult<readonly InfoRow[]>> => {
        world.asked.push({ call: 'info', fields: input.fields, ...(input.holderId ? { holderId: input.holderId } : {}) });
        return ok(world.info);
      }),
      runInfoAction: fromPromise(async ({ input }): Promise<InfoActionOutcome> => {
        (world.infoActions ??= []).push(input);
        if (world.infoGate) await world.infoGate;
        return world.infoOutcome ?? 'reprinted';
      }),
      pay: fromPromise(async ({ input }): Promise<PayOutcome> => {
        if (world.payGate) await world.payGate;
        const kind = world.payments.shift() ?? 'paid';
        if (kind === 'paid') {
          world.paidRequests.push(input);
          counter += 1;
          return { kind: 'paid', key: `key-${counter}`, reference: `2026-00000${counter}`, amountMinor: input.quote.amountMinor };
        }
        if (kind === 'quote-changed') return { kind, quote: { ...world.quote, version: world.quote.version + 1, amountMinor: world.quote.amountMinor + 10_000 } };
        if (kind === 'unavailable') return { kind, reason: 'receipt-printer' };
        if (kind === 'refused') return { kind, reason: 'central:reason.slot-taken' };
        return { kind };
      }),
    },
  });
  return sessionMachine.provide({
    actors: {
      serviceFlow: flow,
      readCard: fromPromise(async (): Promise<ReadCardOutput> => {
        if (world.card.readError) return { ok: false as const, error: world.card.readError };
        return ok({ identity: holderIdentity, pinTriesLeft: world.card.triesLeft, isExpired: world.card.isExpired ?? false });
      }),
      verifyPin: fromPromise(async ({ input }: { input: { pin: string } }): Promise<VerifyPinOutput> => {
        world.pinsTried += 1;
        if (world.card.triesLeft === 0) return { ok: false as const, error: { kind: 'pin-blocked' as const } };
        if (input.pin === world.card.pin) {
          world.card.triesLeft = 3;
          return ok(undefined);
        }
        world.card.triesLeft -= 1;
        return world.card.triesLeft === 0 ? { ok: false as const, error: { kind: 'pin-blocked' as const } } : { ok: false as const, error: { kind: 'wrong-pin' as const, triesLeft: world.card.triesLeft } };
      }),
      loadProfile: fromPromise(async (): Promise<ProfileOutput> => ok(world.profile)),
      printReceipt: fromPromise(async () => world.printed),
      releaseCard: fromPromise(async (): Promise<void> => {}),
      requestLoginChallenge: fromPromise(async (): Promise<ChallengeOutput> => {
        world.challengesIssued += 1;
        return ok({ challengeId: `ch-${world.challengesIssued}`, qrText: `MOI-LOGIN:ch-${world.challengesIssued}`, expiresInMs: 120_000 });
      }),
      awaitLoginApproval: fromPromise(async ({ input }: { input: { challengeId: string } }): Promise<ApprovalOutput> => {
        const approval = await new Promise<'approved' | 'expired'>((resolve) => world.pendingApprovals.set(input.challengeId, resolve));
        return ok(approval === 'approved' ? { kind: 'approved', holder: { idNumber: holderIdentity.idNumber, nameAr: holderIdentity.nameAr, nameLatin: holderIdentity.nameLatin, role: 'resident' }, sessionId: 'cd34' } : { kind: 'expired' });
      }),
    },
  });
}

export function startSession(world: FakeWorld, services: readonly ServiceDefinition[]) {
  const clock = new SimulatedClock();
  const actor = createActor(provideFakes(world), {
    clock,
    input: { languages: ['ar', 'en'], services, pin: { minLength: 4, maxLength: 8 }, timeouts: testTimeouts, status: world.status },
  });
  actor.start();
  const send = (event: SessionEvent) => actor.send(event);
  const mainState = () => {
    const value = actor.getSnapshot().value as { main: string | Record<string, string> };
    return typeof value.main === 'string' ? value.main : Object.entries(value.main).map(([k, v]) => `${k}.${v}`)[0];
  };
  const flowState = () => {
    const ref = actor.getSnapshot().context.flowRef;
    return ref ? JSON.stringify(ref.getSnapshot().value).replace(/[{}"]/g, '').replace(/:/g, '.') : undefined;
  };
  /** Waits until the machine settles in the wanted main state (actors answer on microtasks). */
  const until = async (predicate: (snapshot: SnapshotFrom<typeof sessionMachine>) => boolean) => waitFor(actor, predicate, { timeout: 2_000 });
  const untilMain = (state: string) => until(() => mainState() === state);
  /** The flow is a child actor: its changes do not make a new session snapshot, so watch it. */
  const untilFlow = async (state: string) => {
    const ref = actor.getSnapshot().context.flowRef;
    if (!ref) throw new Error(`no service flow is running (session is in ${mainState()})`);
    await waitFor(ref, () => flowState() === state, { timeout: 2_000 });
  };
  const typePin = (pin: string) => {
    for (const digit of pin) send({ type: 'PIN.DIGIT', digit: Number(digit) });
    send({ type: 'PIN.SUBMIT' });
  };
  const insertCard = () => send({ type: 'CARD.INSERTED', sessionId: 'ab12', pinKeys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] });
  return { actor, clock, send, mainState, flowState, until, untilMain, untilFlow, typePin, insertCard };
}
