// The central's account of an issued certificate, laid out as the documents module prints it:
// the holder's name in the document's language, this kiosk's id in the footer.
import { err, ok, type Result } from '../../hardware/result';
import type { IssuedDocumentWire } from '../central-client/document-wire';
import type { CertificateData } from '../documents/certificate-data';

/** `incomplete`: the central left out a fact this kind states (a bug on its side, not printable). */
export function certificateFromWire(wire: IssuedDocumentWire, kioskId: string): Result<CertificateData, 'incomplete'> {
  const common = {
    language: wire.language,
    documentId: wire.documentId,
    issueDate: wire.issueDate,
    validUntil: wire.validUntil,
    kioskId,
    holder: { name: wire.language === 'ar' ? wire.holder.nameAr : wire.holder.nameLatin, idNumber: wire.holder.idNumber, nationality: wire.holder.nationality },
    verificationCode: wire.verificationCode,
  };
  switch (wire.kind) {
    case 'residency':
      return wire.residentSince && wire.permitExpiry ? ok({ ...common, kind: 'residency', residentSince: wire.residentSince, permitExpiry: wire.permitExpiry }) : err('incomplete');
    case 'no-objection':
      return wire.addressee && wire.purpose ? ok({ ...common, kind: 'no-objection', addressee: wire.addressee, purpose: wire.purpose }) : err('incomplete');
    case 'traffic-clearance':
      return ok({ ...common, kind: 'traffic-clearance', vehicles: (wire.vehicles ?? []).map((v) => ({ plate: v.plate, description: v.model })) });
  }
}
