import { useEffect, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { UiEvent, View } from '../../electron/bridge/contract';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import { moveCaretVisually, type EditKey } from '../../locales/keyboard/editing';
import { fieldDirection, layoutForField } from '../../locales/keyboard/layouts';
import { OnScreenKeyboard } from '../keyboard/on-screen-keyboard';
import { TextField } from '../keyboard/text-field';
import { useFieldEditor } from '../keyboard/use-field-editor';
import type { ScreenProps } from './screen-props';

type Field = NonNullable<View['form']>[number];
type KeypadTyping = NonNullable<View['keypadTyping']>;

function ChoiceField({ field, send }: { readonly field: Field; readonly send: (event: UiEvent) => void }): ReactElement {
  return (
    <div className="choice-grid" role="radiogroup" aria-labelledby={`field-${field.name}-label`}>
      {(field.choices ?? []).map((choice) => (
        <button key={choice.value} type="button" role="radio" aria-checked={field.value === choice.value} className="button button--choice" data-action="field-choice" data-field={field.name} data-value={choice.value} data-control={`choice-${field.name}-${choice.value}`} onClick={() => send({ type: 'FIELD.CHANGED', name: field.name, value: choice.value })}>
          <Txt text={choice.label} />
        </button>
      ))}
    </div>
  );
}

function FieldError({ field }: { readonly field: Field }): ReactElement | null {
  if (!field.error) return null;
  return (
    <p id={`field-${field.name}-error`} className="form__error" role="alert">
      <Txt text={field.error} />
    </p>
  );
}

interface TypedFieldProps {
  readonly field: Field;
  readonly screenDirection: 'ltr' | 'rtl';
  readonly isEditing: boolean;
  readonly isOpenedByKey: boolean;
  /** The tactile keypad is typing here (the kiosk core holds the layer, the key and the caret). */
  readonly keypadTyping: KeypadTyping | undefined;
  readonly onOpen: (isByKey: boolean) => void;
  readonly onDone: () => void;
}

/** A field typed with the kiosk's keyboard; the keyboard shows while it is being edited. */
function TypedField({ field, screenDirection, isEditing, isOpenedByKey, keypadTyping, onOpen, onDone }: TypedFieldProps): ReactElement {
  const send = useSend();
  const { language } = useKioskText();
  const editor = useFieldEditor(field.name, field.value, send, field.maxLength);
  const direction = fieldDirection(field.kind, screenDirection);
  const keypadCaret = keypadTyping?.caret;
  // after the editor took the view's value: the caret where the keypad left it
  useEffect(() => {
    // the editor object is new each render: the caret and the value decide when to place it
    if (keypadCaret !== undefined) editor.placeCaret(keypadCaret);
  }, [keypadCaret, field.value]);
  const onKey = (key: EditKey): void => (key.kind === 'done' ? onDone() : editor.press(key));
  // a hardware keyboard (a technician's, or a keypad that types) works on the field too
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') editor.placeCaret(moveCaretVisually(editor.state, event.key === 'ArrowLeft' ? 'left' : 'right', direction).caret);
    else if (event.key === 'Backspace') editor.press({ kind: 'backspace' });
    else if (event.key === 'Enter') onDone();
    else if (event.key.length > 0 && [...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) editor.press({ kind: 'char', text: event.key });
    else return;
    event.preventDefault();
  };
  return (
    <>
      <TextField
        id={`field-${field.name}`}
        name={field.name}
        labelId={`field-${field.name}-label`}
        {...(field.error ? { errorId: `field-${field.name}-error` } : {})}
        state={editor.state}
        direction={direction}
        isEditing={isEditing}
        isMultiline={field.kind === 'address'}
        onOpen={(isByKey) => {
          editor.placeCaret();
          onOpen(isByKey);
        }}
        onCaretAt={editor.placeCaret}
        onKeyDown={onKeyDown}
      />
      <FieldError field={field} />
      {isEditing && <OnScreenKeyboard layout={keypadTyping?.layout ?? layoutForField(field.kind, language)} fieldDirection={direction} onKey={onKey} isFocusedOnOpen={isOpenedByKey} {...(keypadTyping ? { keypad: { isShifted: keypadTyping.isShifted } } : {})} />}
    </>
  );
}

export function FormScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const [touchEditing, setEditing] = useState<{ readonly name: string; readonly isByKey: boolean } | undefined>(undefined);
  // Done tapped while the keypad types hides the keyboard until the keypad moves on (no event
  // for it: the keypad's own Done or back closes its typing in the core)
  const [dismissedTyping, setDismissedTyping] = useState<string | undefined>(undefined);
  const typingKey = view.keypadTyping ? JSON.stringify([view.keypadTyping, view.focus]) : undefined;
  const keypadTyping = typingKey !== undefined && typingKey !== dismissedTyping ? view.keypadTyping : undefined;
  const editing = keypadTyping ? { name: keypadTyping.field, isByKey: false } : touchEditing;
  const fields = view.form ?? [];
  // while a field is typed, it shows alone above the keyboard: the screen keeps its 1080 px
  const shown = editing ? fields.filter((field) => field.name === editing.name) : fields;
  const onDone = (): void => {
    setEditing(undefined);
    if (keypadTyping) setDismissedTyping(typingKey);
  };
  return (
    <ScreenFrame view={view} {...(editing ? { className: 'is-editing' } : {})}>
      <div className="form">
        {shown.map((field) => (
          <div key={field.name} className="form__field">
            <label id={`field-${field.name}-label`} className="form__label">
              <Txt text={field.label} />
            </label>
            {field.kind === 'choice' ? (
              <>
                <ChoiceField field={field} send={send} />
                <FieldError field={field} />
              </>
            ) : (
              <TypedField
                field={field}
                screenDirection={view.direction}
                isEditing={editing?.name === field.name}
                isOpenedByKey={editing?.isByKey ?? false}
                keypadTyping={keypadTyping?.field === field.name ? keypadTyping : undefined}
                onOpen={(isByKey) => setEditing({ name: field.name, isByKey })}
                onDone={onDone}
              />
            )}
          </div>
        ))}
        {/* in the grid: beside a last half-width field when there is room, on a row of its own if not */}
        {!editing && (
          <div className="actions form__actions">
            <button type="button" className="button button--primary" data-action="submit-form" data-control="submit-form" onClick={() => send({ type: 'FORM.SUBMITTED' })}>
              {t('common.continue')}
            </button>
          </div>
        )}
      </div>
    </ScreenFrame>
  );
}
