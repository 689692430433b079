import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { approveLogin } from '../../central/login/approve-login';
import { cardHolders } from '../../central/seed/people';
import type { RunningCentral } from '../../central/server';
import { startTestCentral } from '../../central/test-support';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { sessionMachine } from '../../state-machines/session/session-machine';
import type { ProfileOutput } from '../../state-machines/session/session-types';
import { createLoginClient } from '../central-client/login-client';
import { appLoginActors } from './app-login-actors';

const { services } = loadDefinitions(builtInServices);
let central: RunningCentral;
beforeAll(async () => {
  central = await startTestCentral();
});
afterAll(() => central.close());

function startSession(fetchImpl: typeof fetch = fetch) {
  const client = createLoginClient({ baseUrl: central.url, kioskId: 'KIOSK-ACTORS-01', timeoutMs: 2_000, fetchImpl });
  const machine = sessionMachine.provide({
    actors: {
      ...appLoginActors(client),
      // the profile is not what this test is about: offline, the menu still opens for the holder
      loadProfile: fromPromise(async (): Promise<ProfileOutput> => ({ ok: false, error: { kind: 'unreachable' } })),
    },
  });
  const actor = createActor(machine, {
    input: {
      languages: ['ar', 'en'],
      services,
      pin: { minLength: 4, maxLength: 8 },
      timeouts: { idleMs: 60_000, warningMs: 30_000, goodbyeMs: 4_000, pinRetryBaseMs: 2_000 },
      status: { isOnline: true, failedDevices: [], isTakingPayments: true },
    },
  });
  actor.start();
  return actor;
}

describe('app sign-in actors in the session machine', () => {
  it('given the app approves the code the central issued, then the session opens the menu for that person, signed in by app', async () => {
    const actor = startSession();
    actor.send({ type: 'APP.SIGNIN' });
    const showing = await waitFor(actor, (s) => s.matches({ main: { appSignIn: 'showing' } }));
    expect(await approveLogin({ centralUrl: central.url, code: showing.context.challenge?.qrText ?? '', idNumber: cardHolders.sponsor.idNumber })).toMatchObject({ ok: true });
    const menu = await waitFor(actor, (s) => s.matches({ main: { signedIn: 'menu' } }));
    expect(menu.context.holder).toEqual({ idNumber: cardHolders.sponsor.idNumber, nameAr: cardHolders.sponsor.nameAr, nameLatin: cardHolders.sponsor.nameLatin, role: 'resident', signIn: 'app' });
    expect(menu.context.sessionId).toMatch(/^[0-9a-f]{4}$/);
    actor.stop();
  });

  it('given the person goes back while the kiosk waits, then the long-poll is dropped with the code', async () => {
    let onWait: (signal: AbortSignal) => void = () => {};
    const waitSent = new Promise<AbortSignal>((resolve) => (onWait = resolve));
    const actor = startSession(async (input, init) => {
      if (String(input).endsWith('/wait') && init?.signal) onWait(init.signal);
      return fetch(input, init);
    });
    actor.send({ type: 'APP.SIGNIN' });
    const signal = await waitSent;
    expect(signal.aborted).toBe(false);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().matches({ main: 'attract' })).toBe(true);
    expect(signal.aborted).toBe(true);
    actor.stop();
  });
});
