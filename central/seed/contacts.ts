// Phone numbers and e-mail addresses the central holds for card holders (fictional: Qatar
// mobile numbers in the 555 test range, example.qa addresses). The representative has none on
// record, so a kiosk must not offer to send him a receipt.
import { cardHolders, type CardHolderName } from './people';

export interface SeedContact {
  readonly phone?: string;
  readonly email?: string;
}

export const holderContacts: Partial<Record<CardHolderName, SeedContact>> = {
  resident: { phone: '+97455512345', email: 'ahmed.almansouri@example.qa' },
  sponsor: { email: 'fatima.alkaabi@example.qa' },
  technician: { phone: '+97455500011' },
  expired: { phone: '+97455598765', email: 'maryam.yousef@example.qa' },
  blocked: { phone: '+97455511223' },
};

/** The rows to seed, by ID number. */
export function seedContactRows(): { personId: string; phone: string | null; email: string | null }[] {
  return Object.entries(holderContacts).map(([name, contact]) => ({
    personId: cardHolders[name as CardHolderName].idNumber,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
  }));
}
