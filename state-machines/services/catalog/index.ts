import { myRequests } from './my-requests';
import { residenceRenewal } from './residence-renewal';
import { trafficFines } from './traffic-fines';
import { visaExtension } from './visa-extension';

/** The services this kiosk build ships, in menu order. Each is validated at load. */
export const builtInServices: readonly unknown[] = [trafficFines, residenceRenewal, visaExtension, myRequests];
