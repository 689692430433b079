// Test people, shared by the central's seed data and the virtual ID cards. Fictional:
// every ID number is 11 digits and starts with 2 (residents) or 9 (technicians), no real person.
export interface SeedPerson {
  readonly idNumber: string;
  readonly nameAr: string;
  readonly nameLatin: string;
  readonly nationality: string;
  readonly dateOfBirth: string;
  readonly cardExpiry: string;
  readonly role: 'resident' | 'technician';
  /** The card's PIN (test cards only). */
  readonly pin: string;
}

/** People who carry an ID card, by the identity name the card tools use. */
export const cardHolders = {
  /** A sponsor with a family and domestic workers; unpaid traffic fines. */
  resident: { idNumber: '28412345678', nameAr: 'أحمد علي المنصوري', nameLatin: 'Ahmed Ali Al-Mansouri', nationality: 'QAT', dateOfBirth: '1984-03-12', cardExpiry: '2029-06-30', role: 'resident', pin: '1234' },
  /** Sponsor of the family below; also sponsors a visitor. */
  sponsor: { idNumber: '27856001234', nameAr: 'فاطمة حسن الكعبي', nameLatin: 'Fatima Hassan Al-Kaabi', nationality: 'QAT', dateOfBirth: '1978-11-02', cardExpiry: '2030-01-31', role: 'resident', pin: '4321' },
  /** Works for a company and holds delegated permissions. */
  representative: { idNumber: '29035607788', nameAr: 'راجيش كومار', nameLatin: 'Rajesh Kumar', nationality: 'IND', dateOfBirth: '1990-07-21', cardExpiry: '2028-02-28', role: 'resident', pin: '2468' },
  technician: { idNumber: '90000000011', nameAr: 'سالم الفني', nameLatin: 'Salem Technician', nationality: 'QAT', dateOfBirth: '1988-01-01', cardExpiry: '2030-12-31', role: 'technician', pin: '9753' },
  /** The card itself expired: readable, but services refuse it. */
  expired: { idNumber: '28099887766', nameAr: 'مريم يوسف', nameLatin: 'Maryam Yousef', nationality: 'JOR', dateOfBirth: '1980-05-05', cardExpiry: '2025-01-31', role: 'resident', pin: '1111' },
  /** PIN tries already used up on the card. */
  blocked: { idNumber: '28511223344', nameAr: 'خالد ناصر', nameLatin: 'Khaled Nasser', nationality: 'EGY', dateOfBirth: '1985-09-09', cardExpiry: '2029-09-30', role: 'resident', pin: '2222' },
} as const satisfies Record<string, SeedPerson>;

export type CardHolderName = keyof typeof cardHolders;
