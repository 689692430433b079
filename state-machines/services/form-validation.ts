import type { FormField } from './definition';

/** Locale keys (screens namespace) naming why a field was refused. */
export type FieldErrorKey = 'screens:form.error.required' | 'screens:form.error.pattern' | 'screens:form.error.too-long' | 'screens:form.error.choice';

const builtInPatterns: Partial<Record<FormField['kind'], RegExp>> = {
  digits: /^[0-9]+$/,
  phone: /^\+?[0-9]{8,15}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  // The ministry's plates are numbers of up to six digits (the central's rule says the same), and
  // the plate keyboard is the digit pad: a pattern allowing letters would accept what nobody can type.
  plate: /^[0-9]{1,6}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

/** Fields that apply given the values so far (a `when` hides a field until it is relevant). */
export function visibleFields(fields: readonly FormField[], values: Readonly<Record<string, string>>): FormField[] {
  return fields.filter((f) => !f.when || f.when.equals.includes(values[f.when.field] ?? ''));
}

export function validateForm(fields: readonly FormField[], values: Readonly<Record<string, string>>): Record<string, FieldErrorKey> {
  const errors: Record<string, FieldErrorKey> = {};
  for (const field of visibleFields(fields, values)) {
    const value = (values[field.name] ?? '').trim();
    if (value === '') {
      if (field.isRequired) errors[field.name] = 'screens:form.error.required';
      continue;
    }
    if (value.length > field.maxLength) errors[field.name] = 'screens:form.error.too-long';
    else if (field.kind === 'choice' && !(field.choices ?? []).includes(value)) errors[field.name] = 'screens:form.error.choice';
    else {
      const pattern = field.pattern ? new RegExp(field.pattern, 'u') : builtInPatterns[field.kind];
      if (pattern && !pattern.test(value)) errors[field.name] = 'screens:form.error.pattern';
    }
  }
  return errors;
}
