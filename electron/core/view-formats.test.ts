import { describe, expect, it } from 'vitest';
import { View } from '../bridge/contract';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { makeWorld, startSession } from '../../state-machines/testing/session-harness';
import { projectView } from './view-projection';

const { services } = loadDefinitions(builtInServices);
const currency = { code: 'QAR', minorUnits: 2 };

describe('digits and calendar in the view', () => {
  it('given the config asks for Arabic-Indic digits and the Hijri date, then every view carries both for the renderer', () => {
    const formats = { calendar: 'gregorian-and-hijri', arabicDigits: 'arabic-indic' } as const;
    const view = View.parse(projectView(startSession(makeWorld(), services).actor.getSnapshot(), { currency, rtlLanguages: ['ar', 'ur'], formats }));
    expect(view.formats).toEqual(formats);
  });

  it('given no formats (an older core), then the view has none and the renderer keeps its defaults', () => {
    const view = View.parse(projectView(startSession(makeWorld(), services).actor.getSnapshot(), { currency, rtlLanguages: ['ar'] }));
    expect(view.formats).toBeUndefined();
  });
});
