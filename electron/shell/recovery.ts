// Brings the page back by itself: when the renderer process dies, stops answering, or its
// preload stops beating for hangMs, the core's session is ended and the page is loaded
// afresh on the attract screen. After one recovery the next waits for the hang timer, so a
// page that crashes on load is retried once per hangMs, not in a tight loop.
import type { WebContents } from 'electron';
import { appEntryUrl } from './app-origin';
import type { Logger } from '../log/logger';

export type RecoveryCause = 'gone' | 'unresponsive' | 'no-heartbeat';

export interface RendererWatchOptions {
  readonly contents: WebContents;
  readonly hangMs: number;
  readonly logger: Logger;
  /** Ends any open session in the core so the fresh page draws the attract screen. */
  readonly resetSession: () => void;
}

export interface RendererWatch {
  /** Called on each heartbeat from our own page (ipc-bridge checks the sender). */
  heartbeat(): void;
  stop(): void;
}

export function watchRenderer(options: RendererWatchOptions): RendererWatch {
  const { contents, logger } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isRecovering = false;
  let recoveries = 0;

  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      logger.log('shell.renderer-hung', { cause: 'no-heartbeat', isRecovering });
      recover('no-heartbeat');
    }, options.hangMs);
  };

  const recover = (cause: RecoveryCause): void => {
    if (contents.isDestroyed()) return;
    isRecovering = true;
    recoveries += 1;
    options.resetSession();
    // A hung renderer ignores a reload; killing it first is what Electron documents.
    if (cause !== 'gone') contents.forcefullyCrashRenderer();
    contents.loadURL(appEntryUrl).then(
      () => logger.log('shell.renderer-reloaded', { cause, recoveries }),
      (error: Error) => logger.log('shell.renderer-hung', { cause: 'reload-failed', reason: error.name }),
    );
    arm();
  };

  contents.on('render-process-gone', (_event, details) => {
    logger.log('shell.renderer-gone', { reason: details.reason, exitCode: details.exitCode, isRecovering });
    if (!isRecovering) recover('gone');
  });
  contents.on('unresponsive', () => {
    logger.log('shell.renderer-hung', { cause: 'unresponsive', isRecovering });
    if (!isRecovering) recover('unresponsive');
  });
  arm();

  return {
    heartbeat() {
      isRecovering = false;
      arm();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
