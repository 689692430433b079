// `npm start`: the kiosk on simulated devices with embedded defaults (or `--config <file>`).
// With an Electron binary it runs the shell; without one (as on a build machine) it serves
// the same kiosk to a browser at a printed 127.0.0.1 URL carrying this launch's token.
import { join, resolve } from 'node:path';
import { describeConfigError, loadConfigFile, parseConfig } from './config/load-config';
import { startWsBridge } from './bridge/ws-server';
import { createFileLogger } from './log/file-logger';
import { devTargetFor } from './browser-mode/dev-target';
import { findElectronBinary } from './browser-mode/electron-binary';
import { launchElectron } from './browser-mode/launch-electron';
import { isVirtualPcscPresent, virtualCardControls } from './browser-mode/pcsc-presence';
import { ensureRendererBuilt, rendererDistDir, repoRoot } from './browser-mode/renderer-build';
import { defaultDataDir, parseStartArgs, startUsage } from './browser-mode/start-options';

const exitCodes = { usage: 2, config: 78 } as const;

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      // a second Ctrl-C while stopping means "now"
      process.once('SIGINT', () => process.exit(130));
      resolveSignal(signal);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

async function main(): Promise<number> {
  const args = parseStartArgs(process.argv.slice(2));
  if (!args.ok) {
    process.stderr.write(`kiosk: ${args.error}\n${startUsage}\n`);
    return exitCodes.usage;
  }
  const { configPath } = args.value;
  // Embedded defaults read cards through pcscd + vpcd when they run here, else in memory;
  // either way only test cards exist here, so the test authority is trusted.
  const isPcscUsed = configPath === undefined && isVirtualPcscPresent();
  const loaded = configPath === undefined ? parseConfig(isPcscUsed ? { devices: { cardReader: { kind: 'pcsc' } }, card: { isTestIssuerTrusted: true } } : {}) : loadConfigFile(resolve(configPath));
  if (!loaded.ok) {
    process.stderr.write(`kiosk: refusing to start: ${describeConfigError(loaded.error)}\n`);
    return exitCodes.config;
  }
  const config = loaded.value;
  await ensureRendererBuilt();

  const electron = findElectronBinary(repoRoot, process.env);
  if (electron) return launchElectron(electron, configPath);

  const dataDir = config.dataDir || defaultDataDir(process.env);
  // the terminal gets one line; the JSON log goes to <dataDir>/logs
  const logger = createFileLogger({ dir: join(dataDir, 'logs'), level: config.logs.level, maxBytes: config.logs.maxBytes, maxFiles: config.logs.maxFiles });
  // loaded only now: a refused config or an Electron hand-over never pays for the core
  const { createKiosk } = await import('./core/create-kiosk');
  const kiosk = await createKiosk(config, { dataDir, logger });
  const simulators = isPcscUsed ? { ...kiosk.simulators, cardReader: virtualCardControls(logger) } : kiosk.simulators;
  const bridge = await startWsBridge({ port: kiosk, logger, staticDir: rendererDistDir, dev: devTargetFor(simulators) });
  logger.log('kiosk.started', { cardReader: isPcscUsed ? 'pcsc: pcscd and vpcd found, the dev panel inserts a virtual card' : 'simulated: no pcscd with vpcd here' });
  process.stdout.write(`No Electron binary is available: serving the kiosk for a browser at ${bridge.pageUrl}\n`);

  await waitForStopSignal();
  await bridge.close();
  await kiosk.stop();
  logger.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // a bug or a device that cannot open: say what, without personal data, and fail
    process.stderr.write(`kiosk: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
