// The last lines of the kiosk's own log for the technician's screen. The file logger already
// redacts; each line is parsed and passed through redact() again, so a line written by an
// older version or by hand still shows no personal data.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { LogLine } from '../../state-machines/technician/technician-types';
import { logFileName } from '../log/file-logger';
import { redact } from '../log/redact';

const levelNames: Readonly<Record<number, string>> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const tailBytes = 512 * 1024;
const maxDetail = 400;

function tailOf(path: string): string[] {
  if (!existsSync(path)) return [];
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const start = Math.max(0, size - tailBytes);
    const buffer = Buffer.alloc(size - start);
    readSync(fd, buffer, 0, buffer.length, start);
    const lines = buffer.toString('utf8').split('\n');
    if (start > 0) lines.shift(); // the first line was cut by the window
    return lines.filter((line) => line.trim() !== '');
  } finally {
    closeSync(fd);
  }
}

function value(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function toLogLine(raw: string): LogLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { time: '', level: 'unknown', event: 'not-json', detail: '' }; // never echo a line we cannot read
  }
  if (!parsed || typeof parsed !== 'object') return { time: '', level: 'unknown', event: 'not-json', detail: '' };
  const { time, level, event, ...rest } = redact(parsed) as Record<string, unknown>;
  const detail = Object.entries(rest)
    .map(([k, v]) => `${k}=${value(v)}`)
    .join(' ');
  return {
    time: typeof time === 'string' ? time : '',
    level: typeof level === 'number' ? (levelNames[level] ?? String(level)) : String(level ?? ''),
    event: typeof event === 'string' ? event : '',
    detail: detail.length > maxDetail ? `${detail.slice(0, maxDetail - 1)}…` : detail,
  };
}

/** The newest `count` lines of <logsDir>/kiosk.log (and the rotated kiosk.log.1 when short), oldest first. */
export function readLogTail(logsDir: string, count: number): LogLine[] {
  const current = tailOf(join(logsDir, logFileName));
  const lines = current.length >= count ? current : [...tailOf(join(logsDir, `${logFileName}.1`)), ...current];
  return lines.slice(-count).map(toLogLine);
}
