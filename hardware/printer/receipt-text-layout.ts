// Pure layout of a receipt as fixed-width code-page text (Latin-only documents).
// Long words are broken rather than clipped, so nothing falls off the paper edge.

/** Splits text into lines of at most `columns` characters, breaking at spaces when it can. */
export function wrapText(text: string, columns: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      let rest = word;
      while (rest.length > 0) {
        const gap = line.length === 0 ? '' : ' ';
        if (line.length + gap.length + rest.length <= columns) {
          line += gap + rest;
          rest = '';
        } else if (line.length > 0) {
          lines.push(line);
          line = '';
        } else {
          lines.push(rest.slice(0, columns));
          rest = rest.slice(columns);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A label on the left and its value on the right of one line; when both do not fit, the
 * label wraps on its own lines and the value follows, right-aligned.
 */
export function labelValueLines(label: string, value: string, columns: number): string[] {
  if (label.length + 1 + value.length <= columns) {
    return [label + ' '.repeat(columns - label.length - value.length) + value];
  }
  const valueLines = wrapText(value, columns).map((l) => l.padStart(columns));
  return [...wrapText(label, columns), ...valueLines];
}
