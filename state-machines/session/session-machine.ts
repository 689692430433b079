// The session: attract → language → card → PIN → menu → service flow → (A4 document) →
// receipt → take card. Devices, the central and the printer are actors provided by the kiosk
// core; time is only named delays (values from config), so tests drive it with XState's
// SimulatedClock. Its setup (actors, delays, guards, actions) is in session-setup.ts; take
// card's receipt offer in receipt-fallback.ts; a paid document's problem in document-choice.ts.
import { assign, not, raise, sendTo, stopChild } from 'xstate';
import type { Profile } from '../domain';
import { technicianEventTypes } from '../technician/technician-types';
import { defaultA11y } from './accessibility';
import { documentState, issuesDocument, receiptDocumentNote } from './document-choice';
import { receiptFallbackRegion } from './receipt-fallback';
import { clearedSession, sessionSetup } from './session-setup';

/** Events a person causes: each one restarts the inactivity timer. */
const userEventTypes = [
  ...technicianEventTypes,
  'START', 'APP.SIGNIN', 'VERIFY.START', 'LANGUAGE.CHOSEN', 'LANGUAGE.MENU', 'PIN.DIGIT', 'PIN.ERASE', 'PIN.SUBMIT', 'SERVICE.CHOSEN', 'SUBJECT.CHOSEN', 'ITEM.TOGGLED',
  'ITEMS.CONFIRMED', 'FIELD.CHANGED', 'FORM.SUBMITTED', 'PAY.CONFIRMED', 'RETRY', 'BACK', 'CANCEL', 'DONE', 'HELP', 'HELP.CLOSED', 'MORE_TIME',
  'A11Y.SET', 'SPEECH.REPEAT', 'SPEECH.PAUSE', 'RECEIPT.SEND', 'DOCUMENT.CHOSEN', 'DOCUMENT.STOP_WAITING', 'INFO.ACTION',
] as const;
/**
 * What some user events change besides restarting the timer. XState v5 takes a parent's
 * transition only when no region has one for the event, and the activity region handles
 * every user event, so these ride the activity region's transitions (the root's copies
 * serve while activity is paused, on attract).
 */
const userEventEffects: Partial<Record<(typeof userEventTypes)[number], 'openHelp' | 'closeHelp' | 'setA11y' | 'chooseLanguage' | 'setLanguageMenu'>> = {
  HELP: 'openHelp', 'HELP.CLOSED': 'closeHelp', 'A11Y.SET': 'setA11y', 'LANGUAGE.CHOSEN': 'chooseLanguage', 'LANGUAGE.MENU': 'setLanguageMenu',
};
const flowEventTypes = ['SUBJECT.CHOSEN', 'ITEM.TOGGLED', 'ITEMS.CONFIRMED', 'FIELD.CHANGED', 'FORM.SUBMITTED', 'PAY.CONFIRMED', 'INFO.ACTION', 'RETRY', 'BACK', 'CANCEL', 'DONE'] as const;

export const sessionMachine = sessionSetup.createMachine({
  id: 'session',
  type: 'parallel',
  context: ({ input }) => ({
    languages: input.languages,
    services: input.services,
    pinRules: input.pin,
    timeouts: input.timeouts,
    status: input.status,
    language: input.languages[0] ?? 'ar',
    pinKeys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0],
    a11y: defaultA11y,
    ...clearedSession,
  }),
  on: {
    'LANGUAGE.CHOSEN': { guard: 'isKnownLanguage', actions: 'chooseLanguage' },
    'LANGUAGE.MENU': { actions: 'setLanguageMenu' },
    'KIOSK.STATUS': { actions: assign({ status: ({ event }) => event.status }) },
    HELP: { actions: 'openHelp' },
    'HELP.CLOSED': { actions: 'closeHelp' },
    'A11Y.SET': { actions: 'setA11y' },
    'SESSION.RESET': [
      // A card may still be in the reader: ask for it back rather than drop into attract.
      { guard: ({ context }) => context.holder !== undefined, actions: ['stopFlow', 'forgetFlow'], target: '.main.ending' },
      { actions: ['stopFlow', 'forgetFlow'], target: '.main.attract' },
    ],
  },
  states: {
    main: {
      initial: 'attract',
      states: {
        attract: {
          // the session is over: the next person starts from the defaults
          entry: ['clearSession', 'pauseActivity', assign({ language: ({ context }) => context.languages[0] ?? 'ar', a11y: defaultA11y })],
          exit: 'resumeActivity',
          always: { guard: 'isOutOfService', target: 'outOfService' },
          on: {
            START: 'language',
            // a choice made here and abandoned times out like any session
            'A11Y.SET': { actions: ['setA11y', 'resumeActivity'] },
            TIMEOUT: { target: 'attract', reenter: true },
            'APP.SIGNIN': { guard: ({ context }) => context.status.isOnline, target: 'appSignIn' },
            'VERIFY.START': { guard: 'isCardlessServiceAvailable', target: 'cardless' },
            'CARD.INSERTED': { actions: assign({ sessionId: ({ event }) => event.sessionId, pinKeys: ({ event }) => event.pinKeys }), target: 'signedIn' },
          },
        },
        language: {
          tags: ['waiting'],
          always: { guard: 'isOutOfService', target: 'outOfService' },
          on: {
            'LANGUAGE.CHOSEN': { guard: 'isKnownLanguage', actions: assign({ language: ({ event }) => event.language }), target: 'insertCard' },
            'CARD.INSERTED': { actions: assign({ sessionId: ({ event }) => event.sessionId, pinKeys: ({ event }) => event.pinKeys }), target: 'signedIn' },
            BACK: 'attract',
            CANCEL: 'attract',
            TIMEOUT: 'attract',
          },
        },
        insertCard: {
          tags: ['waiting'],
          always: { guard: 'isOutOfService', target: 'outOfService' },
          on: {
            'CARD.INSERTED': { actions: assign({ sessionId: ({ event }) => event.sessionId, pinKeys: ({ event }) => event.pinKeys }), target: 'signedIn' },
            BACK: 'language',
            CANCEL: 'attract',
            TIMEOUT: 'attract',
          },
        },
        /** Every state in which the card is in the reader and the session is open. */
        signedIn: {
          initial: 'readingCard',
          on: {
            // Pulling the card ends the session at once; paid work is already in the outbox.
            'CARD.REMOVED': { actions: ['stopFlow', 'forgetFlow'], target: 'cardRemoved' },
            TIMEOUT: { actions: ['stopFlow', 'forgetFlow'], target: '#session.main.ending' },
          },
          states: {
            readingCard: {
              tags: ['busy'],
              invoke: {
                src: 'readCard',
                onError: { actions: assign({ pin: '', problem: 'internal' }), target: 'problem' },
                onDone: [
                  {
                    guard: ({ event }) => event.output.ok && event.output.value.isExpired,
                    actions: [
                      assign({ problem: 'card-expired' }),
                      {
                        type: 'reportExpiredTechnician',
                        params: ({ event }) => (event.output.ok && event.output.value.identity.role === 'technician' ? { technicianId: event.output.value.identity.idNumber, triesLeft: event.output.value.pinTriesLeft } : { technicianId: undefined, triesLeft: 0 }),
                      },
                    ],
                    target: 'problem',
                  },
                  {
                    guard: ({ event }) => event.output.ok && event.output.value.pinTriesLeft > 0,
                    actions: assign(({ event }) => {
                      if (!event.output.ok) return {};
                      const { identity, pinTriesLeft } = event.output.value;
                      return { holder: { idNumber: identity.idNumber, nameAr: identity.nameAr, nameLatin: identity.nameLatin, role: identity.role, signIn: 'card' as const }, pinTriesLeft };
                    }),
                    target: 'pin',
                  },
                  { guard: ({ event }) => event.output.ok || (!event.output.ok && event.output.error.kind === 'pin-blocked'), target: 'cardBlocked' },
                  {
                    actions: assign({
                      problem: ({ event }) => {
                        if (event.output.ok) return 'internal';
                        switch (event.output.error.kind) {
                          case 'not-authentic':
                            return 'card-not-authentic';
                          case 'reader-unavailable':
                            return 'reader-unavailable';
                          default:
                            return 'card-unreadable';
                        }
                      },
                    }),
                    target: 'problem',
                  },
                ],
              },
            },
            pin: {
              tags: ['waiting'],
              on: {
                'PIN.DIGIT': { guard: 'canTypeDigit', actions: assign({ pin: ({ context, event }) => context.pin + String(event.digit) }) },
                'PIN.ERASE': { actions: assign({ pin: ({ context }) => context.pin.slice(0, -1) }) },
                'PIN.SUBMIT': { guard: 'isPinLongEnough', target: 'verifyingPin' },
                CANCEL: '#session.main.ending',
              },
            },
            verifyingPin: {
              tags: ['busy'],
              exit: assign({ pin: '' }),
              invoke: {
                src: 'verifyPin',
                onError: { actions: assign({ pin: '', problem: 'internal' }), target: 'problem' },
                input: ({ context }) => ({ pin: context.pin }),
                onDone: [
                  // a technician's card opens technician mode, never the residents' menu
                  { guard: ({ context, event }) => event.output.ok && context.holder?.role === 'technician', actions: assign({ pin: '', pinFailures: 0 }), target: 'technician' },
                  { guard: ({ event }) => event.output.ok, actions: assign({ pin: '', pinFailures: 0 }), target: 'loadingProfile' },
                  {
                    guard: ({ event }) => !event.output.ok && event.output.error.kind === 'wrong-pin',
                    actions: assign({
                      pin: '',
                      pinFailures: ({ context }) => context.pinFailures + 1,
                      pinTriesLeft: ({ event }) => (!event.output.ok && event.output.error.kind === 'wrong-pin' ? event.output.error.triesLeft : undefined),
                    }),
                    target: 'pinPause',
                  },
                  { guard: ({ event }) => !event.output.ok && event.output.error.kind === 'pin-blocked', actions: assign({ pin: '', pinTriesLeft: 0 }), target: 'cardBlocked' },
                  { actions: assign({ pin: '', problem: 'card-unreadable' }), target: 'problem' },
                ],
              },
            },
            /** After a wrong PIN: the tries left are shown; from the second miss, typing waits. */
            pinPause: {
              tags: ['busy'],
              entry: 'reportTechnicianRefused',
              always: [{ guard: ({ context }) => context.pinTriesLeft === 0, target: 'cardBlocked' }, { guard: ({ context }) => context.pinFailures < 2, target: 'pin' }],
              after: { pinPause: 'pin' },
            },
            cardBlocked: {
              tags: ['waiting'],
              entry: 'reportTechnicianRefused',
              on: { DONE: '#session.main.ending', CANCEL: '#session.main.ending' },
            },
            loadingProfile: {
              tags: ['busy'],
              invoke: {
                src: 'loadProfile',
                onError: { actions: assign({ pin: '', problem: 'internal' }), target: 'problem' },
                input: ({ context }) => ({ holderId: context.holder?.idNumber ?? '' }),
                onDone: {
                  // Offline, the holder can still use `queue` services for themself.
                  actions: assign({
                    profile: ({ context, event }): Profile =>
                      event.output.ok ? event.output.value : { people: context.holder ? [{ idNumber: context.holder.idNumber, nameAr: context.holder.nameAr, nameLatin: context.holder.nameLatin, relation: 'self' }] : [] },
                  }),
                  target: 'menu',
                },
              },
            },
            menu: {
              tags: ['waiting'],
              on: {
                'SERVICE.CHOSEN': { guard: 'isServiceAvailable', target: 'service' },
                CANCEL: '#session.main.ending',
                DONE: '#session.main.ending',
              },
            },
            service: {
              entry: assign({
                flowRef: ({ context, event, spawn }) => {
                  const definition = context.services.find((s) => event.type === 'SERVICE.CHOSEN' && s.id === event.serviceId);
                  if (!definition || !context.holder || !context.profile) throw new Error('session: service entered without a chosen service');
                  return spawn('serviceFlow', { id: 'flow', input: { definition, holder: context.holder, profile: context.profile } });
                },
              }),
              exit: ['stopFlow', 'forgetFlow'],
              on: {
                ...Object.fromEntries(flowEventTypes.map((type) => [type, { actions: sendTo('flow', ({ event }) => event) }])),
                'xstate.error.actor.flow': { actions: assign({ problem: 'internal' }), target: 'problem' },
                'xstate.done.actor.flow': [
                  // a paid certificate prints first: a problem with it is chosen about before the receipt says what happens
                  { guard: ({ context, event }) => event.output.kind === 'paid' && issuesDocument(context, event.output), actions: 'keepPaid', target: 'document' },
                  { guard: ({ event }) => event.output.kind === 'paid', actions: 'keepPaid', target: 'printing' },
                  { target: 'menu' },
                ],
              },
            },
            printing: {
              tags: ['busy'],
              invoke: {
                src: 'printReceipt',
                input: ({ context }) => {
                  if (!context.paid || !context.holder) throw new Error('session: printing without a paid transaction');
                  return { paid: context.paid, language: context.language, holder: context.holder, ...receiptDocumentNote(context) };
                },
                onDone: { actions: assign({ printed: ({ event }) => event.output }), target: '#session.main.ending' },
                onError: { actions: assign({ printed: { isReceiptPrinted: false, isPendingConfirmation: true } }), target: '#session.main.ending' },
              },
            },
            /** A paid A4 document: printed, or kept with a choice of wait, reprint or post (document-choice.ts). */
            document: documentState,
            /** Technician mode: a technician's card, its PIN verified, the card authenticated while it was read. */
            technician: {
              entry: [assign({ technicianRef: ({ spawn }) => spawn('technician', { id: 'technician' }) }), 'reportTechnicianEntered'],
              exit: [stopChild('technician'), assign({ technicianRef: undefined }), 'reportTechnicianExited'],
              on: {
                ...Object.fromEntries([...technicianEventTypes, 'BACK'].map((type) => [type, { actions: sendTo('technician', ({ event }) => event) }])),
                'xstate.done.actor.technician': '#session.main.ending',
                'xstate.error.actor.technician': { actions: assign({ problem: 'internal' }), target: 'problem' },
              },
            },
            problem: {
              tags: ['waiting'],
              entry: 'reportCardRefused',
              on: { DONE: '#session.main.ending', CANCEL: '#session.main.ending' },
            },
          },
        },
        /** No one can sign in (the ID-card reader failed): said in every language; back to attract by itself. */
        outOfService: {
          entry: ['clearSession', 'pauseActivity'],
          exit: 'resumeActivity',
          always: { guard: not('isOutOfService'), target: 'attract' },
        },
        /** The session is over: a card holder takes their card; an app session just says goodbye. */
        ending: {
          always: [{ guard: ({ context }) => context.holder?.signIn === 'app', target: 'goodbye' }, { target: 'takeCard' }],
        },
        /** A service for anyone, without a card (checking a printed document): it ends back on attract. */
        cardless: {
          entry: assign({
            flowRef: ({ context, spawn }) => {
              const definition = context.services.find((s) => s.isCardless);
              if (!definition) throw new Error('session: no card-less service to run');
              return spawn('serviceFlow', { id: 'flow', input: { definition, holder: undefined, profile: { people: [] } } });
            },
          }),
          exit: ['stopFlow', 'forgetFlow'],
          on: {
            ...Object.fromEntries(flowEventTypes.map((type) => [type, { actions: sendTo('flow', ({ event }) => event) }])),
            'xstate.done.actor.flow': 'attract',
            'xstate.error.actor.flow': 'attract',
            TIMEOUT: 'attract',
            'CARD.INSERTED': { actions: assign({ sessionId: ({ event }) => event.sessionId, pinKeys: ({ event }) => event.pinKeys }), target: 'signedIn' },
          },
        },
        /** Sign in with the ministry's app: a one-time QR the app approves (never shown during a session). */
        appSignIn: {
          tags: ['waiting'],
          initial: 'requesting',
          on: {
            'CARD.INSERTED': { actions: assign({ sessionId: ({ event }) => event.sessionId, pinKeys: ({ event }) => event.pinKeys, challenge: undefined }), target: 'signedIn' },
            BACK: { actions: assign({ challenge: undefined }), target: 'attract' },
            CANCEL: { actions: assign({ challenge: undefined }), target: 'attract' },
            TIMEOUT: { actions: assign({ challenge: undefined }), target: 'attract' },
          },
          states: {
            requesting: {
              invoke: {
                src: 'requestLoginChallenge',
                onDone: [
                  { guard: ({ event }) => event.output.ok, actions: assign({ challenge: ({ event }) => (event.output.ok ? event.output.value : undefined) }), target: 'showing' },
                  { target: 'unavailable' },
                ],
                onError: { target: 'unavailable' },
              },
            },
            showing: {
              invoke: {
                src: 'awaitLoginApproval',
                input: ({ context }) => ({ challengeId: context.challenge?.challengeId ?? '' }),
                onDone: [
                  {
                    guard: ({ event }) => event.output.ok && event.output.value.kind === 'approved',
                    actions: assign({
                      holder: ({ event }) => (event.output.ok && event.output.value.kind === 'approved' ? { ...event.output.value.holder, signIn: 'app' as const } : undefined),
                      sessionId: ({ event }) => (event.output.ok && event.output.value.kind === 'approved' ? event.output.value.sessionId : undefined),
                      challenge: undefined,
                    }),
                    target: '#session.main.signedIn.loadingProfile',
                  },
                  // Expired or refused: show a fresh code.
                  { guard: ({ event }) => event.output.ok, target: 'requesting', reenter: true },
                  { target: 'unavailable' },
                ],
                onError: { target: 'unavailable' },
              },
              after: { challengeExpiry: { target: 'requesting', reenter: true } },
            },
            unavailable: { on: { RETRY: 'requesting' } },
          },
        },
        /** The session is over; personal data stays only until the card leaves the reader. */
        takeCard: {
          tags: ['busy'],
          // Releasing is best effort: the driver reports its own faults as health.
          invoke: { src: 'releaseCard', onError: { actions: [] } },
          // a receipt that did not print may be sent elsewhere while the card is still in (receiptFallback)
          entry: raise({ type: 'RECEIPT.OFFER' }),
          exit: raise({ type: 'RECEIPT.CLOSE' }),
          on: { 'CARD.REMOVED': 'goodbye' },
        },
        goodbye: {
          tags: ['busy'],
          entry: 'clearSession',
          after: { goodbye: 'attract' },
        },
        cardRemoved: {
          tags: ['busy'],
          entry: 'clearSession',
          after: { goodbye: 'attract' },
          on: { 'CARD.INSERTED': { actions: assign({ sessionId: ({ event }) => event.sessionId, pinKeys: ({ event }) => event.pinKeys }), target: 'signedIn' } },
        },
      },
    },
    receiptFallback: receiptFallbackRegion,
    /** Inactivity: a warning after `idle`, then the session ends after `warning` more. */
    activity: {
      initial: 'paused',
      on: { 'ACTIVITY.PAUSE': '.paused' },
      states: {
        paused: { on: { 'ACTIVITY.RESUME': 'active' } },
        active: {
          on: Object.fromEntries(userEventTypes.map((type) => [type, { target: 'active', reenter: true, actions: userEventEffects[type] ?? [] }])),
          after: {
            idle: [
              // Nobody is asked to hurry while the kiosk itself is working.
              { guard: 'isBusyAnywhere', target: 'active', reenter: true },
              { target: 'warning' },
            ],
          },
        },
        warning: {
          on: Object.fromEntries(userEventTypes.map((type) => [type, { target: 'active', actions: userEventEffects[type] ?? [] }])),
          after: { warning: { target: 'paused', actions: raise({ type: 'TIMEOUT' }) } },
        },
      },
    },
  },
});

export type SessionMachine = typeof sessionMachine;
