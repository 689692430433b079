import type { ReactElement } from 'react';
import type { ScreenId } from '../../electron/bridge/contract';
import { AppSigninScreen } from './app-signin-screen';
import { AttractScreen } from './attract-screen';
import { DocumentProblemScreen } from './document-problem-screen';
import { FormScreen } from './form-screen';
import { InfoScreen } from './info-screen';
import { ItemsScreen } from './items-screen';
import { LanguageScreen } from './language-screen';
import { MenuScreen } from './menu-screen';
import { NoticeScreen } from './notice-screen';
import { OutOfServiceScreen } from './out-of-service-screen';
import { PinScreen } from './pin-screen';
import { ReviewScreen } from './review-screen';
import type { ScreenProps } from './screen-props';
import { SubjectScreen } from './subject-screen';
import { TakeCardScreen } from './take-card-screen';
import { WaitingScreen } from './waiting-screen';
import { TechnicianScreen } from '../technician/technician-screen';

/** One component per screen id; the compiler fails when the contract gains one. */
export const screens: Readonly<Record<ScreenId, (props: ScreenProps) => ReactElement>> = {
  attract: AttractScreen,
  'app-signin': AppSigninScreen,
  language: LanguageScreen,
  'insert-card': WaitingScreen,
  'reading-card': WaitingScreen,
  pin: PinScreen,
  'checking-pin': WaitingScreen,
  'card-blocked': NoticeScreen,
  loading: WaitingScreen,
  menu: MenuScreen,
  subject: SubjectScreen,
  items: ItemsScreen,
  form: FormScreen,
  review: ReviewScreen,
  ineligible: NoticeScreen,
  paying: WaitingScreen,
  'payment-failed': NoticeScreen,
  info: InfoScreen,
  printing: WaitingScreen,
  'document-problem': DocumentProblemScreen,
  'take-card': TakeCardScreen,
  goodbye: NoticeScreen,
  'card-removed': NoticeScreen,
  error: NoticeScreen,
  'out-of-service': OutOfServiceScreen,
  technician: TechnicianScreen,
};
