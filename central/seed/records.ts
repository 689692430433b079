// Permits, vehicles, violations, fees and past requests. Day offsets are from the seeding day;
// amounts are in major units (multiplied by the currency's minor unit when seeded).
import { dependants as d } from './household';
import { cardHolders as h } from './people';

export const permits: readonly { number: string; person: string; kind: 'residence' | 'visit-visa'; expiryDays: number; maxStayEndDays?: number }[] = [
  { number: 'RP-100001', person: d.noura.idNumber, kind: 'residence', expiryDays: 20 },
  { number: 'RP-100002', person: d.omar.idNumber, kind: 'residence', expiryDays: 200 },
  { number: 'RP-100003', person: d.layla.idNumber, kind: 'residence', expiryDays: -10 },
  { number: 'RP-100004', person: d.samira.idNumber, kind: 'residence', expiryDays: 10 },
  { number: 'RP-100005', person: d.maria.idNumber, kind: 'residence', expiryDays: -5 },
  { number: 'RP-100006', person: d.ramesh.idNumber, kind: 'residence', expiryDays: 15 },
  { number: 'RP-100007', person: d.hamad.idNumber, kind: 'residence', expiryDays: 25 },
  { number: 'RP-100011', person: d.rafiq.idNumber, kind: 'residence', expiryDays: -3 },
  { number: 'RP-100012', person: d.jose.idNumber, kind: 'residence', expiryDays: 300 },
  { number: 'RP-100020', person: h.representative.idNumber, kind: 'residence', expiryDays: 12 },
  { number: 'RP-100021', person: h.expired.idNumber, kind: 'residence', expiryDays: -30 },
  { number: 'RP-100022', person: h.blocked.idNumber, kind: 'residence', expiryDays: 500 },
  { number: 'VV-200008', person: d.john.idNumber, kind: 'visit-visa', expiryDays: 10, maxStayEndDays: 100 },
  { number: 'VV-200009', person: d.mona.idNumber, kind: 'visit-visa', expiryDays: 5, maxStayEndDays: 5 },
  { number: 'VV-200010', person: d.chen.idNumber, kind: 'visit-visa', expiryDays: 20, maxStayEndDays: 200 },
];

export const vehicles: readonly { plate: string; ownerPerson?: string; ownerCompany?: string }[] = [
  { plate: '123456', ownerPerson: h.resident.idNumber },
  { plate: '234567', ownerPerson: h.resident.idNumber },
  { plate: '777777', ownerPerson: h.sponsor.idNumber },
  { plate: '654321', ownerCompany: 'CO-5501' },
];

export type Offence = 'speeding' | 'red-light' | 'parking' | 'seatbelt' | 'mobile-phone';
export type Place = 'corniche' | 'salwa-road' | 'd-ring-road' | 'lusail-expressway' | 'al-shamal-road';

/** `person` is the identified driver; camera violations on a company car have none. */
export const violations: readonly { id: string; person?: string; plate: string; days: number; place: Place; offence: Offence; amountMajor: number; isBlocking: boolean; isPaid?: boolean }[] = [
  { id: 'V-1001', person: h.resident.idNumber, plate: '123456', days: -40, place: 'corniche', offence: 'speeding', amountMajor: 500, isBlocking: false },
  { id: 'V-1002', person: h.resident.idNumber, plate: '234567', days: -25, place: 'salwa-road', offence: 'parking', amountMajor: 300, isBlocking: false },
  { id: 'V-1003', person: h.resident.idNumber, plate: '123456', days: -12, place: 'd-ring-road', offence: 'mobile-phone', amountMajor: 500, isBlocking: false },
  { id: 'V-1004', person: d.ramesh.idNumber, plate: '123456', days: -90, place: 'lusail-expressway', offence: 'red-light', amountMajor: 6000, isBlocking: true },
  { id: 'V-1005', person: d.noura.idNumber, plate: '234567', days: -8, place: 'corniche', offence: 'parking', amountMajor: 150, isBlocking: false },
  { id: 'V-1006', plate: '654321', days: -30, place: 'al-shamal-road', offence: 'speeding', amountMajor: 500, isBlocking: false },
  { id: 'V-1007', plate: '654321', days: -6, place: 'salwa-road', offence: 'seatbelt', amountMajor: 500, isBlocking: false },
  { id: 'V-1008', plate: '777777', days: -15, place: 'lusail-expressway', offence: 'speeding', amountMajor: 300, isBlocking: false },
  { id: 'V-0999', person: h.resident.idNumber, plate: '123456', days: -200, place: 'corniche', offence: 'parking', amountMajor: 300, isBlocking: false, isPaid: true },
];

/** Fees per service; any change bumps the service's fee version, which stale quotes fail on. */
export const fees: readonly { serviceId: string; code: string; amountMajor: number }[] = [
  { serviceId: 'residence-renewal', code: 'per-year', amountMajor: 500 },
  { serviceId: 'residence-renewal', code: 'delivery-post', amountMajor: 30 },
  { serviceId: 'visa-extension', code: 'per-month', amountMajor: 200 },
];

export type RequestStatus = 'submitted' | 'in-progress' | 'approved' | 'rejected' | 'card-posted' | 'paid';

/** `number` becomes REQ-<year of the request>-<number, 6 digits>. */
export const requests: readonly { number: number; serviceId: string; holder: string; subject: string; status: RequestStatus; reason?: string; days: number }[] = [
  { number: 101, serviceId: 'residence-renewal', holder: h.resident.idNumber, subject: d.maria.idNumber, status: 'card-posted', days: -370 },
  { number: 102, serviceId: 'residence-renewal', holder: h.resident.idNumber, subject: d.omar.idNumber, status: 'approved', days: -165 },
  { number: 201, serviceId: 'visa-extension', holder: h.sponsor.idNumber, subject: d.john.idNumber, status: 'approved', days: -20 },
  { number: 202, serviceId: 'residence-renewal', holder: h.sponsor.idNumber, subject: d.hamad.idNumber, status: 'rejected', reason: 'documents-missing', days: -14 },
  { number: 203, serviceId: 'visa-extension', holder: h.sponsor.idNumber, subject: d.mona.idNumber, status: 'in-progress', days: -3 },
  { number: 204, serviceId: 'visa-extension', holder: h.sponsor.idNumber, subject: d.chen.idNumber, status: 'submitted', days: -1 },
  { number: 301, serviceId: 'residence-renewal', holder: h.representative.idNumber, subject: d.jose.idNumber, status: 'rejected', reason: 'insurance-invalid', days: -60 },
];

/** Reasons a seeded request was rejected (each has a locale key central:status.rejected.<reason>). */
export const rejectionReasons = ['documents-missing', 'insurance-invalid', 'sponsor-mismatch'] as const;
