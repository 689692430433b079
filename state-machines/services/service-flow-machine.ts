// The one generic service-flow machine: it runs any validated service definition
// (subject → eligibility → items → form → review → pay, or info), with every central call
// and the payment provided from outside as actors that answer with Result values.
import { assign, fromPromise, setup } from 'xstate';
import type { Eligibility, InfoRow, Person, Quote, ServiceItem } from '../domain';
import type { Step } from './definition';
import { validateForm, visibleFields } from './form-validation';
import { infoActionAt, takenAction, type InfoActionOutcome, type InfoActionRequest } from './info-action';
import type { ActorResult, FlowContext, FlowInput, FlowOutput, PayOutcome, PayRequest } from './flow-types';

export type FlowEvent =
  | { type: 'SUBJECT.CHOSEN'; index: number }
  | { type: 'ITEM.TOGGLED'; itemId: string }
  | { type: 'ITEMS.CONFIRMED' }
  | { type: 'FIELD.CHANGED'; name: string; value: string }
  | { type: 'FORM.SUBMITTED' }
  | { type: 'PAY.CONFIRMED' }
  | { type: 'INFO.ACTION'; index: number }
  | { type: 'RETRY' }
  | { type: 'BACK' }
  | { type: 'CANCEL' }
  | { type: 'DONE' };

interface SubjectQuery {
  serviceId: string;
  holderId: string;
  subjectId: string;
}

/** Form values asked before the list (centre and date before the free slots) go with it. */
type ItemsQuery = SubjectQuery & { fields: Record<string, string> };

/** A card-less service has no holder; form values (a scanned code) go with the question. */
interface InfoQuery {
  serviceId: string;
  holderId: string | undefined;
  fields: Record<string, string>;
}

function notProvided(name: string) {
  return () => Promise.reject(new Error(`service flow: actor "${name}" was not provided`));
}

/** The people this service may be done for, in the order the holder sees them. */
export function candidates(context: Pick<FlowContext, 'definition' | 'profile'>): Person[] {
  return context.profile.people.filter((p) => context.definition.audience.relations.includes(p.relation));
}

export function currentStep(context: Pick<FlowContext, 'definition' | 'stepIndex'>): Step | undefined {
  return context.definition.steps[context.stepIndex];
}

const query = (c: FlowContext): SubjectQuery => ({ serviceId: c.definition.id, holderId: c.holder?.idNumber ?? '', subjectId: c.subject?.idNumber ?? c.holder?.idNumber ?? '' });

/** The step where the person chose what the central refused: the last items or form step before `index`; -1 when none. */
export function choiceStepBefore(c: Pick<FlowContext, 'definition'>, index: number): number {
  for (let i = Math.min(index, c.definition.steps.length) - 1; i >= 0; i -= 1) {
    const kind = c.definition.steps[i]?.kind;
    if (kind === 'items' || kind === 'form') return i;
  }
  return -1;
}

function formFields(c: FlowContext) {
  const step = currentStep(c);
  return step?.kind === 'form' ? step.fields : [];
}

const stepIs = (kind: Step['kind']) => ({ context }: { context: FlowContext }) => currentStep(context)?.kind === kind;

export const serviceFlowMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actors: {
    checkEligibility: fromPromise<ActorResult<Eligibility>, SubjectQuery>(notProvided('checkEligibility')),
    loadItems: fromPromise<ActorResult<readonly ServiceItem[]>, ItemsQuery>(notProvided('loadItems')),
    requestQuote: fromPromise<ActorResult<Quote>, SubjectQuery & { itemIds: readonly string[]; fields: Record<string, string> }>(notProvided('requestQuote')),
    loadInfo: fromPromise<ActorResult<readonly InfoRow[]>, InfoQuery>(notProvided('loadInfo')),
    pay: fromPromise<PayOutcome, PayRequest>(notProvided('pay')),
    runInfoAction: fromPromise<InfoActionOutcome, InfoActionRequest>(notProvided('runInfoAction')),
  },
  guards: {
    isSubjectStep: stepIs('subject'),
    isItemsStep: stepIs('items'),
    isFormStep: stepIs('form'),
    isReviewStep: stepIs('review'),
    isPayStep: stepIs('pay'),
    isInfoStep: stepIs('info'),
    isPastLastStep: ({ context }) => context.stepIndex >= context.definition.steps.length,
    hasSubjectStep: ({ context }) => context.definition.steps[0]?.kind === 'subject',
    isCardless: ({ context }) => context.holder === undefined,
    isBeforeFirstStep: ({ context }) => context.stepIndex < 0,
    isValidSubject: ({ context, event }) => event.type === 'SUBJECT.CHOSEN' && event.index < candidates(context).length,
    hasEnoughItems: ({ context }) => {
      const step = currentStep(context);
      return step?.kind === 'items' && context.selected.length >= step.minSelected;
    },
    isFormValid: ({ context }) => Object.keys(validateForm(formFields(context), context.fields)).length === 0,
  },
  actions: {
    nextStep: assign({ stepIndex: ({ context }) => context.stepIndex + 1 }),
    previousStep: assign({ stepIndex: ({ context }) => context.stepIndex - 1 }),
    chooseSelf: assign({ subject: ({ context }) => context.profile.people.find((p) => p.relation === 'self') }),
    cancel: assign({ output: (): FlowOutput => ({ kind: 'cancelled' }) }),
    finish: assign({ output: (): FlowOutput => ({ kind: 'finished' }) }),
  },
}).createMachine({
  id: 'serviceFlow',
  context: ({ input }) => ({
    definition: input.definition,
    holder: input.holder,
    profile: input.profile,
    stepIndex: 0,
    subject: undefined,
    ineligibleReason: undefined,
    refusal: undefined,
    items: [],
    selected: [],
    fields: {},
    fieldErrors: {},
    quote: undefined,
    hasQuoteChanged: false,
    info: [],
    infoOutcome: undefined,
    failure: undefined,
    problem: undefined,
    output: { kind: 'cancelled' },
  }),
  initial: 'start',
  output: ({ context }) => context.output,
  states: {
    start: {
      // Nobody to check eligibility for without a card: the central judges what is asked instead.
      always: [{ guard: 'hasSubjectStep', target: 'route' }, { guard: 'isCardless', target: 'route' }, { actions: 'chooseSelf', target: 'eligibility' }],
    },
    route: {
      always: [
        { guard: 'isBeforeFirstStep', actions: 'cancel', target: 'done' },
        { guard: 'isPastLastStep', actions: 'finish', target: 'done' },
        { guard: 'isSubjectStep', target: 'subject' },
        { guard: 'isItemsStep', target: 'items' },
        { guard: 'isFormStep', target: 'form' },
        { guard: 'isReviewStep', target: 'review' },
        { guard: 'isPayStep', target: 'paying' },
        { guard: 'isInfoStep', target: 'info' },
      ],
    },
    subject: {
      tags: ['waiting'],
      on: {
        'SUBJECT.CHOSEN': {
          guard: 'isValidSubject',
          actions: assign({ subject: ({ context, event }) => candidates(context)[event.index] }),
          target: 'eligibility',
        },
        BACK: { actions: 'cancel', target: 'done' },
        CANCEL: { actions: 'cancel', target: 'done' },
      },
    },
    eligibility: {
      tags: ['busy'],
      invoke: {
        src: 'checkEligibility',
        input: ({ context }) => query(context),
        onDone: [
          {
            guard: ({ event }) => event.output.ok && event.output.value.eligible,
            actions: assign({ stepIndex: ({ context }) => (currentStep(context)?.kind === 'subject' ? context.stepIndex + 1 : context.stepIndex) }),
            target: 'route',
          },
          {
            guard: ({ event }) => event.output.ok,
            actions: assign({ ineligibleReason: ({ event }) => (event.output.ok && !event.output.value.eligible ? event.output.value.reason : undefined) }),
            target: 'ineligible',
          },
          { actions: assign({ problem: ({ event }) => (event.output.ok ? undefined : event.output.error.kind) }), target: 'problem' },
        ],
      },
    },
    ineligible: {
      tags: ['waiting'],
      on: {
        BACK: [{ guard: 'hasSubjectStep', target: 'subject' }, { actions: 'cancel', target: 'done' }],
        CANCEL: { actions: 'cancel', target: 'done' },
        DONE: { actions: 'cancel', target: 'done' },
      },
    },
    items: {
      initial: 'loading',
      states: {
        loading: {
          tags: ['busy'],
          invoke: {
            src: 'loadItems',
            input: ({ context }) => ({ ...query(context), fields: context.fields }),
            onDone: [
              {
                guard: ({ event }) => event.output.ok,
                actions: assign(({ event }) => {
                  const items = event.output.ok ? event.output.value : [];
                  return { items, selected: items.filter((i) => i.preselected).map((i) => i.id) };
                }),
                target: 'choosing',
              },
              // Nothing to offer for what the form asked (a closed day, no free slot): say why, ask again.
              {
                guard: ({ event }) => !event.output.ok && event.output.error.kind === 'rejected',
                actions: assign({ refusal: ({ event }) => (!event.output.ok && event.output.error.kind === 'rejected' ? event.output.error.reason : undefined) }),
                target: '#serviceFlow.refused',
              },
              { actions: assign({ problem: ({ event }) => (event.output.ok ? undefined : event.output.error.kind) }), target: '#serviceFlow.problem' },
            ],
          },
        },
        choosing: {
          tags: ['waiting'],
          on: {
            'ITEM.TOGGLED': {
              guard: ({ context, event }) => context.items.some((i) => i.id === event.itemId),
              actions: assign({
                selected: ({ context, event }) => {
                  const step = currentStep(context);
                  if (step?.kind === 'items' && step.select === 'one') return [event.itemId];
                  return context.selected.includes(event.itemId) ? context.selected.filter((id) => id !== event.itemId) : [...context.selected, event.itemId];
                },
              }),
            },
            'ITEMS.CONFIRMED': { guard: 'hasEnoughItems', actions: 'nextStep', target: '#serviceFlow.route' },
          },
        },
      },
      on: {
        BACK: { actions: 'previousStep', target: 'route' },
        CANCEL: { actions: 'cancel', target: 'done' },
      },
    },
    form: {
      tags: ['waiting'],
      on: {
        'FIELD.CHANGED': {
          guard: ({ context, event }) => formFields(context).some((f) => f.name === event.name),
          actions: assign({
            fields: ({ context, event }) => ({ ...context.fields, [event.name]: event.value }),
            fieldErrors: ({ context, event }) => Object.fromEntries(Object.entries(context.fieldErrors).filter(([name]) => name !== event.name)),
          }),
        },
        'FORM.SUBMITTED': [
          {
            guard: 'isFormValid',
            actions: [
              // Values of fields that no longer apply (e.g. an address when collecting) are dropped.
              assign({
                fields: ({ context }) => {
                  const names = new Set(visibleFields(formFields(context), context.fields).map((f) => f.name));
                  return Object.fromEntries(Object.entries(context.fields).filter(([name]) => names.has(name)));
                },
                fieldErrors: {},
              }),
              'nextStep',
            ],
            target: 'route',
          },
          { actions: assign({ fieldErrors: ({ context }) => validateForm(formFields(context), context.fields) }) },
        ],
        BACK: { actions: 'previousStep', target: 'route' },
        CANCEL: { actions: 'cancel', target: 'done' },
      },
    },
    review: {
      initial: 'quoting',
      states: {
        quoting: {
          tags: ['busy'],
          invoke: {
            src: 'requestQuote',
            input: ({ context }) => ({ ...query(context), itemIds: context.selected, fields: context.fields }),
            onDone: [
              { guard: ({ event }) => event.output.ok, actions: assign({ quote: ({ event }) => (event.output.ok ? event.output.value : undefined), hasQuoteChanged: false }), target: 'confirming' },
              // A typed refusal (over the spending cap, a kind the person cannot have): say why, let them choose again.
              {
                guard: ({ event }) => !event.output.ok && event.output.error.kind === 'rejected',
                actions: assign({ refusal: ({ event }) => (!event.output.ok && event.output.error.kind === 'rejected' ? event.output.error.reason : undefined) }),
                target: '#serviceFlow.refused',
              },
              { actions: assign({ problem: ({ event }) => (event.output.ok ? undefined : event.output.error.kind) }), target: '#serviceFlow.problem' },
            ],
          },
        },
        confirming: {
          tags: ['waiting'],
          on: { 'PAY.CONFIRMED': { actions: 'nextStep', target: '#serviceFlow.route' } },
        },
      },
      on: {
        BACK: { actions: 'previousStep', target: 'route' },
        CANCEL: { actions: 'cancel', target: 'done' },
      },
    },
    paying: {
      tags: ['busy'],
      invoke: {
        src: 'pay',
        input: ({ context }) => {
          if (!context.quote) throw new Error('service flow: pay reached without a quote'); // a definition rule guarantees review before pay
          if (!context.holder) throw new Error('service flow: pay reached without a card holder'); // a definition rule keeps card-less services unpaid
          return { serviceId: context.definition.id, holderId: context.holder.idNumber, subjectId: context.subject?.idNumber ?? context.holder.idNumber, quote: context.quote, itemIds: context.selected, fields: context.fields };
        },
        onDone: [
          {
            guard: ({ event }) => event.output.kind === 'paid',
            actions: assign({
              output: ({ context, event }): FlowOutput =>
                event.output.kind === 'paid' ? { kind: 'paid', key: event.output.key, reference: event.output.reference, amountMinor: event.output.amountMinor, serviceId: context.definition.id } : context.output,
            }),
            target: 'done',
          },
          {
            guard: ({ event }) => event.output.kind === 'quote-changed',
            // The fee changed since the holder confirmed it: show the new fee and ask again.
            actions: assign({ quote: ({ context, event }) => (event.output.kind === 'quote-changed' ? event.output.quote : context.quote), hasQuoteChanged: true, stepIndex: ({ context }) => context.stepIndex - 1 }),
            target: '#serviceFlow.review.confirming',
          },
          {
            // Taken meanwhile (a slot, a permission): nothing was charged; say why and ask again.
            guard: ({ event }) => event.output.kind === 'refused',
            actions: assign({ refusal: ({ event }) => (event.output.kind === 'refused' ? event.output.reason : undefined) }),
            target: 'refused',
          },
          {
            guard: ({ event }) => event.output.kind === 'unavailable',
            actions: assign({ problem: ({ event }) => (event.output.kind === 'unavailable' ? event.output.reason : undefined) }),
            target: 'problem',
          },
          {
            actions: assign({ failure: ({ event }) => (event.output.kind === 'declined' || event.output.kind === 'cancelled' || event.output.kind === 'not-charged' ? event.output.kind : undefined) }),
            target: 'paymentFailed',
          },
        ],
      },
    },
    paymentFailed: {
      tags: ['waiting'],
      on: {
        RETRY: { actions: assign({ failure: undefined }), target: 'paying' },
        BACK: { actions: [assign({ failure: undefined }), 'previousStep'], target: 'route' },
        CANCEL: { actions: 'cancel', target: 'done' },
      },
    },
    info: {
      initial: 'loading',
      states: {
        loading: {
          tags: ['busy'],
          invoke: {
            src: 'loadInfo',
            input: ({ context }) => ({ serviceId: context.definition.id, holderId: context.holder?.idNumber, fields: context.fields }),
            onDone: [
              { guard: ({ event }) => event.output.ok, actions: assign({ info: ({ event }) => (event.output.ok ? event.output.value : []) }), target: 'showing' },
              { actions: assign({ problem: ({ event }) => (event.output.ok ? undefined : event.output.error.kind) }), target: '#serviceFlow.problem' },
            ],
          },
        },
        showing: {
          tags: ['waiting'],
          on: { DONE: { actions: 'finish', target: '#serviceFlow.done' }, 'INFO.ACTION': { guard: ({ context, event }) => infoActionAt(context, event.index) !== undefined, target: 'acting' } },
        },
        // the rows are asked for again afterwards, so a reprinted certificate no longer offers printing
        acting: {
          tags: ['busy'],
          // the certificate may already be on its way to the paper: leaving now would hide what happens to it
          on: { BACK: { actions: [] }, CANCEL: { actions: [] } },
          invoke: {
            src: 'runInfoAction',
            input: ({ context, event }) => takenAction(context, event),
            onDone: { actions: assign({ infoOutcome: ({ event }) => event.output }), target: 'loading' },
            onError: { actions: assign({ infoOutcome: 'reprint-failed' as const }), target: 'loading' },
          },
        },
      },
      on: {
        BACK: { actions: 'cancel', target: 'done' },
        CANCEL: { actions: 'cancel', target: 'done' },
      },
    },
    /** The central refused what was chosen, with a reason; Back or Retry asks for that choice again. */
    refused: {
      tags: ['waiting'],
      on: {
        BACK: { actions: assign({ refusal: undefined, quote: undefined, stepIndex: ({ context }) => choiceStepBefore(context, context.stepIndex) }), target: 'route' },
        RETRY: { actions: assign({ refusal: undefined, quote: undefined, stepIndex: ({ context }) => choiceStepBefore(context, context.stepIndex) }), target: 'route' },
        CANCEL: { actions: 'cancel', target: 'done' },
        DONE: { actions: 'cancel', target: 'done' },
      },
    },
    /** The central or a device failed before any money moved: say so, offer to retry. */
    problem: {
      tags: ['waiting'],
      on: {
        RETRY: [
          // Nothing was decided yet (eligibility failed): start over so eligibility is asked again.
          { guard: ({ context }) => context.stepIndex === 0, actions: assign({ problem: undefined }), target: 'start' },
          { actions: assign({ problem: undefined }), target: 'route' },
        ],
        BACK: { actions: 'cancel', target: 'done' },
        CANCEL: { actions: 'cancel', target: 'done' },
        DONE: { actions: 'cancel', target: 'done' },
      },
    },
    done: { type: 'final' },
  },
});

export type ServiceFlowMachine = typeof serviceFlowMachine;
