// npm run printer:virtual [-- --port 9100 --control-port 9101 --width 576 --out <dir> --device /dev/pts/N]
// Starts the virtual ESC/POS printer and prints one JSON line per event on stdout.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startControlServer } from './control-server';
import { openDeviceStream } from './device-stream';
import { VirtualEscPosPrinter } from './virtual-printer';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    host: { type: 'string', default: '127.0.0.1' },
    'control-port': { type: 'string', default: '9101' },
    width: { type: 'string', default: '576' },
    out: { type: 'string', default: 'test/artifacts/virtual-printer' },
    device: { type: 'string' },
  },
});

const say = (event: string, fields: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`);
};
const fail = (message: string): never => {
  process.stderr.write(`virtual printer: ${message}\n`);
  process.exit(2);
};

const widthDots = Number(values.width);
if (widthDots !== 384 && widthDots !== 576) fail(`--width must be 384 or 576 dots, not ${values.width}`);
const outDir = resolve(values.out);
const printer = new VirtualEscPosPrinter({ widthDots, outDir });
printer.onReceipt((receipt) => {
  say('virtual-printer.receipt', { png: receipt.pngPath, heightDots: receipt.summary.heightDots, bytes: receipt.bytes.length, unknown: receipt.summary.unknown });
});

const port = await printer.listen(Number(values.port), values.host).catch((error: Error) => fail(`cannot listen on ${values.host}:${values.port}: ${error.message}`));
const control = await startControlServer(printer, Number(values['control-port'])).catch((error: Error) => fail(`cannot start the control endpoint: ${error.message}`));
if (values.device !== undefined) {
  const stream = await openDeviceStream(values.device);
  if (!stream.ok) fail(`cannot open ${values.device}: ${JSON.stringify(stream.error)}`);
  else printer.attach(stream.value);
}
say('virtual-printer.listening', { host: values.host, port, controlPort: control.port, device: values.device ?? null, widthDots, outDir });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([printer.close(), control.close()]).then(() => process.exit(0));
  });
}
