import { describe, expect, it } from 'vitest';
import type { PaymentTerminal } from './contract';

/** What a suite needs to drive a terminal: the device, and a way to script the customer. */
export interface PaymentHarness {
  readonly terminal: PaymentTerminal;
  /** Makes the next authorisation end this way (on hardware: a test card or the host's script). */
  scriptNext(outcome: 'approved' | 'declined' | 'cancelled' | 'timeout' | 'timeout-after-charge'): void;
  close(): Promise<void>;
}

export function paymentTerminalContract(name: string, makeHarness: () => Promise<PaymentHarness>): void {
  describe(`payment terminal contract: ${name}`, () => {
    const request = (reference: string) => ({ amountMinor: 50_000, currency: 'QAR', reference });

    it('given an approving card, when authorised, then answers approved with a payment reference and journals it', async () => {
      const h = await makeHarness();
      h.scriptNext('approved');
      const outcome = await h.terminal.authorise(request('k-1'));
      expect(outcome.kind).toBe('approved');
      expect(await h.terminal.lookup('k-1')).toMatchObject({ ok: true, value: { kind: 'approved', amountMinor: 50_000 } });
      await h.close();
    });

    it('given a declining card, when authorised, then answers declined with a reason and charges nothing', async () => {
      const h = await makeHarness();
      h.scriptNext('declined');
      expect(await h.terminal.authorise(request('k-2'))).toMatchObject({ kind: 'declined' });
      expect(await h.terminal.lookup('k-2')).toEqual({ ok: true, value: { kind: 'none' } });
      await h.close();
    });

    it('given the customer cancels, then answers cancelled', async () => {
      const h = await makeHarness();
      h.scriptNext('cancelled');
      expect(await h.terminal.authorise(request('k-3'))).toEqual({ kind: 'cancelled' });
      await h.close();
    });

    it('given a timeout after the card was charged, when looked up, then the charge is found and can be reversed once', async () => {
      const h = await makeHarness();
      h.scriptNext('timeout-after-charge');
      expect(await h.terminal.authorise(request('k-4'))).toEqual({ kind: 'timeout' });
      expect(await h.terminal.lookup('k-4')).toMatchObject({ ok: true, value: { kind: 'approved' } });
      expect(await h.terminal.reverse('k-4')).toEqual({ ok: true, value: undefined });
      expect(await h.terminal.lookup('k-4')).toEqual({ ok: true, value: { kind: 'reversed' } });
      expect(await h.terminal.reverse('k-4')).toEqual({ ok: false, error: { kind: 'not-found' } });
      await h.close();
    });

    it('given the same reference authorised twice, then the customer is charged once', async () => {
      const h = await makeHarness();
      h.scriptNext('approved');
      h.scriptNext('approved');
      const first = await h.terminal.authorise(request('k-5'));
      const second = await h.terminal.authorise(request('k-5'));
      expect(second).toEqual(first);
      const charges = (await h.terminal.journal()).filter((e) => e.reference === 'k-5');
      expect(charges).toHaveLength(1);
      await h.close();
    });
  });
}
