// The view of a paid document after payment: which screen the document's state shows, what the
// problem screen holds, and what take card says of the document once the person has chosen.
import type { SnapshotFrom } from 'xstate';
import type { ScreenId, Text, View } from '../bridge/contract';
import type { sessionMachine } from '../../state-machines/session/session-machine';
import type { SessionContext } from '../../state-machines/session/session-types';

type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;

const text = (key: string, values: Record<string, string | number> = {}): Text => ({ key, values });

/** The document's screen while the session is in it; undefined elsewhere. */
export function documentScreenOf(session: SessionSnapshot): ScreenId | undefined {
  if (!session.matches({ main: { signedIn: 'document' } })) return undefined;
  const isChoosing = session.matches({ main: { signedIn: { document: 'choosing' } } }) || session.matches({ main: { signedIn: { document: 'waiting' } } });
  return isChoosing ? 'document-problem' : 'printing';
}

export function documentProblemOf(session: SessionSnapshot): View['documentProblem'] {
  const { document, paid } = session.context;
  if (!document || document.kind === 'printed' || !paid) return undefined;
  return {
    reason: document.problem.reason,
    ...(document.kind === 'kept' ? { documentId: document.documentId } : {}),
    reference: paid.reference,
    actions: [...document.problem.actions],
    isWaiting: session.matches({ main: { signedIn: { document: 'waiting' } } }),
    isWaitOver: document.problem.isWaitOver === true,
  };
}

/** Take card's line about the document; undefined when the service issues none. */
export function documentTakeCardMessage(context: SessionContext, isReceiptPrinted: boolean): Text | undefined {
  const { document, documentChoice: choice, paid } = context;
  if (!document || !paid) return undefined;
  if (document.kind === 'printed') return isReceiptPrinted ? text('services:certificate.document-printed') : undefined;
  if (choice?.isRecorded && choice.choice === 'post') return text('services:certificate.document-post', { reference: paid.reference });
  if (choice?.isRecorded && choice.reprintCode) return text('services:certificate.document-reprint', { reference: paid.reference, reprintCode: choice.reprintCode });
  // nothing could be recorded (the kiosk's store and the central both failed): the paper is still owed
  return document.kind === 'kept' ? text('services:certificate.document-kept', { documentId: document.documentId }) : text('services:certificate.document-pending');
}
