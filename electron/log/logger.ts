import pino, { type DestinationStream } from 'pino';
import { logEvents, type LogEventId } from './catalogue';
import { redact } from './redact';

export type LogFields = Readonly<Record<string, string | number | boolean | undefined | null | readonly string[]>>;

/** Every line names a catalogued event id; fields are redacted before they are written. */
export interface Logger {
  log(event: LogEventId, fields?: LogFields): void;
}

export function createLogger(options: { destination?: DestinationStream; level?: string } = {}): Logger {
  const base = pino(
    { level: options.level ?? 'info', base: undefined, messageKey: 'event', timestamp: pino.stdTimeFunctions.isoTime },
    options.destination ?? pino.destination({ dest: 2, sync: true }),
  );
  return {
    log(event, fields = {}) {
      const level = logEvents[event].level;
      base[level](redact(fields) as object, event);
    },
  };
}

/** For tests and for tools that must not print: keeps lines in memory. */
export function createMemoryLogger(): Logger & { readonly lines: { event: LogEventId; fields: LogFields }[] } {
  const lines: { event: LogEventId; fields: LogFields }[] = [];
  return {
    lines,
    log(event, fields = {}) {
      lines.push({ event, fields: redact(fields) as LogFields });
    },
  };
}

export const silentLogger: Logger = { log() {} };
