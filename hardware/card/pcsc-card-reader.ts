// The real card reader: PC/SC through pcscd, via pcsclite. Transport only: it picks the
// reader, connects exclusively for a session, moves APDUs with a timeout and maps PC/SC
// failures to contract errors. The protocol lives in card-session.ts.
import pcsc from 'pcsclite';
import { err, ok, type DeviceHealth, type Result } from '../result';
import { silentCardLogger, type CardLogger } from './card-log';
import { CardSession, type CardTrust } from './card-session';
import type { CardError, CardRead, CardReader, CardReaderEvent } from './contract';
import { pcscCodeHex, toCardError } from './pcsc-errors';
import { PcscReaderWatch, type BackoffMs, type PcscContextHandle, type PcscReaderHandle } from './pcsc-readers';
import { testIssuerPublicKey } from './test-cards';

export interface PcscCardReaderOptions {
  /** Serve only this reader; without it, whichever reader holds a card. */
  readonly readerName?: string;
  readonly commandTimeoutMs?: number;
  readonly logger?: CardLogger;
  /** The issuing authorities to trust; the test authority when not given (tools and tests: the kiosk always passes its configured trust). */
  readonly trust?: CardTrust;
  readonly backoff?: BackoffMs;
  /** For tests: a fake pcsclite. */
  readonly createContext?: () => PcscContextHandle;
}

interface Connection {
  readonly readerName: string;
  readonly handle: PcscReaderHandle;
  readonly protocol: number;
  /** Failing every command still in flight, e.g. when the card leaves. */
  readonly abort: Set<(error: CardError) => void>;
  /** Resolves when this connection is dropped (card gone, or a hung command). */
  readonly dropped: Promise<void>;
  readonly markDropped: () => void;
}

const maxResponseBytes = 258; // 256 data + SW1 SW2
/** pcscd polls readers about every 400 ms; a removal shows up within this window. */
const removalConfirmMs = 1200;

export class PcscCardReader implements CardReader {
  private readonly listeners = new Set<(event: CardReaderEvent) => void>();
  private readonly watch: PcscReaderWatch;
  private readonly session: CardSession;
  private readonly trust: CardTrust;
  private readonly commandTimeoutMs: number;
  private readonly log: CardLogger;
  private connection: Connection | undefined;
  private lastHealth: DeviceHealth = { level: 'failed', reason: 'pcscd-unavailable' };
  /** One card operation at a time: APDUs of two calls must never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PcscCardReaderOptions = {}) {
    this.commandTimeoutMs = options.commandTimeoutMs ?? 5000;
    this.log = options.logger ?? silentCardLogger;
    this.trust = options.trust ?? { issuerPublicKeys: [testIssuerPublicKey] };
    this.session = new CardSession((c) => this.transmit(c), this.log);
    this.watch = new PcscReaderWatch(
      options.createContext ?? (() => pcsc() as unknown as PcscContextHandle), // pcsclite's own types are structurally wider
      { onCardChange: (name, isPresent) => this.cardChanged(name, isPresent), onTopologyChange: () => this.updateHealth() },
      options.backoff ?? { initialMs: 250, maxMs: 5000 },
      this.log,
    );
    this.watch.start();
    this.updateHealth();
  }

  subscribe(listener: (event: CardReaderEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  readIdentity(): Promise<Result<CardRead, CardError>> {
    return this.exclusive(async () => {
      const connected = await this.connect();
      return connected.ok ? this.session.readCard(this.trust) : connected;
    });
  }

  verifyPin(pin: string): Promise<Result<void, CardError>> {
    return this.exclusive(async () => {
      const connected = await this.connect();
      return connected.ok ? this.session.verifyPin(pin) : connected;
    });
  }

  /** Disconnects with a reset, so the card forgets a verified PIN before the next person. */
  release(): Promise<void> {
    return this.exclusive(() => this.disconnect('reset'));
  }

  health(): DeviceHealth {
    return this.lastHealth;
  }

  /** The readers pcscd lists right now (empty while pcscd is down). */
  readerNames(): string[] {
    return this.watch.readerNames();
  }

  async close(): Promise<void> {
    await this.release();
    this.watch.close();
    this.listeners.clear();
  }

  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined); // the queue only orders; callers see their own outcome
    return run;
  }

  /** The configured reader, or the first reader holding a card. */
  private pickReader(): Result<string, CardError> {
    if (!this.watch.isServiceUp) return err({ kind: 'reader-unavailable' });
    const wanted = this.options.readerName;
    if (wanted !== undefined) {
      if (!this.watch.reader(wanted)) return err({ kind: 'reader-unavailable' });
      return this.watch.hasCard(wanted) ? ok(wanted) : err({ kind: 'no-card' });
    }
    const withCard = this.watch.readerNames().find((name) => this.watch.hasCard(name));
    if (withCard !== undefined) return ok(withCard);
    return err({ kind: this.watch.readerNames().length ? 'no-card' : 'reader-unavailable' });
  }

  private async connect(): Promise<Result<void, CardError>> {
    const picked = this.pickReader();
    if (!picked.ok) return picked;
    if (this.connection?.readerName === picked.value && this.watch.reader(picked.value) === this.connection.handle) return ok();
    await this.disconnect('leave');
    const handle = this.watch.reader(picked.value);
    if (!handle) return err({ kind: 'reader-unavailable' });
    const connected = await this.withTimeout<number>((done) =>
      handle.connect({ share_mode: handle.SCARD_SHARE_EXCLUSIVE, protocol: handle.SCARD_PROTOCOL_T0 | handle.SCARD_PROTOCOL_T1 }, (e, protocol) =>
        done(e ? this.failed('connect', e) : ok(protocol)),
      ),
    );
    if (!connected.ok) return connected;
    let markDropped = () => {};
    const dropped = new Promise<void>((resolve) => (markDropped = resolve));
    this.connection = { readerName: picked.value, handle, protocol: connected.value, abort: new Set(), dropped, markDropped };
    return ok();
  }

  private async disconnect(how: 'reset' | 'leave'): Promise<void> {
    const c = this.connection;
    if (!c) return;
    this.connection = undefined;
    const disposition = how === 'reset' ? c.handle.SCARD_RESET_CARD : c.handle.SCARD_LEAVE_CARD;
    const done = await this.withTimeout<void>((finish) => c.handle.disconnect(disposition, (e) => finish(e ? this.failed('disconnect', e) : ok())));
    // a failed disconnect leaves nothing for us to hold (failed() logged it); a hung one is noted
    if (!done.ok && done.error.kind === 'timeout') this.log.log('device.error', { device: 'card', error: done.error.kind, step: 'disconnect' });
  }

  private transmit(command: Uint8Array): Promise<Result<Uint8Array, CardError>> {
    const c = this.connection;
    if (!c) return Promise.resolve(err({ kind: 'card-removed' }));
    const wire = Buffer.from(command); // pcsclite wants a Buffer; zeroed once the card answered (PIN blocks)
    return this.withTimeout<Uint8Array>((done) => {
      const abort = (e: CardError) => done(err(e));
      c.abort.add(abort);
      c.handle.transmit(wire, maxResponseBytes, c.protocol, (e, response) => {
        wire.fill(0);
        c.abort.delete(abort);
        done(e ? this.failed('transmit', e) : ok(new Uint8Array(response)));
      });
    }).then((r) => {
      if (!r.ok && r.error.kind === 'timeout' && this.connection === c) this.drop(c, 'reset'); // a stuck card: start over next time
      const isSuspect = r.ok ? r.value.length < 2 : r.error.kind === 'reader-unavailable';
      return isSuspect ? this.confirmRemoval(c, r) : r;
    });
  }

  /**
   * A card pulled mid-command shows up first as a reply without a status word ("success,
   * zero bytes" from vpcd) or as SCARD_E_NOT_TRANSACTED, and pcscd reports the removal
   * only at its next poll (~400 ms). So wait, event-driven and bounded, for that poll:
   * card-removed if the card went, else the first outcome stands (the protocol layer
   * calls a short reply truncated).
   */
  private async confirmRemoval(c: Connection, first: Result<Uint8Array, CardError>): Promise<Result<Uint8Array, CardError>> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const isGone = await Promise.race([
      c.dropped.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), removalConfirmMs))),
    ]);
    clearTimeout(timer);
    return isGone ? err({ kind: 'card-removed' }) : first;
  }

  /** Runs a pcsclite call with a deadline; the first answer wins, later ones are dropped. */
  private withTimeout<T>(start: (done: (r: Result<T, CardError>) => void) => void): Promise<Result<T, CardError>> {
    return new Promise((resolve) => {
      let isSettled = false;
      const timer = setTimeout(() => finish(err({ kind: 'timeout' })), this.commandTimeoutMs);
      const finish = (r: Result<T, CardError>) => {
        if (isSettled) return;
        isSettled = true;
        clearTimeout(timer);
        resolve(r);
      };
      start(finish);
    });
  }

  private failed(step: string, e: unknown): Result<never, CardError> {
    const error = toCardError(e);
    this.log.log('device.error', { device: 'card', error: error.kind, step, code: pcscCodeHex(e) });
    return err(error);
  }

  private cardChanged(readerName: string, isPresent: boolean): void {
    const wanted = this.options.readerName;
    if (wanted !== undefined && wanted !== readerName) return;
    if (!isPresent && this.connection?.readerName === readerName) this.drop(this.connection, 'leave');
    this.emit({ type: isPresent ? 'CARD.INSERTED' : 'CARD.REMOVED', readerName });
  }

  /** Forgets a connection whose card left or hung: commands in flight fail at once. */
  private drop(c: Connection, how: 'reset' | 'leave'): void {
    if (this.connection === c) this.connection = undefined;
    c.markDropped();
    for (const abort of [...c.abort]) abort({ kind: 'card-removed' });
    // pcsclite still holds the handle as connected; let it go without waiting for it
    c.handle.disconnect(how === 'reset' ? c.handle.SCARD_RESET_CARD : c.handle.SCARD_LEAVE_CARD, (e) => {
      if (e) this.log.log('device.error', { device: 'card', error: 'dropped', step: 'disconnect', code: pcscCodeHex(e) });
    });
  }

  private updateHealth(): void {
    const wanted = this.options.readerName;
    const names = this.watch.readerNames();
    const next: DeviceHealth = !this.watch.isServiceUp
      ? { level: 'failed', reason: 'pcscd-unavailable' }
      : (wanted === undefined ? names.length === 0 : !names.includes(wanted))
        ? { level: 'failed', reason: 'no-reader' }
        : { level: 'ok' };
    const isSame = next.level === this.lastHealth.level && ('reason' in next ? next.reason : '') === ('reason' in this.lastHealth ? this.lastHealth.reason : '');
    if (isSame) return;
    this.lastHealth = next;
    this.log.log('device.health', { device: 'card', level: next.level, reason: 'reason' in next ? next.reason : '' });
    this.emit({ type: 'READER.HEALTH', health: next });
  }

  private emit(event: CardReaderEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
