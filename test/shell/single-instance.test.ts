import { describe, expect, it, vi } from 'vitest';
import type { App, BrowserWindow } from 'electron';
import { EventEmitter } from 'node:events';
import { FakeBrowserWindow } from './fake-electron';
import { claimSingleInstance } from '../../electron/shell/single-instance';
import { createMemoryLogger } from '../../electron/log/logger';

vi.mock('electron', () => import('./fake-electron'));

const fakeApp = (hasLock: boolean) => Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => hasLock });

describe('single instance', () => {
  it('given another copy holds the lock, says so (the caller quits)', () => {
    expect(claimSingleInstance(fakeApp(false) as unknown as App, createMemoryLogger(), () => undefined)).toBe(false);
  });

  it('given the lock, and a second copy starts, logs it and brings the window forward', () => {
    const app = fakeApp(true);
    const window = new FakeBrowserWindow({});
    const logger = createMemoryLogger();
    expect(claimSingleInstance(app as unknown as App, logger, () => window as unknown as BrowserWindow)).toBe(true);
    app.emit('second-instance');
    expect(window.isFocused).toBe(true);
    expect(logger.lines.map((l) => l.event)).toEqual(['shell.second-instance']);
  });
});
