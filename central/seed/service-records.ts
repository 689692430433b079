// Seed data for the licence, vehicle, travel, appointment and certificate services (the README
// beside this file says which rule each line tests). Day offsets are from the seeding day,
// amounts in major units, people fictional (11 digits starting with 2).
import { dependants as d } from './household';
import { cardHolders as h } from './people';

/** Domestic workers Fatima sponsors, added for the exit permit. */
export const travellers = {
  grace: { idNumber: '28812300013', nameAr: 'غريس وانجيرو', nameLatin: 'Grace Wanjiru', nationality: 'KEN', insuranceDays: 300, permitDays: 300, hasSecurityRestriction: false },
  sita: { idNumber: '28812300014', nameAr: 'سيتا راي', nameLatin: 'Sita Rai', nationality: 'NPL', insuranceDays: 300, permitDays: 200, hasSecurityRestriction: true },
} as const;
export const travellersSponsor = h.sponsor.idNumber;

/** Since when each permit holder has lived here (residency certificates print it). */
export const residentSince: readonly { person: string; days: number }[] = [
  { person: d.noura.idNumber, days: -3000 },
  { person: d.omar.idNumber, days: -3000 },
  { person: d.layla.idNumber, days: -2900 },
  { person: d.samira.idNumber, days: -5000 },
  { person: d.maria.idNumber, days: -1500 },
  { person: d.ramesh.idNumber, days: -900 },
  { person: d.hamad.idNumber, days: -2000 },
  { person: d.rafiq.idNumber, days: -700 },
  { person: d.jose.idNumber, days: -400 },
  { person: h.representative.idNumber, days: -2500 },
  { person: h.blocked.idNumber, days: -1800 },
  { person: travellers.grace.idNumber, days: -600 },
  { person: travellers.sita.idNumber, days: -500 },
];

export const licences: readonly { number: string; person: string; expiryDays: number; state: 'valid' | 'suspended' }[] = [
  { number: 'DL-300001', person: h.resident.idNumber, expiryDays: 20, state: 'valid' },
  { number: 'DL-300002', person: h.sponsor.idNumber, expiryDays: -40, state: 'valid' },
  { number: 'DL-300003', person: h.representative.idNumber, expiryDays: 400, state: 'valid' },
  { number: 'DL-300004', person: h.blocked.idNumber, expiryDays: 10, state: 'valid' },
  { number: 'DL-300005', person: d.ramesh.idNumber, expiryDays: 5, state: 'valid' },
  { number: 'DL-300006', person: d.rafiq.idNumber, expiryDays: 15, state: 'suspended' },
  { number: 'DL-300007', person: h.technician.idNumber, expiryDays: -400, state: 'valid' },
];

export const eyeTests: readonly { person: string; days: number; result: 'pass' | 'fail' }[] = [
  { person: h.resident.idNumber, days: -30, result: 'pass' },
  { person: h.sponsor.idNumber, days: -400, result: 'pass' },
  { person: h.representative.idNumber, days: -100, result: 'pass' },
  { person: h.blocked.idNumber, days: -10, result: 'fail' },
  { person: d.ramesh.idNumber, days: -20, result: 'pass' },
  { person: d.rafiq.idNumber, days: -20, result: 'pass' },
];

/** Vehicles added by these services (the others are in records.ts). */
export const newVehicles: readonly { plate: string; ownerPerson: string }[] = [
  { plate: '345678', ownerPerson: h.resident.idNumber },
  { plate: '456789', ownerPerson: h.blocked.idNumber },
  { plate: '567890', ownerPerson: d.noura.idNumber },
];

export type VehicleType = 'private' | 'motorcycle' | 'heavy';

/** Registration, inspection and insurance of every seeded vehicle; null: none on record. */
export const vehicleRecords: readonly { plate: string; type: VehicleType; model: string; registrationDays: number; inspectionDays: number | null; insuranceDays: number | null }[] = [
  { plate: '123456', type: 'private', model: 'Toyota Land Cruiser 2022', registrationDays: 10, inspectionDays: 100, insuranceDays: 200 },
  { plate: '234567', type: 'private', model: 'Nissan Sunny 2018', registrationDays: 15, inspectionDays: -20, insuranceDays: 100 },
  { plate: '345678', type: 'motorcycle', model: 'Honda CB500X 2021', registrationDays: -5, inspectionDays: 50, insuranceDays: 50 },
  { plate: '777777', type: 'private', model: 'Nissan Patrol 2019', registrationDays: 5, inspectionDays: 60, insuranceDays: -3 },
  { plate: '654321', type: 'heavy', model: 'Mitsubishi Fuso Canter 2020', registrationDays: -2, inspectionDays: 30, insuranceDays: 90 },
  { plate: '456789', type: 'private', model: 'Hyundai Elantra 2023', registrationDays: 300, inspectionDays: 300, insuranceDays: 300 },
  { plate: '567890', type: 'private', model: 'Kia Picanto 2016', registrationDays: 8, inspectionDays: -15, insuranceDays: 100 },
];

/** Khaled already holds three upcoming appointments (the most one person may hold). */
export const bookedAppointments: readonly { person: string; centre: string; department: string; weekdaysAhead: number; slot: string }[] = [
  { person: h.blocked.idNumber, centre: 'al-rayyan', department: 'traffic', weekdaysAhead: 2, slot: '0800' },
  { person: h.blocked.idNumber, centre: 'al-wakra', department: 'residency', weekdaysAhead: 3, slot: '0900' },
  { person: h.blocked.idNumber, centre: 'lusail', department: 'id-cards', weekdaysAhead: 4, slot: '1000' },
  { person: d.omar.idNumber, centre: 'lusail', department: 'residency', weekdaysAhead: 2, slot: '0730' },
];

/** A day with every slot booked (by the technician's test account) at Al Wakra's traffic department. */
export const fullyBooked = { person: h.technician.idNumber, centre: 'al-wakra', department: 'traffic', weekdaysAhead: 5 } as const;

export const serviceFees: readonly { serviceId: string; code: string; amountMajor: number }[] = [
  { serviceId: 'certificate', code: 'residency', amountMajor: 50 },
  { serviceId: 'certificate', code: 'no-objection', amountMajor: 100 },
  { serviceId: 'certificate', code: 'traffic-clearance', amountMajor: 30 },
  { serviceId: 'licence-renewal', code: 'per-year', amountMajor: 50 },
  { serviceId: 'licence-replacement', code: 'lost', amountMajor: 150 },
  { serviceId: 'licence-replacement', code: 'damaged', amountMajor: 100 },
  { serviceId: 'vehicle-registration', code: 'private', amountMajor: 100 },
  { serviceId: 'vehicle-registration', code: 'motorcycle', amountMajor: 50 },
  { serviceId: 'vehicle-registration', code: 'heavy', amountMajor: 300 },
];

/** Services whose quotes carry a fee version (free ones too: the version is what a quote is checked on). */
export const versionedServices = ['certificate', 'licence-renewal', 'licence-replacement', 'vehicle-registration', 'exit-permit', 'appointment'];
