// What the operating system shows of locally attached devices: USB printer device files and
// serial ports. Pure listing of /dev; nothing is opened.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

async function entries(dir: string, matches: (name: string) => boolean): Promise<string[]> {
  try {
    return (await readdir(dir)).filter(matches).map((name) => join(dir, name)).sort();
  } catch {
    return []; // a folder that does not exist (no USB serial device ever plugged in) lists nothing
  }
}

/** USB printers the kernel's usblp driver exposes (/dev/usb/lp0…). */
export function listPrinterDeviceFiles(devDir = '/dev'): Promise<string[]> {
  return entries(join(devDir, 'usb'), (name) => /^lp\d+$/.test(name));
}

/**
 * Serial ports with something behind them: USB-CDC and USB-serial adapters (ttyACM*, ttyUSB*)
 * and their stable names under /dev/serial/by-id. The 32 built-in ttyS* exist whether or not a
 * port is wired, so they are not offered.
 */
export async function listSerialPorts(devDir = '/dev'): Promise<string[]> {
  const stable = await entries(join(devDir, 'serial', 'by-id'), () => true);
  const raw = await entries(devDir, (name) => /^tty(ACM|USB)\d+$/.test(name));
  return [...stable, ...raw];
}
