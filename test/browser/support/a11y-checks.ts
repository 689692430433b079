// What the accessibility tests measure on a page: axe-core (with the enhanced 7:1 contrast
// rule when asked, and the repo's listed exceptions), the box of every control, and whether
// any content is cut off sideways.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../../electron/browser-mode/renderer-build';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeException {
  readonly rule: string;
  readonly target: string;
  readonly reason: string;
}

export const axeExceptions: readonly AxeException[] = (JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/axe-exceptions.json'), 'utf8')) as { exceptions: AxeException[] }).exceptions;

/** Rule id and target of each violation not listed in test/fixtures/axe-exceptions.json. */
export async function axeFindings(page: Page, options: { readonly isContrastEnhanced: boolean }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async (isContrastEnhanced) => {
    type AxeResult = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { rules: { 'color-contrast-enhanced': { enabled: isContrastEnhanced } } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => ({ rule: violation.id, target: String(node.target[0] ?? '?') })));
  }, options.isContrastEnhanced);
  return found.filter((v) => !axeExceptions.some((e) => e.rule === v.rule && v.target.includes(e.target))).map((v) => `${v.rule} at ${v.target}`);
}

export interface ControlBox {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every control a finger may touch on the screen (the dev panel aside), with its box in CSS px of the window. */
export async function controlBoxes(page: Page): Promise<ControlBox[]> {
  return page.evaluate(() => {
    const selector = 'button, input, select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="textbox"], [data-control]';
    return [...document.querySelectorAll(`[data-screen] :is(${selector})`)]
      .filter((element) => !element.closest('.dev-panel') && !element.closest('[inert]'))
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = element.getAttribute('data-control') ?? element.getAttribute('data-action') ?? element.getAttribute('data-key') ?? element.tagName.toLowerCase();
        return { name, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
      })
      .filter((box) => box.width > 0 && box.height > 0);
  });
}

/** Text or controls that stick out of the window sideways, or boxes whose own content overflows and is hidden. */
export async function clippedContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out: string[] = [];
    for (const element of document.querySelectorAll('[data-screen] *')) {
      if (element.closest('.dev-panel') || !(element instanceof HTMLElement)) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (hasText && box.width > 0 && (box.left < -1 || box.right > width + 1)) out.push(`${element.className || element.tagName} outside the window (${Math.round(box.left)}..${Math.round(box.right)})`);
      const hidesOverflow = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (hidesOverflow && hasText && element.scrollWidth > element.clientWidth + 1) out.push(`${element.className || element.tagName} cut off (${element.scrollWidth} > ${element.clientWidth})`);
    }
    return out;
  });
}

/** Of the named controls on screen, those whose box is not wholly inside the window and every scrolling box around it. */
export async function hiddenUntilScrolled(page: Page, controls: readonly string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    const hidden: string[] = [];
    for (const id of ids) {
      const element = document.querySelector(`[data-screen] [data-control="${id}"]`);
      if (!element || element.closest('[inert]')) continue;
      const box = element.getBoundingClientRect();
      let isInSight = box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
      for (let parent = element.parentElement; parent && isInSight; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (!/(auto|scroll|hidden|clip)/.test(style.overflowY)) continue;
        const frame = parent.getBoundingClientRect();
        isInSight = box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
      }
      if (!isInSight) hidden.push(id);
    }
    return hidden;
  }, controls);
}
