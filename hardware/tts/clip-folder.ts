// Rendered prompts on disk, one WAV per key (a hash, so names reveal no text). Writes go
// through a temporary file and a rename, so a crash never leaves half a clip under a real name.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../result';
import { parseWav } from './wav';

export interface StoredClip {
  readonly audio: Uint8Array;
  readonly durationMs: number;
}

export type ClipFolderError = { readonly kind: 'disk'; readonly code: string };

const keyShape = /^[0-9a-f]{64}$/;

export class ClipFolder {
  private isReady = false;

  constructor(private readonly path: string) {}

  /** The clip, or undefined when none is stored or the stored bytes are not a clean WAV. */
  async read(key: string): Promise<Result<StoredClip | undefined, ClipFolderError>> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(this.fileOf(key)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      return code === 'ENOENT' ? ok(undefined) : err({ kind: 'disk', code });
    }
    const wav = parseWav(bytes);
    // a damaged file is rendered again and overwritten
    if (!wav.ok || wav.value.hasOpenSizes || wav.value.frames === 0) return ok(undefined);
    return ok({ audio: bytes, durationMs: Math.round(wav.value.durationMs) });
  }

  async write(key: string, audio: Uint8Array): Promise<Result<void, ClipFolderError>> {
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      if (!this.isReady) {
        await mkdir(this.path, { recursive: true });
        this.isReady = true;
      }
      await writeFile(temporary, audio);
      await rename(temporary, file);
      return ok();
    } catch (error) {
      return err({ kind: 'disk', code: (error as NodeJS.ErrnoException).code ?? 'unknown' });
    }
  }

  private fileOf(key: string): string {
    // keys come from ClipCache's hash; anything else is a bug, not a path to follow
    if (!keyShape.test(key)) throw new Error('clip key must be a sha-256 hex digest');
    return join(this.path, `${key}.wav`);
  }
}
