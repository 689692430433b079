// Plays the speech the kiosk core hands over (the page never synthesises: Chromium has no
// voices on Linux). Web Audio decodes the WAV bytes straight from memory, so no media URL
// has to get past the page's CSP. A newer play or a stop drops whatever came before.
import type { AudioCommand } from '../../electron/bridge/contract';
import { maxVolume } from '../../electron/bridge/a11y-limits';

export type SpeechState = 'idle' | 'playing' | 'paused' | 'stopped' | 'failed';

export interface AudioPlayer {
  handle(command: AudioCommand): void;
  /** A touch on the screen: stop at once, before the core's own stop arrives. */
  stop(): void;
}

function bytesOf(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** Volume steps to gain on a curve, so each step sounds like a similar change. */
export function gainOf(volume: number): number {
  const share = Math.min(maxVolume, Math.max(0, volume)) / maxVolume;
  return share * share;
}

/** `onState` reports what is going on (the page marks it on <html data-speech> for people and tests). */
export function createAudioPlayer(onState: (state: SpeechState, playId: number) => void): AudioPlayer {
  let context: AudioContext | undefined;
  let output: GainNode | undefined;
  let sources: AudioBufferSourceNode[] = [];
  let current = 0;

  const silence = (): void => {
    for (const source of sources) {
      source.onended = null;
      source.stop();
    }
    sources = [];
  };

  async function play(command: Extract<AudioCommand, { action: 'play' }>): Promise<void> {
    silence();
    const mine = ++current;
    context ??= new AudioContext();
    output ??= context.createGain();
    output.connect(context.destination);
    output.gain.value = gainOf(command.volume);
    if (context.state === 'suspended') await context.resume();
    const audio = context;
    const buffers = await Promise.all(command.clips.map((clip) => audio.decodeAudioData(bytesOf(clip))));
    if (mine !== current) return;
    let at = audio.currentTime;
    for (const buffer of buffers) {
      const source = audio.createBufferSource();
      source.buffer = buffer;
      source.connect(output);
      source.start(at);
      at += buffer.duration;
      sources.push(source);
    }
    const last = sources.at(-1);
    if (last) last.onended = () => mine === current && onState('idle', command.id);
    onState('playing', command.id);
  }

  return {
    handle(command) {
      switch (command.action) {
        case 'play':
          play(command).catch(() => onState('failed', command.id)); // a clip the decoder refuses: shown, and the next play carries on
          return;
        case 'stop':
          current += 1;
          silence();
          onState('stopped', current);
          return;
        case 'pause':
          void context?.suspend();
          onState('paused', current);
          return;
        case 'resume':
          void context?.resume();
          onState('playing', current);
          return;
      }
    },
    stop() {
      current += 1;
      silence();
      onState('stopped', current);
    },
  };
}
