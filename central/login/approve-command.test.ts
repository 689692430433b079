import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { cardHolders } from '../seed/people';
import type { RunningCentral } from '../server';
import { post, startTestCentral } from '../test-support';
import { runApproveCommand } from './approve-command';

let central: RunningCentral;
beforeAll(async () => {
  central = await startTestCentral();
});
afterAll(() => central.close());

function capture() {
  const out: string[] = [];
  const error: string[] = [];
  return { io: { out: (line: string) => out.push(line), error: (line: string) => error.push(line) }, out, error };
}

async function issue(kioskId = 'KIOSK-CLI-01'): Promise<{ challengeId: string; qrText: string }> {
  return (await post(central, '/v1/login/challenges', {}, kioskId)).body;
}

/** A port nobody listens on: bound once to learn a free number, then released. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('npm run app:approve', () => {
  it('given the QR text and a known ID number, then it prints approved and exits 0; a second time it prints the refusal and exits 1', async () => {
    const { qrText } = await issue();
    const first = capture();
    expect(await runApproveCommand([qrText, cardHolders.sponsor.idNumber, '--central', central.url], first.io)).toBe(0);
    expect(first.out.map((line) => JSON.parse(line))).toEqual([{ outcome: 'approved', kioskId: 'KIOSK-CLI-01' }]);
    const again = capture();
    expect(await runApproveCommand([qrText, cardHolders.sponsor.idNumber, '--central', central.url], again.io)).toBe(1);
    expect(again.out.map((line) => JSON.parse(line))).toEqual([{ outcome: 'refused', kind: 'already-used' }]);
  });

  it('given a bare challenge id, then --kiosk names the kiosk; without it the code is refused as unreadable', async () => {
    const { challengeId } = await issue('KIOSK-CLI-02');
    const without = capture();
    expect(await runApproveCommand([challengeId, cardHolders.resident.idNumber, '--central', central.url], without.io)).toBe(1);
    expect(JSON.parse(without.out[0] ?? '')).toEqual({ outcome: 'refused', kind: 'bad-code' });
    const withKiosk = capture();
    expect(await runApproveCommand([challengeId, cardHolders.resident.idNumber, '--central', central.url, '--kiosk', 'KIOSK-CLI-02'], withKiosk.io)).toBe(0);
  });

  it('given an unknown person, then it exits 1 saying so', async () => {
    const { qrText } = await issue();
    const run = capture();
    expect(await runApproveCommand([qrText, '20000000000', '--central', central.url], run.io)).toBe(1);
    expect(JSON.parse(run.out[0] ?? '')).toEqual({ outcome: 'refused', kind: 'unknown-person' });
  });

  it('given the central is not running, then it exits 1 with unreachable', async () => {
    const run = capture();
    expect(await runApproveCommand([`moi-app://kiosk-login?kiosk=KIOSK-CLI-01&challenge=${'a'.repeat(43)}`, cardHolders.resident.idNumber, '--central', await deadUrl()], run.io)).toBe(1);
    expect(JSON.parse(run.out[0] ?? '')).toEqual({ outcome: 'refused', kind: 'unreachable' });
  });

  it('given missing or malformed arguments, then it prints the usage and exits 2', async () => {
    for (const argv of [[], ['only-one'], ['code', '123'], ['code', cardHolders.resident.idNumber, '--nope']]) {
      const run = capture();
      expect(await runApproveCommand(argv, run.io)).toBe(2);
      expect(run.error.join('\n')).toContain('usage: npm run app:approve');
    }
  });
});
