// Picks the speech engine and the headphone jack from config, once (the composition root's
// rule: a simulator or a driver, chosen here and nowhere else).
import { join } from 'node:path';
import type { HeadphoneJack } from '../../hardware/audio-jack/contract';
import { SimulatedHeadphoneJack } from '../../hardware/audio-jack/simulated-headphone-jack';
import { ClipCache } from '../../hardware/tts/clip-cache';
import type { SpeechSynthesizer } from '../../hardware/tts/contract';
import { SimulatedSynthesizer } from '../../hardware/tts/simulated-synthesizer';
import type { KioskConfig } from '../config/schema';

export interface SpeechDevices {
  readonly engine: SpeechSynthesizer;
  /** The engine behind the prompt cache: what the speech controller talks to. */
  readonly cache: ClipCache;
  readonly jack: HeadphoneJack;
  readonly simulators: { readonly tts?: SimulatedSynthesizer; readonly headphones?: SimulatedHeadphoneJack };
}

export async function createSpeechDevices(devices: KioskConfig['devices'], dataDir: string): Promise<SpeechDevices> {
  const simulators: { tts?: SimulatedSynthesizer; headphones?: SimulatedHeadphoneJack } = {};
  let engine: SpeechSynthesizer;
  let engineTag: string;
  let folder: string | undefined;
  if (devices.tts.kind === 'simulated') {
    engine = simulators.tts = new SimulatedSynthesizer();
    engineTag = 'simulated';
  } else {
    const { EspeakNgSynthesizer } = await import('../../hardware/tts/espeak-ng-synthesizer');
    engine = await EspeakNgSynthesizer.open({ command: devices.tts.command, timeoutMs: devices.tts.timeoutMs });
    // clips rendered by another engine version are not reused (the tag is part of every key)
    engineTag = `espeak-ng ${devices.tts.command}`;
    folder = join(dataDir, 'speech-clips');
  }
  const cache = new ClipCache({ engine, engineTag, ...(folder ? { folder } : {}) });

  let jack: HeadphoneJack;
  if (devices.headphones.kind === 'simulated') jack = simulators.headphones = new SimulatedHeadphoneJack({ isPluggedIn: devices.headphones.isPluggedIn });
  else {
    const { AlsaHeadphoneJack } = await import('../../hardware/audio-jack/alsa-headphone-jack');
    jack = await AlsaHeadphoneJack.open({ card: devices.headphones.card, controlName: devices.headphones.controlName, pollMs: devices.headphones.pollMs });
  }
  return { engine, cache, jack, simulators };
}
