// Starts the simulator on a free port over a throwaway database, for tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral, type RunningCentral, type StartCentralOptions } from './server';

export const testToday = new Date('2026-03-04T10:00:00Z');

export function tempCentralPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'central-')), 'central.sqlite');
}

export function startTestCentral(options: Partial<StartCentralOptions> = {}): Promise<RunningCentral> {
  return startCentral({ dbPath: tempCentralPath(), port: 0, now: () => testToday, ...options });
}

/** A raw API call, as a kiosk would make it (no client library in between). */
export async function post(central: { url: string }, path: string, body: unknown, kioskId = 'KIOSK-TEST-01'): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  const res = await fetch(central.url + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-kiosk-id': kioskId }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}
