// Changing language mid-session: a person signed in with the app never saw the language
// screen, and a family member helping may want another language. The switch is a list
// opened over any screen (LANGUAGE.MENU), closed by choosing (LANGUAGE.CHOSEN) or by closing.
import { describe, expect, it } from 'vitest';
import { builtInServices } from '../services/catalog';
import { loadDefinitions } from '../services/load-definitions';
import { makeWorld, startSession, testTimeouts } from '../testing/session-harness';

const { services } = loadDefinitions(builtInServices);

async function signedInWithTheApp() {
  const world = makeWorld();
  const s = startSession(world, services);
  s.send({ type: 'APP.SIGNIN' });
  await s.until(() => world.pendingApprovals.has('ch-1'));
  world.pendingApprovals.get('ch-1')?.('approved');
  await s.untilMain('signedIn.menu');
  return s;
}

describe('switching language during a session', () => {
  it('given a person signed in with the app on the menu, when they open the list and choose English, then the session speaks English and the list closes', async () => {
    const s = await signedInWithTheApp();
    expect(s.actor.getSnapshot().context.language).toBe('ar');
    s.send({ type: 'LANGUAGE.MENU', isOpen: true });
    expect(s.actor.getSnapshot().context.isLanguageMenuOpen).toBe(true);
    s.send({ type: 'LANGUAGE.CHOSEN', language: 'en' });
    const context = s.actor.getSnapshot().context;
    expect(context.language).toBe('en');
    expect(context.isLanguageMenuOpen).toBe(false);
    expect(s.mainState()).toBe('signedIn.menu');
  });

  it('given the list is open, when a language the kiosk does not offer arrives, then nothing changes and the list stays open', async () => {
    const s = await signedInWithTheApp();
    s.send({ type: 'LANGUAGE.MENU', isOpen: true });
    s.send({ type: 'LANGUAGE.CHOSEN', language: 'de' });
    const context = s.actor.getSnapshot().context;
    expect(context.language).toBe('ar');
    expect(context.isLanguageMenuOpen).toBe(true);
  });

  it('given the list is open, when it is closed, then the language is kept', async () => {
    const s = await signedInWithTheApp();
    s.send({ type: 'LANGUAGE.MENU', isOpen: true });
    s.send({ type: 'LANGUAGE.MENU', isOpen: false });
    const context = s.actor.getSnapshot().context;
    expect(context.isLanguageMenuOpen).toBe(false);
    expect(context.language).toBe('ar');
  });

  it('given opening the list, then it counts as activity: the inactivity timer starts again', async () => {
    const s = await signedInWithTheApp();
    s.clock.increment(testTimeouts.idleMs - 1_000);
    s.send({ type: 'LANGUAGE.MENU', isOpen: true });
    s.clock.increment(2_000);
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'active' });
  });

  it('given English was chosen and the list left open, when the session ends, then the next person starts in the default language with the list closed', async () => {
    const s = await signedInWithTheApp();
    s.send({ type: 'LANGUAGE.CHOSEN', language: 'en' });
    s.send({ type: 'LANGUAGE.MENU', isOpen: true });
    s.send({ type: 'DONE' });
    s.clock.increment(testTimeouts.goodbyeMs);
    expect(s.mainState()).toBe('attract');
    const context = s.actor.getSnapshot().context;
    expect(context.language).toBe('ar');
    expect(context.isLanguageMenuOpen).toBe(false);
  });
});
