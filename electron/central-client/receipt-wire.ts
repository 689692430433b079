// When the receipt printer cannot print, the central can send the receipt to the phone or
// e-mail it holds for the card holder. The kiosk names the paid transaction by its key (the
// central answers only the kiosk that sent it) and only ever sees the contact masked.
import { z } from 'zod';

export const receiptsPath = { contacts: '/v1/receipts/contacts', send: '/v1/receipts/send' } as const;

export const ReceiptChannel = z.enum(['sms', 'email']);
export type ReceiptChannel = z.infer<typeof ReceiptChannel>;

const key = z.string().min(1).max(128);
/** A contact as a person may see it on a public screen: "+974 •••• 345", "a•••@example.qa". */
const maskedContact = z.string().min(1).max(80);

export const ReceiptContactsRequest = z.object({ key });
export const ReceiptContactsResponse = z.object({ sms: maskedContact.optional(), email: maskedContact.optional() });
export type ReceiptContactsResponse = z.infer<typeof ReceiptContactsResponse>;

export const ReceiptSendRequest = z.object({ key, channel: ReceiptChannel });
export const ReceiptSendResponse = z.object({ channel: ReceiptChannel, sentTo: maskedContact });
export type ReceiptSendResponse = z.infer<typeof ReceiptSendResponse>;
