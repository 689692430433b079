import { describe, expect, it } from 'vitest';
import type { ScreenId } from '../bridge/contract';
import { languageSwitchOf } from './language-switch';

const six = ['ar', 'en', 'fr', 'ur', 'hi', 'ml'];

describe('where the view offers the language switch', () => {
  it.each<ScreenId>(['app-signin', 'pin', 'menu', 'items', 'form', 'review', 'payment-failed', 'take-card', 'error'])('given the %s screen, then the switch is offered, open or closed as the session keeps it', (screen) => {
    expect(languageSwitchOf(screen, six, false)).toEqual({ languageSwitch: { isOpen: false } });
    expect(languageSwitchOf(screen, six, true)).toEqual({ languageSwitch: { isOpen: true } });
  });

  it.each<ScreenId>(['attract', 'language', 'out-of-service', 'reading-card', 'paying', 'printing', 'technician'])('given the %s screen, then there is no switch (and no list, even if it was left open)', (screen) => {
    expect(languageSwitchOf(screen, six, true)).toEqual({});
  });

  it('given a kiosk that offers one language, then there is nothing to switch to', () => {
    expect(languageSwitchOf('menu', ['ar'], false)).toEqual({});
  });
});
