// The value being typed lives here between key presses, so fast typing never waits for the
// view's round trip: each press computes the next value from the last one, sends it as a
// FIELD.CHANGED, and the view's echoes of those values are recognised and skipped. A value
// the core sets by itself (cleared, corrected) replaces what is here.
import { useEffect, useRef, useState } from 'react';
import type { UiEvent } from '../../electron/bridge/contract';
import { clampCaret, deleteBackward, insertText, maxFieldLength, moveCaret, type EditKey, type EditState } from '../../locales/keyboard/editing';

export interface FieldEditor {
  readonly state: EditState;
  press(key: EditKey): void;
  /** Puts the caret at an offset (a tap inside the text) or at the end. */
  placeCaret(caret?: number): void;
}

export function applyKey(state: EditState, key: EditKey, maxLength = maxFieldLength): EditState {
  switch (key.kind) {
    case 'char':
      return insertText(state, key.text, maxLength);
    case 'space':
      return insertText(state, ' ', maxLength);
    case 'backspace':
      return deleteBackward(state);
    case 'caret':
      return moveCaret(state, key.move);
    case 'done':
      return state;
  }
}

export function useFieldEditor(name: string, viewValue: string, send: (event: UiEvent) => void, maxLength = maxFieldLength): FieldEditor {
  const [state, setState] = useState<EditState>({ value: viewValue, caret: viewValue.length });
  const latest = useRef(state);
  const sent = useRef<string[]>([]);

  useEffect(() => {
    const echoed = sent.current.indexOf(viewValue);
    if (echoed >= 0) {
      sent.current = sent.current.slice(echoed + 1);
      return;
    }
    if (viewValue === latest.current.value) return;
    latest.current = { value: viewValue, caret: viewValue.length };
    setState(latest.current);
  }, [viewValue]);

  const update = (next: EditState): void => {
    latest.current = next;
    setState(next);
  };

  return {
    state,
    press(key) {
      const previous = latest.current;
      const next = applyKey(previous, key, maxLength);
      update(next);
      if (next.value === previous.value) return;
      sent.current.push(next.value);
      send({ type: 'FIELD.CHANGED', name, value: next.value });
    },
    placeCaret(caret) {
      update(clampCaret({ value: latest.current.value, caret: caret ?? latest.current.value.length }));
    },
  };
}
