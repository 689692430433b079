// The composition root: the only place that picks drivers or simulators (from config),
// opens storage, starts sync and runs the session machine. Plain Node; no Electron.
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import type { UiEvent, View } from '../bridge/contract';
import type { KioskConfig } from '../config/schema';
import { createLoginClient } from '../central-client/login-client';
import { createReceiptClient } from '../central-client/receipt-client';
import { appLoginActors } from './app-login-actors';
import { receiptActors } from './receipt-actors';
import { createLogger, type Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import { openOutboxOrStopPayments } from './open-outbox';
import { createSyncWorker } from '../sync/sync-worker';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import type { KioskStatus } from '../../state-machines/services/availability';
import type { SessionEvent } from '../../state-machines/session/session-types';
import type { KioskPort } from './kiosk-port';
import { createDevices, type KioskDevices } from './devices';
import { ChromiumPdfRenderer } from '../documents/chromium-pdf-renderer';
import type { PdfRenderer } from '../documents/pdf-renderer';
import { documentPrinting } from './document-printing';
import { openDocumentChoices } from './document-choices';
import { feedScanner } from './scanner-feed';
import type { FaultHooks } from './fault-hooks';
import { checkLanguages, describeLanguageError } from './language-check';
import { createMainI18n } from './locales';
import { defaultLocalesDir } from '../../locales/locale-fonts';
import { textDirection } from '../../locales/text-direction';
import { provideSessionActors } from './session-actors';
import { settlePendingTransactions } from './settle-pending';
import { startEmbeddedCentral, type EmbeddedCentral } from './embedded-central';
import { linkToCentral } from './central-link';
import { createConnectivity, observeHeartbeats } from './connectivity';
import { openKeysOrStopPayments, paymentsStopKey } from './open-keys';
import { refundDeadRows } from './refund-dead-rows';
import type { SecretSealer } from '../secrets/sealer';
import { projectView } from './view-projection';
import { createMaintenance, effectiveConfig } from '../technician/kiosk-maintenance';
import { createAccessibility, type Accessibility } from '../accessibility/create-accessibility';


export interface KioskOptions {
  /** Overrides config.dataDir (tests use a temporary folder). */
  readonly dataDir?: string;
  readonly logger?: Logger;
  /** Fault-injection points for crash tests; nothing in production. */
  readonly faults?: FaultHooks;
  /** Service definitions; defaults to the built-in catalogue. */
  readonly services?: readonly unknown[];
  readonly now?: () => Date;
  /** Where the languages' folders and fonts are; default locales/ (a test adds a seventh language in a copy). */
  readonly localesDir?: string;
  /** Whether the sync worker runs on its own timer (tests call syncNow instead). */
  readonly isSyncTimerOn?: boolean;
  /** Seals the kiosk's secrets at rest; the shell passes one over safeStorage. Default: a 0600 key file in the data folder. */
  readonly sealer?: SecretSealer;
  /** Restarts the whole app (the shell relaunches Electron): technician mode's "restart". */
  readonly restartApp?: () => void;
  /** The app's version for heartbeats and diagnostics (the shell passes app.getVersion()). */
  readonly version?: string;
  /** The PDF engine for A4 documents (the shell passes printToPDF); default Chromium, started on first use. */
  readonly pdfRenderer?: PdfRenderer;
}

export interface Kiosk extends KioskPort {
  readonly simulators: KioskDevices['simulators'] & Accessibility['simulators'];
  /** Speech, keypad and headphones (issue 12); tests await its prewarm and its speech. */
  readonly accessibility: Pick<Accessibility, 'prewarmed' | 'speechSettled'>;
  readonly centralUrl: string;
  readonly dataDir: string;
  /** The embedded central (undefined when the kiosk talks to a remote one). */
  readonly embeddedCentral: EmbeddedCentral | undefined;
  readonly outbox: Outbox | undefined;
  syncNow(): Promise<void>;
  /** Asks the central for a new kiosk secret and keeps it sealed (maintainers; tests). */
  rotateSecret(): Promise<boolean>;
  /** Device health and heartbeats on demand (tests); their timers run by themselves. */
  readonly health: { checkNow(): Promise<void>; beatNow(): Promise<boolean> };
  /** After the shell reloads a crashed or hung screen: a clean session (card holders are asked for their card). */
  resetSession(): void;
  stop(): Promise<void>;
}

export async function createKiosk(baseConfig: KioskConfig, options: KioskOptions = {}): Promise<Kiosk> {
  const dataDir = options.dataDir ?? baseConfig.dataDir;
  if (!dataDir) throw new Error('createKiosk: no data folder (config.dataDir or options.dataDir)');
  mkdirSync(dataDir, { recursive: true });
  const logger = options.logger ?? createLogger();
  const now = options.now ?? (() => new Date());
  // the devices a technician saved in the data folder stand over the installer's (technician mode)
  const { config, loaded } = effectiveConfig(baseConfig, dataDir, logger);

  const { services, refused } = loadDefinitions(options.services ?? builtInServices);
  for (const r of refused) logger.log('service.refused', { service: r.id, path: r.path, reason: r.message });

  let embedded: EmbeddedCentral | undefined;
  if (config.central.url === 'embedded') embedded = await startEmbeddedCentral(join(dataDir, 'central'), logger, { isTls: config.central.embeddedTls });
  const centralUrl = embedded?.url ?? config.central.url;
  // secrets sealed at rest, the kiosk's enrolment (by itself with the embedded central), a pinned CA
  const keys = openKeysOrStopPayments(dataDir, options.sealer, logger);
  const link = await linkToCentral(config, { keys, embedded, logger, dataDir });
  link.onChange(() => publishStatus());
  let isOnline = true;
  const connectivity = createConnectivity({
    logger,
    onChange: (online) => {
      isOnline = online;
      publishStatus();
    },
  });
  const central = observeHeartbeats(link.client, connectivity);

  // a quarantined outbox's readable rows are salvaged here; rows it lost hold payments until acknowledged
  const { outbox, salvage } = keys ? openOutboxOrStopPayments(join(dataDir, 'outbox.sqlite'), { now, logger, fieldCipher: keys.fieldCipher }) : { outbox: undefined, salvage: undefined };
  salvage?.onChange(() => publishStatus());

  // every configured language needs its folder and its screen font: say which one is missing now
  const localesDir = options.localesDir ?? defaultLocalesDir;
  const languageCheck = checkLanguages(config.languages, localesDir);
  if (!languageCheck.ok) throw new Error(describeLanguageError(languageCheck.error));
  const rtlLanguages = config.languages.filter((language) => textDirection(language) === 'rtl');
  const devices = await createDevices(config, { dataDir, logger, localesDir });
  // health (availability follows it), heartbeats, paper counter, audit log, technician mode
  const maintenance = createMaintenance({
    config,
    loaded,
    dataDir,
    devices,
    outbox: () => outbox,
    salvage,
    heartbeat: central,
    technicianId: () => actor.getSnapshot().context.holder?.idNumber ?? 'unknown-card',
    onHealthChange: () => publishStatus(),
    syncNow: () => syncNow(),
    ...(options.restartApp ? { restartApp: options.restartApp } : {}),
    ...(options.version ? { version: options.version } : {}),
    now,
    logger,
  });
  if (outbox) await settlePendingTransactions(outbox, devices.payment, logger);

  const sync = outbox ? createSyncWorker({ outbox, client: central, batchSize: config.sync.batchSize, logger }) : undefined;
  const syncNow = async () => {
    if (!sync) return;
    const report = await sync.syncOnce();
    options.faults?.afterSyncPass?.();
    connectivity.observe(report.isCentralReachable, 'sync');
    if (!outbox) return;
    // a dead row was paid for: its money goes back (terminal reversal, or a refund request)
    await refundDeadRows({ outbox, terminal: devices.payment, central: link.credentials, logger, now, terminalGraceMs: config.sync.refundTerminalGraceMs });
    // reprint or post choices whose transactions the central now holds
    await documentChoices.sendQueued();
    const purged = outbox.purgeSynced(new Date(now().getTime() - config.sync.retentionDays * 86_400_000).toISOString());
    if (purged > 0) logger.log('outbox.purged', { count: purged });
  };

  const documentChoices = openDocumentChoices({ dataDir, central: { baseUrl: centralUrl, kioskId: link.kioskId, timeoutMs: config.central.requestTimeoutMs, fetchImpl: link.fetchImpl, secret: link.secret }, outbox, logger });
  const i18n = createMainI18n(config.languages, localesDir);
  const pdfRenderer = options.pdfRenderer ?? new ChromiumPdfRenderer();
  const machine = provideSessionActors({
    cardReader: devices.cardReader,
    printer: maintenance.printer,
    terminal: devices.payment,
    central,
    outbox: () => outbox,
    services,
    i18n,
    kioskId: config.kioskId,
    currency: config.currency,
    rtlLanguages,
    now,
    logger,
    faults: options.faults ?? {},
    syncNow,
    documents: documentPrinting(devices.a4Printer, pdfRenderer, config.documents.printerWaitMs),
    documentChoices,
  })
    .provide({ actors: appLoginActors(createLoginClient({ baseUrl: centralUrl, kioskId: link.kioskId, timeoutMs: config.central.requestTimeoutMs, fetchImpl: link.fetchImpl, secret: link.secret })) })
    .provide({ actors: receiptActors(createReceiptClient({ baseUrl: centralUrl, kioskId: link.kioskId, timeoutMs: config.central.requestTimeoutMs, fetchImpl: link.fetchImpl, secret: link.secret }), logger) });

  const status = (): KioskStatus => ({ isOnline, failedDevices: maintenance.failedServiceRoles(), ...paymentsStopKey(outbox && !salvage?.isHoldingPayments() ? link.stopReason() : 'storage') });
  const actor = createActor(machine.provide({ actors: { technician: maintenance.technician } }), {
    input: { languages: config.languages, services, pin: config.pin, timeouts: config.timeouts, status: status() },
    inspect: (event) => {
      if (event.type === '@xstate.snapshot') scheduleView();
    },
  });

  const listeners = new Set<(view: View) => void>();
  const viewSettings = { currency: config.currency, rtlLanguages, formats: { calendar: config.calendar, arabicDigits: config.arabicDigits } };
  // speech, the tactile keypad and the headphone jack: they add the keypad focus to each view,
  // speak it, and turn keys into the user events a finger would send (issue 12)
  const accessibility = await createAccessibility({ config, dataDir, logger, i18n, keypad: devices.keypad, send: (event) => deliver(event), currentView: () => view, onChange: () => scheduleView() });
  let view = accessibility.decorate(projectView(actor.getSnapshot(), viewSettings));
  let isViewScheduled = false;
  // Several snapshots land in one tick (parent and child); one view per tick is enough.
  function scheduleView() {
    if (isViewScheduled) return;
    isViewScheduled = true;
    queueMicrotask(() => {
      isViewScheduled = false;
      const next = accessibility.decorate(projectView(actor.getSnapshot(), viewSettings));
      if (JSON.stringify(next) === JSON.stringify(view)) return;
      if (next.screen !== view.screen) logger.log('session.state', { screen: next.screen });
      view = next;
      for (const listener of listeners) listener(view);
      accessibility.viewChanged(view);
    });
  }
  /** A user event from the screen or the keypad: speech hears it first (any action interrupts it). */
  function deliver(event: UiEvent) {
    logger.log('session.event', { type: event.type });
    accessibility.userEvent(event);
    const sessionEvent: SessionEvent = event;
    actor.send(sessionEvent);
  }
  function publishStatus() {
    actor.send({ type: 'KIOSK.STATUS', status: status() });
  }

  for (const type of ['technician.entered', 'technician.exited', 'technician.refused', 'card.refused'] as const) actor.on(type, (event) => maintenance.record(event));
  actor.start();
  maintenance.start();
  const unsubscribeCard = devices.cardReader.subscribe((event) => {
    switch (event.type) {
      case 'CARD.INSERTED':
        actor.send({ type: 'CARD.INSERTED', sessionId: randomBytes(2).toString('hex'), pinKeys: config.pin.isShuffled ? shuffledDigits() : [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] });
        break;
      case 'CARD.REMOVED':
        actor.send({ type: 'CARD.REMOVED' });
        break;
      case 'READER.HEALTH':
        break; // the health monitor follows it (availability, history, heartbeats)
    }
  });
  const unsubscribeScanner = feedScanner(devices.scanner, { snapshot: () => actor.getSnapshot(), send: (event) => actor.send(event), onHealth: publishStatus, logger });
  if (sync && options.isSyncTimerOn !== false) sync.start(config.sync.intervalMs);
  logger.log('kiosk.started', { cardReader: config.devices.cardReader.kind, printer: config.devices.receiptPrinter.kind, payment: config.devices.payment.kind, central: embedded ? 'embedded' : 'remote', services: services.length });

  return {
    simulators: { ...devices.simulators, ...accessibility.simulators },
    accessibility,
    centralUrl,
    dataDir,
    outbox,
    embeddedCentral: embedded,
    syncNow,
    rotateSecret: async () => (await link.rotateSecret()).ok,
    health: { checkNow: () => maintenance.monitor.checkNow(), beatNow: () => maintenance.beatNow() },
    resetSession: () => actor.send({ type: 'SESSION.RESET' }),
    currentView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      listener(view);
      return () => listeners.delete(listener);
    },
    send: deliver,
    subscribeAudio: (listener) => accessibility.subscribeAudio(listener),
    async stop() {
      unsubscribeCard();
      unsubscribeScanner();
      if (!options.pdfRenderer) await pdfRenderer.close();
      await sync?.stop();
      maintenance.stop();
      actor.stop();
      await accessibility.close();
      await devices.close();
      outbox?.close();
      documentChoices.close();
      await embedded?.close();
      logger.log('kiosk.stopped');
    },
  };
}

function shuffledDigits(): number[] {
  const digits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0];
  for (let i = digits.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [digits[i], digits[j]] = [digits[j] as number, digits[i] as number];
  }
  return digits;
}
