// What technician mode offers for a role: the simulator (and "none" for optional roles), then
// whatever is attached or answers. Each kind of look is a function handed in, so tests replace
// the operating system.
import type { Discovery, DeviceOption, TechRole } from '../../../state-machines/technician/technician-types';
import type { Result } from '../../../hardware/result';
import { KeyMapSchema } from '../../../hardware/keypad/key-map';
import { bootKeypadMap, distinctHid, type ListHid } from './hid-devices';

export interface DiscoveryPorts {
  readonly pcscReaders: () => Promise<Result<string[], 'pcscd-unavailable'>>;
  readonly tcpPrinters: () => Promise<{ host: string; port: number }[]>;
  readonly printerDeviceFiles: () => Promise<string[]>;
  readonly serialPorts: () => Promise<string[]>;
  readonly cupsQueues: () => Promise<Result<{ name: string; printerUri: string }[], 'cups-unreachable'>>;
  readonly hidDevices: ListHid;
}

const simulated: DeviceOption = { label: 'Simulated', via: 'via.simulated', config: { kind: 'simulated' } };
const none: DeviceOption = { label: '—', via: 'via.none', config: { kind: 'none' } };
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

export async function discoverDevices(role: TechRole, ports: DiscoveryPorts): Promise<Discovery> {
  const problems: string[] = [];
  const found: DeviceOption[] = [];
  switch (role) {
    case 'card-reader': {
      const readers = await ports.pcscReaders();
      if (!readers.ok) problems.push(`problem.${readers.error}`);
      else {
        if (readers.value.length > 0) found.push({ label: 'PC/SC: first reader with a card', via: 'via.pcsc', config: { kind: 'pcsc', commandTimeoutMs: 5000 } });
        found.push(...readers.value.map((name) => ({ label: name, via: 'via.pcsc', config: { kind: 'pcsc', readerName: name, commandTimeoutMs: 5000 } })));
      }
      break;
    }
    case 'receipt-printer': {
      const [tcp, files, serial] = await Promise.all([ports.tcpPrinters(), ports.printerDeviceFiles(), ports.serialPorts()]);
      found.push(...tcp.map(({ host, port }) => ({ label: `${host}:${port}`, via: 'via.tcp', config: { kind: 'escpos-tcp', host, port } })));
      found.push(...files.map((path) => ({ label: path, via: 'via.device-file', config: { kind: 'escpos-device', path } })));
      found.push(...serial.map((path) => ({ label: `${path} @ 19200`, via: 'via.serial', config: { kind: 'escpos-serial', path, baudRate: 19200 } })));
      break;
    }
    case 'a4-printer': {
      const queues = await ports.cupsQueues();
      if (!queues.ok) problems.push(`problem.${queues.error}`);
      else found.push(...queues.value.map((q) => ({ label: q.printerUri, via: 'via.cups', config: { kind: 'ipp', printerUri: q.printerUri } })));
      break;
    }
    case 'keypad': {
      const devices = await ports.hidDevices();
      if (!devices.ok) problems.push(`problem.${devices.error}`);
      else {
        for (const device of distinctHid(devices.value)) {
          const keyMap = KeyMapSchema.parse(bootKeypadMap(device));
          const name = device.product ? ` ${device.product}` : '';
          const usage = device.usagePage === undefined ? '' : ` usage 0x${device.usagePage.toString(16)}`;
          found.push({ label: `HID ${hex4(device.vendorId)}:${hex4(device.productId)}${usage}${name}`, via: 'via.hid', config: { kind: 'hid', keyMap, pollMs: 1000 } });
        }
      }
      break;
    }
    case 'scanner': {
      const serial = await ports.serialPorts();
      found.push(...serial.map((path) => ({ label: path, via: 'via.serial', config: { kind: 'serial', path } })));
      break;
    }
    case 'payment':
      break; // only the simulated terminal has a driver so far
  }
  if (found.length === 0 && problems.length === 0) problems.push('problem.no-device');
  const isOptional = role === 'a4-printer' || role === 'keypad' || role === 'scanner';
  return { options: [...(isOptional ? [none] : []), simulated, ...found], problems };
}
