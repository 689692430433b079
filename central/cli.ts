// `npm run central -- [--port 8787] [--data ./.kiosk-data/central] [--fresh] [--signed] [--tls]`: the
// simulator alone. --signed: kiosks must enrol (npm run central:kiosks -- issue-code) and sign;
// --tls: HTTPS with a test CA made in <data>/tls (the kiosk pins <data>/tls/ca.pem: central.caFile).
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../electron/log/logger';
import { startCentral } from './server';
import { ensureTestCa } from './tls/test-ca';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    data: { type: 'string', default: './.kiosk-data/central' },
    fresh: { type: 'boolean', default: false },
    currency: { type: 'string', default: 'QAR:2' },
    signed: { type: 'boolean', default: false },
    tls: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
const [code = '', minor = ''] = values.currency.split(':');
if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^[A-Z]{3}$/.test(code) || !/^[0-3]$/.test(minor)) {
  process.stderr.write('usage: npm run central -- [--port 0-65535] [--data <folder>] [--fresh] [--currency QAR:2] [--signed] [--tls]\n');
  process.exit(2);
}

const dbPath = join(resolve(values.data), 'central.sqlite');
const ca = values.tls ? ensureTestCa(join(resolve(values.data), 'tls')) : undefined;
const central = await startCentral({
  dbPath, port, isFresh: values.fresh, currency: { code, minorUnits: Number(minor) }, logger: createLogger(),
  ...(values.signed ? { auth: {} } : {}), ...(ca ? { tls: { cert: ca.certPem, key: ca.keyPem } } : {}),
});
process.stdout.write(`${JSON.stringify({ url: central.url, fleet: `${central.url}/fleet`, database: dbPath, ...(ca ? { caFile: ca.caFile } : {}) })}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    central.close().then(() => process.exit(0));
  });
}
