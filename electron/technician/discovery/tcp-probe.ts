// Network receipt printers: a raw ESC/POS port that accepts a connection within the timeout
// is offered. Nothing is sent: the technician's test decides whether it prints.
import { connect } from 'node:net';

export function isTcpPortOpen(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const finish = (isOpen: boolean) => {
      socket.removeAllListeners();
      socket.on('error', () => undefined); // a late reset after destroy is not news
      socket.destroy();
      resolve(isOpen);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

export async function probeTcpPrinters(targets: readonly { host: string; port: number }[], timeoutMs: number): Promise<{ host: string; port: number }[]> {
  const open = await Promise.all(targets.map(async (target) => ((await isTcpPortOpen(target.host, target.port, timeoutMs)) ? target : undefined)));
  return open.filter((target): target is { host: string; port: number } => target !== undefined);
}
