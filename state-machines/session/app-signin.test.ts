import { describe, expect, it } from 'vitest';
import { builtInServices } from '../services/catalog';
import { loadDefinitions } from '../services/load-definitions';
import { makeWorld, startSession, testTimeouts } from '../testing/session-harness';

const { services } = loadDefinitions(builtInServices);

describe('sign in with the ministry app', () => {
  it('given the app approves the code on screen, opens the same menu as a card login, and ends without "take your card"', async () => {
    const world = makeWorld();
    const s = startSession(world, services);
    s.send({ type: 'APP.SIGNIN' });
    await s.until((snap) => snap.context.challenge?.challengeId === 'ch-1');
    await s.until(() => world.pendingApprovals.has('ch-1'));
    world.pendingApprovals.get('ch-1')?.('approved');
    await s.untilMain('signedIn.menu');
    const context = s.actor.getSnapshot().context;
    expect(context.holder?.signIn).toBe('app');
    expect(context.challenge).toBeUndefined();
    s.send({ type: 'DONE' });
    expect(s.mainState()).toBe('goodbye');
    s.clock.increment(testTimeouts.goodbyeMs);
    expect(s.mainState()).toBe('attract');
  });

  it('given the code expires unused, shows a fresh one by itself', async () => {
    const world = makeWorld();
    const s = startSession(world, services);
    s.send({ type: 'APP.SIGNIN' });
    await s.until((snap) => snap.context.challenge?.challengeId === 'ch-1');
    s.clock.increment(120_000);
    await s.until((snap) => snap.context.challenge?.challengeId === 'ch-2');
    expect(world.challengesIssued).toBe(2);
  });

  it('given the central is unreachable, the app option does nothing and card login still works', async () => {
    const world = makeWorld({ status: { isOnline: false, failedDevices: [], isTakingPayments: true } });
    const s = startSession(world, services);
    s.send({ type: 'APP.SIGNIN' });
    expect(s.mainState()).toBe('attract');
    expect(world.challengesIssued).toBe(0);
    s.insertCard();
    await s.untilMain('signedIn.pin');
  });

  it('given a card is inserted while the code is shown, the card session wins and the code is dropped', async () => {
    const world = makeWorld();
    const s = startSession(world, services);
    s.send({ type: 'APP.SIGNIN' });
    await s.until((snap) => snap.context.challenge !== undefined);
    s.insertCard();
    await s.untilMain('signedIn.pin');
    expect(s.actor.getSnapshot().context.challenge).toBeUndefined();
  });
});
