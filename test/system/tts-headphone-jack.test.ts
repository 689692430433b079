// The ALSA headphone-jack driver on this machine's real /proc/asound and amixer. The build
// machine has no sound card, so here it must say so; on a kiosk it reads the jack.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AlsaHeadphoneJack } from '../../hardware/audio-jack/alsa-headphone-jack';
import { parseSoundCards } from '../../hardware/audio-jack/amixer-jack-state';

async function machineHasCardZero(): Promise<boolean> {
  try {
    return parseSoundCards(await readFile('/proc/asound/cards', 'utf8')).includes(0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

describe('ALSA headphone jack on this machine', () => {
  it('given the sound cards this machine has, then the driver reports health to match and never claims headphones it cannot see', async () => {
    const hasCard = await machineHasCardZero();
    const jack = await AlsaHeadphoneJack.open();
    try {
      console.info(JSON.stringify({ soundCard0: hasCard, health: jack.health(), isPluggedIn: jack.isPluggedIn() }));
      if (!hasCard) {
        expect(jack.health()).toEqual({ level: 'failed', reason: 'no sound card' });
        expect(jack.isPluggedIn()).toBe(false);
      } else {
        // a card: the jack is read, or the reason it cannot be is one the technician can act on
        const health = jack.health();
        const verdict = health.level === 'ok' ? 'ok' : health.reason;
        expect(['ok', 'no headphone jack control', 'amixer not installed (alsa-utils)']).toContain(verdict);
        if (health.level !== 'ok') expect(jack.isPluggedIn()).toBe(false);
      }
    } finally {
      await jack.close();
    }
  });
});
