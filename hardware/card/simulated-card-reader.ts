// The in-memory card reader: the same card applet and reader-side session as the PC/SC
// stack, with the transport replaced by a function call. Test handle: insertCard,
// removeCard, setHealth, stallCard.
import type { CardHolderName } from '../../central/seed/people';
import { err, healthy, ok, type DeviceHealth, type Result } from '../result';
import { silentCardLogger, type CardLogger } from './card-log';
import { CardSession, type CardTrust } from './card-session';
import type { CardError, CardRead, CardReader, CardReaderEvent } from './contract';
import type { IdCardApplet } from './id-card-applet';
import { makeTestCard, testIssuerPublicKey, type TestCardOptions } from './test-cards';

export interface SimulatedCardReaderOptions {
  readonly readerName?: string;
  readonly logger?: CardLogger;
  readonly trust?: CardTrust;
  /** A command the card does not answer fails with `timeout` after this long. */
  readonly commandTimeoutMs?: number;
}

export class SimulatedCardReader implements CardReader {
  readonly readerName: string;
  private readonly listeners = new Set<(event: CardReaderEvent) => void>();
  private readonly session: CardSession;
  private readonly trust: CardTrust;
  private readonly commandTimeoutMs: number;
  private card: IdCardApplet | undefined;
  /** Bumped on every insert and removal: a command from an older card fails card-removed. */
  private generation = 0;
  private isStalled = false;
  private readonly stuck = new Set<() => void>();
  private stuckWatchers: (() => void)[] = [];
  private currentHealth: DeviceHealth = healthy;
  private isClosed = false;

  constructor(options: SimulatedCardReaderOptions = {}) {
    this.readerName = options.readerName ?? 'Simulated Reader 00';
    this.trust = options.trust ?? { issuerPublicKeys: [testIssuerPublicKey] };
    this.commandTimeoutMs = options.commandTimeoutMs ?? 5000;
    this.session = new CardSession((c) => this.transmit(c), options.logger ?? silentCardLogger);
  }

  insertCard(holder: CardHolderName, options: TestCardOptions = {}): void {
    if (this.card) this.removeCard();
    this.card = makeTestCard(holder, options);
    this.generation += 1;
    this.emit({ type: 'CARD.INSERTED', readerName: this.readerName });
  }

  removeCard(): void {
    if (!this.card) return;
    this.card = undefined;
    this.generation += 1;
    this.isStalled = false;
    for (const wake of this.stuck) wake();
    this.emit({ type: 'CARD.REMOVED', readerName: this.readerName });
  }

  setHealth(health: DeviceHealth): void {
    this.currentHealth = health;
    this.emit({ type: 'READER.HEALTH', health });
  }

  /** The card stops answering until it is removed; resolves once a command is stuck. */
  stallCard(): Promise<void> {
    this.isStalled = true;
    return new Promise((resolve) => this.stuckWatchers.push(resolve));
  }

  subscribe(listener: (event: CardReaderEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async readIdentity(): Promise<Result<CardRead, CardError>> {
    const ready = this.ready();
    return ready.ok ? this.session.readCard(this.trust) : ready;
  }

  async verifyPin(pin: string): Promise<Result<void, CardError>> {
    const ready = this.ready();
    return ready.ok ? this.session.verifyPin(pin) : ready;
  }

  /** Like the driver's disconnect with reset: the card forgets its verified PIN. */
  async release(): Promise<void> {
    this.card?.reset();
  }

  health(): DeviceHealth {
    return this.currentHealth;
  }

  /** Whether a card sits in the reader (technician mode reads its ATR from the profile). */
  get isCardPresent(): boolean {
    return this.card !== undefined;
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.listeners.clear();
    for (const wake of this.stuck) wake();
  }

  private ready(): Result<void, CardError> {
    if (this.isClosed || this.currentHealth.level === 'failed') return err({ kind: 'reader-unavailable' });
    if (!this.card) return err({ kind: 'no-card' });
    return ok();
  }

  private async transmit(command: Uint8Array): Promise<Result<Uint8Array, CardError>> {
    const generation = this.generation;
    const bytes = command.slice(); // the caller may zero its buffer (PIN) once we return
    // Answer on a later turn, as a wire would: a removal in between is seen by the command.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    if (this.isStalled && generation === this.generation) {
      const timedOut = await this.waitWhileStalled();
      if (timedOut) return err({ kind: 'timeout' });
    }
    if (this.isClosed) return err({ kind: 'reader-unavailable' });
    const card = this.card;
    if (!card || generation !== this.generation) return err({ kind: 'card-removed' });
    const answer = card.process(bytes);
    bytes.fill(0);
    return ok(answer);
  }

  private waitWhileStalled(): Promise<boolean> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.stuck.delete(wake);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.stuck.delete(wake);
        resolve(true);
      }, this.commandTimeoutMs);
      this.stuck.add(wake);
      for (const notify of this.stuckWatchers.splice(0)) notify();
    });
  }

  private emit(event: CardReaderEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
