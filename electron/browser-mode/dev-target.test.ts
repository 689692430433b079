import { describe, expect, it } from 'vitest';
import { SimulatedCardReader } from '../../hardware/card/simulated-card-reader';
import { SimulatedPaymentTerminal } from '../../hardware/payment/simulated-payment-terminal';
import { SimulatedReceiptPrinter } from '../../hardware/printer/simulated-receipt-printer';
import { SimulatedKeypad } from '../../hardware/keypad/simulated-keypad';
import { SimulatedHeadphoneJack } from '../../hardware/audio-jack/simulated-headphone-jack';
import { devTargetFor } from './dev-target';

describe('dev-panel commands on the simulators', () => {
  it('given the simulators, when a card is inserted and removed by holder name, then the reader says so', () => {
    const cardReader = new SimulatedCardReader();
    const events: string[] = [];
    cardReader.subscribe((event) => events.push(event.type));
    const target = devTargetFor({ cardReader });
    expect(target.holders).toContain('resident');
    expect(target.run({ command: 'card.insert', holder: 'resident' })).toEqual({ ok: true, value: undefined });
    expect(target.run({ command: 'card.remove' })).toEqual({ ok: true, value: undefined });
    expect(events).toEqual(['CARD.INSERTED', 'CARD.REMOVED']);
  });

  it('given a name that is no seeded holder, then it is refused and no card goes in', () => {
    const cardReader = new SimulatedCardReader();
    const events: string[] = [];
    cardReader.subscribe((event) => events.push(event.type));
    expect(devTargetFor({ cardReader }).run({ command: 'card.insert', holder: 'mallory' })).toEqual({ ok: false, error: 'unknown-holder' });
    expect(events).toEqual([]);
  });

  it('given a scripted payment outcome, then the next authorisation answers it', async () => {
    const payment = new SimulatedPaymentTerminal();
    devTargetFor({ payment }).run({ command: 'payment.next', outcome: 'declined' });
    expect((await payment.authorise({ amountMinor: 100, currency: 'QAR', reference: 'k-1' })).kind).toBe('declined');
  });

  it('given a printer status, then the printer reports it', async () => {
    const printer = new SimulatedReceiptPrinter();
    devTargetFor({ printer }).run({ command: 'printer.status', status: 'paper-out' });
    expect(await printer.status()).toEqual({ kind: 'paper-out' });
  });

  it('given the simulated keypad and headphone jack, then a key press is one press and release, and the jack plugs and unplugs', () => {
    const keypad = new SimulatedKeypad();
    const headphones = new SimulatedHeadphoneJack();
    const events: string[] = [];
    keypad.subscribe((event) => events.push(`${event.type}:${'key' in event ? event.key : ''}`));
    const target = devTargetFor({ keypad, headphones });
    expect(target.run({ command: 'keypad.press', key: 'enter' })).toEqual({ ok: true, value: undefined });
    expect(events).toEqual(['KEYPAD.PRESSED:enter', 'KEYPAD.RELEASED:enter']);
    target.run({ command: 'headphones.plug' });
    expect(headphones.isPluggedIn()).toBe(true);
    target.run({ command: 'headphones.unplug' });
    expect(headphones.isPluggedIn()).toBe(false);
    expect(devTargetFor({}).run({ command: 'keypad.press', key: '5' })).toEqual({ ok: false, error: 'no-simulator' });
  });

  it('given a device that is not simulated, then its commands answer no-simulator', () => {
    const target = devTargetFor({});
    expect(target.run({ command: 'card.remove' })).toEqual({ ok: false, error: 'no-simulator' });
    expect(target.run({ command: 'payment.next', outcome: 'approved' })).toEqual({ ok: false, error: 'no-simulator' });
    expect(target.run({ command: 'printer.status', status: 'ready' })).toEqual({ ok: false, error: 'no-simulator' });
  });
});
