// Scenarios for certificates, document verification, licences, vehicles, exit permits,
// appointments and company representatives: one passing per service id, one failing each.
// People and records: central/seed/README.md ("Issue 8 services").
import { codeOf, seededDocumentCode } from '../../central/seed/seeded-documents';
import { cardHolders } from '../../central/seed/people';
import { dependants } from '../../central/seed/household';
import type { Scenario } from './scenarios';
import type { ScenarioStep } from './scenario-runner';
import { payAndLeave, pins, signIn } from './scenario-steps';

const choose = (serviceId: string): ScenarioStep => ({ send: { type: 'SERVICE.CHOSEN', serviceId } });
const field = (name: string, value: string): ScenarioStep => ({ send: { type: 'FIELD.CHANGED', name, value } });
const submit: ScenarioStep = { send: { type: 'FORM.SUBMITTED' } };
const confirmItems: ScenarioStep = { send: { type: 'ITEMS.CONFIRMED' } };

/** A certificate code signed with a key the ministry does not hold. */
const forgedCode = codeOf(
  { documentId: 'CRT-2026-000901', kind: 'residency', holder: dependants.noura.idNumber, issueDate: '2026-09-14' },
  { id: 'sim1', secret: new TextEncoder().encode('a forger guessing the key') },
);

export const serviceScenarios: readonly Scenario[] = [
  {
    id: 'certificate',
    description: 'A sponsor gets his wife\'s residency certificate in Arabic, printed on A4 after payment.',
    isPaid: true,
    steps: [...signIn('resident', pins.resident), choose('certificate'), { expect: 'subject' }, { chooseSubject: '0001' }, { expect: 'items' }, { chooseItem: 'residency' }, confirmItems, { expect: 'form' }, field('language', 'ar'), submit, ...payAndLeave],
  },
  {
    id: 'document-verification',
    description: 'Without a card, a person scans the code on a certificate: genuine, with what it states.',
    isPaid: false,
    steps: [{ expect: 'attract' }, { send: { type: 'VERIFY.START' } }, { expect: 'form' }, { scan: seededDocumentCode('CRT-2026-000901') }, { expect: 'info' }],
  },
  {
    id: 'licence-renewal',
    description: 'A resident with a passed eye test renews his driving licence for a year.',
    isPaid: true,
    steps: [...signIn('resident', pins.resident), choose('licence-renewal'), { expect: 'items' }, { chooseItem: 'years-1' }, confirmItems, ...payAndLeave],
  },
  {
    id: 'licence-replacement',
    description: 'A resident replaces a damaged driving licence (the receipt says to hand the card in).',
    isPaid: true,
    steps: [...signIn('resident', pins.resident), choose('licence-replacement'), { expect: 'form' }, field('reason', 'damaged'), submit, ...payAndLeave],
  },
  {
    id: 'vehicle-registration',
    description: 'A resident renews the registration of his inspected and insured car.',
    isPaid: true,
    steps: [...signIn('resident', pins.resident), choose('vehicle-registration'), { expect: 'items' }, { chooseItem: 'plate-123456' }, confirmItems, ...payAndLeave],
  },
  {
    id: 'exit-permit',
    description: 'A sponsor gives her domestic worker an exit permit to Kenya (free of charge).',
    isPaid: true,
    steps: [
      ...signIn('sponsor', pins.sponsor),
      choose('exit-permit'),
      { expect: 'subject' },
      { chooseSubject: '0013' },
      { expect: 'form' },
      { fillDate: { name: 'departure', daysAhead: 10 } },
      { fillDate: { name: 'return', daysAhead: 40 } },
      field('destination', 'ken'),
      submit,
      ...payAndLeave,
    ],
  },
  {
    id: 'appointment',
    description: 'A resident books the first free slot at Lusail\'s residency department on the next working day; the receipt\'s QR is the booking reference.',
    isPaid: true,
    steps: [
      ...signIn('sponsor', pins.sponsor),
      choose('appointment'),
      { expect: 'form' },
      field('department', 'residency'),
      field('centre', 'lusail'),
      { fillDate: { name: 'date', daysAhead: 'next-working-day' } },
      submit,
      { expect: 'items' },
      { chooseItem: 'first' },
      confirmItems,
      ...payAndLeave,
    ],
  },
  {
    id: 'exit-permit-for-employee',
    description: 'A company representative, granted exit permits, gives one to an employee.',
    isPaid: true,
    steps: [
      ...signIn('representative', pins.representative),
      choose('exit-permit'),
      { expect: 'subject' },
      { chooseSubject: '0012' },
      { expect: 'form' },
      { fillDate: { name: 'departure', daysAhead: 5 } },
      { fillDate: { name: 'return', daysAhead: 20 } },
      field('destination', 'phl'),
      submit,
      ...payAndLeave,
    ],
  },
];

export const failingServiceScenarios: readonly Scenario[] = [
  {
    id: 'certificate-restricted',
    description: 'A certificate for a person with a security restriction is refused with the reason.',
    isPaid: false,
    steps: [...signIn('resident', pins.resident), choose('certificate'), { expect: 'subject' }, { chooseSubject: '0004' }, { expect: 'ineligible' }],
  },
  {
    id: 'document-verification-forged',
    description: 'A forged code scanned on the attract screen: "not a ministry document", nothing crashes.',
    isPaid: false,
    steps: [{ expect: 'attract' }, { scan: forgedCode }, { expect: 'info' }],
  },
  {
    id: 'licence-renewal-no-eye-test',
    description: 'A licence holder whose last eye test is over 6 months old is told to take one first.',
    isPaid: false,
    steps: [...signIn('sponsor', pins.sponsor), choose('licence-renewal'), { expect: 'ineligible' }],
  },
  {
    id: 'licence-replacement-expired',
    description: 'An expired licence cannot be replaced: it is renewed instead.',
    isPaid: false,
    steps: [...signIn('sponsor', pins.sponsor), choose('licence-replacement'), { expect: 'ineligible' }],
  },
  {
    id: 'vehicle-registration-no-insurance',
    description: 'A car whose insurance expired cannot have its registration renewed.',
    isPaid: false,
    steps: [...signIn('sponsor', pins.sponsor), choose('vehicle-registration'), { expect: 'ineligible' }],
  },
  {
    id: 'exit-permit-permit-expired',
    description: 'A domestic worker whose residence permit expired cannot be given an exit permit.',
    isPaid: false,
    steps: [...signIn('resident', pins.resident), choose('exit-permit'), { expect: 'subject' }, { chooseSubject: '0005' }, { expect: 'ineligible' }],
  },
  {
    id: 'appointment-centre-closed',
    description: 'Service centres are closed on Fridays: the kiosk says so and lets the person choose another day.',
    isPaid: false,
    steps: [
      ...signIn('sponsor', pins.sponsor),
      choose('appointment'),
      { expect: 'form' },
      field('department', 'traffic'),
      field('centre', 'al-rayyan'),
      { fillDate: { name: 'date', daysAhead: 'next-friday' } },
      submit,
      { expect: 'ineligible' },
      { send: { type: 'BACK' } },
      { expect: 'form' },
    ],
  },
  {
    id: 'company-representative-revoked',
    description: 'The company revokes the representative\'s exit-permit grant while he is at the menu: the next eligibility check refuses it.',
    isPaid: false,
    steps: [
      ...signIn('representative', pins.representative),
      { central: (control) => void control.revokePermission(cardHolders.representative.idNumber, 'exit-permit'), label: 'revoke-exit-permit' },
      choose('exit-permit'),
      { expect: 'subject' },
      { chooseSubject: '0012' },
      { expect: 'ineligible' },
    ],
  },
  {
    id: 'company-representative-over-cap',
    description: 'A three-year renewal for an employee is above the company\'s spending cap: refused with the reason, a shorter term can be chosen.',
    isPaid: false,
    steps: [
      ...signIn('representative', pins.representative),
      choose('residence-renewal'),
      { expect: 'subject' },
      { chooseSubject: '0011' },
      { expect: 'items' },
      { chooseItem: 'term-3' },
      confirmItems,
      { expect: 'form' },
      field('delivery', 'collect'),
      field('phone', '+97455512345'),
      submit,
      { expect: 'ineligible' },
    ],
  },
];
