// A stand-in kiosk core for renderer tests: walks the traffic-fines slice through fixture
// views, with the same text keys the real core sends. Tests that need the real machines
// use createKiosk instead.
import type { Money, UiEvent, View } from '../../../electron/bridge/contract';
import type { KioskPort } from '../../../electron/core/kiosk-port';
import type { DevTarget } from '../../../electron/bridge/ws-server';
import { ok } from '../../../hardware/result';

const qar = (amountMinor: number): Money => ({ amountMinor, currency: 'QAR', minorUnits: 2 });

const fines = [
  { itemId: 'v-1', label: { key: 'central:item.violation', values: { date: '2025-03-02', offence: 'speeding', place: 'salwa-road', plate: '123456' } }, amount: qar(50000) },
  { itemId: 'v-2', label: { key: 'central:item.violation', values: { date: '2025-05-17', offence: 'red-light', place: 'corniche', plate: '123456' } }, amount: qar(30000) },
];

export interface FakeKiosk extends KioskPort {
  readonly dev: DevTarget;
  readonly received: UiEvent[];
}

export function createFakeKiosk(options: { readonly languages?: readonly string[] } = {}): FakeKiosk {
  const languages = [...(options.languages ?? ['ar', 'en'])];
  let language = languages[0] ?? 'ar';
  let screen: View['screen'] = 'attract';
  let pinLength = 0;
  let selected = new Set<string>();
  let isHelpOpen = false;
  const received: UiEvent[] = [];
  const listeners = new Set<(view: View) => void>();

  const view = (): View => {
    const base: View = {
      screen,
      language,
      direction: language === 'ar' || language === 'ur' ? 'rtl' : 'ltr',
      languages,
      title: { key: `screens:${screen}.title`, values: {} },
      canGoBack: ['language', 'insert-card', 'items', 'review'].includes(screen),
      canCancel: ['language', 'insert-card', 'pin', 'menu', 'items', 'review'].includes(screen),
      hasHelp: screen !== 'attract',
      isHelpOpen,
      availability: 'serving',
    };
    const signedIn = ['pin', 'menu', 'items', 'review', 'paying', 'printing', 'take-card'].includes(screen);
    if (signedIn) base.holder = { name: language === 'ar' ? 'أحمد علي المنصوري' : 'Ahmed Ali Al-Mansouri', idMasked: '•••••••5678' };
    if (screen === 'pin') base.pin = { length: pinLength, minLength: 4, maxLength: 8, keys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0], triesLeft: 3 };
    if (screen === 'menu') base.menu = [{ serviceId: 'traffic-fines', title: { key: 'services:traffic-fines.title', values: {} }, isAvailable: true }];
    if (screen === 'items') base.items = fines.map((fine) => ({ ...fine, isSelected: selected.has(fine.itemId) }));
    const chosen = fines.filter((fine) => selected.has(fine.itemId));
    const total = qar(chosen.reduce((sum, fine) => sum + fine.amount.amountMinor, 0));
    if (screen === 'review' || screen === 'paying') base.quote = { lines: chosen.map((fine) => ({ label: fine.label, amount: fine.amount })), total, hasChanged: false };
    if (screen === 'take-card') {
      base.outcome = { reference: 'TF-2025-000123', isPendingConfirmation: false, isReceiptPrinted: true, amount: total };
      base.message = { key: 'screens:take-card.with-receipt', values: {} };
    }
    return base;
  };
  const show = (next: View['screen']): void => {
    screen = next;
    const current = view();
    for (const listener of listeners) listener(current);
  };

  const transitions: Partial<Record<View['screen'], (event: UiEvent) => View['screen'] | undefined>> = {
    attract: (event) => (event.type === 'START' ? 'language' : undefined),
    language: (event) => (event.type === 'LANGUAGE.CHOSEN' ? ((language = event.language), 'insert-card') : event.type === 'BACK' || event.type === 'CANCEL' ? 'attract' : undefined),
    'insert-card': (event) => (event.type === 'BACK' ? 'language' : event.type === 'CANCEL' ? 'attract' : undefined),
    pin: (event) => {
      if (event.type === 'PIN.DIGIT' && pinLength < 8) pinLength += 1;
      if (event.type === 'PIN.ERASE') pinLength = Math.max(0, pinLength - 1);
      if (event.type === 'PIN.SUBMIT' && pinLength >= 4) return 'menu';
      return event.type === 'CANCEL' ? 'take-card' : 'pin';
    },
    menu: (event) => (event.type === 'SERVICE.CHOSEN' ? 'items' : event.type === 'CANCEL' || event.type === 'DONE' ? 'take-card' : undefined),
    items: (event) => {
      if (event.type === 'ITEM.TOGGLED' && !selected.delete(event.itemId)) selected.add(event.itemId);
      if (event.type === 'ITEMS.CONFIRMED' && selected.size > 0) return 'review';
      return event.type === 'BACK' ? 'menu' : 'items';
    },
    review: (event) => (event.type === 'PAY.CONFIRMED' ? 'paying' : event.type === 'BACK' ? 'items' : undefined),
  };

  const afterPaying = (): void => {
    // the simulated terminal approves at once, then the receipt prints
    show('printing');
    queueMicrotask(() => show('take-card'));
  };

  return {
    received,
    currentView: view,
    subscribe(listener) {
      listeners.add(listener);
      listener(view());
      return () => listeners.delete(listener);
    },
    send(event) {
      received.push(event);
      if (event.type === 'HELP') isHelpOpen = true;
      if (event.type === 'HELP.CLOSED') isHelpOpen = false;
      const next = transitions[screen]?.(event) ?? screen;
      show(next);
      if (next === 'paying') queueMicrotask(afterPaying);
    },
    dev: {
      holders: ['resident', 'sponsor'],
      run(command) {
        if (command.command === 'card.insert' && ['attract', 'language', 'insert-card'].includes(screen)) {
          pinLength = 0;
          selected = new Set();
          show('reading-card');
          queueMicrotask(() => show('pin'));
        }
        if (command.command === 'card.remove') {
          show('goodbye');
          queueMicrotask(() => ((language = languages[0] ?? 'ar'), show('attract')));
        }
        return ok();
      },
    },
  };
}
