// The kiosk's keyboard: keys laid out as on a phone (never mirrored: an Arabic phone keyboard
// has ض at the top left too), pressed by touch, or reached with the arrow keys and pressed
// with Enter. Erase points toward the start of the field's text (right, in Arabic); the caret
// keys move the caret the way their arrows point on screen, back or forward in the text
// depending on its direction. While the tactile keypad types on it (the kiosk core walks the
// same rows), each key carries its keypad id and the core's layer is shown.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactElement } from 'react';
import { useKioskText } from '../i18n/use-kiosk-text';
import { arrowOf, nextKey, type KeyPosition } from '../../locales/keyboard/key-navigation';
import { caretMove, keyRows, type PlacedKey } from '../../locales/keyboard/keyboard-rows';
import type { EditKey } from '../../locales/keyboard/editing';
import { letterLayouts, type LayoutId } from '../../locales/keyboard/layouts';

export interface OnScreenKeyboardProps {
  readonly layout: LayoutId;
  /** The field's writing direction: where erase and caret arrows point. */
  readonly fieldDirection: 'ltr' | 'rtl';
  readonly onKey: (key: EditKey) => void;
  /** Whether the first key takes the focus when the keyboard opens (keypad users). */
  readonly isFocusedOnOpen?: boolean;
  /** The tactile keypad types here: the layer it is on (the view's), and keys carry data-control="key-<row>-<index>". */
  readonly keypad?: { readonly isShifted: boolean };
}

function KeyCap({ placed, lang }: { readonly placed: PlacedKey; readonly lang: string }): ReactElement {
  const { t, language } = useKioskText();
  const key = placed.key;
  switch (key.kind) {
    case 'char':
      return <span lang={lang}>{key.text}</span>;
    case 'switch':
      return <span lang={letterLayouts[key.to].lang}>{letterLayouts[key.to].cap}</span>;
    case 'space':
      return <span lang={language}>{t('keyboard.space')}</span>;
    case 'done':
      return <span lang={language}>{t('keyboard.done')}</span>;
    default:
      return <span className={`kb-icon kb-icon--${placed.id}`} aria-hidden="true" />;
  }
}

function labelOf(placed: PlacedKey, t: (key: string) => string, direction: 'ltr' | 'rtl'): string | undefined {
  const key = placed.key;
  switch (key.kind) {
    case 'backspace':
      return t('keyboard.backspace');
    case 'shift':
      return t('keyboard.shift');
    case 'caret':
      return t(caretMove(key.side, direction) === 'back' ? 'keyboard.caret-back' : 'keyboard.caret-forward');
    case 'switch':
      // the name starts with what the key shows ("?123 Numbers and symbols"), so a voice user can say it (WCAG 2.5.3)
      return `${letterLayouts[key.to].cap} ${t(`keyboard.layout.${key.to}`)}`;
    default:
      return undefined;
  }
}

export function OnScreenKeyboard({ layout: initialLayout, fieldDirection, onKey, isFocusedOnOpen = false, keypad }: OnScreenKeyboardProps): ReactElement {
  const { t, language } = useKioskText();
  const [layout, setLayout] = useState<LayoutId>(initialLayout);
  const [isShifted, setShifted] = useState(false);
  const [focus, setFocus] = useState<KeyPosition>({ row: 0, index: 0 });
  const keys = useRef<(HTMLButtonElement | null)[][]>([]);
  const { rows, columns, lang, isPad } = keyRows(layout, isShifted, language);

  useEffect(() => setLayout(initialLayout), [initialLayout]);
  const keypadShifted = keypad?.isShifted;
  useEffect(() => {
    if (keypadShifted !== undefined) setShifted(keypadShifted);
  }, [keypadShifted]);
  // a new layer may be shorter: keep the focus on a key that exists
  const row = Math.min(focus.row, rows.length - 1);
  const current = { row, index: Math.min(focus.index, (rows[row]?.length ?? 1) - 1) };
  useLayoutEffect(() => {
    if (isFocusedOnOpen) keys.current[0]?.[0]?.focus();
  }, [isFocusedOnOpen]);

  const press = (placed: PlacedKey): void => {
    const key = placed.key;
    if (key.kind === 'shift') return setShifted((shifted) => !shifted);
    if (key.kind === 'switch') {
      setLayout(key.to);
      setShifted(false);
      return;
    }
    if (key.kind === 'caret') return onKey({ kind: 'caret', move: caretMove(key.side, fieldDirection) });
    if (key.kind === 'char') setShifted(false); // one letter from the second layer, as on phones
    onKey(key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const arrow = arrowOf(event.key);
    if (!arrow) return;
    event.preventDefault();
    const centres = rows.map((keysOfRow, rowIndex) =>
      keysOfRow.map((_, index) => {
        const box = keys.current[rowIndex]?.[index]?.getBoundingClientRect();
        return box ? box.left + box.width / 2 : 0;
      }),
    );
    const next = nextKey(centres, current, arrow);
    setFocus(next);
    keys.current[next.row]?.[next.index]?.focus();
  };

  return (
    <div
      className={`kb${isPad ? ' kb--pad' : ''}`}
      role="group"
      aria-label={t('keyboard.label')}
      data-keyboard={layout}
      dir="ltr"
      style={{ '--kb-columns': columns } as CSSProperties}
      onKeyDown={onKeyDown}
    >
      {rows.map((keysOfRow, rowIndex) => (
        <div key={rowIndex} className="kb__row">
          {keysOfRow.map((placed, index) => (
            <button
              key={placed.id}
              ref={(button) => {
                (keys.current[rowIndex] ??= [])[index] = button;
              }}
              type="button"
              className={`kb-key kb-key--${placed.key.kind}${placed.isGrow ? ' kb-key--grow' : ''}${placed.key.kind === 'shift' && isShifted ? ' kb-key--on' : ''}`}
              style={{ '--kb-span': placed.span } as CSSProperties}
              data-key={placed.id}
              data-control={keypad ? `key-${rowIndex}-${index}` : undefined}
              dir={placed.key.kind === 'backspace' ? fieldDirection : undefined}
              aria-label={labelOf(placed, t, fieldDirection)}
              aria-pressed={placed.key.kind === 'shift' ? isShifted : undefined}
              tabIndex={rowIndex === current.row && index === current.index ? 0 : -1}
              onFocus={() => setFocus({ row: rowIndex, index })}
              onClick={() => press(placed)}
            >
              <KeyCap placed={placed} lang={lang} />
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
