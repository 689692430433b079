// Drives a kiosk through the same port the screens use, step by step, and records what a
// person would have seen. Scenarios are data (scenarios.ts); this file only runs them.
import type { ScreenId, UiEvent, View } from '../bridge/contract';
import type { CardHolderName } from '../../central/seed/people';
import type { ScriptedOutcome } from '../../hardware/payment/simulated-payment-terminal';
import type { Kiosk } from '../core/create-kiosk';
import type { CentralControl } from '../../central/server';
import { dayFromToday } from './scenario-dates';
import { simulatedSlot, type CardSlot } from './card-slot';

export type ScenarioStep =
  | { readonly insertCard: CardHolderName }
  | { readonly removeCard: true }
  | { readonly payment: ScriptedOutcome }
  /** Holds a code under the simulated scanner (the text a printed document's QR carries). */
  | { readonly scan: string }
  /** Fills a form field with a day counted from today (dates cannot be written into a scenario). */
  | { readonly fillDate: { readonly name: string; readonly daysAhead: number | 'next-working-day' | 'next-friday' } }
  /** Asks the central to do something meanwhile (another kiosk booked the slot, the company revoked a grant). */
  | { readonly central: (control: CentralControl) => void | Promise<void>; readonly label: string }
  | { readonly typePin: string }
  | { readonly send: UiEvent }
  /** Chooses the person whose masked ID number ends with these digits. */
  | { readonly chooseSubject: string }
  /** Leaves only this item chosen (by id, or the first offered when `first`). */
  | { readonly chooseItem: string | 'first' }
  | { readonly expect: ScreenId };

export interface StepRecord {
  readonly screen: ScreenId;
  readonly action: string;
}

export class ScenarioFailure extends Error {}

export async function runSteps(
  kiosk: Kiosk,
  steps: readonly ScenarioStep[],
  options: { timeoutMs?: number; cardSlot?: CardSlot } = {},
): Promise<{ records: StepRecord[]; lastView: View; views: View[] }> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const slot = options.cardSlot ?? simulatedSlot(requireSimulator(kiosk.simulators.cardReader, 'card reader'));
  const records: StepRecord[] = [];
  const views: View[] = [];
  const unsubscribe = kiosk.subscribe((view) => views.push(view));
  try {
    for (const step of steps) {
      const action = await runStep(kiosk, slot, step, timeoutMs);
      records.push({ screen: kiosk.currentView().screen, action });
    }
  } finally {
    unsubscribe();
  }
  return { records, lastView: kiosk.currentView(), views };
}

async function runStep(kiosk: Kiosk, slot: CardSlot, step: ScenarioStep, timeoutMs: number): Promise<string> {
  if ('insertCard' in step) {
    await slot.insert(step.insertCard);
    return `insert-card:${step.insertCard}`;
  }
  if ('removeCard' in step) {
    await slot.remove();
    return 'remove-card';
  }
  if ('payment' in step) {
    requireSimulator(kiosk.simulators.payment, 'payment terminal').setNextOutcome(step.payment);
    return `payment:${step.payment}`;
  }
  if ('scan' in step) {
    requireSimulator(kiosk.simulators.scanner, 'scanner').scan(step.scan);
    return 'scan';
  }
  if ('fillDate' in step) {
    kiosk.send({ type: 'FIELD.CHANGED', name: step.fillDate.name, value: dayFromToday(step.fillDate.daysAhead) });
    return `fill-date:${step.fillDate.name}`;
  }
  if ('central' in step) {
    await step.central(requireSimulator(kiosk.embeddedCentral, 'central').control);
    return `central:${step.label}`;
  }
  if ('typePin' in step) {
    for (const digit of step.typePin) kiosk.send({ type: 'PIN.DIGIT', digit: Number(digit) });
    kiosk.send({ type: 'PIN.SUBMIT' });
    return 'type-pin';
  }
  if ('send' in step) {
    kiosk.send(step.send);
    return step.send.type;
  }
  if ('chooseSubject' in step) {
    const subject = (kiosk.currentView().subjects ?? []).find((p) => p.idMasked.endsWith(step.chooseSubject));
    if (!subject) throw new ScenarioFailure(`no person …${step.chooseSubject} on screen ${kiosk.currentView().screen}`);
    kiosk.send({ type: 'SUBJECT.CHOSEN', index: subject.index });
    return `choose-subject:${step.chooseSubject}`;
  }
  if ('chooseItem' in step) {
    const items = kiosk.currentView().items ?? [];
    const item = step.chooseItem === 'first' ? items[0] : items.find((i) => i.itemId === step.chooseItem);
    if (!item) throw new ScenarioFailure(`no item ${step.chooseItem} on screen ${kiosk.currentView().screen}`);
    // The central may preselect items; toggle so that exactly this one stays chosen.
    for (const other of items) if (other.isSelected !== (other.itemId === item.itemId)) kiosk.send({ type: 'ITEM.TOGGLED', itemId: other.itemId });
    return `choose-item:${item.itemId}`;
  }
  await waitForScreen(kiosk, step.expect, timeoutMs);
  return `expect:${step.expect}`;
}

export function waitForScreen(kiosk: Kiosk, screen: ScreenId, timeoutMs: number): Promise<View> {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new ScenarioFailure(`waited ${timeoutMs} ms for screen "${screen}", still on "${kiosk.currentView().screen}"`));
    }, timeoutMs);
    unsubscribe = kiosk.subscribe((view) => {
      if (view.screen !== screen) return;
      clearTimeout(timer);
      queueMicrotask(() => unsubscribe());
      resolve(view);
    });
  });
}

function requireSimulator<T>(device: T | undefined, name: string): T {
  if (!device) throw new ScenarioFailure(`the ${name} is not simulated in this configuration`);
  return device;
}
