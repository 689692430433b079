// What a code read by the scanner means to the session: in a form with a scannable field it is
// that field's value (and the form is sent); on the attract screen it starts the card-less
// service (checking a document) with the code already in. Anywhere else it is ignored.
import type { SnapshotFrom } from 'xstate';
import type { CodeScanner } from '../../hardware/scanner/contract';
import type { ServiceDefinition } from '../../state-machines/services/definition';
import { currentStep } from '../../state-machines/services/service-flow-machine';
import type { sessionMachine } from '../../state-machines/session/session-machine';
import type { SessionEvent } from '../../state-machines/session/session-types';
import type { Logger } from '../log/logger';

type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;

function scannableField(definition: ServiceDefinition, stepIndex: number): string | undefined {
  const step = definition.steps[stepIndex];
  return step?.kind === 'form' ? step.fields.find((f) => f.isScannable)?.name : undefined;
}

const fill = (name: string, text: string): SessionEvent[] => [{ type: 'FIELD.CHANGED', name, value: text }, { type: 'FORM.SUBMITTED' }];

export function scannedCodeEvents(session: SessionSnapshot, text: string): SessionEvent[] {
  if (session.matches({ main: 'attract' })) {
    const cardless = session.context.services.find((s) => s.isCardless);
    const field = cardless ? scannableField(cardless, 0) : undefined;
    return field ? [{ type: 'VERIFY.START' }, ...fill(field, text)] : [];
  }
  const flow = session.context.flowRef?.getSnapshot();
  if (!flow?.matches('form')) return [];
  const step = currentStep(flow.context);
  const field = step?.kind === 'form' ? step.fields.find((f) => f.isScannable)?.name : undefined;
  return field ? fill(field, text) : [];
}

/** Subscribes the session to the scanner: codes become form values, faults are logged, health re-published. */
export function feedScanner(
  scanner: CodeScanner | undefined,
  session: { snapshot(): SessionSnapshot; send(event: SessionEvent): void; onHealth(): void; logger: Logger },
): () => void {
  if (!scanner) return () => {};
  return scanner.subscribe((event) => {
    switch (event.type) {
      case 'CODE.SCANNED':
        // The length only: a code may carry a document number.
        session.logger.log('scanner.read', { outcome: 'read', length: event.text.length });
        for (const next of scannedCodeEvents(session.snapshot(), event.text)) session.send(next);
        break;
      case 'SCANNER.REJECTED':
        session.logger.log('scanner.read', { outcome: 'rejected', reason: event.reason, length: event.length });
        break;
      case 'SCANNER.HEALTH':
        session.logger.log('device.health', { device: 'scanner', level: event.health.level });
        session.onHealth();
        break;
    }
  });
}
