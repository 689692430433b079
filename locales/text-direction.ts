// Which way a language is written, from CLDR (Intl.Locale), so a new right-to-left language
// (Pashto, Sorani, Dari…) mirrors its screens without anyone listing it.

type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

export function textDirection(language: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(language) as LocaleWithTextInfo;
  // getTextInfo() in newer V8, the textInfo getter in Node 20
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
