// Test support: a session that has just paid a traffic fine and stands on take card, with the
// printer's answer from the world and the central's receipt contacts and sends faked.
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { ServiceDefinition } from '../services/definition';
import type { ReceiptChannel, ReceiptContacts, ReceiptContactsOutput, SendReceiptOutput } from '../session/session-types';
import { provideFakes, testTimeouts, type FakeWorld } from './session-harness';

export interface FakeReceiptCentral {
  contacts: ReceiptContactsOutput;
  /** Answers per send, in order; then every send succeeds with the masked contact. */
  sendAnswers: SendReceiptOutput[];
  asked: string[];
  sent: { key: string; channel: ReceiptChannel }[];
}

export const maskedContacts: ReceiptContacts = { sms: '+974 •••• 345', email: 'a•••@example.qa' };

export function fakeReceiptCentral(overrides: Partial<FakeReceiptCentral> = {}): FakeReceiptCentral {
  return { contacts: { ok: true, value: maskedContacts }, sendAnswers: [], asked: [], sent: [], ...overrides };
}

export async function sessionOnTakeCard(world: FakeWorld, central: FakeReceiptCentral, services: readonly ServiceDefinition[]) {
  const machine = provideFakes(world).provide({
    actors: {
      findReceiptContacts: fromPromise(async ({ input }: { input: { key: string } }) => {
        central.asked.push(input.key);
        return central.contacts;
      }),
      sendReceipt: fromPromise(async ({ input }: { input: { key: string; channel: ReceiptChannel } }) => {
        central.sent.push(input);
        return central.sendAnswers.shift() ?? { ok: true as const, value: { channel: input.channel, sentTo: maskedContacts[input.channel] ?? '' } };
      }),
    },
  });
  const actor = createActor(machine, { clock: new SimulatedClock(), input: { languages: ['ar', 'en'], services, pin: { minLength: 4, maxLength: 8 }, timeouts: testTimeouts, status: world.status } });
  actor.start();
  actor.send({ type: 'CARD.INSERTED', sessionId: 'ab12', pinKeys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] });
  await waitFor(actor, (s) => s.matches({ main: { signedIn: 'pin' } }));
  for (const digit of world.card.pin) actor.send({ type: 'PIN.DIGIT', digit: Number(digit) });
  actor.send({ type: 'PIN.SUBMIT' });
  await waitFor(actor, (s) => s.matches({ main: { signedIn: 'menu' } }));
  actor.send({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
  const flow = actor.getSnapshot().context.flowRef;
  if (!flow) throw new Error('no service flow started');
  await waitFor(flow, (s) => s.matches({ items: 'choosing' }));
  actor.send({ type: 'ITEM.TOGGLED', itemId: world.items[0]?.id ?? '' });
  actor.send({ type: 'ITEMS.CONFIRMED' });
  await waitFor(flow, (s) => s.matches({ review: 'confirming' }));
  actor.send({ type: 'PAY.CONFIRMED' });
  await waitFor(actor, (s) => s.matches({ main: 'takeCard' }));
  return actor;
}
