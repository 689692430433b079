import { describe, expect, it } from 'vitest';
import { builtInServices } from './catalog';
import { loadDefinitions } from './load-definitions';
import { kioskAvailability } from './kiosk-availability';
import { serviceAvailability } from './availability';

const { services } = loadDefinitions(builtInServices);
const status = (failedDevices: ('card-reader' | 'receipt-printer')[], isOnline = true) => ({ isOnline, failedDevices, isTakingPayments: true });

describe('the kiosk availability', () => {
  it('given every device well, then the kiosk is serving', () => {
    expect(kioskAvailability(services, status([]))).toBe('serving');
  });

  it('given the receipt printer failed, then the kiosk is limited and every paid service says why', () => {
    expect(kioskAvailability(services, status(['receipt-printer']))).toBe('limited');
    const trafficFines = services.find((s) => s.id === 'traffic-fines');
    expect(trafficFines && serviceAvailability(trafficFines, status(['receipt-printer']))).toEqual({ isAvailable: false, reasonKey: 'screens:unavailable.device.receipt-printer' });
  });

  it('given the card reader failed, then nobody can sign in: out of service', () => {
    expect(kioskAvailability(services, status(['card-reader', 'receipt-printer']))).toBe('out-of-service');
  });
});
