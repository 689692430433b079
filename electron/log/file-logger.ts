// The kiosk's file log: the same catalogued, redacted JSON lines as createLogger, written to
// <dir>/kiosk.log with rotation and a size cap, optionally mirrored to stderr (the journal).
import { join } from 'node:path';
import { createLogger, type Logger } from './logger';
import { openRotatingFile } from './rotating-file';

export interface FileLoggerOptions {
  readonly dir: string;
  readonly level?: string;
  readonly maxBytes: number;
  readonly maxFiles: number;
  readonly isMirroredToStderr?: boolean;
}

export interface FileLogger extends Logger {
  readonly path: string;
  close(): void;
}

export const logFileName = 'kiosk.log';

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const path = join(options.dir, logFileName);
  const file = openRotatingFile({ path, maxBytes: options.maxBytes, maxFiles: options.maxFiles });
  const destination = {
    write(line: string): void {
      file.write(line);
      if (options.isMirroredToStderr) process.stderr.write(line);
    },
  };
  const logger = createLogger({ destination, ...(options.level === undefined ? {} : { level: options.level }) });
  return { path, log: logger.log, close: file.close };
}
