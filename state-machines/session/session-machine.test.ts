import { describe, expect, it } from 'vitest';
import { loadDefinitions } from '../services/load-definitions';
import { builtInServices } from '../services/catalog';
import { makeWorld, startSession, testTimeouts } from '../testing/session-harness';

const { services } = loadDefinitions(builtInServices);

async function signIn(s: ReturnType<typeof startSession>) {
  s.insertCard();
  await s.untilMain('signedIn.pin');
  s.typePin('1234');
  await s.untilMain('signedIn.menu');
}

describe('session: the traffic-fines slice', () => {
  it('walks attract → language → card → PIN → menu → fines → pay → receipt → take card → attract', async () => {
    const world = makeWorld();
    const s = startSession(world, services);
    expect(s.mainState()).toBe('attract');
    s.send({ type: 'START' });
    expect(s.mainState()).toBe('language');
    s.send({ type: 'LANGUAGE.CHOSEN', language: 'en' });
    expect(s.mainState()).toBe('insertCard');
    s.insertCard();
    await s.untilMain('signedIn.pin');
    expect(s.actor.getSnapshot().context.pinTriesLeft).toBe(3);
    s.typePin('1234');
    await s.untilMain('signedIn.menu');
    expect(s.actor.getSnapshot().context.pin).toBe('');

    s.send({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
    await s.untilFlow('items.choosing');
    s.send({ type: 'ITEMS.CONFIRMED' }); // nothing chosen yet: refused
    expect(s.flowState()).toBe('items.choosing');
    s.send({ type: 'ITEM.TOGGLED', itemId: 'v-1' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('review.confirming');
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilMain('takeCard');
    expect(world.paidRequests).toHaveLength(1);
    expect(world.paidRequests[0]?.itemIds).toEqual(['v-1']);
    expect(s.actor.getSnapshot().context.printed).toEqual({ isReceiptPrinted: true, isPendingConfirmation: false });

    s.send({ type: 'CARD.REMOVED' });
    expect(s.mainState()).toBe('goodbye');
    expect(s.actor.getSnapshot().context.holder).toBeUndefined();
    s.clock.increment(testTimeouts.goodbyeMs);
    expect(s.mainState()).toBe('attract');
    expect(s.actor.getSnapshot().context.language).toBe('ar');
  });
});

describe('session: PIN', () => {
  it('given a wrong PIN, shows the tries the card reports and lets the holder try again', async () => {
    const s = startSession(makeWorld(), services);
    s.insertCard();
    await s.untilMain('signedIn.pin');
    s.typePin('9999');
    await s.untilMain('signedIn.pin');
    expect(s.actor.getSnapshot().context.pinTriesLeft).toBe(2);
    s.typePin('1234');
    await s.untilMain('signedIn.menu');
  });

  it('given two wrong PINs, the kiosk pauses before the next try, then the third wrong PIN blocks the card', async () => {
    const world = makeWorld();
    const s = startSession(world, services);
    s.insertCard();
    await s.untilMain('signedIn.pin');
    s.typePin('0000');
    await s.untilMain('signedIn.pin');
    s.typePin('0001');
    await s.untilMain('signedIn.pinPause');
    s.send({ type: 'PIN.DIGIT', digit: 1 }); // typing is ignored during the pause
    s.clock.increment(testTimeouts.pinRetryBaseMs - 1);
    expect(s.mainState()).toBe('signedIn.pinPause');
    s.clock.increment(1);
    expect(s.mainState()).toBe('signedIn.pin');
    expect(s.actor.getSnapshot().context.pin).toBe('');
    s.typePin('0002');
    await s.untilMain('signedIn.cardBlocked');
    expect(world.pinsTried).toBe(3);
  });

  it('given a card whose PIN is already blocked, says so at once and asks for no PIN', async () => {
    const world = makeWorld({ card: { pin: '1234', triesLeft: 0 } });
    const s = startSession(world, services);
    s.insertCard();
    await s.untilMain('signedIn.cardBlocked');
    expect(world.pinsTried).toBe(0);
    s.send({ type: 'DONE' });
    expect(s.mainState()).toBe('takeCard');
  });

  it('given an unreadable card, shows a problem, not a PIN pad', async () => {
    const s = startSession(makeWorld({ card: { pin: '1234', triesLeft: 3, readError: { kind: 'unreadable', statusWord: '6F00' } } }), services);
    s.insertCard();
    await s.untilMain('signedIn.problem');
    expect(s.actor.getSnapshot().context.problem).toBe('card-unreadable');
  });

  it('given an expired card, refuses the session with that reason', async () => {
    const s = startSession(makeWorld({ card: { pin: '1234', triesLeft: 3, isExpired: true } }), services);
    s.insertCard();
    await s.untilMain('signedIn.problem');
    expect(s.actor.getSnapshot().context.problem).toBe('card-expired');
  });
});

describe('session: inactivity', () => {
  it('warns after the idle delay, and "I need more time" gives the whole delay again', async () => {
    const s = startSession(makeWorld(), services);
    await signIn(s);
    s.clock.increment(testTimeouts.idleMs);
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'warning' });
    s.send({ type: 'MORE_TIME' });
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'active' });
    s.clock.increment(testTimeouts.idleMs - 1);
    expect(s.mainState()).toBe('signedIn.menu');
    s.clock.increment(1);
    s.clock.increment(testTimeouts.warningMs);
    expect(s.mainState()).toBe('takeCard');
  });

  it('never times out while a payment is in progress, and the paid transaction still gets its receipt', async () => {
    let openGate = () => {};
    const world = makeWorld({ payGate: new Promise<void>((resolve) => (openGate = resolve)) });
    const s = startSession(world, services);
    await signIn(s);
    s.send({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
    await s.untilFlow('items.choosing');
    s.send({ type: 'ITEM.TOGGLED', itemId: 'v-2' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('review.confirming');
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilFlow('paying');
    for (let i = 0; i < 5; i += 1) s.clock.increment(testTimeouts.idleMs);
    expect(s.flowState()).toBe('paying');
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'active' });
    openGate();
    await s.untilMain('takeCard');
    expect(world.paidRequests).toHaveLength(1);
  });

  it('on the language screen, a timeout goes back to attract', () => {
    const s = startSession(makeWorld(), services);
    s.send({ type: 'START' });
    s.clock.increment(testTimeouts.idleMs);
    s.clock.increment(testTimeouts.warningMs);
    expect(s.mainState()).toBe('attract');
  });
});

describe('session: card pulled', () => {
  it('given the card is pulled mid-flow, ends the session and drops personal data', async () => {
    const s = startSession(makeWorld(), services);
    await signIn(s);
    s.send({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
    await s.untilFlow('items.choosing');
    s.send({ type: 'CARD.REMOVED' });
    expect(s.mainState()).toBe('cardRemoved');
    const context = s.actor.getSnapshot().context;
    expect(context.holder).toBeUndefined();
    expect(context.profile).toBeUndefined();
    expect(context.flowRef).toBeUndefined();
    expect(s.actor.getSnapshot().children['flow']).toBeUndefined();
    s.clock.increment(testTimeouts.goodbyeMs);
    expect(s.mainState()).toBe('attract');
  });
});

describe('session: reset after the screen was reloaded', () => {
  it('given a signed-in holder mid-service, SESSION.RESET ends the session and asks for the card', async () => {
    const s = startSession(makeWorld(), services);
    await signIn(s);
    s.send({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
    await s.untilFlow('items.choosing');
    s.send({ type: 'SESSION.RESET' });
    expect(s.mainState()).toBe('takeCard');
    expect(s.actor.getSnapshot().context.flowRef).toBeUndefined();
  });

  it('given nobody signed in, SESSION.RESET goes back to attract', () => {
    const s = startSession(makeWorld(), services);
    s.send({ type: 'START' });
    s.send({ type: 'SESSION.RESET' });
    expect(s.mainState()).toBe('attract');
  });
});
