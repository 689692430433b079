import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { View } from '../../electron/bridge/contract';
import { kioskViewport } from './support/chromium';
import { fixtureViews } from './support/fixture-views';
import { openFixturePage, type FixturePage } from './support/fixture-page';

// Right to left done properly: Arabic and Urdu mirror the whole layout, an icon that points
// along the reading direction (Back, erase) points the other way, and one that points at the
// screen (the caret arrows) does not. Checked on pixels: the Arabic icon must be the English
// one flipped.
function fixture(language: string, name: string): View {
  const view = fixtureViews(language).find((entry) => entry.name === name)?.view;
  if (!view) throw new Error(`no fixture ${name}`);
  return view;
}

function flipped(png: PNG): PNG {
  const out = new PNG({ width: png.width, height: png.height });
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const from = (y * png.width + x) * 4;
      const to = (y * png.width + (png.width - 1 - x)) * 4;
      png.data.copy(out.data, to, from, from + 4);
    }
  }
  return out;
}

/** Pixels that differ between two same-sized pictures (anti-aliasing ignored). */
function differingPixels(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return Number.POSITIVE_INFINITY;
  return pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.2 });
}

describe('mirroring for right-to-left languages', () => {
  let fixturePage: FixturePage;
  let page: Page;
  const show = (view: View) => fixturePage.show(view);

  beforeAll(async () => {
    fixturePage = await openFixturePage(fixture('ar', 'attract'));
    page = fixturePage.page;
  });
  afterAll(async () => {
    await fixturePage.close();
  });

  const shot = async (selector: string): Promise<PNG> => PNG.sync.read(await page.locator(selector).first().screenshot({ animations: 'disabled' }));
  const centreX = async (selector: string): Promise<number> => {
    const box = await page.locator(selector).first().boundingBox();
    return box ? box.x + box.width / 2 : Number.NaN;
  };

  it.each(['ar', 'ur'])('given %s, then Back sits at the right and its arrow is the English one mirrored', async (language) => {
    await show(fixture('en', 'items'));
    const english = await shot('[data-action="back"] .icon--back');
    expect(await centreX('[data-action="back"]')).toBeLessThan(kioskViewport.width / 2);
    await show(fixture(language, 'items'));
    expect(await centreX('[data-action="back"]')).toBeGreaterThan(kioskViewport.width / 2);
    const mirrored = await shot('[data-action="back"] .icon--back');
    expect(differingPixels(mirrored, flipped(english))).toBe(0);
    expect(differingPixels(mirrored, english), 'not drawn the same way as in English').toBeGreaterThan(0);
  });

  it('given an Arabic address being typed, then erase points right (toward the start of Arabic text), while the caret arrows point where they move, as in English', async () => {
    const withAddress = (language: string): View => {
      const form = fixture(language, 'form');
      return { ...form, form: [{ name: 'address', label: { key: 'services:residence-renewal.field.address', values: {} }, kind: 'address', value: '' }] };
    };
    // the icon drawn at the key's centre, in a window the same size whatever the key's width
    const iconShot = async (selector: string): Promise<PNG> => {
      const box = await page.locator(selector).first().boundingBox();
      if (!box) throw new Error(`${selector} is not drawn`);
      const clip = { x: Math.round(box.x + box.width / 2) - 32, y: Math.round(box.y + box.height / 2) - 20, width: 64, height: 40 };
      return PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
    };
    // Latin keys in both (an Arabic field can type Latin too): the same icons, only the direction differs
    const icons = async (language: string): Promise<{ erase: PNG; left: PNG }> => {
      await show(withAddress(language));
      await page.click('[data-field="address"]');
      await page.waitForSelector('.kb');
      if (language !== 'en') await page.click('.kb [data-key="switch-latin"]');
      await page.waitForSelector('.kb[data-keyboard="latin"]');
      const icons = { erase: await iconShot('.kb [data-key="backspace"]'), left: await iconShot('.kb [data-key="caret-left"]') };
      await page.click('.kb [data-key="done"]');
      return icons;
    };
    const english = await icons('en');
    const arabic = await icons('ar');
    const area = english.erase.width * english.erase.height;
    // sub-pixel rounding of the rotated strokes aside, the Arabic erase key is the English one mirrored
    expect(differingPixels(arabic.erase, flipped(english.erase))).toBeLessThan(area * 0.01);
    expect(differingPixels(arabic.erase, english.erase)).toBeGreaterThan(area * 0.02);
    expect(differingPixels(arabic.left, english.left)).toBe(0);
  });

  it('given Arabic, then headings and lists start at the right edge, and amounts sit at the left end of their rows', async () => {
    await show(fixture('ar', 'items'));
    const layout = await page.evaluate(() => {
      const title = document.querySelector('.screen__title')?.getBoundingClientRect();
      const row = document.querySelector('[data-action="item"]')?.getBoundingClientRect();
      const amount = document.querySelector('[data-action="item"] .money')?.getBoundingClientRect();
      return { titleRight: title?.right ?? 0, rowRight: row?.right ?? 0, rowLeft: row?.left ?? 0, amountLeft: amount?.left ?? 0, width: window.innerWidth };
    });
    expect(layout.width - layout.titleRight).toBeLessThan(120);
    expect(Math.abs(layout.titleRight - layout.rowRight)).toBeLessThan(2);
    expect(layout.amountLeft - layout.rowLeft).toBeLessThan(80);
  });
});
