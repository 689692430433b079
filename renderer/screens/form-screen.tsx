import type { ReactElement } from 'react';
import type { View } from '../../electron/bridge/contract';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

type Field = NonNullable<View['form']>[number];

// Numbers, plates, phones and e-mail addresses read left to right in every language.
const ltrKinds: ReadonlySet<Field['kind']> = new Set(['digits', 'phone', 'email', 'plate', 'date']);
const inputModes: Partial<Record<Field['kind'], 'numeric' | 'tel' | 'email' | 'text'>> = { digits: 'numeric', phone: 'tel', email: 'email' };

function FieldInput({ field }: { readonly field: Field }): ReactElement {
  const send = useSend();
  const id = `field-${field.name}`;
  if (field.kind === 'choice') {
    return (
      <div className="choice-grid" role="radiogroup" aria-labelledby={`${id}-label`}>
        {(field.choices ?? []).map((choice) => (
          <button key={choice.value} type="button" role="radio" aria-checked={field.value === choice.value} className="button button--choice" data-action="field-choice" data-field={field.name} data-value={choice.value} onClick={() => send({ type: 'FIELD.CHANGED', name: field.name, value: choice.value })}>
            <Txt text={choice.label} />
          </button>
        ))}
      </div>
    );
  }
  // Issue 11 replaces the system keyboard with the kiosk's own; the event stays the same.
  return (
    <input
      id={id}
      className="text-input"
      data-field={field.name}
      value={field.value}
      dir={ltrKinds.has(field.kind) ? 'ltr' : 'auto'}
      inputMode={inputModes[field.kind] ?? 'text'}
      aria-invalid={field.error !== undefined}
      aria-describedby={field.error ? `${id}-error` : undefined}
      onChange={(event) => send({ type: 'FIELD.CHANGED', name: field.name, value: event.target.value.slice(0, 200) })}
    />
  );
}

export function FormScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  return (
    <ScreenFrame view={view}>
      <div className="form">
        {(view.form ?? []).map((field) => (
          <div key={field.name} className="form__field">
            <label id={`field-${field.name}-label`} htmlFor={`field-${field.name}`} className="form__label">
              <Txt text={field.label} />
            </label>
            <FieldInput field={field} />
            {field.error && (
              <p id={`field-${field.name}-error`} className="form__error" role="alert">
                <Txt text={field.error} />
              </p>
            )}
          </div>
        ))}
      </div>
      <div className="actions">
        <button type="button" className="button button--primary" data-action="submit-form" onClick={() => send({ type: 'FORM.SUBMITTED' })}>
          {t('common.continue')}
        </button>
      </div>
    </ScreenFrame>
  );
}
