// A form field typed with the kiosk's keyboard. Not an <input>: a focused input would ask the
// system for its own keyboard, which never shows above a full-screen kiosk. The caret is
// drawn where the browser's layout puts that offset, so it sits right in right-to-left and
// mixed text (an Arabic street name with a building number) as the text is really shown.
import { useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
import type { EditState } from '../../locales/keyboard/editing';

export interface TextFieldProps {
  readonly id: string;
  readonly name: string;
  readonly labelId: string;
  readonly errorId?: string;
  readonly state: EditState;
  readonly direction: 'ltr' | 'rtl';
  readonly isEditing: boolean;
  readonly isMultiline?: boolean;
  /** Opens the keyboard; `isByKey` when Enter or Space opened it (the keys then take the focus). */
  readonly onOpen: (isByKey: boolean) => void;
  readonly onCaretAt: (caret: number) => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** Where a collapsed range at `offset` is drawn, relative to the field's inline-start edge. */
function caretBox(field: HTMLElement, text: HTMLElement, offset: number, direction: 'ltr' | 'rtl'): { inline: number; top: number; height: number } {
  const fieldBox = field.getBoundingClientRect();
  const node = text.firstChild;
  let box = text.getBoundingClientRect();
  if (node && node.nodeType === Node.TEXT_NODE) {
    const range = document.createRange();
    range.setStart(node, Math.min(offset, node.textContent?.length ?? 0));
    range.collapse(true);
    box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  }
  const inline = direction === 'rtl' ? box.left - fieldBox.right : box.left - fieldBox.left;
  return { inline, top: box.top - fieldBox.top, height: box.height || text.getBoundingClientRect().height };
}

/** The text offset under a tap, if the tap is on the text. */
function offsetAt(text: HTMLElement, x: number, y: number): number | undefined {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position && text.contains(position.offsetNode)) return position.offset;
  return undefined;
}

export function TextField({ id, name, labelId, errorId, state, direction, isEditing, isMultiline = false, onOpen, onCaretAt, onKeyDown }: TextFieldProps): ReactElement {
  const field = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const caret = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    if (!isEditing || !field.current || !text.current || !caret.current) return;
    const { inline, top, height } = caretBox(field.current, text.current, state.caret, direction);
    // set through the CSSOM (allowed by the CSP), in px from the field's inline-start edge
    caret.current.style.transform = `translate(${inline}px, ${top}px)`;
    caret.current.style.blockSize = `${height}px`;
  });

  const onPointerUp = (event: PointerEvent<HTMLDivElement>): void => {
    if (!isEditing) return onOpen(false);
    const offset = text.current ? offsetAt(text.current, event.clientX, event.clientY) : undefined;
    onCaretAt(offset ?? state.value.length);
  };

  return (
    <div
      ref={field}
      id={id}
      className={`kb-field${isEditing ? ' kb-field--editing' : ''}${isMultiline ? ' kb-field--multiline' : ''}`}
      role="textbox"
      tabIndex={0}
      dir={direction}
      data-field={name}
      data-caret={isEditing ? state.caret : undefined}
      aria-labelledby={labelId}
      aria-describedby={errorId}
      aria-invalid={errorId !== undefined}
      aria-multiline={isMultiline}
      onPointerUp={onPointerUp}
      onKeyDown={(event) => {
        if (!isEditing && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          onOpen(true);
          return;
        }
        onKeyDown?.(event);
      }}
    >
      <span ref={text} className="kb-field__text">
        {state.value}
      </span>
      {isEditing && <span ref={caret} className="kb-caret" aria-hidden="true" />}
    </div>
  );
}
