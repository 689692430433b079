// Safe HTML from our strings and the central's data: everything is escaped, and a locale
// string's {{placeholders}} take fragments we built (already escaped) in their place.

/** An HTML fragment we built ourselves; plain strings are always escaped. */
export interface Html {
  readonly html: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function html(fragment: string): Html {
  return { html: fragment };
}

/** A value in its own direction (an ID number inside Arabic text), isolated from its neighbours. */
export function isolated(text: string, direction: 'ltr' | 'rtl' | 'auto' = 'auto'): Html {
  return html(`<bdi dir="${direction}">${escapeHtml(text)}</bdi>`);
}

/**
 * Fills a locale string: its own text escaped, each {{name}} replaced by the fragment given.
 * A placeholder with no value is a bug between the template and the locale file: it throws.
 */
export function fill(template: string, values: Readonly<Record<string, Html>> = {}): Html {
  const parts = template.split(/\{\{(\w+)\}\}/);
  return html(
    parts
      .map((part, i) => {
        if (i % 2 === 0) return escapeHtml(part);
        const value = values[part];
        if (value === undefined) throw new Error(`documents: no value for {{${part}}}`);
        return value.html;
      })
      .join(''),
  );
}
