// Pure domain types shared by the machines, the kiosk core and the central client.
// Amounts are integers in the currency's minor unit (QAR: 2 decimals, KWD: 3).

export type Relation = 'self' | 'spouse' | 'child' | 'parent' | 'domestic-worker' | 'employee' | 'visitor';

/** The signed-in person as the session keeps it (dropped when the session ends). */
export interface Holder {
  readonly idNumber: string;
  readonly nameAr: string;
  readonly nameLatin: string;
  readonly role: 'resident' | 'technician';
  readonly signIn: 'card' | 'app';
}

export interface Person {
  readonly idNumber: string;
  readonly nameAr: string;
  readonly nameLatin: string;
  readonly relation: Relation;
}

/** What the central knows of the holder: whom they may act for. */
export interface Profile {
  readonly people: readonly Person[]; // the holder first (relation "self"), then sponsored people
  readonly company?: { readonly id: string; readonly nameAr: string; readonly nameLatin: string; readonly permissions: readonly string[]; readonly spendingCapMinor: number };
}

export type Eligibility = { readonly eligible: true } | { readonly eligible: false; readonly reason: string };

/** A line a person can choose (a violation, a permit term, a certificate kind…). */
export interface ServiceItem {
  readonly id: string;
  /** Locale key for the item's label, with its interpolation values. */
  readonly labelKey: string;
  readonly labelValues: Readonly<Record<string, string | number>>;
  readonly amountMinor: number;
  readonly preselected?: boolean;
}

export interface Quote {
  readonly quoteId: string;
  readonly version: number;
  readonly amountMinor: number;
  readonly currency: string;
  readonly lines: readonly { readonly labelKey: string; readonly labelValues: Readonly<Record<string, string | number>>; readonly amountMinor: number }[];
}

/** A read-only answer (my-requests, document verification) the screen lists. */
/** Something the person may do with a row (print a kept certificate again, here and now). */
export interface InfoRowAction {
  readonly kind: 'reprint-document';
  readonly serviceId: string;
  readonly documentId: string;
}

export interface InfoRow {
  readonly labelKey: string;
  readonly labelValues: Readonly<Record<string, string | number>>;
  readonly statusKey: string;
  readonly action?: InfoRowAction;
}

/** Typed failures of central calls; the machine maps them to screens. */
export type CentralError =
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'bad-response' }
  | { readonly kind: 'rejected'; readonly status: number; readonly reason: string }
  | { readonly kind: 'quote-changed' }
  | { readonly kind: 'unauthorised' };
