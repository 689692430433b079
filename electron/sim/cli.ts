// `npm run sim -- --scenario <id>` runs a scripted session on simulators with the central
// in-process and prints one JSON object; `--list` prints the scenario ids.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { parseConfig, describeConfigError } from '../config/load-config';
import { createLogger } from '../log/logger';
import { runScenario } from './run-scenario';
import { failingScenarios, scenarios } from './scenarios';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    list: { type: 'boolean', default: false },
    data: { type: 'string', default: '.kiosk-data/sim' },
    reader: { type: 'string', default: 'simulated' },
    printer: { type: 'string', default: 'simulated' },
  },
});

const all = [...scenarios, ...failingScenarios];
if (values.list) {
  for (const s of scenarios) console.log(s.id);
  process.exit(0);
}
const scenario = all.find((s) => s.id === values.scenario);
if (!scenario) {
  console.error(`unknown scenario "${values.scenario ?? ''}"; known: ${all.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const config = parseConfig({
  timeouts: { goodbyeMs: 0 },
  devices: { cardReader: values.reader === 'pcsc' ? { kind: 'pcsc' } : { kind: 'simulated' } },
  card: { isTestIssuerTrusted: true }, // scenarios insert test cards, on vpcd too
});
if (!config.ok) {
  console.error(describeConfigError(config.error));
  process.exit(2);
}
// Logs go to stderr so stdout holds exactly one JSON object.
const summary = await runScenario(scenario, config.value, { dataDir: resolve(values.data), logger: createLogger({ level: 'warn' }) });
console.log(JSON.stringify(summary));
const isSuccess = scenario.isPaid ? summary.transaction?.state === 'synced' && summary.central.stored === 1 : true;
process.exit(isSuccess ? 0 : 1);
