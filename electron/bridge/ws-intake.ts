// Turns one raw WebSocket message into a typed event or a refusal. Pure: no socket, no log,
// so it can be fuzzed with bad input (the transport logs and answers the refusal).
import { err, ok, type Result } from '../../hardware/result';
import { UiEvent, type UiEventType } from './contract';
import { DevCommand } from './ws-dev-schema';
import { devCommandNames, type DevCommand as DevCommandType, type Refusal } from './ws-protocol';

/** A message larger than this is refused before parsing: no event needs more. */
export const maxMessageBytes = 4096;

export interface IntakeRefusal {
  readonly reason: Refusal;
  /** The claimed type when it is one we know; never attacker-chosen text. */
  readonly type: string;
}

const knownEventTypes: ReadonlySet<string> = new Set<UiEventType>(UiEvent.options.map((option) => option.shape.type.value));
const knownCommands: ReadonlySet<string> = new Set(devCommandNames);

function parseJsonObject(data: unknown, isBinary: boolean): Result<Record<string, unknown>, IntakeRefusal> {
  if (isBinary) return err({ reason: 'not-text', type: '(none)' });
  const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : undefined;
  if (text === undefined) return err({ reason: 'not-text', type: '(none)' });
  if (Buffer.byteLength(text) > maxMessageBytes) return err({ reason: 'too-large', type: '(none)' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err({ reason: 'not-json', type: '(none)' }); // the refusal is the handling: logged by the caller
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return err({ reason: 'invalid-fields', type: '(none)' });
  return ok(json as Record<string, unknown>);
}

export function parseUiMessage(data: unknown, isBinary: boolean): Result<UiEvent, IntakeRefusal> {
  const json = parseJsonObject(data, isBinary);
  if (!json.ok) return json;
  const claimed = json.value.type;
  if (typeof claimed !== 'string' || !knownEventTypes.has(claimed)) return err({ reason: 'unknown-type', type: '(unknown)' });
  const parsed = UiEvent.safeParse(json.value);
  return parsed.success ? ok(parsed.data) : err({ reason: 'invalid-fields', type: claimed });
}

export function parseDevMessage(data: unknown, isBinary: boolean): Result<DevCommandType, IntakeRefusal> {
  const json = parseJsonObject(data, isBinary);
  if (!json.ok) return json;
  const claimed = json.value.command;
  if (typeof claimed !== 'string' || !knownCommands.has(claimed)) return err({ reason: 'unknown-command', type: '(unknown)' });
  const parsed = DevCommand.safeParse(json.value);
  return parsed.success ? ok(parsed.data) : err({ reason: 'invalid-command', type: claimed });
}
