import { appointment } from './appointment';
import { certificate } from './certificate';
import { delegated } from './company-delegation';
import { documentVerification } from './document-verification';
import { exitPermit } from './exit-permit';
import { licenceRenewal } from './licence-renewal';
import { licenceReplacement } from './licence-replacement';
import { myRequests } from './my-requests';
import { residenceRenewal } from './residence-renewal';
import type { ServiceRules } from './rule-types';
import { trafficFines } from './traffic-fines';
import { vehicleRegistration } from './vehicle-registration';
import { visaExtension } from './visa-extension';

/** The services the central knows; adding one is a rules module and its locale keys. */
export const serviceRules: Readonly<Record<string, ServiceRules>> = {
  'traffic-fines': trafficFines,
  'residence-renewal': residenceRenewal,
  'visa-extension': visaExtension,
  'my-requests': myRequests,
  certificate: delegated('certificate', certificate),
  'document-verification': documentVerification,
  'licence-renewal': delegated('licence-renewal', licenceRenewal),
  'licence-replacement': delegated('licence-replacement', licenceReplacement),
  'vehicle-registration': delegated('vehicle-registration', vehicleRegistration),
  'exit-permit': delegated('exit-permit', exitPermit),
  appointment: delegated('appointment', appointment),
};
