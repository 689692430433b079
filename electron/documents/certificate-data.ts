// What a certificate states. The central decides every fact (and signs the code); the kiosk
// only lays it out in the person's language.
import type { CertificateKind } from './certificate-kinds';
import type { NocPurpose } from './document-strings';

export type DocumentLanguage = 'ar' | 'en';
export const documentLanguages: readonly DocumentLanguage[] = ['ar', 'en'];

export interface CertificateCommon {
  readonly kind: CertificateKind;
  readonly language: DocumentLanguage;
  /** `[A-Z0-9-]`, as in the verification code */
  readonly documentId: string;
  /** YYYY-MM-DD, every date below too */
  readonly issueDate: string;
  readonly validUntil: string;
  readonly kioskId: string;
  readonly holder: {
    /** In the document's language (the card holds both). */
    readonly name: string;
    readonly idNumber: string;
    /** ISO 3166-1 alpha-3 */
    readonly nationality: string;
  };
  /** Signed by the central (verification-code.ts). */
  readonly verificationCode: string;
}

export interface ResidencyCertificate extends CertificateCommon {
  readonly kind: 'residency';
  readonly residentSince: string;
  readonly permitExpiry: string;
}

export interface NoObjectionCertificate extends CertificateCommon {
  readonly kind: 'no-objection';
  /** The organisation it is addressed to, as the person typed it (any script). */
  readonly addressee: string;
  readonly purpose: NocPurpose;
}

export interface TrafficClearanceCertificate extends CertificateCommon {
  readonly kind: 'traffic-clearance';
  readonly vehicles: readonly { readonly plate: string; readonly description: string }[];
}

export type CertificateData = ResidencyCertificate | NoObjectionCertificate | TrafficClearanceCertificate;
