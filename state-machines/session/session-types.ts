import type { ActorRefFrom } from 'xstate';
import type { CardError, CardRead } from '../../hardware/card/contract';
import type { Result } from '../../hardware/result';
import type { CentralError, Holder, Profile } from '../domain';
import type { KioskStatus } from '../services/availability';
import type { ServiceDefinition } from '../services/definition';
import type { FlowOutput } from '../services/flow-types';
import type { FlowEvent, serviceFlowMachine } from '../services/service-flow-machine';
import type { technicianMachine } from '../technician/technician-machine';
import type { TechnicianEvent, TechnicianOutput } from '../technician/technician-types';
import type { A11ySettings } from './accessibility';

export interface SessionTimeouts {
  readonly idleMs: number;
  readonly warningMs: number;
  readonly goodbyeMs: number;
  readonly pinRetryBaseMs: number;
}

export interface SessionInput {
  readonly languages: readonly string[];
  readonly services: readonly ServiceDefinition[];
  readonly pin: { readonly minLength: number; readonly maxLength: number };
  readonly timeouts: SessionTimeouts;
  readonly status: KioskStatus;
}

/** Events a person causes through the screen or keypad (the bridge's UiEvent matches these). */
export type UserEvent =
  | FlowEvent
  | TechnicianEvent
  | { type: 'START' }
  | { type: 'APP.SIGNIN' }
  /** From attract: check a printed document without a card. */
  | { type: 'VERIFY.START' }
  | { type: 'LANGUAGE.CHOSEN'; language: string }
  /** Open or close the language list a signed-in person (or one signing in with the app) can switch from. */
  | { type: 'LANGUAGE.MENU'; isOpen: boolean }
  | { type: 'PIN.DIGIT'; digit: number }
  | { type: 'PIN.ERASE' }
  | { type: 'PIN.SUBMIT' }
  | { type: 'SERVICE.CHOSEN'; serviceId: string }
  | { type: 'HELP' }
  | { type: 'HELP.CLOSED' }
  | { type: 'MORE_TIME' }
  | { type: 'A11Y.SET'; settings: Partial<A11ySettings> }
  /** Speech commands: the kiosk core's speech controller acts on them; here they only count as activity. */
  | { type: 'SPEECH.REPEAT' }
  | { type: 'SPEECH.PAUSE' }
  /** Take card, receipt not printed: send it to the phone or e-mail the central holds instead. */
  | { type: 'RECEIPT.SEND'; channel: ReceiptChannel }
  /** A paid document did not print: wait for the printer, reprint it later, or have it posted. */
  | { type: 'DOCUMENT.CHOSEN'; choice: DocumentAction }
  | { type: 'DOCUMENT.STOP_WAITING' };

/** Events the kiosk core sends from devices and from its own status. */
export type DeviceEvent =
  | { type: 'CARD.INSERTED'; sessionId: string; pinKeys: readonly number[] }
  | { type: 'CARD.REMOVED' }
  | { type: 'KIOSK.STATUS'; status: KioskStatus }
  /** The shell reloaded a crashed or hung screen: start clean (paid work is already durable). */
  | { type: 'SESSION.RESET' };

/** What the spawned service flow tells the session when it ends. */
export type FlowEndEvent =
  | { type: 'xstate.done.actor.flow'; output: FlowOutput }
  | { type: 'xstate.error.actor.flow'; error: unknown }
  | { type: 'xstate.done.actor.technician'; output: TechnicianOutput }
  | { type: 'xstate.error.actor.technician'; error: unknown };

/** Raised by the machine itself: take card opens (offer the receipt elsewhere if unprinted) and closes. */
export type ReceiptFallbackEvent = { type: 'RECEIPT.OFFER' } | { type: 'RECEIPT.CLOSE' };

export type SessionEvent = UserEvent | DeviceEvent | FlowEndEvent | ReceiptFallbackEvent | { type: 'TIMEOUT' } | { type: 'ACTIVITY.PAUSE' } | { type: 'ACTIVITY.RESUME' };

export type ReadCardOutput = Result<CardRead & { readonly isExpired: boolean }, CardError>;
export type VerifyPinOutput = Result<void, CardError>;
export type ProfileOutput = Result<Profile, CentralError>;

/** A one-time login code from the central, bound to this kiosk. */
export interface LoginChallenge {
  readonly challengeId: string;
  /** What the QR code encodes. */
  readonly qrText: string;
  readonly expiresInMs: number;
}
export type ChallengeOutput = Result<LoginChallenge, CentralError>;
export type ApprovalOutput = Result<
  { readonly kind: 'approved'; readonly holder: Omit<Holder, 'signIn'>; readonly sessionId: string } | { readonly kind: 'expired' },
  CentralError
>;

export interface PaidOutcome {
  readonly serviceId: string;
  readonly key: string;
  readonly reference: string;
  readonly amountMinor: number;
}

export interface PrintOutput {
  readonly isReceiptPrinted: boolean;
  /** The central has not acknowledged the transaction yet (it is safe in the outbox). */
  readonly isPendingConfirmation: boolean;
}

/** What a person may do about a paid document that did not print. */
export type DocumentAction = 'wait' | 'reprint' | 'post';
/** Why it did not print: the printer's fault, or the central has not issued it yet. */
export type DocumentProblemReason = 'paper-out' | 'jammed' | 'not-available' | 'not-issued';

export interface DocumentProblem {
  readonly reason: DocumentProblemReason;
  readonly actions: readonly DocumentAction[];
  /** The CUPS job still queued behind paper out or a jam: printed if the person waits, withdrawn otherwise. */
  readonly jobId?: number;
  /** The person waited the whole time the kiosk allows and the printer did not come back. */
  readonly isWaitOver?: boolean;
}

/**
 * A paid A4 document: printed; kept (issued under its number, not printed now); or pending
 * (the central has not issued it yet). Either of the last two is a problem the person chooses about.
 */
export type DocumentOutcome =
  | { readonly kind: 'printed'; readonly documentId: string }
  | { readonly kind: 'kept'; readonly documentId: string; readonly problem: DocumentProblem }
  | { readonly kind: 'pending'; readonly problem: DocumentProblem };

/** How waiting for the printer ended: the paper came out, the kiosk's wait ran out, or the job is gone. */
export type DocumentWaitOutput = { readonly kind: 'printed' } | { readonly kind: 'still-waiting' } | { readonly kind: 'not-printed' };

/** A choice of reprint or post, as the kiosk recorded it. */
export interface DocumentChoiceOutput {
  readonly choice: 'reprint' | 'post';
  /** Kept on the kiosk (fsynced) and sent until the central has it; false only when the kiosk's store failed too. */
  readonly isRecorded: boolean;
  /** The central acknowledged it already. */
  readonly isSent: boolean;
  /** For the receipt: the code to reprint with at any kiosk or counter. */
  readonly reprintCode?: string;
}

/** What the receipt says of the document (the receipt prints after the choice). */
export interface ReceiptDocumentNote {
  readonly outcome: DocumentOutcome;
  readonly choice?: DocumentChoiceOutput;
}

/** Where the central can send a receipt the printer could not print. */
export type ReceiptChannel = 'sms' | 'email';
/** The contacts the central holds for the holder, masked ("+974 •••• 345"); none: nothing offered. */
export type ReceiptContacts = Partial<Record<ReceiptChannel, string>>;
export type ReceiptContactsOutput = Result<ReceiptContacts, CentralError>;
export type SendReceiptOutput = Result<{ readonly channel: ReceiptChannel; readonly sentTo: string }, CentralError>;
export interface ReceiptSend {
  readonly status: 'sending' | 'sent' | 'failed';
  /** The masked contact the central says it sent to. */
  readonly sentTo?: string;
}

export type SessionProblem = 'card-unreadable' | 'card-not-authentic' | 'card-expired' | 'reader-unavailable' | 'internal';

export interface SessionContext {
  readonly languages: readonly string[];
  readonly services: readonly ServiceDefinition[];
  readonly pinRules: SessionInput['pin'];
  readonly timeouts: SessionTimeouts;
  language: string;
  status: KioskStatus;
  sessionId: string | undefined;
  pinKeys: readonly number[];
  holder: Holder | undefined;
  profile: Profile | undefined;
  /** Digits typed so far; cleared the moment VERIFY is sent, never in the view. */
  pin: string;
  pinTriesLeft: number | undefined;
  /** Wrong PINs in this session; from the second one the kiosk adds its own growing pause. */
  pinFailures: number;
  flowRef: ActorRefFrom<typeof serviceFlowMachine> | undefined;
  /** Technician mode's machine while a technician is signed in. */
  technicianRef: ActorRefFrom<typeof technicianMachine> | undefined;
  paid: PaidOutcome | undefined;
  printed: PrintOutput | undefined;
  /** A paid A4 document (certificate): what became of it, and what the person chose when it did not print. */
  document: DocumentOutcome | undefined;
  documentChoice: DocumentChoiceOutput | undefined;
  /** The card was pulled while a choice was being recorded: go on to card-removed once it is. */
  isLeavingAfterChoice: boolean;
  problem: SessionProblem | undefined;
  isHelpOpen: boolean;
  /** The language list is open over the screen (reset with the session). */
  isLanguageMenuOpen: boolean;
  challenge: LoginChallenge | undefined;
  /** Take card without a printed receipt: the contacts the central offers (undefined: not asked, or still asking). */
  receiptContacts: ReceiptContacts | undefined;
  /** How each send asked for on take card went. */
  receiptSends: Partial<Record<ReceiptChannel, ReceiptSend>>;
  /** This session's accessibility settings; back to the defaults on attract. */
  a11y: A11ySettings;
}

/** What the session tells the kiosk core about technician cards (the core writes them to the audit log). */
export type SessionEmitted =
  | { type: 'technician.entered'; technicianId: string }
  | { type: 'technician.exited'; technicianId: string }
  | { type: 'technician.refused'; technicianId: string; reason: 'wrong-pin' | 'pin-blocked' | 'card-expired'; triesLeft: number }
  | { type: 'card.refused'; reason: 'not-authentic' };
