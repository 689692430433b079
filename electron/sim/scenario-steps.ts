// Step sequences most scenarios share: signing in with a test card, paying and leaving.
import type { Scenario } from './scenarios';
import type { ScenarioStep } from './scenario-runner';

export type { Scenario };

export const signIn = (holder: 'resident' | 'sponsor' | 'representative', pin: string, language = 'en'): ScenarioStep[] => [
  { expect: 'attract' },
  { send: { type: 'START' } },
  { expect: 'language' },
  { send: { type: 'LANGUAGE.CHOSEN', language } },
  { expect: 'insert-card' },
  { insertCard: holder },
  { expect: 'pin' },
  { typePin: pin },
  { expect: 'menu' },
];

export const payAndLeave: ScenarioStep[] = [
  { expect: 'review' },
  { payment: 'approved' },
  { send: { type: 'PAY.CONFIRMED' } },
  { expect: 'take-card' },
  { removeCard: true },
  { expect: 'attract' },
];

/** The three test card holders and their PINs (central/seed/people.ts). */
export const pins = { resident: '1234', sponsor: '4321', representative: '2468' } as const;
