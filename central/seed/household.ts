// People the card holders act for (central/seed/README.md says which rule each one tests).
// Fictional: 11-digit numbers starting with 2, no real person. Offsets are days from the day
// the central's database was seeded, so "expires within 30 days" stays true for fresh data.
import { cardHolders } from './people';

export interface SeedDependant {
  readonly idNumber: string;
  readonly nameAr: string;
  readonly nameLatin: string;
  readonly nationality: string;
  /** Health insurance valid until this offset; null: none. */
  readonly insuranceDays: number | null;
  readonly hasSecurityRestriction?: boolean;
}

export const dependants = {
  noura: { idNumber: '28712300001', nameAr: 'نورة خليل حداد', nameLatin: 'Noura Khalil Haddad', nationality: 'JOR', insuranceDays: 200 },
  omar: { idNumber: '21512300002', nameAr: 'عمر أحمد المنصوري', nameLatin: 'Omar Ahmed Al-Mansouri', nationality: 'JOR', insuranceDays: 200 },
  layla: { idNumber: '21812300003', nameAr: 'ليلى أحمد المنصوري', nameLatin: 'Layla Ahmed Al-Mansouri', nationality: 'JOR', insuranceDays: -5 },
  samira: { idNumber: '25512300004', nameAr: 'سميرة يوسف حداد', nameLatin: 'Samira Youssef Haddad', nationality: 'JOR', insuranceDays: 300, hasSecurityRestriction: true },
  maria: { idNumber: '28812300005', nameAr: 'ماريا سانتوس', nameLatin: 'Maria Santos', nationality: 'PHL', insuranceDays: 100 },
  ramesh: { idNumber: '28912300006', nameAr: 'راميش بيلاي', nameLatin: 'Ramesh Pillai', nationality: 'IND', insuranceDays: 100 },
  hamad: { idNumber: '21312300007', nameAr: 'حمد كريم الكعبي', nameLatin: 'Hamad Karim Al-Kaabi', nationality: 'SYR', insuranceDays: 150 },
  john: { idNumber: '27912300008', nameAr: 'جون سميث', nameLatin: 'John Smith', nationality: 'GBR', insuranceDays: 120 },
  mona: { idNumber: '27912300009', nameAr: 'منى عادل', nameLatin: 'Mona Adel', nationality: 'EGY', insuranceDays: 120 },
  chen: { idNumber: '27912300010', nameAr: 'تشن وي', nameLatin: 'Chen Wei', nationality: 'CHN', insuranceDays: null },
  rafiq: { idNumber: '28312300011', nameAr: 'محمد رفيق', nameLatin: 'Mohammed Rafiq', nationality: 'BGD', insuranceDays: 90 },
  jose: { idNumber: '28312300012', nameAr: 'خوسيه كروز', nameLatin: 'Jose Cruz', nationality: 'PHL', insuranceDays: 90 },
} as const satisfies Record<string, SeedDependant>;

/** Insurance of the card holders themselves (their names and numbers are in people.ts). */
export const holderInsuranceDays: Readonly<Record<keyof typeof cardHolders, number | null>> = {
  resident: 365,
  sponsor: 365,
  representative: 200,
  technician: 365,
  expired: 60,
  blocked: 365,
};

type Relation = 'spouse' | 'child' | 'parent' | 'domestic-worker' | 'visitor';

export const sponsorships: readonly { readonly sponsor: string; readonly person: string; readonly relation: Relation }[] = [
  { sponsor: cardHolders.resident.idNumber, person: dependants.noura.idNumber, relation: 'spouse' },
  { sponsor: cardHolders.resident.idNumber, person: dependants.omar.idNumber, relation: 'child' },
  { sponsor: cardHolders.resident.idNumber, person: dependants.layla.idNumber, relation: 'child' },
  { sponsor: cardHolders.resident.idNumber, person: dependants.samira.idNumber, relation: 'parent' },
  { sponsor: cardHolders.resident.idNumber, person: dependants.maria.idNumber, relation: 'domestic-worker' },
  { sponsor: cardHolders.resident.idNumber, person: dependants.ramesh.idNumber, relation: 'domestic-worker' },
  { sponsor: cardHolders.sponsor.idNumber, person: dependants.hamad.idNumber, relation: 'child' },
  { sponsor: cardHolders.sponsor.idNumber, person: dependants.john.idNumber, relation: 'visitor' },
  { sponsor: cardHolders.sponsor.idNumber, person: dependants.mona.idNumber, relation: 'visitor' },
  { sponsor: cardHolders.sponsor.idNumber, person: dependants.chen.idNumber, relation: 'visitor' },
];

export const companies = [
  {
    id: 'CO-5501',
    nameAr: 'شركة النور للتجارة',
    nameLatin: 'Al Noor Trading',
    /** In major units; 1,200 QAR lets one or two years' renewal through but not three. */
    spendingCapMajor: 1200,
    representatives: [{ person: cardHolders.representative.idNumber, permissions: ['residence-renewal', 'traffic-fines', 'exit-permit'] }],
    employees: [cardHolders.representative.idNumber, dependants.rafiq.idNumber, dependants.jose.idNumber],
  },
] as const;
