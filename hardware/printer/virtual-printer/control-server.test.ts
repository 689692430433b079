import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startControlServer } from './control-server';
import { VirtualEscPosPrinter } from './virtual-printer';

describe('virtual printer control endpoint', () => {
  let printer: VirtualEscPosPrinter;
  let control: { port: number; close: () => Promise<void> };
  const url = (path: string) => `http://127.0.0.1:${control.port}${path}`;

  beforeEach(async () => {
    printer = new VirtualEscPosPrinter();
    control = await startControlServer(printer, 0);
  });
  afterEach(async () => {
    await control.close();
    await printer.close();
  });

  it('given POST /status with paper-out, then the printer answers status requests as paper out', async () => {
    const response = await fetch(url('/status'), { method: 'POST', body: JSON.stringify({ kind: 'paper-out' }) });
    expect(response.status).toBe(200);
    expect(printer.status).toEqual({ kind: 'paper-out' });
    expect(await (await fetch(url('/status'))).json()).toEqual({ status: { kind: 'paper-out' }, discardedBytes: 0 });
  });

  it('given a status the printer does not have, then it is refused with 400 and the state is unchanged', async () => {
    const response = await fetch(url('/status'), { method: 'POST', body: '{"kind":"on-fire"}' });
    expect(response.status).toBe(400);
    expect(printer.status).toEqual({ kind: 'ready' });
  });

  it('given a body that is not JSON, then it is refused with 400', async () => {
    expect((await fetch(url('/responsive'), { method: 'POST', body: 'nope' })).status).toBe(400);
  });
});
