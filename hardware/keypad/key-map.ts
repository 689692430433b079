// Which USB device is the keypad and which report bytes mean which key: configuration, not
// code, because every vendor's keypad differs (read the map from the keypad's manual).
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { keypadKeys } from './contract';

export const KeypadKeySchema = z.enum(keypadKeys);

const byte = z.number().int().min(0).max(0xff);
const u16 = z.number().int().min(0).max(0xffff);

export const KeyMapSchema = z
  .object({
    vendorId: u16,
    productId: u16,
    /** Picks one collection of a composite device (HID usage page, e.g. 1 = generic desktop). */
    usagePage: u16.optional(),
    /** Picks one USB interface of a composite device. */
    interface: z.number().int().min(0).max(255).optional(),
    /** Set when the device numbers its reports: the first byte, checked and dropped. */
    reportId: z.number().int().min(1).max(0xff).optional(),
    report: z.discriminatedUnion('format', [
      /** Boot keyboard layout (HID 1.11 appendix B.1): modifiers, reserved, six key usage codes. */
      z.object({ format: z.literal('boot-keyboard') }),
      /** One byte holds the code of the key down, and `releaseCode` when none is. */
      z.object({ format: z.literal('vendor-byte'), byteIndex: z.number().int().min(0).max(63).default(0), releaseCode: byte.default(0) }),
    ]),
    keys: z.array(z.object({ code: byte, key: KeypadKeySchema })).min(1),
  })
  .superRefine((map, context) => {
    const seen = new Set<number>();
    map.keys.forEach(({ code }, index) => {
      if (seen.has(code)) context.addIssue({ code: 'custom', path: ['keys', index, 'code'], message: `code 0x${code.toString(16)} is mapped twice` });
      seen.add(code);
    });
    if (map.report.format === 'vendor-byte' && seen.has(map.report.releaseCode)) {
      context.addIssue({ code: 'custom', path: ['report', 'releaseCode'], message: 'the release code cannot also be a key' });
    }
    if (map.report.format === 'boot-keyboard' && [...seen].some((code) => code <= 3)) {
      context.addIssue({ code: 'custom', path: ['keys'], message: 'boot-keyboard codes 0–3 are reserved (none, roll-over, POST fail, undefined)' });
    }
  });

export type KeyMap = z.infer<typeof KeyMapSchema>;
export type KeyMapInput = z.input<typeof KeyMapSchema>;

/** Validates a map from config; each issue names the field at fault (`keys.3.code: …`). */
export function parseKeyMap(input: unknown): Result<KeyMap, { readonly kind: 'invalid-key-map'; readonly issues: readonly string[] }> {
  const parsed = KeyMapSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err({ kind: 'invalid-key-map', issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(map)'}: ${issue.message}`) });
}
