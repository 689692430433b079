// The certificates the kiosk prints on A4 (service `certificate`, the kind as its option).
export const certificateKinds = ['residency', 'no-objection', 'traffic-clearance'] as const;
export type CertificateKind = (typeof certificateKinds)[number];

export function isCertificateKind(value: unknown): value is CertificateKind {
  return typeof value === 'string' && (certificateKinds as readonly string[]).includes(value);
}
