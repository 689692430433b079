// The root of every screen: its id, language and direction, the localised heading, and the
// Back / Help / Cancel row when the view allows them. Overlays sit inside it so they share
// its dir and lang.
import type { ReactElement, ReactNode } from 'react';
import type { View } from '../../electron/bridge/contract';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import { SettingsOverlay } from '../accessibility/settings-overlay';
import { settingsClasses } from '../accessibility/screen-settings';
import { CallStaff } from './call-staff';
import { HelpOverlay } from './help-overlay';
import { LanguageOverlay } from './language-switch';
import { NavRow } from './nav-row';
import { TimeoutWarning } from './timeout-warning';

export interface ScreenFrameProps {
  readonly view: View;
  readonly children?: ReactNode;
  /** Busy screens (reading, paying, printing) announce themselves politely. */
  readonly isBusy?: boolean;
  readonly className?: string;
}

export function ScreenFrame({ view, children, isBusy = false, className }: ScreenFrameProps): ReactElement {
  const kiosk = useKioskText();
  const { t } = kiosk;
  // the core sends a message when the screen has news; otherwise the screen's own line shows
  const defaultLead = `${view.screen}.message`;
  const lead = view.message ?? (kiosk.has(defaultLead) ? { key: defaultLead, values: {} } : undefined);
  const isSettingsOpen = view.a11y?.isMenuOpen === true;
  // the inactivity warning shows over the language list (as the keypad's overlayOf orders them)
  const isLanguageOpen = view.languageSwitch?.isOpen === true && !isSettingsOpen && view.timeoutWarning === undefined;
  const hasOverlay = view.isHelpOpen || view.timeoutWarning !== undefined || isSettingsOpen || isLanguageOpen;
  const settings = settingsClasses(view);
  return (
    <main
      className={`screen screen--${view.screen}${className ? ` ${className}` : ''}${settings ? ` ${settings}` : ''}`}
      data-screen={view.screen}
      dir={view.direction}
      lang={view.language}
      aria-busy={isBusy}
    >
      <div className="screen__content" inert={hasOverlay}>
        {/* what is read sits in the upper part; the low-reach layout keeps every control below it */}
        <div className="screen__head">
          <header className="screen__top">
            <span className="screen__brand">{t('common.brand')}</span>
            {view.holder && (
              <span className="screen__holder">
                <bdi>{view.holder.name}</bdi> <bdi dir="ltr" className="ltr-code">{view.holder.idMasked}</bdi>
              </span>
            )}
            {view.a11y?.isSpeechOn && (
              <span className="screen__speech" role="status">
                <span className="icon icon--speaker" aria-hidden="true" />
                {t('accessibility:audio.on')}
              </span>
            )}
          </header>
          {view.availability !== 'serving' && (
            <p className="notice" role="status">
              {t(`availability.${view.availability}`)}
            </p>
          )}
          <h1 className="screen__title">
            <Txt text={view.title} />
          </h1>
          {lead && (
            <p className="screen__lead" data-message={lead.key}>
              <Txt text={lead} />
            </p>
          )}
          {view.error && <CallStaff supportCode={view.error.supportCode} />}
        </div>
        <div className="screen__body">{children}</div>
        <NavRow view={view} />
      </div>
      {view.isHelpOpen && !isSettingsOpen && !isLanguageOpen && <HelpOverlay view={view} />}
      {isLanguageOpen && <LanguageOverlay view={view} />}
      {view.timeoutWarning && !isSettingsOpen && <TimeoutWarning secondsLeft={view.timeoutWarning.secondsLeft} />}
      {isSettingsOpen && view.a11y && <SettingsOverlay settings={view.a11y} />}
    </main>
  );
}
