// National addresses the ministry holds for card holders (fictional: Qatar's zone / street /
// building form). A certificate chosen "by post" goes to the payer's address on record; the
// representative has none, so the central records his choice as awaiting an address.
import { cardHolders, type CardHolderName } from '../seed/people';

const addresses: Partial<Record<CardHolderName, string>> = {
  resident: 'Zone 66, Street 850, Building 12, Doha',
  sponsor: 'Zone 52, Street 340, Building 7, Al Rayyan',
  expired: 'Zone 25, Street 920, Building 31, Doha',
  blocked: 'Zone 91, Street 1012, Building 4, Al Wakrah',
};

export function seedAddressRows(): { personId: string; address: string }[] {
  return Object.entries(addresses).map(([name, address]) => ({ personId: cardHolders[name as CardHolderName].idNumber, address }));
}

/** What a public screen may show of an address: its zone, the rest hidden. */
export function maskAddress(address: string): string {
  const [zone] = address.split(',');
  return `${zone ?? ''}, •••`;
}
