// The language list's controls, opened over a session's screen by the frame's language
// button: each offered language, said in its own voice (a reader finds theirs whatever the
// screen speaks now), then Close. Ids match the renderer's data-control values.
import type { View } from '../bridge/contract';
import { text } from '../speech/segments';
import type { Control } from './controls';

export const languageSwitchControlId = 'language-switch';
export const languageControlId = (language: string): string => `switch-language-${language}`;

/** The frame's button: opens the list (only where the view offers it). */
export function languageSwitchControl(view: View): Control[] {
  if (!view.languageSwitch) return [];
  return [{ id: languageSwitchControlId, label: [text('accessibility:language.button')], activate: { type: 'LANGUAGE.MENU', isOpen: true } }];
}

export function languageControls(view: View): Control[] {
  return [
    ...view.languages.map((language): Control => ({
      id: languageControlId(language),
      label: [{ kind: 'language', language }, ...(language === view.language ? [text('accessibility:state.selected')] : [])],
      activate: { type: 'LANGUAGE.CHOSEN', language },
    })),
    { id: 'close-language', label: [text('accessibility:language.close')], activate: { type: 'LANGUAGE.MENU', isOpen: false } },
  ];
}
