// `npm run app:approve -- <challenge-or-qr-text> <id-number> [--central <url>] [--kiosk <id>]`
// as a function of its arguments, so tests run it without a child process.
import { parseArgs } from 'node:util';
import { approveLogin } from './approve-login';

export const defaultCentralUrl = 'http://127.0.0.1:8787';

const usage =
  'usage: npm run app:approve -- <qr-text | challenge-id> <id-number> [--central <url>] [--kiosk <kiosk-id>]\n' +
  '  qr-text: what the kiosk\'s QR code says (moi-app://kiosk-login?kiosk=…&challenge=…)\n' +
  '  a bare challenge id needs --kiosk (the QR text names its kiosk itself)\n';

export interface CommandOutput {
  out(line: string): void;
  error(line: string): void;
}

/** Returns the exit code: 0 approved, 1 refused (or unreachable), 2 bad arguments. */
export async function runApproveCommand(argv: readonly string[], io: CommandOutput, fetchImpl?: typeof fetch): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { central: { type: 'string', default: defaultCentralUrl }, kiosk: { type: 'string' } } });
  } catch (cause) {
    io.error(`${cause instanceof Error ? cause.message : String(cause)}\n${usage}`);
    return 2;
  }
  const [code, idNumber] = parsed.positionals;
  if (parsed.positionals.length !== 2 || code === undefined || idNumber === undefined || !/^\d{11}$/.test(idNumber)) {
    io.error(usage);
    return 2;
  }
  const result = await approveLogin({
    centralUrl: parsed.values.central,
    code,
    idNumber,
    ...(parsed.values.kiosk ? { kioskId: parsed.values.kiosk } : {}),
    ...(fetchImpl ? { fetchImpl } : {}),
  });
  if (result.ok) {
    io.out(JSON.stringify({ outcome: 'approved', kioskId: result.value.kioskId }));
    return 0;
  }
  io.out(JSON.stringify({ outcome: 'refused', ...result.error }));
  if (result.error.kind === 'bad-code') io.error(usage);
  return 1;
}
