// Scripted sessions, one per service id (and a few failing ones for tests). Each is what a
// resident would do at the kiosk, expressed as screen events; `npm run sim -- --list` prints ids.
import type { ScenarioStep } from './scenario-runner';
import { payAndLeave, signIn } from './scenario-steps';
import { serviceScenarios, failingServiceScenarios } from './service-scenarios';

export interface Scenario {
  readonly id: string;
  readonly description: string;
  /** Whether the scenario ends with a paid transaction. */
  readonly isPaid: boolean;
  readonly steps: readonly ScenarioStep[];
}

export const scenarios: readonly Scenario[] = [
  {
    id: 'traffic-fines',
    description: 'A resident pays one of their traffic violations.',
    isPaid: true,
    steps: [...signIn('resident', '1234'), { send: { type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' } }, { expect: 'items' }, { chooseItem: 'first' }, { send: { type: 'ITEMS.CONFIRMED' } }, ...payAndLeave],
  },
  {
    id: 'residence-renewal',
    description: 'A sponsor renews his wife\'s residence permit for one year, card delivered by post.',
    isPaid: true,
    steps: [
      ...signIn('resident', '1234'),
      { send: { type: 'SERVICE.CHOSEN', serviceId: 'residence-renewal' } },
      { expect: 'subject' },
      { chooseSubject: '0001' },
      { expect: 'items' },
      { chooseItem: 'first' },
      { send: { type: 'ITEMS.CONFIRMED' } },
      { expect: 'form' },
      { send: { type: 'FIELD.CHANGED', name: 'delivery', value: 'post' } },
      { send: { type: 'FIELD.CHANGED', name: 'address', value: 'Building 12, Street 340, Zone 25, Doha' } },
      { send: { type: 'FIELD.CHANGED', name: 'phone', value: '+97455512345' } },
      { send: { type: 'FORM.SUBMITTED' } },
      ...payAndLeave,
    ],
  },
  {
    id: 'visa-extension',
    description: 'A sponsor extends the visit visa of a visitor she sponsors.',
    isPaid: true,
    steps: [
      ...signIn('sponsor', '4321'),
      { send: { type: 'SERVICE.CHOSEN', serviceId: 'visa-extension' } },
      { expect: 'subject' },
      { chooseSubject: '0008' },
      { expect: 'items' },
      { chooseItem: 'first' },
      { send: { type: 'ITEMS.CONFIRMED' } },
      ...payAndLeave,
    ],
  },
  {
    id: 'my-requests',
    description: 'A resident reads where their requests stand.',
    isPaid: false,
    steps: [...signIn('resident', '1234'), { send: { type: 'SERVICE.CHOSEN', serviceId: 'my-requests' } }, { expect: 'info' }],
  },  ...serviceScenarios,
];

/** Scenarios that must fail in a stated way (used by tests; also runnable by id). */
export const failingScenarios: readonly Scenario[] = [
  {
    id: 'residence-renewal-not-due',
    description: 'A permit that expires in 200 days cannot be renewed yet.',
    isPaid: false,
    steps: [...signIn('resident', '1234'), { send: { type: 'SERVICE.CHOSEN', serviceId: 'residence-renewal' } }, { expect: 'subject' }, { chooseSubject: '0002' }, { expect: 'ineligible' }],
  },
  {
    id: 'traffic-fines-declined',
    description: 'The bank declines the card; nothing is recorded as paid.',
    isPaid: false,
    steps: [
      ...signIn('resident', '1234'),
      { send: { type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' } },
      { expect: 'items' },
      { chooseItem: 'first' },
      { send: { type: 'ITEMS.CONFIRMED' } },
      { expect: 'review' },
      { payment: 'declined' },
      { send: { type: 'PAY.CONFIRMED' } },
      { expect: 'payment-failed' },
    ],
  },
  {
    id: 'visa-extension-max-stay',
    description: 'A visitor already at the maximum stay cannot be extended.',
    isPaid: false,
    steps: [...signIn('sponsor', '4321'), { send: { type: 'SERVICE.CHOSEN', serviceId: 'visa-extension' } }, { expect: 'subject' }, { chooseSubject: '0009' }, { expect: 'ineligible' }],
  },
  ...failingServiceScenarios,
];
