import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeFonts } from '../build/vite-kiosk-fonts';
import { declaredFace, defaultLocalesDir, fontFacesCss, fontFiles } from './locale-fonts';

describe('the fonts the languages declare', () => {
  it('given every locale folder, then each names a face whose regular and bold files ship in locales/fonts', () => {
    const fonts = localeFonts(defaultLocalesDir);
    expect(fonts.map((font) => font.language)).toEqual(expect.arrayContaining(['ar', 'en', 'fr', 'ur', 'hi', 'ml']));
    for (const font of fonts) for (const file of fontFiles(font.face)) expect(existsSync(file), `${font.language}: ${file}`).toBe(true);
  });

  it('given Urdu, then it is drawn in a Nastaliq face and Arabic in a Naskh face', () => {
    expect([declaredFace('ur'), declaredFace('ar'), declaredFace('ml-IN')]).toEqual(['NotoNastaliqUrdu', 'NotoNaskhArabic', 'NotoSansMalayalam']);
  });

  it('given a language without a folder, then it declares nothing', () => {
    expect(declaredFace('bn')).toBeUndefined();
  });

  it('given two languages, then the stylesheet has each face in two weights and each language its face first, Latin next, the rest after', () => {
    const css = fontFacesCss([{ language: 'bn', face: 'NotoSansBengali' }, { language: 'en', face: 'NotoSans' }], (file) => `fonts/${file}`);
    expect(css).toContain("@font-face { font-family: 'Kiosk NotoSansBengali'; src: url('fonts/NotoSansBengali-Bold.ttf') format('truetype'); font-weight: 700; font-display: block; }");
    expect(css).toContain(":lang(bn), [lang]:lang(bn) { font-family: 'Kiosk NotoSansBengali', 'Kiosk Latin'; }");
    expect(css).toContain(":lang(en), [lang]:lang(en) { font-family: 'Kiosk Latin', 'Kiosk NotoSansBengali'; }");
    expect(css.match(/@font-face/g)).toHaveLength(4);
  });
});
