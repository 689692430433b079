import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { FakeWebContents } from './fake-electron';
import { watchRenderer } from '../../electron/shell/recovery';
import { appEntryUrl } from '../../electron/shell/app-origin';
import { createMemoryLogger } from '../../electron/log/logger';

vi.mock('electron', () => import('./fake-electron'));

const hangMs = 10_000;

function setUp() {
  const contents = new FakeWebContents();
  const logger = createMemoryLogger();
  const resetSession = vi.fn();
  const watch = watchRenderer({ contents: contents as unknown as WebContents, hangMs, logger, resetSession });
  return { contents, logger, resetSession, watch };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('renderer recovery', () => {
  it('given heartbeats keep coming, never reloads', () => {
    const t = setUp();
    for (let beat = 0; beat < 60; beat += 1) {
      vi.advanceTimersByTime(1_000);
      t.watch.heartbeat();
    }
    expect(t.contents.loaded).toEqual([]);
    expect(t.resetSession).not.toHaveBeenCalled();
    t.watch.stop();
  });

  it('given no heartbeat for the hang threshold, ends the session, kills the hung renderer and loads the attract page', async () => {
    const t = setUp();
    t.watch.heartbeat();
    vi.advanceTimersByTime(hangMs - 1);
    expect(t.contents.loaded).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(t.resetSession).toHaveBeenCalledTimes(1);
    expect(t.contents.crashes).toBe(1);
    expect(t.contents.loaded).toEqual([appEntryUrl]);
    await vi.runOnlyPendingTimersAsync();
    expect(t.logger.lines.map((l) => l.event)).toContain('shell.renderer-reloaded');
    t.watch.stop();
  });

  it('given the renderer process dies, reloads at once without killing anything', () => {
    const t = setUp();
    t.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(t.resetSession).toHaveBeenCalledTimes(1);
    expect(t.contents.crashes).toBe(0);
    expect(t.contents.loaded).toEqual([appEntryUrl]);
    expect(t.logger.lines[0]).toEqual({ event: 'shell.renderer-gone', fields: { reason: 'crashed', exitCode: 139, isRecovering: false } });
    t.watch.stop();
  });

  it('given the renderer goes unresponsive, kills and reloads it', () => {
    const t = setUp();
    t.contents.emit('unresponsive');
    expect(t.contents.crashes).toBe(1);
    expect(t.contents.loaded).toEqual([appEntryUrl]);
    t.watch.stop();
  });

  it('given a page that crashes again on every load, retries once per hang threshold, not in a loop', () => {
    const t = setUp();
    t.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    for (let crash = 0; crash < 20; crash += 1) t.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(t.contents.loaded).toHaveLength(1);
    vi.advanceTimersByTime(hangMs);
    expect(t.contents.loaded).toHaveLength(2);
    t.watch.stop();
  });

  it('given the page came back (a heartbeat), reacts to the next crash at once again', () => {
    const t = setUp();
    t.contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    t.watch.heartbeat();
    t.contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(t.contents.loaded).toHaveLength(2);
    expect(t.resetSession).toHaveBeenCalledTimes(2);
    t.watch.stop();
  });

  it('given the window is already destroyed, does nothing', () => {
    const t = setUp();
    t.contents.isGone = true;
    vi.advanceTimersByTime(hangMs);
    expect(t.contents.loaded).toEqual([]);
    expect(t.resetSession).not.toHaveBeenCalled();
    t.watch.stop();
  });
});
