// Static prompts (screen descriptions, key help, errors) are rendered before anyone asks, so
// speech starts the moment a screen does. Only prewarmed prompts are kept: text synthesised on
// the fly (amounts, names, references) may be personal and is never stored, in memory or on disk.
import { createHash } from 'node:crypto';
import { ok, type DeviceHealth, type Result } from '../result';
import type { SpeechClip, SpeechRequest, SpeechSynthesizer, TtsError } from './contract';
import { ClipFolder } from './clip-folder';

export interface ClipCacheOptions {
  readonly engine: SpeechSynthesizer;
  /** Keeps rendered prompts across restarts; memory only when absent. */
  readonly folder?: string;
  /** Part of every key, so clips from another engine version are not reused (e.g. 'espeak-ng 1.51'). */
  readonly engineTag?: string;
  /** Syntheses run at once while prewarming (each is one espeak-ng process). */
  readonly concurrency?: number;
}

export interface PrewarmReport {
  readonly rendered: number;
  readonly fromDisk: number;
  readonly alreadyCached: number;
  /** Prompts that could not be rendered; they are synthesised on demand instead. */
  readonly failed: readonly { readonly language: string; readonly error: TtsError }[];
  /** Disk reads or writes that failed (the clip is still cached in memory). */
  readonly diskErrors: number;
}

export class ClipCache implements SpeechSynthesizer {
  private readonly clips = new Map<string, SpeechClip>();
  private readonly folder: ClipFolder | undefined;

  constructor(private readonly options: ClipCacheOptions) {
    this.folder = options.folder ? new ClipFolder(options.folder) : undefined;
  }

  /** Answers from the cache when the prompt was prewarmed, otherwise asks the engine (not cached). */
  async synthesise(request: SpeechRequest): Promise<Result<SpeechClip, TtsError>> {
    const cached = this.clips.get(this.keyOf(request));
    if (cached) return ok({ ...cached, language: request.language });
    return this.options.engine.synthesise(request);
  }

  health(): DeviceHealth {
    return this.options.engine.health();
  }

  has(request: SpeechRequest): boolean {
    return this.clips.has(this.keyOf(request));
  }

  get size(): number {
    return this.clips.size;
  }

  /** Renders (or loads from disk) every request not cached yet. Never throws; failures are counted. */
  async prewarm(requests: readonly SpeechRequest[]): Promise<PrewarmReport> {
    const report = { rendered: 0, fromDisk: 0, alreadyCached: 0, failed: [] as { language: string; error: TtsError }[], diskErrors: 0 };
    // one entry per key: two workers rendering the same prompt would race on its file
    const unique = new Map(requests.map((request) => [this.keyOf(request), request]));
    report.alreadyCached += requests.length - unique.size;
    const queue = [...unique.values()];
    const worker = async () => {
      for (let request = queue.shift(); request; request = queue.shift()) await this.warmOne(request, report);
    };
    const workers = Math.max(1, this.options.concurrency ?? 4);
    await Promise.all(Array.from({ length: workers }, worker));
    return report;
  }

  private async warmOne(request: SpeechRequest, report: { rendered: number; fromDisk: number; alreadyCached: number; failed: { language: string; error: TtsError }[]; diskErrors: number }) {
    const key = this.keyOf(request);
    if (this.clips.has(key)) {
      report.alreadyCached += 1;
      return;
    }
    if (this.folder) {
      const stored = await this.folder.read(key);
      if (stored.ok && stored.value) {
        this.clips.set(key, { ...stored.value, language: request.language });
        report.fromDisk += 1;
        return;
      }
      if (!stored.ok) report.diskErrors += 1;
    }
    const rendered = await this.options.engine.synthesise(request);
    if (!rendered.ok) {
      report.failed.push({ language: request.language, error: rendered.error });
      return;
    }
    this.clips.set(key, rendered.value);
    report.rendered += 1;
    if (this.folder && !(await this.folder.write(key, rendered.value.audio)).ok) report.diskErrors += 1;
  }

  /** A hash of (engine, language, rate, text): file names never reveal the text. */
  private keyOf(request: SpeechRequest): string {
    const language = request.language.trim().toLowerCase();
    return createHash('sha256')
      .update([this.options.engineTag ?? '', language, String(request.rate), request.text].join('\u0000'))
      .digest('hex');
  }
}
