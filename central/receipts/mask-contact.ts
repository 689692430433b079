// A contact shown on a kiosk screen, where anyone behind the person can read it: enough for
// the owner to recognise it, not enough for a stranger to use it.

/** "+97455512345" → "+974 •••• 345": the country code and the last three digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  const country = phone.startsWith('+') ? `+${digits.slice(0, 3)} ` : '';
  return `${country}•••• ${digits.slice(-3)}`;
}

/** "ahmed.almansouri@example.qa" → "a•••@example.qa": the first letter and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}
