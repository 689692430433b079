// Connects the bridge's audio to the player, and stops speech the moment the screen is
// touched (any user action interrupts it). Draws nothing.
import { useEffect } from 'react';
import type { KioskBridge } from '../bridge/kiosk-bridge';
import { createAudioPlayer } from './audio-player';

export function SpeechOutput({ bridge }: { readonly bridge: KioskBridge }): null {
  useEffect(() => {
    if (!bridge.onAudio) return undefined;
    let plays = 0;
    const player = createAudioPlayer((state, playId) => {
      const root = document.documentElement;
      root.dataset.speech = state;
      if (state === 'playing' && playId > plays) root.dataset.speechPlays = String((plays = playId));
    });
    const unsubscribe = bridge.onAudio((command) => player.handle(command));
    const onTouch = (): void => player.stop();
    window.addEventListener('pointerdown', onTouch, { capture: true });
    return () => {
      unsubscribe();
      window.removeEventListener('pointerdown', onTouch, { capture: true });
      player.stop();
    };
  }, [bridge]);
  return null;
}
