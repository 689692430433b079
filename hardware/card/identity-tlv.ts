// The identity file (EF 0101) as TLV: template 70 holding one primitive per field.
// Decoding is defensive: bad lengths, truncation, missing or malformed fields are typed
// errors that name the field at most, never its value.
import { err, ok, type Result } from '../result';
import type { CardIdentity } from './contract';
import { concatBytes, decodeSingle, decodeTlvs, encodeTlv, type TlvError } from './tlv';

export const identityTemplateTag = 0x70;

const fieldTags = {
  idNumber: 0x80,
  nameAr: 0x81,
  nameLatin: 0x82,
  nationality: 0x83,
  dateOfBirth: 0x84,
  cardExpiry: 0x85,
  role: 0x86,
} as const satisfies Record<keyof CardIdentity, number>;

type Field = keyof typeof fieldTags;

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const fieldRules: Record<Field, (v: string) => boolean> = {
  idNumber: (v) => /^\d{11}$/.test(v),
  nameAr: (v) => v.length > 0 && v.length <= 120,
  nameLatin: (v) => v.length > 0 && v.length <= 120,
  nationality: (v) => /^[A-Z]{3}$/.test(v),
  dateOfBirth: (v) => isoDate.test(v),
  cardExpiry: (v) => isoDate.test(v),
  role: (v) => v === 'resident' || v === 'technician',
};

export type IdentityError =
  | TlvError
  | { readonly kind: 'missing-field'; readonly field: Field }
  | { readonly kind: 'bad-field'; readonly field: Field }
  | { readonly kind: 'duplicate-field'; readonly field: Field };

const utf8 = new TextEncoder();

export function encodeIdentity(identity: CardIdentity): Uint8Array {
  const fields = (Object.keys(fieldTags) as Field[]).map((f) => encodeTlv(fieldTags[f], utf8.encode(identity[f])));
  return encodeTlv(identityTemplateTag, concatBytes(fields));
}

export function decodeIdentity(bytes: Uint8Array): Result<CardIdentity, IdentityError> {
  const body = decodeSingle(bytes, identityTemplateTag);
  if (!body.ok) return body;
  const tlvs = decodeTlvs(body.value);
  if (!tlvs.ok) return tlvs;
  const fieldByTag = new Map(Object.entries(fieldTags).map(([f, t]) => [t as number, f as Field]));
  const found: Partial<Record<Field, string>> = {};
  // fatal: invalid UTF-8 is a bad field, not a silently mangled name
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const { tag, value } of tlvs.value) {
    const field = fieldByTag.get(tag);
    if (!field) continue; // unknown tags: later card generations may add fields
    if (found[field] !== undefined) return err({ kind: 'duplicate-field', field });
    let text: string;
    try {
      text = decoder.decode(value);
    } catch {
      return err({ kind: 'bad-field', field }); // TextDecoder throws on invalid UTF-8: a value, here
    }
    if (!fieldRules[field](text)) return err({ kind: 'bad-field', field });
    found[field] = text;
  }
  for (const field of Object.keys(fieldTags) as Field[]) {
    if (found[field] === undefined) return err({ kind: 'missing-field', field });
  }
  return ok(found as CardIdentity);
}
