// The Electron main entry (bundled to dist/electron/shell/main.js): the kiosk core in
// this process, behind the locked-down shell.
import { createKiosk } from '../core/create-kiosk';
import { crashExitCode, runShell } from './run-shell';

runShell((config, options) => createKiosk(config, options)).catch((error: unknown) => {
  // Before the file log exists (or while opening it): stderr reaches the journal.
  process.stderr.write(`kiosk shell failed to start: ${error instanceof Error ? `${error.name}: ${error.message}` : typeof error}\n`);
  process.exit(crashExitCode);
});
