// Finds text that does not fit its box on the screen now shown: text sticking out of the side
// of a box (a button, a row, a panel), text cut off by a box that clips or scrolls, text off
// the screen's edge, and content that only fits by scrolling (a kiosk user does not scroll).
// Measured by the layout engine itself (Range rectangles), so it sees what a person sees.
import type { Page } from 'playwright-core';

export interface Overflow {
  /** The start of the text that does not fit (or the box that needs scrolling). */
  readonly text: string;
  /** The box it overflows: tag, classes and data-action. */
  readonly box: string;
  readonly how: 'sticks-out' | 'clipped' | 'off-screen' | 'needs-scrolling';
  readonly byPx: number;
}

export async function overflowingText(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    // tsx (not vitest) wraps named arrow functions in __name(): give the page a no-op one
    (globalThis as { __name?: (f: unknown) => unknown }).__name ??= (f: unknown) => f;
    const tolerancePx = 1;
    const found: { text: string; box: string; how: 'sticks-out' | 'clipped' | 'off-screen' | 'needs-scrolling'; byPx: number }[] = [];
    const root = document.querySelector('[data-screen]');
    if (!root) return found;
    const describe = (element: Element): string => {
      const action = element.getAttribute('data-action') ?? element.getAttribute('data-key');
      const classes = [...element.classList].slice(0, 2).join('.');
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${action ? `[${action}]` : ''}`;
    };
    const isSkipped = (element: Element): boolean => element.closest('.dev-panel') !== null;

    // content that only fits by scrolling
    for (const element of [root, ...root.querySelectorAll('*')]) {
      if (isSkipped(element)) continue;
      const style = getComputedStyle(element);
      if (/(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + tolerancePx) {
        found.push({ text: (element.textContent ?? '').trim().slice(0, 40), box: describe(element), how: 'needs-scrolling', byPx: element.scrollHeight - element.clientHeight });
      }
    }

    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || text.trim() === '' || isSkipped(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
      if (rects.length === 0) continue; // not drawn (display: none, inert overlay backdrop)
      const report = (box: string, how: 'sticks-out' | 'clipped' | 'off-screen', byPx: number): void => {
        if (byPx > tolerancePx) found.push({ text: text.trim().slice(0, 40), box, how, byPx: Math.round(byPx) });
      };
      for (const rect of rects) {
        report('screen', 'off-screen', Math.max(-rect.left, rect.right - window.innerWidth, -rect.top, rect.bottom - window.innerHeight));
      }
      // Vertically, a text's extent is its block's: a font's ascent and descent (Naskh,
      // Nastaliq) reach beyond the line box by design, and glyphs rarely fill them.
      let block: Element = parent;
      while (block !== root && ['inline', 'contents'].includes(getComputedStyle(block).display) && block.parentElement) block = block.parentElement;
      const blockBox = block.getBoundingClientRect();
      for (let element: Element | null = parent; element && root.contains(element); element = element.parentElement) {
        const style = getComputedStyle(element);
        if (style.display === 'inline' || style.display === 'contents') continue; // the text's own line boxes
        const box = element.getBoundingClientRect();
        const isClippingX = style.overflowX !== 'visible';
        const isClippingY = style.overflowY !== 'visible';
        for (const rect of rects) {
          report(describe(element), isClippingX ? 'clipped' : 'sticks-out', Math.max(box.left - rect.left, rect.right - box.right));
          // only a box that clips can cut text off vertically; text past a box's edge is
          // otherwise a layout the eye sees as overlapping, found by the side check above
          const top = Math.max(rect.top, blockBox.top);
          const bottom = Math.min(rect.bottom, blockBox.bottom);
          if (isClippingY && element !== block) report(describe(element), 'clipped', Math.max(box.top - top, bottom - box.bottom));
        }
        if (element === root) break;
      }
    }
    // one line per text and box
    return found.filter((item, index) => found.findIndex((other) => other.text === item.text && other.box === item.box && other.how === item.how) === index);
  });
}
