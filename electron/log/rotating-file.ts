// A size-capped log file: when the next line would push kiosk.log past maxBytes it becomes
// kiosk.log.1 (older ones shift up, the oldest beyond maxFiles is overwritten), so the logs
// never hold more than about maxBytes × (maxFiles + 1). Written synchronously, one line per
// write: a kiosk that crashes keeps the line that explains why, and there is no worker
// thread or timer (pino-roll's rotation runs in a transport thread and on a schedule).
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RotatingFileOptions {
  readonly path: string;
  readonly maxBytes: number;
  /** How many rotated files to keep besides the current one (at least 1). */
  readonly maxFiles: number;
}

export interface RotatingFile {
  /** pino's DestinationStream: called with one JSON line at a time. */
  write(line: string): void;
  close(): void;
  /** Lines that could not be written (disk full, file removed): logging never throws. */
  readonly droppedLines: number;
}

export function openRotatingFile(options: RotatingFileOptions): RotatingFile {
  if (options.maxFiles < 1 || options.maxBytes < 1) throw new RangeError('a rotating log keeps at least one older file of at least one byte');
  mkdirSync(dirname(options.path), { recursive: true });
  let fd: number | undefined;
  let size = 0;
  let droppedLines = 0;

  const open = (): number => {
    const opened = openSync(options.path, 'a', 0o640);
    size = fstatSync(opened).size;
    fd = opened;
    return opened;
  };
  const rotate = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    for (let index = options.maxFiles - 1; index >= 1; index -= 1) {
      const from = `${options.path}.${index}`;
      if (existsSync(from)) renameSync(from, `${options.path}.${index + 1}`);
    }
    renameSync(options.path, `${options.path}.1`);
    open();
  };
  open();

  return {
    write(line) {
      const bytes = Buffer.byteLength(line);
      try {
        if (size > 0 && size + bytes > options.maxBytes) rotate();
        const current = fd ?? open();
        writeSync(current, line);
        size += bytes;
      } catch {
        droppedLines += 1; // counted, not thrown: a full disk must not stop a resident's session
      }
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
    get droppedLines() {
      return droppedLines;
    },
  };
}
