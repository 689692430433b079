import { describe, expect, it } from 'vitest';
import { builtInServices } from '../services/catalog';
import { loadDefinitions } from '../services/load-definitions';
import { makeWorld, startSession, testTimeouts } from '../testing/session-harness';
import { applyA11y, defaultA11y, isA11yChanged } from './accessibility';

const { services } = loadDefinitions(builtInServices);

async function signIn(s: ReturnType<typeof startSession>) {
  s.insertCard();
  await s.untilMain('signedIn.pin');
  s.typePin('1234');
  await s.untilMain('signedIn.menu');
}

const a11yOf = (s: ReturnType<typeof startSession>) => s.actor.getSnapshot().context.a11y;

describe('accessibility settings in the session', () => {
  it('given a partial change, then only the named settings change', () => {
    const next = applyA11y(defaultA11y, { theme: 'high-contrast', textScale: undefined });
    expect(next).toEqual({ ...defaultA11y, theme: 'high-contrast' });
    expect(isA11yChanged(next)).toBe(true);
    expect(isA11yChanged(defaultA11y)).toBe(false);
  });

  it('given high contrast and large text chosen mid-session, when the session ends, then the next person starts from the defaults', async () => {
    const s = startSession(makeWorld(), services);
    await signIn(s);
    s.send({ type: 'A11Y.SET', settings: { theme: 'high-contrast', textScale: 2, layout: 'low-reach', isSpeechOn: true, volume: 9, rate: 1.5 } });
    expect(a11yOf(s)).toMatchObject({ theme: 'high-contrast', textScale: 2, layout: 'low-reach', isSpeechOn: true, volume: 9, rate: 1.5 });
    s.send({ type: 'CANCEL' });
    expect(s.mainState()).toBe('takeCard');
    expect(a11yOf(s).theme).toBe('high-contrast'); // still this person's until the card is out
    s.send({ type: 'CARD.REMOVED' });
    s.clock.increment(testTimeouts.goodbyeMs);
    expect(s.mainState()).toBe('attract');
    expect(a11yOf(s)).toEqual(defaultA11y);
  });

  it('given extended time, when the person is idle, then the warning comes after twice the idle delay and the session ends after twice the warning', async () => {
    const s = startSession(makeWorld(), services);
    await signIn(s);
    s.send({ type: 'A11Y.SET', settings: { isTimeExtended: true } });
    s.clock.increment(testTimeouts.idleMs * 2 - 1);
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'active' });
    s.clock.increment(1);
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'warning' });
    s.clock.increment(testTimeouts.warningMs * 2 - 1);
    expect(s.mainState()).toBe('signedIn.menu');
    s.clock.increment(1);
    expect(s.mainState()).toBe('takeCard');
  });

  it('given settings changed on the attract screen and then abandoned, when the idle and warning delays pass, then they are reset', () => {
    const s = startSession(makeWorld(), services);
    s.send({ type: 'A11Y.SET', settings: { isSpeechOn: true } });
    expect(a11yOf(s).isSpeechOn).toBe(true);
    s.clock.increment(testTimeouts.idleMs);
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'warning' });
    s.clock.increment(testTimeouts.warningMs);
    expect(s.mainState()).toBe('attract');
    expect(a11yOf(s)).toEqual(defaultA11y);
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'paused' });
  });

  it('given a setting changed, then it counts as activity (the idle delay starts again)', async () => {
    const s = startSession(makeWorld(), services);
    await signIn(s);
    s.clock.increment(testTimeouts.idleMs - 1);
    s.send({ type: 'A11Y.SET', settings: { textScale: 1.5 } });
    s.clock.increment(testTimeouts.idleMs - 1);
    expect(s.actor.getSnapshot().value).toMatchObject({ activity: 'active' });
  });

  it('given a signed-in person, when they ask for help and close it, then the help overlay opens and closes (the activity region does not swallow it)', async () => {
    const s = startSession(makeWorld(), services);
    await signIn(s);
    s.send({ type: 'HELP' });
    expect(s.actor.getSnapshot().context.isHelpOpen).toBe(true);
    s.send({ type: 'HELP.CLOSED' });
    expect(s.actor.getSnapshot().context.isHelpOpen).toBe(false);
  });
});
