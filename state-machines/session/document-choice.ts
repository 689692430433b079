// A paid A4 document (a certificate) after payment, with the card still in the reader:
// printing → printed (on to the receipt), or a problem the person chooses about:
//   wait     (paper out or a jam: staff fix it; the kept CUPS job prints when the printer is
//             back, for as long as the kiosk core's bounded wait allows; "stop waiting" returns)
//   reprint  (later, at any kiosk or counter, with the code on the receipt)
//   post     (to the address on record)
// A reprint or post choice is recorded by the kiosk core (durably on the kiosk, then at the
// central, retried until acknowledged) before the receipt prints, so the receipt can say it.
// Nothing here charges: the payment is behind us, and no transition leads back to it.
import { assign } from 'xstate';
import { sessionSetup } from './session-setup';
import type { DocumentAction, DocumentOutcome, DocumentProblem, PaidOutcome, ReceiptDocumentNote, SessionContext } from './session-types';

/** The service just paid for issues an A4 document. */
export function issuesDocument(context: SessionContext, paid: Pick<PaidOutcome, 'serviceId'>): boolean {
  return context.services.find((s) => s.id === paid.serviceId)?.document !== undefined;
}

export function problemOf(document: DocumentOutcome | undefined): DocumentProblem | undefined {
  return document && document.kind !== 'printed' ? document.problem : undefined;
}

/** What the receipt (printed after the choice) says of the document. */
export function receiptDocumentNote(context: SessionContext): { document?: ReceiptDocumentNote } {
  if (!context.document) return {};
  return { document: { outcome: context.document, ...(context.documentChoice ? { choice: context.documentChoice } : {}) } };
}

function withProblem(document: DocumentOutcome | undefined, change: (problem: DocumentProblem) => DocumentProblem): DocumentOutcome | undefined {
  if (!document || document.kind === 'printed') return document;
  return { ...document, problem: change(document.problem) };
}

/** Nothing came out: the person may no longer wait, and a job that ended is no longer queued. */
function waitEnded(document: DocumentOutcome | undefined, isJobGone: boolean): DocumentOutcome | undefined {
  return withProblem(document, (problem) => {
    const { jobId, ...rest } = problem;
    return { ...rest, actions: problem.actions.filter((a) => a !== 'wait'), isWaitOver: true, ...(isJobGone || jobId === undefined ? {} : { jobId }) };
  });
}

const isOffered = (context: SessionContext, action: DocumentAction) => problemOf(context.document)?.actions.includes(action) === true;

export const documentState = sessionSetup.createStateConfig({
  initial: 'printing',
  states: {
    printing: {
      tags: ['busy'],
      invoke: {
        src: 'printDocument',
        input: ({ context }) => {
          if (!context.paid || !context.holder) throw new Error('session: printing a document without a paid transaction');
          return { paid: context.paid, language: context.language, holder: context.holder };
        },
        onDone: [
          { guard: ({ event }) => event.output.kind === 'printed', actions: assign({ document: ({ event }) => event.output }), target: '#session.main.signedIn.printing' },
          { actions: assign({ document: ({ event }) => event.output }), target: 'choosing' },
        ],
        // a fault in the kiosk core itself: nothing is known to be queued; the paid document is still owed
        onError: { actions: assign({ document: { kind: 'pending', problem: { reason: 'not-available', actions: ['reprint', 'post'] } } }), target: 'choosing' },
      },
    },
    choosing: {
      tags: ['waiting'],
      on: {
        'DOCUMENT.CHOSEN': [
          { guard: ({ context, event }) => event.choice === 'wait' && isOffered(context, 'wait') && problemOf(context.document)?.jobId !== undefined, target: 'waiting' },
          { guard: ({ context, event }) => event.choice !== 'wait' && isOffered(context, event.choice), target: 'recording' },
        ],
        // Leaving without a choice: the document stays kept for a reprint, and the queued job
        // is withdrawn so it does not come out later for nobody.
        'CARD.REMOVED': { actions: assign({ isLeavingAfterChoice: true }), target: 'recording' },
        TIMEOUT: { target: 'recording' },
      },
    },
    waiting: {
      tags: ['busy'],
      invoke: {
        src: 'waitForDocument',
        input: ({ context }) => ({ jobId: problemOf(context.document)?.jobId ?? -1 }),
        onDone: [
          {
            guard: ({ event }) => event.output.kind === 'printed',
            actions: assign({ document: ({ context }) => (context.document?.kind === 'kept' ? { kind: 'printed' as const, documentId: context.document.documentId } : context.document) }),
            target: '#session.main.signedIn.printing',
          },
          { actions: assign({ document: ({ context, event }) => waitEnded(context.document, event.output.kind === 'not-printed') }), target: 'choosing' },
        ],
        onError: { actions: assign({ document: ({ context }) => waitEnded(context.document, false) }), target: 'choosing' },
      },
      on: {
        'DOCUMENT.STOP_WAITING': 'choosing',
        'CARD.REMOVED': { actions: assign({ isLeavingAfterChoice: true }), target: 'recording' },
      },
    },
    recording: {
      tags: ['busy'],
      invoke: {
        src: 'recordDocumentChoice',
        input: ({ context, event }) => {
          const jobId = problemOf(context.document)?.jobId;
          const choice = event.type === 'DOCUMENT.CHOSEN' && event.choice !== 'wait' ? event.choice : 'reprint';
          return { key: context.paid?.key ?? '', choice, ...(jobId !== undefined ? { jobId } : {}) };
        },
        onDone: [
          { guard: ({ context }) => context.isLeavingAfterChoice, actions: assign({ documentChoice: ({ event }) => event.output }), target: '#session.main.cardRemoved' },
          { actions: assign({ documentChoice: ({ event }) => event.output }), target: '#session.main.signedIn.printing' },
        ],
        onError: [
          { guard: ({ context }) => context.isLeavingAfterChoice, target: '#session.main.cardRemoved' },
          { target: '#session.main.signedIn.printing' },
        ],
      },
      // the person may pull the card now; the choice is still recorded before the session ends
      on: { 'CARD.REMOVED': { actions: assign({ isLeavingAfterChoice: true }) } },
    },
  },
});
