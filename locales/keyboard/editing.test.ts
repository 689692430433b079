import { describe, expect, it } from 'vitest';
import { deleteBackward, insertText, moveCaret, moveCaretVisually } from './editing';

describe('editing a field with the kiosk keyboard', () => {
  it('given a caret in the middle of Arabic text, when a letter is typed, then it goes in at the caret, in logical order', () => {
    expect(insertText({ value: 'شارع', caret: 2 }, 'ب')).toEqual({ value: 'شابرع', caret: 3 });
  });

  it('given Devanagari typed key by key, then the conjunct forms from its code points and backspace removes only the last one', () => {
    const typed = ['क', '्', 'ष', 'ि'].reduce((state, key) => insertText(state, key), { value: '', caret: 0 });
    expect(typed).toEqual({ value: 'क्षि', caret: 4 });
    expect(deleteBackward(typed)).toEqual({ value: 'क्ष', caret: 3 });
  });

  it('given a Malayalam cluster, when the caret moves back, then it jumps over the whole cluster, never between a letter and its vowel sign', () => {
    expect(moveCaret({ value: 'കോ', caret: 2 }, 'back')).toEqual({ value: 'കോ', caret: 0 });
    expect(moveCaret({ value: 'കോട', caret: 0 }, 'forward')).toEqual({ value: 'കോട', caret: 2 });
  });

  it('given a right-to-left field, when the left arrow is pressed, then the caret moves forward in the text (to the left on screen)', () => {
    expect(moveCaretVisually({ value: 'شارع', caret: 1 }, 'left', 'rtl')).toEqual({ value: 'شارع', caret: 2 });
    expect(moveCaretVisually({ value: 'Street', caret: 1 }, 'left', 'ltr')).toEqual({ value: 'Street', caret: 0 });
  });

  it('given the caret at either end, when moved past it or erased before it, then nothing changes', () => {
    expect(moveCaret({ value: 'ab', caret: 2 }, 'forward')).toEqual({ value: 'ab', caret: 2 });
    expect(deleteBackward({ value: 'ab', caret: 0 })).toEqual({ value: 'ab', caret: 0 });
  });

  it('given a field at its limit, when more is typed, then nothing beyond the limit goes in', () => {
    expect(insertText({ value: '1234', caret: 4 }, '56', 5)).toEqual({ value: '12345', caret: 5 });
    expect(insertText({ value: '12345', caret: 5 }, '6', 5)).toEqual({ value: '12345', caret: 5 });
  });

  it('given a caret left beyond the text by an outside change, then typing clamps it to the end', () => {
    expect(insertText({ value: 'ab', caret: 9 }, 'c')).toEqual({ value: 'abc', caret: 3 });
  });
});
