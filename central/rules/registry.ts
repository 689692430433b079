import { myRequests } from './my-requests';
import { residenceRenewal } from './residence-renewal';
import type { ServiceRules } from './rule-types';
import { trafficFines } from './traffic-fines';
import { visaExtension } from './visa-extension';

/** The services the central knows; adding one is a rules module and its locale keys. */
export const serviceRules: Readonly<Record<string, ServiceRules>> = {
  'traffic-fines': trafficFines,
  'residence-renewal': residenceRenewal,
  'visa-extension': visaExtension,
  'my-requests': myRequests,
};
