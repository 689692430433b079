// Who did it, without the ID number: a technician is written as the last four digits of their
// card number and an HMAC of the whole number under a key kept on this kiosk
// (<dataDir>/keys/audit-actor.key, 0600). The same technician gets the same name on every
// row, so their actions are linked; the number itself is not in the log, and without the key
// the HMAC cannot be checked against a list of candidate numbers.
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';
import { loadOrCreateKeyFile, type KeyFileError } from '../secrets/key-file';

/** Actors that are not people: written as they are. */
export const systemActors: ReadonlySet<string> = new Set(['kiosk', 'unknown-card']);

/** 16 hex digits (64 bits): no two technicians of a fleet collide, and it fits the actor column's 40 characters. */
const macHexDigits = 16;

export type ActorPseudonym = (actor: string) => string;

export function createActorPseudonym(key: Buffer): ActorPseudonym {
  return (actor) => {
    if (systemActors.has(actor)) return actor;
    const mac = createHmac('sha256', key).update(`audit-actor:${actor}`, 'utf8').digest('hex').slice(0, macHexDigits);
    return `card-${actor.slice(-4)}-${mac}`;
  };
}

/** The key beside the audit file: <folder of audit.sqlite>/keys/audit-actor.key, made on first use. */
export function loadActorPseudonym(auditDir: string): Result<ActorPseudonym, KeyFileError> {
  const key = loadOrCreateKeyFile(join(auditDir, 'keys', 'audit-actor.key'));
  return key.ok ? ok(createActorPseudonym(key.value)) : err(key.error);
}
