// The headphone jack as ALSA reports it: the codec's read-only "Headphone Jack" CARD control,
// read with amixer on a poll (a jack change is rare and a second of lag is harmless; amixer
// keeps us off libasound bindings). No card, no amixer or no such control: health says so
// and the jack reads as unplugged, so personal data goes unspoken.
import { readFile } from 'node:fs/promises';
import { err, ok, type DeviceHealth, type Result } from '../result';
import { runProcess, type ProcessRunner } from '../tts/process-runner';
import { classifyAmixerFailure, parseJackControl, parseSoundCards } from './amixer-jack-state';
import { realIntervalTimer, type HeadphoneJack, type HeadphoneJackEvent, type IntervalTimer } from './contract';

export interface AlsaHeadphoneJackOptions {
  /** ALSA card index (`amixer -c`). */
  readonly card?: number;
  /** The CARD control's name: 'Headphone Jack' on HDA codecs; some boards say 'Headphones Jack'. */
  readonly controlName?: string;
  readonly pollMs?: number;
  readonly run?: ProcessRunner;
  /** /proc/asound/cards, or undefined when ALSA is absent (no such file). */
  readonly readCardList?: () => Promise<Result<string | undefined, { readonly code: string }>>;
  readonly timer?: IntervalTimer;
}

const amixerTimeoutMs = 2_000;

async function readProcAsoundCards(): Promise<Result<string | undefined, { readonly code: string }>> {
  try {
    return ok(await readFile('/proc/asound/cards', 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    return code === 'ENOENT' ? ok(undefined) : err({ code });
  }
}

export class AlsaHeadphoneJack implements HeadphoneJack {
  private readonly listeners = new Set<(event: HeadphoneJackEvent) => void>();
  private currentHealth: DeviceHealth = { level: 'degraded', reason: 'headphone jack not read yet' };
  private isPlugged = false;
  private isChecking = false;
  private stopPolling: (() => void) | undefined;
  private readonly card: number;
  private readonly controlName: string;
  private readonly run: ProcessRunner;
  private readonly readCardList: () => Promise<Result<string | undefined, { readonly code: string }>>;

  constructor(private readonly options: AlsaHeadphoneJackOptions = {}) {
    this.card = options.card ?? 0;
    this.controlName = options.controlName ?? 'Headphone Jack';
    this.run = options.run ?? runProcess;
    this.readCardList = options.readCardList ?? readProcAsoundCards;
  }

  /** Reads the jack once (so health is known), then keeps polling. */
  static async open(options: AlsaHeadphoneJackOptions = {}): Promise<AlsaHeadphoneJack> {
    const jack = new AlsaHeadphoneJack(options);
    await jack.refresh();
    const timer = options.timer ?? realIntervalTimer;
    jack.stopPolling = timer(options.pollMs ?? 1_000, () => void jack.refresh());
    return jack;
  }

  isPluggedIn(): boolean {
    return this.isPlugged;
  }

  health(): DeviceHealth {
    return this.currentHealth;
  }

  subscribe(listener: (event: HeadphoneJackEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.stopPolling?.();
    this.stopPolling = undefined;
    this.listeners.clear();
  }

  /** One reading of the jack; a reading still running makes this one a no-op. */
  async refresh(): Promise<void> {
    if (this.isChecking) return;
    this.isChecking = true;
    try {
      const reading = await this.read();
      if (reading.ok) this.update({ level: 'ok' }, reading.value);
      else this.update({ level: 'failed', reason: reading.error }, false);
    } finally {
      this.isChecking = false;
    }
  }

  private async read(): Promise<Result<boolean, string>> {
    const cards = await this.readCardList();
    if (!cards.ok) return err(`sound card list unreadable (${cards.error.code})`);
    if (cards.value === undefined || !parseSoundCards(cards.value).includes(this.card)) return err('no sound card');
    // amixer parses the quotes in the control id itself; no shell is involved
    const ran = await this.run('amixer', ['-c', String(this.card), 'cget', `iface=CARD,name='${this.controlName}'`], { timeoutMs: amixerTimeoutMs, maxOutputBytes: 64 * 1024 });
    if (!ran.ok) return err(ran.error.kind === 'not-found' ? 'amixer not installed (alsa-utils)' : `amixer ${ran.error.kind}`);
    const stdout = Buffer.from(ran.value.stdout).toString('utf8');
    if (ran.value.exitCode !== 0) {
      const failure = classifyAmixerFailure(`${ran.value.stderr}\n${stdout}`);
      return err(failure === 'no-control' ? 'no headphone jack control' : failure === 'no-card' ? 'no sound card' : `amixer exited with ${ran.value.exitCode}`);
    }
    const state = parseJackControl(stdout);
    return state.ok ? ok(state.value) : err('headphone jack state unreadable');
  }

  private update(health: DeviceHealth, isPlugged: boolean): void {
    const events: HeadphoneJackEvent[] = [];
    if (JSON.stringify(health) !== JSON.stringify(this.currentHealth)) events.push({ type: 'HEADPHONES.HEALTH', health });
    if (isPlugged !== this.isPlugged) events.push({ type: isPlugged ? 'HEADPHONES.PLUGGED' : 'HEADPHONES.UNPLUGGED' });
    this.currentHealth = health;
    this.isPlugged = isPlugged;
    for (const event of events) for (const listener of this.listeners) listener(event);
  }
}
