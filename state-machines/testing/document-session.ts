// Test support: a session that pays for a residency certificate, with the kiosk core's
// document actors faked: the A4 printer's answer, a printer that comes back (or not) while the
// person waits, and a choice kept on the kiosk and sent to the central when it is up.
import { createActor, fromPromise, SimulatedClock, waitFor, type SnapshotFrom } from 'xstate';
import type { Holder } from '../domain';
import type { ServiceDefinition } from '../services/definition';
import type { sessionMachine } from '../session/session-machine';
import type { DocumentChoiceOutput, DocumentOutcome, DocumentWaitOutput, PaidOutcome, PrintOutput, ReceiptDocumentNote } from '../session/session-types';
import { makeWorld, provideFakes, testTimeouts, type FakeWorld } from './session-harness';

type Snapshot = SnapshotFrom<typeof sessionMachine>;

export const paperOut: DocumentOutcome = { kind: 'kept', documentId: 'CRT-2026-000005', problem: { reason: 'paper-out', actions: ['wait', 'reprint', 'post'], jobId: 17 } };
export const jammed: DocumentOutcome = { kind: 'kept', documentId: 'CRT-2026-000005', problem: { reason: 'jammed', actions: ['wait', 'reprint', 'post'], jobId: 17 } };

/**
 * The kiosk core as the machine sees it: the A4 printer's answers, a printer that comes back
 * (or not) while the person waits, and the choice kept on the kiosk and sent to the central
 * when it is up (as electron/documents/send-document-choices.ts does).
 */
export function fakeCore(printed: DocumentOutcome, options: { isCentralUp?: boolean } = {}) {
  const core = {
    isCentralUp: options.isCentralUp ?? true,
    printerBack: undefined as ((output: DocumentWaitOutput) => void) | undefined,
    waitsStarted: 0,
    kept: [] as { key: string; choice: 'reprint' | 'post'; jobId?: number }[],
    atCentral: [] as { key: string; choice: 'reprint' | 'post' }[],
    receipts: [] as (ReceiptDocumentNote | undefined)[],
    /** The sync pass after the central is back: what was kept and not sent goes now. */
    flush() {
      for (const choice of core.kept) if (!core.atCentral.some((c) => c.key === choice.key)) core.atCentral.push({ key: choice.key, choice: choice.choice });
    },
  };
  const actors = {
    printDocument: fromPromise<DocumentOutcome, { paid: PaidOutcome; language: string; holder: Holder }>(async () => printed),
    waitForDocument: fromPromise<DocumentWaitOutput, { jobId: number }>(async () => {
      core.waitsStarted += 1;
      return new Promise((resolve) => (core.printerBack = resolve));
    }),
    recordDocumentChoice: fromPromise(async ({ input }: { input: { key: string; choice: 'reprint' | 'post'; jobId?: number } }): Promise<DocumentChoiceOutput> => {
      core.kept.push(input);
      if (core.isCentralUp) core.atCentral.push({ key: input.key, choice: input.choice });
      return { choice: input.choice, isRecorded: true, isSent: core.isCentralUp, reprintCode: 'K7QM-3XWD' };
    }),
    printReceipt: fromPromise(async ({ input }: { input: { paid: PaidOutcome; language: string; holder: Holder; document?: ReceiptDocumentNote } }): Promise<PrintOutput> => {
      core.receipts.push(input.document);
      return { isReceiptPrinted: true, isPendingConfirmation: false };
    }),
  };
  return { core, actors };
}

/** Ahmed pays for his wife's residency certificate; the session stops where the document goes. */
export async function paidCertificate(world: FakeWorld, actors: ReturnType<typeof fakeCore>['actors'], services: readonly ServiceDefinition[]) {
  const clock = new SimulatedClock();
  const actor = createActor(provideFakes(world).provide({ actors }), { clock, input: { languages: ['ar', 'en'], services, pin: { minLength: 4, maxLength: 8 }, timeouts: testTimeouts, status: world.status } });
  actor.start();
  const until = (predicate: (s: Snapshot) => boolean) => waitFor(actor, predicate, { timeout: 2_000 });
  actor.send({ type: 'CARD.INSERTED', sessionId: 'ab12', pinKeys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] });
  await until((s) => s.matches({ main: { signedIn: 'pin' } }));
  for (const digit of '1234') actor.send({ type: 'PIN.DIGIT', digit: Number(digit) });
  actor.send({ type: 'PIN.SUBMIT' });
  await until((s) => s.matches({ main: { signedIn: 'menu' } }));
  actor.send({ type: 'SERVICE.CHOSEN', serviceId: 'certificate' });
  const flow = actor.getSnapshot().context.flowRef;
  if (!flow) throw new Error('no service flow');
  await waitFor(flow, (s) => s.matches('subject'));
  actor.send({ type: 'SUBJECT.CHOSEN', index: 1 });
  await waitFor(flow, (s) => s.matches({ items: 'choosing' }));
  actor.send({ type: 'ITEM.TOGGLED', itemId: 'residency' });
  actor.send({ type: 'ITEMS.CONFIRMED' });
  await waitFor(flow, (s) => s.matches('form'));
  actor.send({ type: 'FIELD.CHANGED', name: 'language', value: 'ar' });
  actor.send({ type: 'FORM.SUBMITTED' });
  await waitFor(flow, (s) => s.matches({ review: 'confirming' }));
  actor.send({ type: 'PAY.CONFIRMED' });
  return { actor, clock, until };
}

export const certificateWorld = (): FakeWorld => makeWorld({ items: [{ id: 'residency', labelKey: 'central:item.certificate.residency', labelValues: {}, amountMinor: 10_000 }] });

