import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrintablePage, PrintablePageHost } from './print-to-pdf-renderer';
import { PrintToPdfRenderer } from './print-to-pdf-renderer';

function fakeHost(page: Partial<PrintablePage> | Error): PrintablePageHost & { closed: number; loaded: string[] } {
  const host = {
    closed: 0,
    loaded: [] as string[],
    async open(html: string) {
      host.loaded.push(html);
      if (page instanceof Error) throw page;
      return page as PrintablePage;
    },
    close() {
      host.closed++;
    },
  };
  return host;
}

describe('printToPDF renderer (the Electron shell supplies the window)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given a window that prints, then the bytes come back, with A4 settings asked, and the window is closed', async () => {
    const printToPDF = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    const host = fakeHost({ printToPDF });
    expect(await new PrintToPdfRenderer(host).renderHtmlToPdf('<p>x</p>')).toEqual({ ok: true, value: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(host.loaded).toEqual(['<p>x</p>']);
    expect(host.closed).toBe(1);
  });

  it('given the window cannot open, then engine-unavailable; given printing throws, then render-failed and the window is still closed', async () => {
    expect(await new PrintToPdfRenderer(fakeHost(new Error('no display'))).renderHtmlToPdf('x')).toEqual({ ok: false, error: { kind: 'engine-unavailable', detail: 'no display' } });
    const host = fakeHost({ printToPDF: async () => Promise.reject(new Error('printing failed')) });
    expect(await new PrintToPdfRenderer(host).renderHtmlToPdf('x')).toEqual({ ok: false, error: { kind: 'render-failed', detail: 'printing failed' } });
    expect(host.closed).toBe(1);
  });

  it('given printing never finishes, when the timeout passes, then the answer is timeout', async () => {
    vi.useFakeTimers();
    const host = fakeHost({ printToPDF: () => new Promise<Uint8Array>(() => undefined) });
    const result = new PrintToPdfRenderer(host, 5_000).renderHtmlToPdf('x');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await result).toEqual({ ok: false, error: { kind: 'timeout' } });
  });
});
