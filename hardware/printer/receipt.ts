/**
 * A receipt as the kiosk core describes it: already localised, direction known.
 * The printer decides how to put it on paper (code-page text or shaped raster).
 */
export interface ReceiptRow {
  readonly label: string;
  readonly value: string;
  /** Values such as references, plates and amounts keep left-to-right order inside RTL text. */
  readonly isolateLtr?: boolean;
}

export interface ReceiptDocument {
  readonly language: string; // BCP 47 code of the user's language
  readonly direction: 'ltr' | 'rtl';
  readonly title: string; // the ministry's name
  readonly subtitle: string; // the service
  readonly issuedAt: string; // already formatted for the locale and calendar
  readonly kioskId: string;
  readonly reference: string; // always Latin digits, e.g. 2026-000123
  readonly rows: readonly ReceiptRow[];
  readonly total?: ReceiptRow;
  readonly notes: readonly string[]; // what happens next, "pending confirmation", …
  /** Text encoded in the QR code (reference + check code), if any. */
  readonly qr?: string;
}
