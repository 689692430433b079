import { describe, expect, it } from 'vitest';
import { fromPromise } from 'xstate';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { builtInServices } from '../services/catalog';
import { loadDefinitions } from '../services/load-definitions';
import { technicianMachine } from '../technician/technician-machine';
import type { DevicesState } from '../technician/technician-types';
import { holderIdentity, makeWorld, provideFakes, testTimeouts, type FakeWorld } from '../testing/session-harness';
import type { ReadCardOutput, SessionEmitted } from './session-types';

const { services } = loadDefinitions(builtInServices);
const technicianIdentity = { ...holderIdentity, idNumber: '90000000011', nameLatin: 'Salem Technician', role: 'technician' as const };
const anyDevices = {} as DevicesState; // the technician machine's pages are tested on their own

function start(world: FakeWorld, identity: typeof holderIdentity | typeof technicianIdentity, status = world.status) {
  const machine = provideFakes(world).provide({
    actors: {
      readCard: fromPromise(async (): Promise<ReadCardOutput> =>
        world.card.readError ? { ok: false, error: world.card.readError } : { ok: true, value: { identity, pinTriesLeft: world.card.triesLeft, isExpired: world.card.isExpired ?? false } },
      ),
      technician: technicianMachine.provide({ actors: { loadDevices: fromPromise(async () => anyDevices) } }),
    },
  });
  const actor = createActor(machine, { clock: new SimulatedClock(), input: { languages: ['ar', 'en'], services, pin: { minLength: 4, maxLength: 8 }, timeouts: testTimeouts, status } });
  const emitted: SessionEmitted[] = [];
  for (const type of ['technician.entered', 'technician.exited', 'technician.refused', 'card.refused'] as const) actor.on(type, (event) => emitted.push(event));
  actor.start();
  const main = () => JSON.stringify(actor.getSnapshot().value.main);
  const signIn = async (pin: string) => {
    actor.send({ type: 'CARD.INSERTED', sessionId: 'ab12', pinKeys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] });
    await waitFor(actor, (s) => s.matches({ main: { signedIn: 'pin' } }) || s.matches({ main: { signedIn: 'problem' } }));
    for (const digit of pin) actor.send({ type: 'PIN.DIGIT', digit: Number(digit) });
    actor.send({ type: 'PIN.SUBMIT' });
    await waitFor(actor, (s) => !s.hasTag('busy') || s.matches({ main: { signedIn: 'pinPause' } }));
  };
  return { actor, emitted, main, signIn };
}

describe('technician mode: entry by card', () => {
  it('given a technician card and its PIN, then technician mode opens instead of the menu and the entry is reported for the audit log', async () => {
    const s = start(makeWorld({ card: { pin: '9753', triesLeft: 3 } }), technicianIdentity);
    await s.signIn('9753');
    expect(s.actor.getSnapshot().matches({ main: { signedIn: 'technician' } })).toBe(true);
    expect(s.actor.getSnapshot().context.technicianRef).toBeDefined();
    expect(s.emitted).toEqual([{ type: 'technician.entered', technicianId: '90000000011' }]);
  });

  it('given a resident card and its PIN, then the residents menu opens and technician mode never does', async () => {
    const s = start(makeWorld(), holderIdentity);
    await s.signIn('1234');
    await waitFor(s.actor, (snap) => snap.matches({ main: { signedIn: 'menu' } }));
    expect(s.actor.getSnapshot().context.technicianRef).toBeUndefined();
    expect(s.emitted).toEqual([]);
  });

  it('given a technician card and a wrong PIN, then it stays on the PIN screen and the refusal is reported with the tries left', async () => {
    const s = start(makeWorld({ card: { pin: '9753', triesLeft: 3 } }), technicianIdentity);
    await s.signIn('1111');
    await waitFor(s.actor, (snap) => snap.matches({ main: { signedIn: 'pin' } }));
    expect(s.emitted).toEqual([{ type: 'technician.refused', technicianId: '90000000011', reason: 'wrong-pin', triesLeft: 2 }]);
    expect(s.actor.getSnapshot().context.technicianRef).toBeUndefined();
  });

  it('given a card that fails authentication (a clone), then it is refused and reported, whoever it claims to be', async () => {
    const s = start(makeWorld({ card: { pin: '9753', triesLeft: 3, readError: { kind: 'not-authentic' } } }), technicianIdentity);
    s.actor.send({ type: 'CARD.INSERTED', sessionId: 'ab12', pinKeys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] });
    await waitFor(s.actor, (snap) => snap.matches({ main: { signedIn: 'problem' } }));
    expect(s.actor.getSnapshot().context.problem).toBe('card-not-authentic');
    expect(s.emitted).toEqual([{ type: 'card.refused', reason: 'not-authentic' }]);
  });

  it('given an expired technician card, then it is refused and reported', async () => {
    const s = start(makeWorld({ card: { pin: '9753', triesLeft: 3, isExpired: true } }), technicianIdentity);
    s.actor.send({ type: 'CARD.INSERTED', sessionId: 'ab12', pinKeys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] });
    await waitFor(s.actor, (snap) => snap.matches({ main: { signedIn: 'problem' } }));
    expect(s.emitted).toEqual([{ type: 'technician.refused', technicianId: '90000000011', reason: 'card-expired', triesLeft: 3 }]);
  });

  it('given technician mode, when the card is pulled, then the mode ends at once and the exit is reported', async () => {
    const s = start(makeWorld({ card: { pin: '9753', triesLeft: 3 } }), technicianIdentity);
    await s.signIn('9753');
    s.actor.send({ type: 'CARD.REMOVED' });
    expect(s.main()).toBe('"cardRemoved"');
    expect(s.actor.getSnapshot().context.technicianRef).toBeUndefined();
    expect(s.emitted.at(-1)).toEqual({ type: 'technician.exited', technicianId: '90000000011' });
  });

  it('given technician mode, when the technician leaves, then the card is asked back', async () => {
    const s = start(makeWorld({ card: { pin: '9753', triesLeft: 3 } }), technicianIdentity);
    await s.signIn('9753');
    s.actor.send({ type: 'TECH.EXIT' });
    expect(s.main()).toBe('"takeCard"');
  });
});

describe('out of service, derived from the card reader health', () => {
  const failedReader = { isOnline: true, failedDevices: ['card-reader' as const], isTakingPayments: true };
  const healthy = { isOnline: true, failedDevices: [], isTakingPayments: true };

  it('given the reader fails at the attract screen, then the kiosk is out of service, and back on attract when it returns', () => {
    const s = start(makeWorld(), holderIdentity);
    s.actor.send({ type: 'KIOSK.STATUS', status: failedReader });
    expect(s.main()).toBe('"outOfService"');
    s.actor.send({ type: 'START' });
    expect(s.main()).toBe('"outOfService"');
    s.actor.send({ type: 'KIOSK.STATUS', status: healthy });
    expect(s.main()).toBe('"attract"');
  });

  it('given a kiosk that starts with its reader failed, then it starts out of service', () => {
    expect(start(makeWorld(), holderIdentity, failedReader).main()).toBe('"outOfService"');
  });

  it('given someone choosing a language, when the reader fails, then the kiosk says it is out of service', () => {
    const s = start(makeWorld(), holderIdentity);
    s.actor.send({ type: 'START' });
    s.actor.send({ type: 'KIOSK.STATUS', status: failedReader });
    expect(s.main()).toBe('"outOfService"');
  });

  it('given only the receipt printer failed, then the kiosk keeps serving (limited, not out of service)', () => {
    const s = start(makeWorld(), holderIdentity);
    s.actor.send({ type: 'KIOSK.STATUS', status: { isOnline: true, failedDevices: ['receipt-printer'], isTakingPayments: true } });
    expect(s.main()).toBe('"attract"');
  });
});
