// A service is data (DESIGN.md "Services are data"): a definition validated at load and run
// by the one generic service-flow machine. Eligibility, items and fees come from the central.
import { z } from 'zod';

export const serviceId = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'service ids are kebab-case');

const fieldName = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const FormField = z.object({
  name: fieldName,
  kind: z.enum(['text', 'digits', 'phone', 'email', 'plate', 'choice', 'date', 'address']),
  isRequired: z.boolean().default(true),
  /** A regular expression the whole value must match (validated as a pattern at load). */
  pattern: z
    .string()
    .refine((p) => {
      try {
        new RegExp(p);
        return true;
      } catch {
        return false; // an invalid pattern is a definition error, reported by the schema
      }
    }, 'not a valid regular expression')
    .optional(),
  maxLength: z.number().int().positive().max(200).default(120),
  choices: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  /** Only asked when another field has one of these values. */
  when: z.object({ field: fieldName, equals: z.array(z.string()) }).optional(),
  /** The kiosk's code scanner may fill this field (and submit the form) when a code is read. */
  isScannable: z.boolean().optional(),
});
export type FormField = z.infer<typeof FormField>;

export const Step = z.discriminatedUnion('kind', [
  /** Choose whom the service is for, among the holder and the people they sponsor. */
  z.object({ kind: z.literal('subject') }),
  /** Choose lines the central offers (violations, terms, certificate kinds…). */
  z.object({ kind: z.literal('items'), select: z.enum(['one', 'many']), minSelected: z.number().int().min(0).default(1) }),
  z.object({ kind: z.literal('form'), fields: z.array(FormField).min(1) }),
  /** The central's quote for what was chosen; the holder confirms the fee. */
  z.object({ kind: z.literal('review') }),
  z.object({ kind: z.literal('pay') }),
  /** A read-only answer from the central (requests, verification…); rows may carry an action it allows. */
  z.object({ kind: z.literal('info'), rowActions: z.array(z.enum(['reprint-document'])).default([]) }),
]);
export type Step = z.infer<typeof Step>;

export const Relation = z.enum(['self', 'spouse', 'child', 'parent', 'domestic-worker', 'employee', 'visitor']);

export const DeviceRole = z.enum(['card-reader', 'receipt-printer', 'payment', 'a4-printer', 'scanner']);
export type DeviceRole = z.infer<typeof DeviceRole>;

export const ServiceDefinition = z
  .object({
    id: serviceId,
    /** Locale keys in the `services` namespace: services:<id>.title etc. */
    titleKey: z.string(),
    audience: z.object({ relations: z.array(Relation).min(1) }),
    steps: z.array(Step).min(1),
    /** Whether the service can run while the central is unreachable. */
    offline: z.enum(['queue', 'unavailable']),
    devices: z.array(DeviceRole),
    receipt: z
      .object({
        noteKeys: z.array(z.string()),
        /** Notes printed only when a form field has one of these values (e.g. a damaged card to hand in). */
        fieldNotes: z.array(z.object({ field: fieldName, equals: z.array(z.string()).min(1), noteKey: z.string() })).default([]),
        /** What the receipt's QR carries: the kiosk's transaction, or the central's booking reference. */
        qr: z.enum(['transaction', 'booking']).default('transaction'),
      })
      .default({ noteKeys: [], fieldNotes: [], qr: 'transaction' }),
    /** A paper the kiosk prints on A4 after payment, besides the receipt. */
    document: z.object({ kind: z.literal('certificate') }).optional(),
    /** Reachable from the attract screen without a card (read-only, for nobody in particular). */
    isCardless: z.boolean().default(false),
  })
  .superRefine((definition, ctx) => {
    const kinds = definition.steps.map((s) => s.kind);
    const pay = kinds.indexOf('pay');
    if (pay >= 0 && kinds.indexOf('review') < 0) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a paid service needs a review step before pay' });
    if (pay >= 0 && kinds.indexOf('review') > pay) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'review must come before pay' });
    if (pay >= 0 && pay !== kinds.length - 1) ctx.addIssue({ code: 'custom', path: ['steps', pay], message: 'pay must be the last step' });
    if (pay >= 0 && !definition.devices.includes('payment')) ctx.addIssue({ code: 'custom', path: ['devices'], message: 'a paid service needs the payment device' });
    if (kinds.includes('info') && pay >= 0) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a service is either read-only (info) or paid' });
    if (kinds.indexOf('subject') > 0) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'subject must be the first step' });
    if (definition.isCardless && (pay >= 0 || kinds.includes('subject'))) ctx.addIssue({ code: 'custom', path: ['isCardless'], message: 'a service without a card can neither take money nor act for someone' });
    if (definition.document && pay < 0) ctx.addIssue({ code: 'custom', path: ['document'], message: 'a printed document is only issued by a paid service' });
    if (definition.document && !definition.devices.includes('a4-printer')) ctx.addIssue({ code: 'custom', path: ['devices'], message: 'a printed document needs the a4-printer device' });
  });
export type ServiceDefinition = z.infer<typeof ServiceDefinition>;
export type ServiceDefinitionInput = z.input<typeof ServiceDefinition>;

export function isPaid(definition: ServiceDefinition): boolean {
  return definition.steps.some((s) => s.kind === 'pay');
}
