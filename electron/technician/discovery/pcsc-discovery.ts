// PC/SC as technician mode sees it: the readers pcscd lists, and the ATR of the card in one
// of them. A context of its own, opened for the question and closed after: the kiosk's own
// reader keeps its exclusive connection to the technician's card, and the ATR comes from the
// reader's status (SCardGetStatusChange), which needs no connection.
import pcsc from 'pcsclite';
import { err, ok, type Result } from '../../../hardware/result';
import type { PcscContextHandle, PcscReaderHandle } from '../../../hardware/card/pcsc-readers';

export type PcscContextFactory = () => PcscContextHandle;

// pcsclite's own types are structurally wider than the handle we use
export const realPcscContext: PcscContextFactory = () => pcsc() as unknown as PcscContextHandle;

export type PcscProblem = 'pcscd-unavailable';

/** Opens a context and hands it to `use`; `use` says when it is done. */
function withContext<T>(create: PcscContextFactory, use: (context: PcscContextHandle, done: (value: T) => void) => void, fallbackMs: number, fallback: () => T): Promise<Result<T, PcscProblem>> {
  let context: PcscContextHandle;
  try {
    context = create();
  } catch {
    // SCardEstablishContext fails at once when pcscd is not running
    return Promise.resolve(err('pcscd-unavailable'));
  }
  return new Promise((resolve) => {
    let isDone = false;
    const finish = (result: Result<T, PcscProblem>) => {
      if (isDone) return;
      isDone = true;
      clearTimeout(timer);
      context.close();
      resolve(result);
    };
    const timer = setTimeout(() => finish(ok(fallback())), fallbackMs);
    context.on('error', () => finish(err('pcscd-unavailable')));
    use(context, (value) => finish(ok(value)));
  });
}

/** Every reader pcscd announces within `listenMs` (it announces each at once on a new context). */
export function listPcscReaders(listenMs: number, create: PcscContextFactory = realPcscContext): Promise<Result<string[], PcscProblem>> {
  const names: string[] = [];
  return withContext<string[]>(
    create,
    (context) => {
      context.on('reader', (reader: PcscReaderHandle) => {
        reader.on('error', () => undefined); // a reader vanishing mid-listing is not our failure
        names.push(reader.name);
      });
    },
    listenMs,
    () => [...names].sort(),
  );
}

export type AtrAnswer = { readonly kind: 'atr'; readonly atr: string; readonly readerName: string } | { readonly kind: 'no-card' } | { readonly kind: 'no-reader' };

/** The ATR of the card in `readerName` (or in the first reader holding one), as spaced hex. */
export function readPcscAtr(readerName: string | undefined, waitMs: number, create: PcscContextFactory = realPcscContext): Promise<Result<AtrAnswer, PcscProblem>> {
  let isReaderSeen = false;
  return withContext<AtrAnswer>(
    create,
    (context, done) => {
      context.on('reader', (reader: PcscReaderHandle) => {
        reader.on('error', () => undefined);
        if (readerName !== undefined && reader.name !== readerName) return;
        isReaderSeen = true;
        reader.on('status', (status: { state: number; atr?: Buffer }) => {
          const isPresent = (status.state & reader.SCARD_STATE_PRESENT) !== 0;
          if (isPresent && status.atr && status.atr.length > 0) done({ kind: 'atr', atr: hexSpaced(status.atr), readerName: reader.name });
        });
      });
    },
    waitMs,
    () => ({ kind: isReaderSeen ? 'no-card' : 'no-reader' }),
  );
}

export function hexSpaced(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
}
