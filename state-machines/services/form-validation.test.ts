import { describe, expect, it } from 'vitest';
import { FormField } from './definition';
import { validateForm } from './form-validation';

const plateForm = [FormField.parse({ name: 'plate', kind: 'plate' })];

describe('a plate field', () => {
  it('accepts a plate number of up to six digits, as the central does', () => {
    expect(validateForm(plateForm, { plate: '1' })).toEqual({});
    expect(validateForm(plateForm, { plate: '123456' })).toEqual({});
  });

  it('refuses letters (the plate keyboard is the digit pad) and a seventh digit', () => {
    expect(validateForm(plateForm, { plate: 'ABC123' })).toEqual({ plate: 'screens:form.error.pattern' });
    expect(validateForm(plateForm, { plate: '1234567' })).toEqual({ plate: 'screens:form.error.pattern' });
  });
});
