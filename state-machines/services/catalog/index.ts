import { appointment } from './appointment';
import { certificate } from './certificate';
import { documentVerification } from './document-verification';
import { exitPermit } from './exit-permit';
import { licenceRenewal } from './licence-renewal';
import { licenceReplacement } from './licence-replacement';
import { myRequests } from './my-requests';
import { residenceRenewal } from './residence-renewal';
import { trafficFines } from './traffic-fines';
import { vehicleRegistration } from './vehicle-registration';
import { visaExtension } from './visa-extension';

/** The services this kiosk build ships, in menu order. Each is validated at load. */
export const builtInServices: readonly unknown[] = [
  trafficFines,
  residenceRenewal,
  visaExtension,
  myRequests,
  certificate,
  licenceRenewal,
  licenceReplacement,
  vehicleRegistration,
  exitPermit,
  appointment,
  documentVerification,
];
