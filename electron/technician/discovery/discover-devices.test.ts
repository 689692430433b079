import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../hardware/result';
import { listCupsQueues, parseQueueNames } from './cups-queues';
import { discoverDevices, type DiscoveryPorts } from './discover-devices';
import { listPrinterDeviceFiles, listSerialPorts } from './local-ports';
import { probeTcpPrinters } from './tcp-probe';

const nothing: DiscoveryPorts = {
  pcscReaders: async () => ok([]),
  tcpPrinters: async () => [],
  printerDeviceFiles: async () => [],
  serialPorts: async () => [],
  cupsQueues: async () => ok([]),
  hidDevices: async () => ok([]),
};

describe('discovering devices for a role', () => {
  it('given two PC/SC readers, then "first with a card" and each reader by name are offered after the simulator', async () => {
    const found = await discoverDevices('card-reader', { ...nothing, pcscReaders: async () => ok(['Virtual PCD 00 00', 'Virtual PCD 00 01']) });
    expect(found.options.map((o) => o.label)).toEqual(['Simulated', 'PC/SC: first reader with a card', 'Virtual PCD 00 00', 'Virtual PCD 00 01']);
    expect(found.options[2]?.config).toEqual({ kind: 'pcsc', readerName: 'Virtual PCD 00 00', commandTimeoutMs: 5000 });
  });

  it('given pcscd is down, then only the simulator is offered and the problem is named', async () => {
    expect(await discoverDevices('card-reader', { ...nothing, pcscReaders: async () => err('pcscd-unavailable') })).toEqual({ options: [expect.objectContaining({ label: 'Simulated' })], problems: ['problem.pcscd-unavailable'] });
  });

  it('given a network printer, a USB printer and a serial port, then all three are offered for the receipt printer', async () => {
    const found = await discoverDevices('receipt-printer', { ...nothing, tcpPrinters: async () => [{ host: '10.0.0.7', port: 9100 }], printerDeviceFiles: async () => ['/dev/usb/lp0'], serialPorts: async () => ['/dev/ttyUSB0'] });
    expect(found.options.map((o) => [o.label, o.via])).toEqual([
      ['Simulated', 'via.simulated'],
      ['10.0.0.7:9100', 'via.tcp'],
      ['/dev/usb/lp0', 'via.device-file'],
      ['/dev/ttyUSB0 @ 19200', 'via.serial'],
    ]);
  });

  it('given a HID keypad, then it is offered by vendor and product id with a boot-keyboard key map, after "none"', async () => {
    const found = await discoverDevices('keypad', { ...nothing, hidDevices: async () => ok([{ vendorId: 0x1234, productId: 0xabcd, usagePage: 1, interface: 0, product: 'Tactile Pad' }, { vendorId: 0x1234, productId: 0xabcd, usagePage: 1, interface: 0 }]) });
    expect(found.options.map((o) => o.label)).toEqual(['—', 'Simulated', 'HID 1234:abcd usage 0x1 Tactile Pad']);
    expect(found.options[2]?.config).toMatchObject({ kind: 'hid', keyMap: { vendorId: 0x1234, productId: 0xabcd, usagePage: 1, report: { format: 'boot-keyboard' } } });
  });

  it('given CUPS does not answer, then the A4 role offers none and the simulator, and says why', async () => {
    expect(await discoverDevices('a4-printer', { ...nothing, cupsQueues: async () => err('cups-unreachable') })).toMatchObject({ options: [{ label: '—' }, { label: 'Simulated' }], problems: ['problem.cups-unreachable'] });
  });

  it('given nothing attached at all, then the screen is told nothing was found', async () => {
    expect((await discoverDevices('scanner', nothing)).problems).toEqual(['problem.no-device']);
  });
});

describe('the operating system listings', () => {
  it('given a /dev with two USB printers and USB serial adapters, then those are listed and the built-in ttyS ports are not', async () => {
    const dev = mkdtempSync(join(tmpdir(), 'dev-'));
    mkdirSync(join(dev, 'usb'));
    for (const name of ['usb/lp0', 'usb/lp1', 'usb/hiddev0', 'ttyS0', 'ttyUSB0', 'ttyACM0']) writeFileSync(join(dev, name), '');
    expect(await listPrinterDeviceFiles(dev)).toEqual([join(dev, 'usb/lp0'), join(dev, 'usb/lp1')]);
    expect(await listSerialPorts(dev)).toEqual([join(dev, 'ttyACM0'), join(dev, 'ttyUSB0')]);
  });

  it('given lpstat output, then each queue becomes an IPP address on the configured server', async () => {
    expect(parseQueueNames('kiosk-a4\nOffice_Laser\n\nlpstat: bad\n')).toEqual(['kiosk-a4', 'Office_Laser']);
    expect(await listCupsQueues('localhost:631', 1000, async () => ok('kiosk-a4\n'))).toEqual(ok([{ name: 'kiosk-a4', printerUri: 'ipp://localhost:631/printers/kiosk-a4' }]));
  });

  it('given one port listening and one closed, then only the listening one is offered', async () => {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const open = (server.address() as { port: number }).port;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await probeTcpPrinters([{ host: '127.0.0.1', port: open }, { host: '127.0.0.1', port: closedPort }], 500)).toEqual([{ host: '127.0.0.1', port: open }]);
    server.close();
  });
});
