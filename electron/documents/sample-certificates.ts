// Certificates for the seeded test people, signed with a test key: used by tests, the bench and
// the dev panel. Fictional people (central/seed/people.ts); the key is for tests only.
import { cardHolders } from '../../central/seed/people';
import type { CertificateData, DocumentLanguage } from './certificate-data';
import type { CertificateKind } from './certificate-kinds';
import type { SigningKey } from './verification-code';
import { holderHashOf, signDocumentCode } from './verification-code';

export const testSigningKey: SigningKey = { id: 'test1', secret: new TextEncoder().encode('kiosk-tests-only-not-a-ministry-key') };

export function sampleCertificate(kind: CertificateKind, language: DocumentLanguage, documentId = 'CRT-2026-000123'): CertificateData {
  const person = kind === 'no-objection' ? cardHolders.representative : cardHolders.resident;
  const issueDate = '2026-11-25';
  const common = {
    language,
    documentId,
    issueDate,
    validUntil: '2027-02-23',
    kioskId: 'KIOSK-DOHA-07',
    holder: { name: language === 'ar' ? person.nameAr : person.nameLatin, idNumber: person.idNumber, nationality: person.nationality },
    verificationCode: signDocumentCode({ documentId, kind, holderHash: holderHashOf(testSigningKey, person.idNumber), issueDate }, testSigningKey),
  };
  switch (kind) {
    case 'residency':
      return { ...common, kind, residentSince: '2012-04-01', permitExpiry: '2028-03-31' };
    case 'no-objection':
      return { ...common, kind, addressee: language === 'ar' ? 'شركة الخليج للتجارة' : 'Gulf Trading Company W.L.L.', purpose: 'employment-transfer' };
    case 'traffic-clearance':
      return { ...common, kind, vehicles: [{ plate: '123456', description: language === 'ar' ? 'تويوتا لاند كروزر 2022' : 'Toyota Land Cruiser 2022' }] };
  }
}
