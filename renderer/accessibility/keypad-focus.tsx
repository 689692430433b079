// Moves DOM focus to the control the tactile keypad has focused in the kiosk core (the view
// names it), and marks it for the strong focus ring. Draws nothing.
import { useLayoutEffect } from 'react';
import type { View } from '../../electron/bridge/contract';

export function KeypadFocus({ view }: { readonly view: View }): null {
  const control = view.focus?.control;
  // after every render: the screen may have redrawn the focused element
  useLayoutEffect(() => {
    for (const marked of document.querySelectorAll('[data-keypad-focus]')) marked.removeAttribute('data-keypad-focus');
    if (control === undefined) return;
    // text fields carry their control id as their element id (field-<name>)
    const element = document.querySelector(`[data-control="${CSS.escape(control)}"]`) ?? document.getElementById(control);
    if (!(element instanceof HTMLElement)) return;
    element.setAttribute('data-keypad-focus', '');
    if (document.activeElement !== element) element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
  return null;
}
