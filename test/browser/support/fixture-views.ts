// One view per kind of screen, with the keys and shapes the kiosk core sends, so every
// screen (and the overlays) can be drawn and checked without walking the machines there.
import type { Money, ScreenId, View } from '../../../electron/bridge/contract';
import { languageSwitchOf } from '../../../electron/core/language-switch';

const qar = (amountMinor: number): Money => ({ amountMinor, currency: 'QAR', minorUnits: 2 });
const text = (key: string, values: Record<string, string | number> = {}): View['title'] => ({ key, values });
const violation = (date: string, offence: string, place: string): View['title'] => text('central:item.violation', { date, offence, place, plate: '123456' });

export interface Fixture {
  readonly name: string;
  readonly view: View;
}

export function fixtureViews(language: string): Fixture[] {
  const base = (screen: ScreenId, extra: Partial<View> = {}): View => ({
    screen,
    language,
    direction: language === 'ar' || language === 'ur' ? 'rtl' : 'ltr',
    languages: ['ar', 'en'],
    title: text(`screens:${screen}.title`),
    canGoBack: false,
    canCancel: false,
    hasHelp: screen !== 'attract',
    isHelpOpen: false,
    // the language button where the core offers it (closed)
    ...languageSwitchOf(screen, ['ar', 'en'], false),
    availability: 'serving',
    ...extra,
  });
  const holder = { name: language === 'ar' ? 'أحمد علي المنصوري' : 'Ahmed Ali Al-Mansouri', idMasked: '•••••••5678' };
  const nav = { canGoBack: true, canCancel: true, holder };
  const technician = { name: language === 'ar' ? 'سالم الفني' : 'Salem Technician', idMasked: '•••••••0011' };
  const items = [
    { itemId: 'v-1', label: violation('2025-03-02', 'speeding', 'salwa-road'), amount: qar(50000), isSelected: true },
    { itemId: 'v-2', label: violation('2025-05-17', 'red-light', 'corniche'), amount: qar(30000), isSelected: false },
  ];
  const quote = { lines: [{ label: items[0]!.label, amount: qar(50000) }], total: qar(50000), hasChanged: false };
  const fixtures: [string, View][] = [
    ['attract', base('attract', { appSignIn: { isAvailable: true } })],
    ['app-signin', base('app-signin', { canGoBack: true, canCancel: true, appSignIn: { isAvailable: true, qrText: 'moi-login:7f3a9c2e41b8', secondsLeft: 90 } })],
    ['language', base('language', { canGoBack: true, canCancel: true })],
    ['insert-card', base('insert-card', { canGoBack: true, canCancel: true })],
    ['reading-card', base('reading-card')],
    ['pin', base('pin', { canCancel: true, holder, pin: { length: 2, minLength: 4, maxLength: 8, keys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0], triesLeft: 3 } })],
    ['pin-wrong', base('pin', { canCancel: true, holder, message: text('screens:pin.wrong', { count: 2 }), pin: { length: 0, minLength: 4, maxLength: 8, keys: [7, 3, 9, 1, 0, 5, 2, 8, 6, 4], triesLeft: 2, waitSeconds: 4 } })],
    ['checking-pin', base('checking-pin', { holder })],
    ['card-blocked', base('card-blocked', { holder })],
    ['loading', base('loading', { holder })],
    ['menu', base('menu', {
      canCancel: true,
      holder,
      availability: 'limited',
      menu: [
        { serviceId: 'traffic-fines', title: text('services:traffic-fines.title'), isAvailable: true },
        { serviceId: 'residence-renewal', title: text('services:residence-renewal.title'), isAvailable: false, reason: text('screens:unavailable.offline') },
      ],
    })],
    ['subject', base('subject', { ...nav, subjects: [
      { index: 0, name: holder.name, idMasked: '•••••••5678', relation: text('screens:relation.self') },
      { index: 1, name: language === 'ar' ? 'سارة أحمد المنصوري' : 'Sara Ahmed Al-Mansouri', idMasked: '•••••••1122', relation: text('screens:relation.child') },
    ] })],
    ['items', base('items', { ...nav, items })],
    ['form', base('form', { ...nav, form: [
      { name: 'delivery', label: text('services:residence-renewal.field.delivery'), kind: 'choice', value: 'post', choices: [
        { value: 'post', label: text('services:residence-renewal.choice.delivery.post') },
        { value: 'collect', label: text('services:residence-renewal.choice.delivery.collect') },
      ] },
      { name: 'phone', label: text('services:residence-renewal.field.phone'), kind: 'phone', value: '5551', error: text('screens:form.error.pattern') },
    ] })],
    ['review', base('review', { ...nav, quote })],
    ['review-changed', base('review', { ...nav, quote: { ...quote, hasChanged: true }, message: text('screens:review.fee-changed') })],
    ['ineligible', base('ineligible', { ...nav, message: text('central:reason.no-violations') })],
    ['paying', base('paying', { holder, quote })],
    ['payment-failed', base('payment-failed', { ...nav, message: text('screens:payment-failed.declined') })],
    ['info', base('info', { ...nav, info: [{ label: text('central:request.traffic-fines', { number: 'REQ-2026-0042', nameLatin: 'Ahmed Ali Al-Mansouri', date: '2026-11-02' }), status: text('central:status.paid') }] })],
    // my-requests with a certificate kept for a reprint: its row carries Print; then while it prints
    ['info-reprint', base('info', { ...nav, info: [
      { label: text('central:request.certificate', { number: 'CRT-2026-000005', nameAr: 'نورة خليل حداد', nameLatin: 'Noura Khalil Haddad', date: '2026-11-02' }), status: text('central:status.document-ready-to-print'), action: { kind: 'reprint-document' } },
      { label: text('central:request.certificate', { number: 'CRT-2026-000004', nameAr: 'نورة خليل حداد', nameLatin: 'Noura Khalil Haddad', date: '2026-10-12' }), status: text('central:status.document-by-post') },
    ] })],
    ['info-reprinting', base('info', { holder, message: text('screens:info.reprinting'), infoAction: 'printing', info: [
      { label: text('central:request.certificate', { number: 'CRT-2026-000005', nameAr: 'نورة خليل حداد', nameLatin: 'Noura Khalil Haddad', date: '2026-11-02' }), status: text('central:status.document-ready-to-print'), action: { kind: 'reprint-document' } },
    ] })],
    ['printing', base('printing', { holder })],
    ['document-problem', base('document-problem', { holder, documentProblem: { reason: 'paper-out', documentId: 'CRT-2026-000005', reference: '2026-000001', actions: ['wait', 'reprint', 'post'], isWaiting: false, isWaitOver: false } })],
    ['document-problem-waiting', base('document-problem', { holder, documentProblem: { reason: 'jammed', documentId: 'CRT-2026-000005', reference: '2026-000001', actions: ['wait', 'reprint', 'post'], isWaiting: true, isWaitOver: false } })],
    ['take-card', base('take-card', { holder, message: text('screens:take-card.no-receipt'), outcome: { reference: '2026-000001', isPendingConfirmation: true, isReceiptPrinted: false, amount: qar(50000) } })],
    ['take-card-send-receipt', base('take-card', {
      holder,
      message: text('screens:take-card.no-receipt'),
      outcome: { reference: '2026-000002', isPendingConfirmation: false, isReceiptPrinted: false, amount: qar(50000) },
      receiptDelivery: { isLooking: false, channels: [{ channel: 'sms', contact: '+974 •••• 345', status: 'sent' }, { channel: 'email', contact: 'a•••@example.qa', status: 'failed' }] },
    })],
    ['goodbye', base('goodbye')],
    ['card-removed', base('card-removed')],
    ['out-of-service', base('out-of-service', { availability: 'out-of-service', hasHelp: false, languages: ['ar', 'en', 'fr', 'ur', 'hi', 'ml'] })],
    ['technician-home', base('technician', { holder: technician, technician: { page: 'home', isBusy: false, failedEntries: 2, revision: 3 } })],
    ['technician-devices', base('technician', {
      canGoBack: true,
      holder: technician,
      technician: {
        page: 'devices',
        isBusy: false,
        failedEntries: 0,
        revision: 3,
        notice: { key: 'notice.saved', values: { revision: 3 } },
        roles: [
          { role: 'card-reader', device: { label: 'Virtual PCD 00 00', via: 'via.pcsc' }, health: { level: 'ok', reason: '' }, isChanged: false, test: { outcome: 'passed', detail: { key: 'test.atr', values: { atr: '3B 80 80 01 01' } } } },
          { role: 'receipt-printer', device: { label: '127.0.0.1:9100', via: 'via.tcp' }, health: { level: 'failed', reason: 'paper-out' }, isChanged: true },
          { role: 'a4-printer', device: { label: '—', via: 'via.none' }, isChanged: false },
          { role: 'payment', device: { label: 'Simulated', via: 'via.simulated' }, health: { level: 'ok', reason: '' }, isChanged: false },
          { role: 'keypad', device: { label: 'HID 1234:abcd', via: 'via.hid' }, health: { level: 'failed', reason: 'keypad unplugged' }, isChanged: false },
          { role: 'scanner', device: { label: '/dev/ttyACM0', via: 'via.serial' }, health: { level: 'ok', reason: '' }, isChanged: false },
        ],
      },
    })],
    ['technician-device', base('technician', {
      canGoBack: true,
      holder: technician,
      technician: {
        page: 'device',
        isBusy: false,
        failedEntries: 0,
        revision: 3,
        device: {
          role: 'receipt-printer',
          current: { label: '127.0.0.1:9100', via: 'via.tcp' },
          hasDiscovered: true,
          options: [{ label: 'Simulated', via: 'via.simulated', index: 0, isChosen: false }, { label: '127.0.0.1:9100', via: 'via.tcp', index: 1, isChosen: true }],
          problems: [],
          test: { outcome: 'passed', detail: { key: 'test.printed', values: { bytes: 1432 } } },
          receiptSettings: { paperWidthDots: 384, codePage: 'wpc1252' },
        },
      },
    })],
    ['error', base('error', { canCancel: true, holder, message: text('screens:problem.unreachable'), error: { supportCode: 'K7-3F2A' } })],
    ['timeout-warning', base('items', { ...nav, items, timeoutWarning: { secondsLeft: 30 } })],
    ['language-switch', base('menu', { canCancel: true, holder, languages: ['ar', 'en', 'fr', 'ur', 'hi', 'ml'], languageSwitch: { isOpen: true }, menu: [{ serviceId: 'traffic-fines', title: text('services:traffic-fines.title'), isAvailable: true }] })],
    ['help', base('menu', { canCancel: true, holder, isHelpOpen: true, menu: [{ serviceId: 'traffic-fines', title: text('services:traffic-fines.title'), isAvailable: true }] })],
  ];
  return fixtures.map(([name, view]) => ({ name, view }));
}
