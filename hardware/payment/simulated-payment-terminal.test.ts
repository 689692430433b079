import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paymentTerminalContract } from './contract-suite';
import { SimulatedPaymentTerminal } from './simulated-payment-terminal';

paymentTerminalContract('simulator', async () => {
  const terminal = new SimulatedPaymentTerminal();
  return { terminal, scriptNext: (outcome) => terminal.setNextOutcome(outcome), close: async () => {} };
});

describe('simulated terminal journal', () => {
  it('given a journal file, a terminal made after a restart still knows the earlier charge', async () => {
    const journalPath = join(mkdtempSync(join(tmpdir(), 'terminal-')), 'journal.json');
    const before = new SimulatedPaymentTerminal({ journalPath });
    before.setNextOutcome('timeout-after-charge');
    await before.authorise({ amountMinor: 1_000, currency: 'QAR', reference: 'k-9' });
    const after = new SimulatedPaymentTerminal({ journalPath });
    expect(await after.lookup('k-9')).toMatchObject({ ok: true, value: { kind: 'approved', amountMinor: 1_000 } });
  });
});
