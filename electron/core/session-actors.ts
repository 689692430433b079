// The real actors the kiosk core provides to the pure machines: card, central, payment,
// receipt. Each answers with a value the machine switches on; none throws for an expected fault.
import { fromPromise } from 'xstate';
import type { i18n } from 'i18next';
import type { CardReader } from '../../hardware/card/contract';
import type { ReceiptPrinter } from '../../hardware/printer/contract';
import type { PaymentTerminal } from '../../hardware/payment/contract';
import type { Holder } from '../../state-machines/domain';
import type { ServiceDefinition } from '../../state-machines/services/definition';
import type { PayRequest } from '../../state-machines/services/flow-types';
import { serviceFlowMachine } from '../../state-machines/services/service-flow-machine';
import { sessionMachine } from '../../state-machines/session/session-machine';
import type { PaidOutcome, PrintOutput, ProfileOutput, ReadCardOutput, ReceiptDocumentNote, VerifyPinOutput } from '../../state-machines/session/session-types';
import type { CentralClient } from '../central-client/contract';
import type { DocumentChoiceClient } from '../central-client/document-choice-client';
import type { DocumentChoiceStore } from '../documents/document-choice-store';
import { documentReceiptLines } from '../documents/document-receipt';
import { standingIn } from '../documents/send-document-choices';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import type { FaultHooks } from './fault-hooks';
import { payTransaction } from './pay-transaction';
import { documentActors } from './document-actors';
import { reprintKeptDocument } from './document-reprint';
import type { DocumentPrinting } from './print-document';
import { buildReceipt } from './receipt-builder';
import { receiptNoteKeys, withBooking } from './receipt-extras';
import { holderName } from './view-projection';

export interface ActorDependencies {
  readonly cardReader: CardReader;
  readonly printer: ReceiptPrinter;
  readonly terminal: PaymentTerminal;
  readonly central: CentralClient;
  readonly outbox: () => Outbox | undefined;
  readonly services: readonly ServiceDefinition[];
  readonly i18n: i18n;
  readonly kioskId: string;
  readonly currency: { readonly code: string; readonly minorUnits: number };
  readonly rtlLanguages: readonly string[];
  readonly now: () => Date;
  readonly logger: Logger;
  readonly faults: FaultHooks;
  /** Asks the sync worker to try now, so a receipt can say "confirmed" when the network is up. */
  readonly syncNow: () => Promise<void>;
  /** The A4 printer and PDF engine for services that issue a document; without them no such service takes money. */
  readonly documents?: Pick<DocumentPrinting, 'a4Printer' | 'renderPdf' | 'follow' | 'waitMs'>;
  /** Where a reprint or post choice is kept (undefined: the file is unusable) and the central it goes to (undefined before enrolment). */
  readonly documentChoices?: { readonly store: DocumentChoiceStore | undefined; readonly client: DocumentChoiceClient | undefined };
}

const noDocumentPrinting: Pick<DocumentPrinting, 'a4Printer' | 'renderPdf' | 'follow' | 'waitMs'> = {
  a4Printer: undefined,
  renderPdf: async () => ({ ok: false as const, error: { kind: 'no-pdf-engine' } }),
  follow: { pollMs: 0, patienceMs: 0, delay: async () => {} },
  waitMs: 0,
};

export function provideSessionActors(deps: ActorDependencies) {
  const today = () => deps.now().toISOString().slice(0, 10);
  const definitionOf = (serviceId: string) => deps.services.find((s) => s.id === serviceId);

  const flow = serviceFlowMachine.provide({
    actors: {
      checkEligibility: fromPromise(({ input }) => deps.central.eligibility(input.serviceId, { holderId: input.holderId, subjectId: input.subjectId })),
      loadItems: fromPromise(({ input }) => deps.central.items(input.serviceId, { holderId: input.holderId, subjectId: input.subjectId, fields: input.fields })),
      requestQuote: fromPromise(({ input }) =>
        deps.central.quote(input.serviceId, { holderId: input.holderId, subjectId: input.subjectId, itemIds: input.itemIds, fields: input.fields }),
      ),
      loadInfo: fromPromise(({ input }) => deps.central.info(input.serviceId, { ...(input.holderId ? { holderId: input.holderId } : {}), fields: input.fields })),
      runInfoAction: fromPromise(({ input }) =>
        reprintKeptDocument({ printing: { ...(deps.documents ?? noDocumentPrinting), central: deps.central, kioskId: deps.kioskId, logger: deps.logger }, client: deps.documentChoices?.client, store: deps.documentChoices?.store, now: deps.now }, input),
      ),
      pay: fromPromise(({ input }: { input: PayRequest }) =>
        payTransaction(
          {
            outbox: deps.outbox(),
            terminal: deps.terminal,
            printer: deps.printer,
            central: deps.central,
            currency: deps.currency.code,
            isQueueable: (id) => definitionOf(id)?.offline === 'queue',
            needsA4: (id) => definitionOf(id)?.document !== undefined,
            ...(deps.documents?.a4Printer ? { a4Printer: deps.documents.a4Printer } : {}),
            logger: deps.logger,
            faults: deps.faults,
          },
          input,
        ),
      ),
    },
  });

  return sessionMachine.provide({
    actors: {
      serviceFlow: flow,
      readCard: fromPromise(async (): Promise<ReadCardOutput> => {
        const read = await deps.cardReader.readIdentity();
        if (!read.ok) {
          deps.logger.log('device.error', { device: 'card-reader', kind: read.error.kind });
          return read;
        }
        return { ok: true, value: { ...read.value, isExpired: read.value.identity.cardExpiry < today() } };
      }),
      verifyPin: fromPromise(async ({ input }: { input: { pin: string } }): Promise<VerifyPinOutput> => deps.cardReader.verifyPin(input.pin)),
      loadProfile: fromPromise(async ({ input }: { input: { holderId: string } }): Promise<ProfileOutput> => deps.central.profile(input.holderId)),
      printReceipt: fromPromise(async ({ input }: { input: ReceiptInput }): Promise<PrintOutput> => printReceipt(deps, input)),
      releaseCard: fromPromise(() => deps.cardReader.release()),
      ...documentActors({
        printing: { ...(deps.documents ?? noDocumentPrinting), central: deps.central, kioskId: deps.kioskId, logger: deps.logger },
        outbox: deps.outbox,
        syncNow: deps.syncNow,
        store: deps.documentChoices?.store,
        sending: { client: deps.documentChoices?.client, standingOf: (key) => standingIn(deps.outbox(), key), logger: deps.logger },
        now: deps.now,
        logger: deps.logger,
      }),
    },
  });
}

type ReceiptInput = { paid: PaidOutcome; language: string; holder: Holder; document?: ReceiptDocumentNote };

async function printReceipt(deps: ActorDependencies, input: ReceiptInput): Promise<PrintOutput> {
  // a document's printing has just asked for a sync: a second try would only double an offline wait
  if (!input.document) await deps.syncNow();
  const row = deps.outbox()?.get(input.paid.key);
  if (!row) return { isReceiptPrinted: false, isPendingConfirmation: true };
  const definition = deps.services.find((s) => s.id === input.paid.serviceId);
  const t = deps.i18n.getFixedT(input.language);
  const paper = documentReceiptLines(receiptNoteKeys(definition, row), input.document, (key) => t(key));
  const document = buildReceipt(row, {
    i18n: deps.i18n,
    language: input.language,
    isRtl: deps.rtlLanguages.includes(input.language),
    kioskId: deps.kioskId,
    currency: deps.currency,
    issuedAt: deps.now(),
    personName: holderName(input.holder, input.language),
    serviceTitleKey: definition?.titleKey ?? input.paid.serviceId,
    noteKeys: paper.noteKeys,
  });
  const receipt = withBooking({ ...document, rows: [...document.rows, ...paper.rows] }, definition, row, t('services:appointment.booking-reference'));
  const printed = await deps.printer.print(receipt);
  deps.logger.log('printer.job', printed.ok ? { outcome: 'printed', bytes: printed.value.bytesSent } : { outcome: 'failed', kind: printed.error.kind });
  return { isReceiptPrinted: printed.ok, isPendingConfirmation: row.state !== 'synced' };
}
